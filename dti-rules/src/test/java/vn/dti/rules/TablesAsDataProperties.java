package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.ComponentScore;
import vn.dti.api.Evidence;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.rules.internal.DroolsEngine;
import vn.dti.rules.internal.Loader;
import vn.dti.rules.internal.MethodologyFiles;
import vn.dti.rules.internal.RuleBase;
import vn.dti.rules.internal.Scoring;
import vn.dti.text.Language;

/**
 * Decision-table rows applied as data (the default) and fired as Drools rules
 * ({@code -Ddti.rules.tablesInDrools=true}) give the same score cards, byte for byte, for any
 * evidence, each entity alone and as a cohort; a row in another form stays a Drools rule, and an
 * edited table takes effect when the folder is loaded again.
 */
class TablesAsDataProperties {
    private static final RuleBase BASE = Loader.compile(MethodologyFiles.fromClasspath(Fixtures.PROVINCE_2025));
    private static final Scoring AS_DATA = new Scoring(BASE, new DroolsEngine(BASE, false));
    private static final Scoring IN_DROOLS = new Scoring(BASE, new DroolsEngine(BASE, true));

    @Provide
    Arbitrary<Evidence> evidence() {
        return Fixtures.evidenceFor(Fixtures.province2025());
    }

    @Provide
    Arbitrary<List<Evidence>> cohort() {
        return evidence().list().ofMinSize(2).ofMaxSize(8);
    }

    @Property(tries = 150)
    void sameCards_eachAlone(@ForAll("evidence") Evidence e) {
        assertSame(IN_DROOLS.score(List.of(e), false), AS_DATA.score(List.of(e), false));
    }

    @Property(tries = 40)
    void sameCards_asCohort(@ForAll("cohort") List<Evidence> cohort) {
        List<Evidence> named = new java.util.ArrayList<>();
        for (int i = 0; i < cohort.size(); i++) {
            Evidence e = cohort.get(i);
            named.add(Evidence.of(vn.dti.api.Entity.province("p" + i, "Tỉnh " + i), e.period(), e.components()));
        }
        assertSame(IN_DROOLS.score(named, true), AS_DATA.score(named, true));
        assertSame(IN_DROOLS.score(named, false), AS_DATA.score(named, false));
    }

    @Test
    void bundledTable_everyRowAsData_andOnlyTheRuleFilesInDrools() {
        assertEquals(BASE.scoringRules().size(), rowsAsData(BASE));
        int left = BASE.sessionKbase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        assertEquals(BASE.ruleCount() - BASE.scoringRules().size(), left);
        assertTrue(left > 0, "the rule files' rules fire in Drools");
        assertSame(IN_DROOLS.score(List.of(Fixtures.khanhHoa2023()), false), AS_DATA.score(List.of(Fixtures.khanhHoa2023()), false));
    }

    @Test
    void editedRow_takesEffectOnReload(@TempDir Path dir) throws IOException {
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path csv = dir.resolve("scoring.csv");
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        // 3.4: full points at 90% of households; edited to 50%
        assertTrue(table.contains("\n3.4,,0.90,"));
        Files.writeString(csv, table.replace("\n3.4,,0.90,", "\n3.4,,0.50,"), StandardCharsets.UTF_8);
        RuleBase edited = Loader.compile(MethodologyFiles.fromDirectory(dir));
        Evidence e = Fixtures.khanhHoa2023();
        ScoreCard before = AS_DATA.score(List.of(e), false).get(0);
        ScoreCard after = new Scoring(edited, new DroolsEngine(edited, false)).score(List.of(e), false).get(0);
        assertNotEquals(points(before, "3.4"), points(after, "3.4"));
        assertSame(new Scoring(edited, new DroolsEngine(edited, true)).score(List.of(e), false), List.of(after));
        assertEquals(BASE.scoringRules().size(), rowsAsData(edited));
    }

    @Test
    void rowsInAnotherForm_stayInDrools(@TempDir Path dir) throws IOException {
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path csv = dir.resolve("scoring.csv");
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        // a condition template that tests more than the component: no row can be applied as data
        String condition = "\"indicator == \"\"$param\"\", reported\"";
        assertTrue(table.contains(condition));
        Files.writeString(csv, table.replace(condition, "\"indicator == \"\"$param\"\", reported, documents >= 0\""), StandardCharsets.UTF_8);
        RuleBase edited = Loader.compile(MethodologyFiles.fromDirectory(dir));
        assertEquals(0, rowsAsData(edited));
        assertNotNull(edited.sessionKbase());
        assertEquals(edited.ruleCount(), edited.sessionKbase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        Evidence e = Fixtures.khanhHoa2023();
        ScoreCard inDrools = new Scoring(edited, new DroolsEngine(edited, false)).score(List.of(e), false).get(0);
        // the same rules with a condition that always holds: the same points, explanations and findings
        assertEquals(AS_DATA.score(List.of(e), false).get(0).components(), inDrools.components());
    }

    @Test
    void tableOnly_needsNoSession(@TempDir Path dir) throws IOException {
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        for (String drl : List.of("completeness.drl", "plausibility.drl")) {
            Files.delete(dir.resolve(drl));
        }
        RuleBase tableOnly = Loader.compile(MethodologyFiles.fromDirectory(dir));
        assertNull(tableOnly.sessionKbase());
        Evidence e = Fixtures.khanhHoa2023();
        assertSame(new Scoring(tableOnly, new DroolsEngine(tableOnly, true)).score(List.of(e), false),
                new Scoring(tableOnly, new DroolsEngine(tableOnly, false)).score(List.of(e), false));
    }

    /** How many components a row applied as data scores: those whose rule is not in the session's knowledge base. */
    private static int rowsAsData(RuleBase base) {
        java.util.Set<String> inSession = new java.util.HashSet<>();
        if (base.sessionKbase() != null) {
            base.sessionKbase().getKiePackages().forEach(p -> p.getRules().forEach(r -> inSession.add(r.getName())));
        }
        int n = 0;
        for (var p : base.kbase().getKiePackages()) {
            for (var r : p.getRules()) {
                n += inSession.contains(r.getName()) ? 0 : 1;
            }
        }
        return n;
    }

    private static double points(ScoreCard card, String id) {
        return card.components().stream().filter(c -> c.id().value().equals(id)).mapToDouble(ComponentScore::points).findFirst().orElseThrow();
    }

    /** The same cards, and the same JSON in every language; on a difference, the first line that differs. */
    private static void assertSame(List<ScoreCard> expected, List<ScoreCard> actual) {
        for (Language l : Language.values()) {
            String[] want = DtiJson.write(expected, l).split("\n");
            String[] got = DtiJson.write(actual, l).split("\n");
            for (int i = 0; i < Math.min(want.length, got.length); i++) {
                assertEquals(want[i], got[i], "line " + (i + 1) + " of the cards in " + l);
            }
            assertEquals(want.length, got.length, "lines of the cards in " + l);
        }
        assertTrue(expected.equals(actual), "the cards' JSON is the same but the records differ");
    }
}
