package vn.dti.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.Methodology;
import vn.dti.rules.Methodologies;

/**
 * The checked folder kept in a compiled-cache entry: what reading and checking the files found
 * comes back equal; an entry is served for its folder's bytes only, and then the files are not
 * read again; an edited folder is read and checked afresh.
 */
class CheckedFolderTest {
    private static final String NAME = "Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) năm 2025";

    @TempDir
    Path tmp;
    private Path folder;

    @BeforeEach
    void folder() {
        folder = tmp.resolve("m");
        Methodologies.export("vn-dti-province-2025", folder);
        System.setProperty(CompiledCache.PROPERTY, tmp.resolve("cache").toString());
    }

    @AfterEach
    void off() {
        System.clearProperty(CompiledCache.PROPERTY);
    }

    private static String key(MethodologyFiles files) {
        return files.version();
    }

    @Test
    void entry_holdsWhatReadingAndCheckingFound_equal() {
        MethodologyFiles files = MethodologyFiles.fromDirectory(folder);
        RuleBase read = Loader.compile(files);
        CompiledCache.Entry entry = CompiledCache.read(key(files), loaderChecks());
        assertNotNull(entry, "an entry with the checked folder was written");
        CheckedFolder checked = entry.checked();
        assertEquals(files.digest(), checked.digest());
        assertEquals(64, checked.digest().length());
        assertEquals(read.methodology(), checked.methodology());
        assertEquals(NAME, checked.methodology().name());
        assertEquals(read.calendar(), checked.calendar());
        assertEquals(read.emulation(), checked.emulation());
        ReportingFiles.Result again = ReportingFiles.read(files, read.methodology());
        assertNotNull(checked.agencyFile(), "the folder has an agencies.json");
        assertEquals(again.agencyFile(), checked.agencyFile());
        assertTrue(checked.agencyFile().aliases().size() > 0);
        assertEquals(read.literals(), checked.literals());
        assertEquals(read.scoringRules().size(), checked.scoring().size());
        assertTrue(checked.scoring().containsAll(read.scoringRules()));

        RuleBase cached = Loader.compile(files);
        assertEquals(read.methodology(), cached.methodology());
        assertEquals(read.scoringRules(), cached.scoringRules());
        assertEquals(read.calendar(), cached.calendar());
        assertEquals(read.agencies().names(), cached.agencies().names());
        assertEquals(read.ruleCount(), cached.ruleCount());
    }

    @Test
    void entryForTheseBytes_isServedWithoutReadingTheFiles_anEditedFolderIsReadAgain() throws IOException {
        MethodologyFiles files = MethodologyFiles.fromDirectory(folder);
        Loader.compile(files);
        CompiledCache.Entry entry = CompiledCache.read(key(files), loaderChecks());
        CheckedFolder c = entry.checked();
        // the same entry with another name in its catalogue: served, so the catalogue was not read again
        CompiledCache.write(key(files), loaderChecks(), entry.packages(), entry.tableDrl(), new CheckedFolder(c.digest(),
                renamed(c.methodology(), "Tên trong bộ nhớ đệm"), c.calendar(), c.agencyFile(), c.emulation(), c.scoring(), c.literals(), c.origins(), c.asData()));
        assertEquals("Tên trong bộ nhớ đệm", Loader.compile(MethodologyFiles.fromDirectory(folder)).methodology().name());

        // an edited catalogue is another version: read and checked afresh
        Path catalogue = folder.resolve("methodology.json");
        Files.writeString(catalogue, Files.readString(catalogue, StandardCharsets.UTF_8).replace(NAME, NAME + " (sửa)"), StandardCharsets.UTF_8);
        assertEquals(NAME + " (sửa)", Loader.compile(MethodologyFiles.fromDirectory(folder)).methodology().name());
    }

    @Test
    void entryWrittenForOtherBytes_isRefused_andTheFolderIsRead() {
        MethodologyFiles files = MethodologyFiles.fromDirectory(folder);
        Loader.compile(files);
        CompiledCache.Entry entry = CompiledCache.read(key(files), loaderChecks());
        CheckedFolder c = entry.checked();
        // an entry under this folder's key whose checked part was written for other bytes (a stale or misplaced entry)
        String other = "0".repeat(64);
        CompiledCache.write(key(files), loaderChecks(), entry.packages(), entry.tableDrl(), new CheckedFolder(other,
                renamed(c.methodology(), "Tên của thư mục khác"), c.calendar(), c.agencyFile(), c.emulation(), c.scoring(), c.literals(), c.origins(), c.asData()));
        assertEquals(other, CompiledCache.read(key(files), loaderChecks()).checked().digest());
        assertEquals(NAME, Loader.compile(MethodologyFiles.fromDirectory(folder)).methodology().name());
        assertEquals(files.digest(), CompiledCache.read(key(files), loaderChecks()).checked().digest(), "replaced by an entry for these bytes");
    }

