package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Evidence;
import vn.dti.api.FindingCode;
import vn.dti.api.IndicatorId;
import vn.dti.api.ReportStatus;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.rules.internal.DroolsEngine;
import vn.dti.rules.internal.Loader;
import vn.dti.rules.internal.MethodologyFiles;
import vn.dti.rules.internal.RuleBase;
import vn.dti.rules.internal.Scoring;
import vn.dti.text.Language;

/**
 * Rules that look at one component fact each fired directly (the default: no fact inserted, no
 * agenda) and fired through a session's agenda ({@code -Ddti.rules.agenda=true}) give the same
 * score cards, byte for byte, alone and as a cohort, in both languages; a folder with a rule that
 * needs the agenda (a {@code not}, an {@code eval}, an activation group, a dynamic salience) keeps
 * it; a rule with a salience of its own still fires directly; a consequence that fails fails the
 * same way on both paths.
 */
class DirectRulesProperties {
    private static final RuleBase BASE = Loader.compile(MethodologyFiles.fromClasspath(Fixtures.PROVINCE_2025));
    private static final DroolsEngine DIRECT_ENGINE = new DroolsEngine(BASE, false, false, false);
    private static final Scoring DIRECT = new Scoring(BASE, DIRECT_ENGINE);
    private static final Scoring AGENDA = new Scoring(BASE, new DroolsEngine(BASE, false, false, true));
    private static final Scoring AGENDA_ALL = new Scoring(BASE, new DroolsEngine(BASE, false, true, true));

    /** Evidence of any status, value and documents, reported on any day after the period or none (late reports too). */
    @Provide
    Arbitrary<Evidence> evidence() {
        Arbitrary<LocalDate> reported = Arbitraries.integers().between(0, 120).map(d -> LocalDate.of(2024, 1, 1).plusDays(d)).injectNull(0.3);
        return Combinators.combine(Fixtures.evidenceFor(Fixtures.province2025()), reported)
                .as((e, at) -> new Evidence(e.methodology(), e.entity(), e.period(), at, e.note(), e.components()));
    }

    @Provide
    Arbitrary<List<Evidence>> cohort() {
        return evidence().list().ofMinSize(2).ofMaxSize(8);
    }

    @Property(tries = 150)
    void sameCards_directOrThroughTheAgenda(@ForAll("evidence") Evidence e) {
        List<ScoreCard> direct = DIRECT.score(List.of(e), false);
        assertSame(AGENDA.score(List.of(e), false), direct);
        assertSame(AGENDA_ALL.score(List.of(e), false), direct);
    }

    @Property(tries = 40)
    void sameCards_asCohort(@ForAll("cohort") List<Evidence> cohort) {
        List<Evidence> named = new ArrayList<>();
        for (int i = 0; i < cohort.size(); i++) {
            Evidence e = cohort.get(i);
            named.add(new Evidence(e.methodology(), vn.dti.api.Entity.province("p" + i, "Tỉnh " + i), e.period(), e.reportedAt(), e.note(),
                    e.components()));
        }
        assertSame(AGENDA.score(named, true), DIRECT.score(named, true));
        assertSame(AGENDA.score(named, false), DIRECT.score(named, false));
    }

    @Test
    void bundledRuleFiles_fireDirectly_unlessTheAgendaIsAskedFor() {
        assertTrue(DIRECT_ENGINE.firesDirectly(), "completeness.drl and plausibility.drl look at one fact per rule");
        assertFalse(new DroolsEngine(BASE, false, false, true).firesDirectly());
        assertFalse(new DroolsEngine(BASE, true, false, false).firesDirectly(), "every table row in Drools: the rows score, their order matters");
        // the worked example: the direct path finds what the agenda finds (4.4 without a document, 6.9 implausibly high, …)
        Evidence khanhHoa = Fixtures.khanhHoa2023();
        List<ScoreCard> direct = DIRECT.score(List.of(khanhHoa), false);
        assertSame(AGENDA.score(List.of(khanhHoa), false), direct);
        assertTrue(direct.get(0).components().stream().anyMatch(c -> !c.findings().isEmpty()), "the worked example has findings");
    }