    @Test
    void roundTrip_equal_aClassNotARecordOfTheProject_refused() throws IOException, ClassNotFoundException {
        MethodologyFiles files = MethodologyFiles.fromDirectory(folder);
        Loader.compile(files);
        CheckedFolder c = CompiledCache.read(key(files), loaderChecks()).checked();
        byte[] bytes = c.toBytes();
        assertEquals(c, CheckedFolder.fromBytes(bytes));
        // a record's class name that is not a record of this project is refused, not instantiated
        String s = new String(bytes, StandardCharsets.ISO_8859_1).replace("vn.dti.api.IndicatorId", "vn.dti.api.IndicatorXx");
        assertThrowsIo(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void entry_holdsScoringsPackagesAtHand_theTableRowsApart_readWhenTheWholeBaseIsAsked() {
        MethodologyFiles files = MethodologyFiles.fromDirectory(folder);
        RuleBase compiled = Loader.compile(files);
        CompiledCache.Entry entry = CompiledCache.read(key(files), loaderChecks());
        RulePackages packages = entry.packages();
        // the rule files' packages (completeness, plausibility) at hand; the table's 50 rows, applied as data, kept apart
        assertEquals(java.util.List.of("vn.dti.methodology.province2025.completeness", "vn.dti.methodology.province2025.plausibility"),
                packages.atHand().stream().map(org.kie.api.definition.KiePackage::getName).toList());
        assertEquals(50, packages.ruleNames().get("vn.dti.methodology.province2025.scoring").size());
        assertEquals(compiled.ruleCount(), packages.ruleCount());

        RuleBase cached = Loader.compile(files);
        assertEquals(compiled.ruleCount(), cached.ruleCount());
        assertEquals(compiled.tableRows().size(), cached.tableRows().size());
        assertEquals(11, cached.sessionKbase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        // the whole base, as -Ddti.rules.tablesInDrools=true uses it: every package, in the compiled order, every rule
        assertEquals(compiled.packages().stream().map(org.kie.api.definition.KiePackage::getName).toList(),
                cached.packages().stream().map(org.kie.api.definition.KiePackage::getName).toList());
        assertEquals(compiled.ruleCount(), cached.kbase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        assertEquals(packages.ruleNames(), RulePackages.of(cached.packages()).ruleNames());
        vn.dti.api.Evidence khanhHoa = vn.dti.json.DtiJson.readEvidence(Path.of("../dti-examples/data/khanh-hoa-2023.json"));
        java.util.List<vn.dti.api.ScoreCard> card = new Scoring(compiled, new DroolsEngine(compiled, false)).score(java.util.List.of(khanhHoa), false);
        assertEquals(card, new Scoring(cached, new DroolsEngine(cached, false)).score(java.util.List.of(khanhHoa), false));
        assertEquals(card, new Scoring(Loader.compile(files), new DroolsEngine(Loader.compile(files), true)).score(java.util.List.of(khanhHoa), false),
                "every row fired in Drools from the packages read apart");
    }

    @Test
    void agencies_madeWhenFirstAskedFor_notToScore_thenKept() {
        MethodologyFiles files = MethodologyFiles.fromDirectory(folder);
        RuleBase compiled = Loader.compile(files);
        CheckedFolder c = CompiledCache.read(key(files), loaderChecks()).checked();
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        RuleBase base = new RuleBase(c.methodology(), files, CompiledCache.read(key(files), loaderChecks()).packages(), new RuleOrigins(c.origins()),
                c.scoring(), compiled.tableDrl(), c.literals(), c.calendar(), c.emulation(), () -> {
                    made.incrementAndGet();
                    return c.agencies();
                }, c.asData());
        vn.dti.api.Evidence khanhHoa = vn.dti.json.DtiJson.readEvidence(Path.of("../dti-examples/data/khanh-hoa-2023.json"));
        new Scoring(base, new DroolsEngine(base, false)).score(java.util.List.of(khanhHoa), false);
        assertEquals(0, made.get(), "scoring does not ask for the agencies");
        assertEquals(compiled.agencies().names(), base.agencies().names());
        for (String agency : compiled.agencies().names()) {
            assertEquals(compiled.agencies().leads(agency), base.agencies().leads(agency), agency);
            assertEquals(compiled.agencies().cooperatesOn(agency), base.agencies().cooperatesOn(agency), agency);
            assertEquals(compiled.agencies().groupsOf(agency), base.agencies().groupsOf(agency), agency);
        }
        base.agencies();
        assertEquals(1, made.get(), "made once");
    }

    private static void assertThrowsIo(byte[] bytes) {
        try {
            CheckedFolder.fromBytes(bytes);
        } catch (IOException | ClassNotFoundException e) {
            assertTrue(e.getMessage().contains("IndicatorXx"), e.getMessage());
            return;
        }
        throw new AssertionError("rebuilt a record of an unknown class");
    }

    private static Methodology renamed(Methodology m, String name) {
        return new Methodology(m.id(), name, m.edition(), m.year(), m.entityKind(), m.totalPoints(), m.sources(), m.notes(), m.mainIndicators(),
                m.indexFormula(), m.pillars(), m.groups());
    }

    private static java.util.List<Class<?>> loaderChecks() {
        return Loader.checks();
    }
}