    /**
     * One rule per constraint form, each raising a finding named after it: what plain Java tests
     * must be what Drools tests. Numbers are compared only where they are numbers: Drools itself
     * answers a comparison with NaN one way while MVEL interprets it and the other once its
     * evaluator is compiled ({@code NaN < 0.25}: false, then true), and plain Java hands NaN to it.
     */
    private static final String[] FORMS = {
        "kind == ValueKind.RATIO, reported, number >= 0.5", "kind == ValueKind.RATIO, reported, number < 0.25",
        "kind == ValueKind.RATIO, reported, ratio <= 1", "max <= 10", "documents != 1", "documents == 2", "daysLate >= 1",
        "graceDays < daysAfterPeriod", "daysBeforePeriod > 365", "documentsAfterPeriod > 0", "category == \"head\"", "category != \"none\"",
        "reportedBy == \"Sở Khoa học và Công nghệ\"", "responsibleAgency != \"Sở Nội vụ\"", "indicator != \"1.1\"", "kind == ValueKind.RATIO",
        "status != ReportStatus.REPORTED", "yes", "!automatic", "!yes", "kind == ValueKind.RATIO, reported, number == 0.5", "kind == ValueKind.RATIO, reported, number != 0.5",
        "kind == ValueKind.RATIO, reported, number > 0.1 || documents > 3",
        "slot < 10", "entity == 0",
    };
    private static final RuleBase FORMS_BASE = formsBase();
    private static final Scoring FORMS_DIRECT = new Scoring(FORMS_BASE, new DroolsEngine(FORMS_BASE, false, false, false));
    private static final Scoring FORMS_AGENDA = new Scoring(FORMS_BASE, new DroolsEngine(FORMS_BASE, false, false, true));

    private static RuleBase formsBase() {
        try {
            Path dir = Files.createTempDirectory("dti-forms");
            Methodologies.export(Fixtures.PROVINCE_2025, dir.resolve("m"));
            StringBuilder drl = new StringBuilder(String.join("\n",
                    "package vn.dti.methodology.province2025.forms",
                    "import vn.dti.rules.ComponentValue",
                    "import vn.dti.api.FindingCode",
                    "import vn.dti.api.ReportStatus",
                    "import vn.dti.api.ValueKind",
                    "global vn.dti.rules.ScoreSheet score", ""));
            for (int i = 0; i < FORMS.length; i++) {
                drl.append("rule \"form ").append(i).append("\"\nwhen\n    $v : ComponentValue( ").append(FORMS[i]).append(" )\nthen\n")
                        .append("    score.finding(kcontext, $v, FindingCode.OUT_OF_RANGE, score.message(\"rules.finding.notReported\", $v.getIndicator()));\nend\n");
            }
            Files.writeString(dir.resolve("m/forms.drl"), drl, StandardCharsets.UTF_8);
            return Loader.compile(MethodologyFiles.fromDirectory(dir.resolve("m")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void everyConstraintForm_plainJavaAgreesWithDrools(@ForAll("evidence") Evidence e) {
        assertSame(FORMS_AGENDA.score(List.of(e), false), FORMS_DIRECT.score(List.of(e), false));
    }

    @Test
    void theCommonForms_areTestedAsPlainJava_theOthersByDrools() {
        int[] bundled = DIRECT_ENGINE.constraintsAsPlainJava();
        assertEquals(bundled[1], bundled[0], "every constraint of completeness.drl and plausibility.drl");
        int[] forms = new DroolsEngine(FORMS_BASE, false, false, false).constraintsAsPlainJava();
        // left to Drools: == and != on a decimal number (NaN, MVEL's equality) and the || of two tests
        assertEquals(forms[1] - 3, forms[0], java.util.Arrays.toString(forms));
        assertTrue(forms[1] > 25, "the forms' constraints and the bundled ones: " + forms[1]);
    }

    @Test
    void theAlphaNetwork_isWalkedAsData_thenByAClassWrittenForIt_onceEnoughFactsWent() {
        DroolsEngine engine = new DroolsEngine(BASE, false, false, false);
        Scoring scoring = new Scoring(BASE, engine);
        Evidence khanhHoa = Fixtures.khanhHoa2023();
        List<ScoreCard> first = scoring.score(List.of(khanhHoa), false);
        assertEquals(Boolean.FALSE, engine.walkIsCompiled(), "one entity's facts: the walk is not worth a class yet");
        List<ScoreCard> cohort = scoring.score(java.util.Collections.nCopies(30, khanhHoa), false);
        assertEquals(Boolean.TRUE, engine.walkIsCompiled(), "31 entities' facts: compiled");
        assertSame(first, scoring.score(List.of(khanhHoa), false));
        assertSame(first, cohort.subList(0, 1));
        DroolsEngine forms = new DroolsEngine(FORMS_BASE, false, false, false);
        new Scoring(FORMS_BASE, forms).score(java.util.Collections.nCopies(30, khanhHoa), false);
        assertEquals(Boolean.TRUE, forms.walkIsCompiled(), "every form, those Drools tests included");
        assertEquals(null, new DroolsEngine(BASE, false, false, true).walkIsCompiled(), "through the agenda: no walk");
    }

    @Test
    void aFolderReadFromTheCompiledCache_firesDirectly_onTheCallingThread(@TempDir Path dir) throws IOException {
        Methodologies.export(Fixtures.PROVINCE_2025, dir.resolve("m"));
        MethodologyFiles files = MethodologyFiles.fromDirectory(dir.resolve("m"));
        System.setProperty("dti.cache.dir", dir.resolve("cache").toString());
        try {
            RuleBase compiled = Loader.compile(files);
            try (var entries = Files.list(dir.resolve("cache/compiled"))) {
                assertEquals(1, entries.filter(p -> p.toString().endsWith(".kpkg")).count(), "the compile wrote its entry");
            }
            // the rules as Java serialization gives them back (their attributes are copies of Drools' constants, not the constants)
            RuleBase cached = Loader.compile(files);
            DroolsEngine engine = new DroolsEngine(cached, false, false, false);
            assertTrue(engine.firesDirectly(), "the cached rules look at one fact each, as the compiled ones");
            assertTrue(engine.firesOnCallingThread(), "safe mode, no function: no watchdog");
            Evidence khanhHoa = Fixtures.khanhHoa2023();
            assertSame(new Scoring(compiled, DIRECT_ENGINE).score(List.of(khanhHoa), false), new Scoring(cached, engine).score(List.of(khanhHoa), false));
        } finally {
            System.clearProperty("dti.cache.dir");
        }
    }

    @Test
    void rulesThatCannotLoop_fireOnTheCallingThread_othersUnderTheWatchdog(@TempDir Path dir) throws IOException {
        assertTrue(DIRECT_ENGINE.firesOnCallingThread(), "safe mode, no function: straight-line code");
        RuleBase trusted = Loader.compile(MethodologyFiles.fromClasspath(Fixtures.PROVINCE_2025).trusted(true));
        DroolsEngine trustedEngine = new DroolsEngine(trusted, false, false, false);
        assertTrue(trustedEngine.firesDirectly());
        assertFalse(trustedEngine.firesOnCallingThread(), "a trusted folder's code may loop: watched");
        // a function may recurse without end: watched too, and the cards are the same
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Files.writeString(dir.resolve("function.drl"), String.join("\n",
                "package vn.dti.methodology.province2025.function",
                "import vn.dti.rules.ComponentValue",
                "import vn.dti.api.FindingCode",
                "global vn.dti.rules.ScoreSheet score",
                "function boolean few(int documents) { return documents < 2; }",
                "rule \"1.4 with few documents\"",
                "when",
                "    $v : ComponentValue( indicator == \"1.4\", reported )",
                "then",
                "    if (few($v.getDocuments())) { score.finding(kcontext, $v, FindingCode.OUT_OF_RANGE, score.message(\"rules.finding.notReported\", $v.getIndicator())); }",
                "end", ""), StandardCharsets.UTF_8);
        RuleBase withFunction = Loader.compile(MethodologyFiles.fromDirectory(dir));
        DroolsEngine engine = new DroolsEngine(withFunction, false, false, false);
        assertTrue(engine.firesDirectly());
        assertFalse(engine.firesOnCallingThread());
        Evidence e = oneAndFour(1);
        ScoreCard card = new Scoring(withFunction, engine).score(List.of(e), false).get(0);
        assertSame(new Scoring(withFunction, new DroolsEngine(withFunction, false, false, true)).score(List.of(e), false), List.of(card));
        assertEquals(FindingCode.OUT_OF_RANGE, finding(card, "1.4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "    $v : ComponentValue( indicator == \"1.4\", reported )\n    not ComponentValue( indicator == \"1.3\", documents == 2 )",
        "    $v : ComponentValue( indicator == \"1.4\", reported )\n    eval( $v.getDocuments() < 2 )",
        "    $v : ComponentValue( indicator == \"1.4\", reported )\n    $w : ComponentValue( indicator == \"1.3\", reported )",
    })
    void aRuleThatNeedsTheAgenda_keepsIt(String when, @TempDir Path dir) throws IOException {
        RuleBase base = withRule(dir, "", when);
        assertFalse(new DroolsEngine(base, false, false, false).firesDirectly(), when);
        Evidence e = oneAndFour(1);
        assertSame(new Scoring(base, new DroolsEngine(base, false, false, true)).score(List.of(e), false),
                new Scoring(base, new DroolsEngine(base, false, false, false)).score(List.of(e), false));
        assertEquals(FindingCode.OUT_OF_RANGE, finding(new Scoring(base, new DroolsEngine(base, false, false, false)).score(List.of(e), false).get(0), "1.4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"activation-group \"one\"", "salience ( $v.getDocuments() )", "agenda-group \"later\"", "enabled ( 1 > 0 )"})
    void anAttributeThatNeedsTheAgenda_keepsIt(String attribute, @TempDir Path dir) throws IOException {
        RuleBase base = withRule(dir, attribute, "    $v : ComponentValue( indicator == \"1.4\", reported )");
        assertFalse(new DroolsEngine(base, false, false, false).firesDirectly(), attribute);
        Evidence e = oneAndFour(1);
        assertSame(new Scoring(base, new DroolsEngine(base, false, false, true)).score(List.of(e), false),
                new Scoring(base, new DroolsEngine(base, false, false, false)).score(List.of(e), false));
    }

    @Test
    void aRuleWithASalienceOfItsOwn_stillFiresDirectly(@TempDir Path dir) throws IOException {
        RuleBase base = withRule(dir, "salience 10", "    $v : ComponentValue( indicator == \"1.4\", reported, documents < 2 )");
        DroolsEngine direct = new DroolsEngine(base, false, false, false);
        assertTrue(direct.firesDirectly());
        for (int docs = 0; docs <= 2; docs++) {
            Evidence e = oneAndFour(docs);
            ScoreCard card = new Scoring(base, direct).score(List.of(e), false).get(0);
            assertSame(new Scoring(base, new DroolsEngine(base, false, false, true)).score(List.of(e), false), List.of(card));
            List<FindingCode> codes = card.components().stream().filter(c -> c.id().value().equals("1.4")).flatMap(c -> c.findings().stream())
                    .map(vn.dti.api.Finding::code).toList();
            // no document: the bundled "No evidence document" too, sorted by code on the card
            assertEquals(docs == 0 ? List.of(FindingCode.NO_EVIDENCE_DOCUMENT, FindingCode.OUT_OF_RANGE)
                    : docs == 1 ? List.of(FindingCode.OUT_OF_RANGE) : List.of(), codes, docs + " document(s)");
        }
    }

    @Test
    void aConsequenceThatFails_failsTheSameWayOnBothPaths(@TempDir Path dir) throws IOException {
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Files.writeString(dir.resolve("fails.drl"), String.join("\n",
                "package vn.dti.methodology.province2025.fails",
                "import vn.dti.rules.ComponentValue",
                "rule \"Fails on 1.4\"",
                "when",
                "    $v : ComponentValue( indicator == \"1.4\", reported )",
                "then",
                "    if ($v.getDocuments() == 7) { throw new IllegalStateException(\"no 1.4 with seven documents\"); }",
                "end", ""), StandardCharsets.UTF_8);
        RuleBase base = Loader.compile(MethodologyFiles.fromDirectory(dir).trusted(true));
        DroolsEngine direct = new DroolsEngine(base, false, false, false);
        assertTrue(direct.firesDirectly());
        Evidence e = oneAndFour(7);    // the load-time sweep does not try seven documents
        RuntimeException viaAgenda = assertThrows(RuntimeException.class,
                () -> new Scoring(base, new DroolsEngine(base, false, false, true)).score(List.of(e), false));
        RuntimeException directly = assertThrows(RuntimeException.class, () -> new Scoring(base, direct).score(List.of(e), false));
        assertEquals(viaAgenda.getClass(), directly.getClass());
        assertEquals(viaAgenda.getMessage(), directly.getMessage());
        assertTrue(directly.getMessage().contains("Fails on 1.4"), directly.getMessage());
    }

    /** The bundled folder with one more rule file: a finding on 1.4 when {@code when} matches. */
    private static RuleBase withRule(Path dir, String attribute, String when) throws IOException {
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Files.writeString(dir.resolve("extra.drl"), String.join("\n",
                "package vn.dti.methodology.province2025.extra",
                "import vn.dti.rules.ComponentValue",
                "import vn.dti.api.FindingCode",
                "global vn.dti.rules.ScoreSheet score",
                "rule \"1.4 checked again\"",
                attribute,
                "when",
                when,
                "then",
                "    score.finding(kcontext, $v, FindingCode.OUT_OF_RANGE, score.message(\"rules.finding.notReported\", $v.getIndicator()));",
                "end", ""), StandardCharsets.UTF_8);
        return Loader.compile(MethodologyFiles.fromDirectory(dir));
    }

    /** 1.3 and 1.4 reported yes, 1.3 with one document, 1.4 with {@code docs}. */
    private static Evidence oneAndFour(int docs) {
        List<vn.dti.api.Document> documents = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            documents.add(Fixtures.doc());
        }
        return Fixtures.evidence(
                new ComponentEvidence(IndicatorId.of("1.3"), ReportStatus.REPORTED, vn.dti.api.Value.yesNo(true), null, List.of(Fixtures.doc()), null, null, null),
                new ComponentEvidence(IndicatorId.of("1.4"), ReportStatus.REPORTED, vn.dti.api.Value.yesNo(true), null, documents, null, null, null));
    }

    private static FindingCode finding(ScoreCard card, String id) {
        return card.components().stream().filter(c -> c.id().value().equals(id)).flatMap(c -> c.findings().stream())
                .map(vn.dti.api.Finding::code).filter(c -> c == FindingCode.OUT_OF_RANGE).findFirst().orElse(null);
    }

    /** The same cards, and the same JSON in every language. */
    private static void assertSame(List<ScoreCard> expected, List<ScoreCard> actual) {
        for (Language l : Language.values()) {
            assertEquals(DtiJson.write(expected, l), DtiJson.write(actual, l));
        }
    }
}
