package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.DtiException;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.Period;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortEntity;
import vn.dti.cohort.Merger;
import vn.dti.rules.Assumptions;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/** The rank-sensitivity Monte Carlo on the illustrative cohort. */
class SensitivityTest {
    private final Cohort cohort = Example.cohort();

    @Test
    void sameSeed_sameResult() {
        assertEquals(Sensitivity.run(Example.scorer(), cohort, 3000, 7, 0.2), Sensitivity.run(Example.scorer(), cohort, 3000, 7, 0.2));
    }

    @Test
    void intervals_areOrdered_sharesAreShares() {
        SensitivityResult r = Sensitivity.run(Example.scorer(), cohort, 4000, 3, 0.2);
        assertEquals(cohort.entities().size(), r.entities().size());
        for (SensitivityResult.EntityInterval e : r.entities()) {
            assertTrue(e.best() <= e.p5() && e.p5() <= e.median() && e.median() <= e.p95() && e.p95() <= e.worst(), e.toString());
        }
        double sum = 0;
        for (SensitivityResult.AssumptionShare a : r.assumptions()) {
            assertTrue(a.share() >= 0 && a.share() <= 1 + 1e-9, a.toString());
            sum += a.share();
        }
        assertTrue(sum <= 1 + 0.05, "first-order shares add up to at most about 1: " + sum);
        for (int i = 1; i < r.assumptions().size(); i++) {
            assertTrue(r.assumptions().get(i - 1).share() >= r.assumptions().get(i).share());
        }
        // the table's rows marked as assumptions (GIẢ ĐỊNH) that have a parameter, and the missing-value treatment
        assertEquals(markedRows().size() + 1, r.assumptions().size(), "the table's marked rows and the missing-value treatment");
    }

    /** "3.5 category", … : the rows of the bundled table whose assumption column starts with a mark (GIẢ ĐỊNH) and that have a parameter to vary. */
    private static List<String> markedRows() {
        List<String> out = new ArrayList<>();
        for (ScoringRule x : Example.scorer().scoringRules()) {
            Component c = Example.scorer().methodology().component(x.component()).orElseThrow();
            if (Assumptions.marks(x.assumption()) && c.scored() && Sensitivity.varied(x.pattern(), c, 0.2) != null) {
                out.add(x.component() + " " + x.pattern().name());
            }
        }
        return out;
    }

    @Test
    void onlyWhatTheMethodologyMarks_isVaried_aGoalTheProvinceSets_isNot() {
        SensitivityResult r = Sensitivity.run(Example.scorer(), cohort, 2000, 4, 0.2);
        Set<String> varied = r.assumptions().stream().map(SensitivityResult.AssumptionShare::id).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(markedRows());
        expected.add("missing values");
        assertEquals(expected, varied);
        // every parametric row whose assumption column does not start with a mark (a goal from the province's plan) is left as written
        int stated = 0;
        for (ScoringRule x : Example.scorer().scoringRules()) {
            Component c = Example.scorer().methodology().component(x.component()).orElseThrow();
            if (!Assumptions.marks(x.assumption()) && Sensitivity.varied(x.pattern(), c, 0.2) != null) {
                stated++;
                assertFalse(varied.contains(x.component() + " " + x.pattern().name()), x.component() + " is set by a document: " + x.assumption());
                assertTrue(r.notes().get(0).contains(x.component() + " " + ScoringPattern.describe(x.pattern())), r.notes().get(0));
            }
        }
        assertTrue(stated > 0, "the bundled table states some goals as given");
        // the missing-value treatment is varied because completeness.drl marks the rule on a component not reported
        SensitivityResult.AssumptionShare missing = r.assumptions().stream().filter(a -> a.id().equals("missing values")).findFirst().orElseThrow();
        assertTrue(missing.assumption().contains("earns nothing"), missing.assumption());
    }

    @Test
    void ruleFiles_markedByTheirAssumptionComments() throws IOException {
        Path dir = Files.createTempDirectory("dti-marks-");
        Files.writeString(dir.resolve("methodology.json"), "{\"id\": \"marks\", \"name\": \"Thử\", \"edition\": \"2025\", \"year\": 2025, "
                + "\"entityKind\": \"PROVINCE\", \"totalPoints\": 30, \"mainIndicators\": [{\"id\": \"1\", \"name\": \"Một\", \"maxPoints\": 30, "
                + "\"components\": [" + comp("1.1") + ", " + comp("1.2") + ", " + comp("1.3") + "]}]}");
        Files.writeString(dir.resolve("scoring.drl"), String.join("\n", "// Scoring of the test methodology.", "package t.scoring", "",
                "import vn.dti.rules.ComponentValue", "global vn.dti.rules.ScoreSheet score", "",
                "// 1.1: ASSUMPTION goal 0.5 (no document sets it)", "rule \"1.1\"", "    @indicator(\"1.1\")", "when",
                "    $v : ComponentValue( indicator == \"1.1\", reported )", "then", "    score.goal(kcontext, $v, 0.5);", "end", "",
                "// 1.2: the goal the province's plan sets", "rule \"1.2\"", "    @indicator(\"1.2\")", "when",
                "    $v : ComponentValue( indicator == \"1.2\", reported )", "then", "    score.goal(kcontext, $v, 0.9);", "end", "",
                "// 1.3", "// GIẢ ĐỊNH: thang điểm (the Vietnamese mark)", "rule \"1.3\"", "    @indicator(\"1.3\")", "when",
                "    $v : ComponentValue( indicator == \"1.3\", reported )", "then", "    score.bands(kcontext, $v, \"0.5:10, 0.2:5\");", "end", ""));
        Files.writeString(dir.resolve("completeness.drl"), String.join("\n", "package t.completeness", "", "import vn.dti.rules.ComponentValue",
                "import vn.dti.api.FindingCode", "import vn.dti.api.ReportStatus", "global vn.dti.rules.ScoreSheet score", "",
                "// A component without a value earns nothing (a stated rule).", "rule \"Not reported\"", "when",
                "    $v : ComponentValue( status == ReportStatus.NOT_REPORTED, max > 0 )", "then",
                "    score.finding(kcontext, $v, FindingCode.NOT_REPORTED, \"no value\");", "end", ""));
        RuleScorer scorer = Methodologies.load(dir);
        Assumptions marks = Assumptions.of(scorer);
        assertEquals(List.of("1.1", "1.3"), marks.marked().stream().map(x -> x.component().value()).toList());
        assertFalse(marks.missingValuesMarked(), "the rule on a missing value is not marked");
        Document doc = Document.of("1/QĐ", "Quyết định", LocalDate.of(2025, 3, 1), "UBND");
        List<CohortEntity> entities = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            entities.add(CohortEntity.withEvidence("t" + i, "Tỉnh " + i, null, Evidence.of(Entity.province("t" + i, "Tỉnh " + i), Period.year(2025),
                    List.of(ComponentEvidence.of("1.1", 0.3 + 0.1 * i, doc), ComponentEvidence.of("1.2", 0.8 - 0.1 * i, doc)))));
        }
        SensitivityResult r = Sensitivity.run(scorer, Cohort.of(entities), 500, 1, 0.2);
        // the marked rules (1.3, reported by no one, with a share of 0); 1.2 (not marked) and missing values are not varied
        assertEquals(List.of("1.1 goal", "1.3 bands"), r.assumptions().stream().map(SensitivityResult.AssumptionShare::id).sorted().toList());
        assertTrue(r.notes().get(0).contains("1.2 goal 0.9"), r.notes().get(0));
    }

    private static String comp(String id) {
        return "{\"id\": \"" + id + "\", \"name\": \"Thành phần " + id + "\", \"maxPoints\": 10, \"valueKind\": \"RATIO\", \"responsibleAgency\": \"Sở A\"}";
    }

    @Test
    void summaryAsPrinted_isTheSameAcrossSeeds_atTenThousandSamples_sharesAgree() {
        List<SensitivityResult> runs = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            runs.add(Sensitivity.run(Example.scorer(), cohort, 10_000, seed, 0.2));
        }
        SensitivityResult first = runs.get(0);
        for (SensitivityResult r : runs) {
            for (int i = 0; i < r.entities().size(); i++) {
                SensitivityResult.EntityInterval a = first.entities().get(i);
                SensitivityResult.EntityInterval b = r.entities().get(i);
                String who = b.id() + " seed " + r.seed();
                assertEquals(a.id(), b.id());
                assertEquals(List.of(a.medianLow(), a.medianHigh(), a.medianSplit(), a.modes(), a.p5(), a.p95()),
                        List.of(b.medianLow(), b.medianHigh(), b.medianSplit(), b.modes(), b.p5(), b.p95()), who + ": the summary as printed");
                for (int rank = 1; rank <= r.entities().size(); rank++) {
                    assertEquals(shareAt(a, rank), shareAt(b, rank), 0.03, who + " share at rank " + rank);
                }
            }
        }
    }

    @Test
    void medianOnASplit_isFlagged_withTheSharesThatMakeIt() {
        SensitivityResult r = Sensitivity.run(Example.scorer(), cohort, 10_000, 2, 0.2);
        boolean anySplit = false;
        for (SensitivityResult.EntityInterval e : r.entities()) {
            double total = e.shares().stream().mapToDouble(SensitivityResult.RankShare::share).sum();
            assertEquals(1, total, 1e-9, e.id());
            // at or below the band's best rank: at least 45%; at or below any better rank: less than 45%
            double atOrBelowLow = 0;
            double belowLow = 0;
            for (SensitivityResult.RankShare s : e.shares()) {
                atOrBelowLow += s.rank() <= e.medianLow() ? s.share() : 0;
                belowLow += s.rank() < e.medianLow() ? s.share() : 0;
            }
            assertTrue(atOrBelowLow >= 0.45 && belowLow < 0.45, e.toString());
            assertEquals(atOrBelowLow <= 0.55, e.medianSplit(), e.id() + ": split exactly when 45–55% fall at or below the best rank of the band");
            assertTrue(e.medianLow() <= e.median() && e.median() <= e.medianHigh(), e.id() + ": the sample median lies in the band");
            double top = e.shares().stream().mapToDouble(SensitivityResult.RankShare::share).max().orElseThrow();
            assertEquals(top, e.modeShare(), 0);
            for (int m : e.modes()) {
                assertTrue(shareAt(e, m) >= top - 0.05, e.toString());
            }
            anySplit |= e.medianSplit();
        }
        // Khánh Hòa has more than half of its components not reported: the two treatments of a missing value, equally likely, split its rank
        SensitivityResult.EntityInterval kh = r.entities().stream().filter(e -> e.id().equals("khanh-hoa")).findFirst().orElseThrow();
        assertTrue(kh.medianSplit(), kh.toString());
        assertTrue(anySplit);
    }

    private static double shareAt(SensitivityResult.EntityInterval e, int rank) {
        return e.shares().stream().filter(s -> s.rank() == rank).mapToDouble(SensitivityResult.RankShare::share).sum();
    }

    @Test
    void noRange_onlyTheMissingValueTreatmentMoves() {
        SensitivityResult r = Sensitivity.run(Example.scorer(), cohort, 2000, 5, 0);
        for (SensitivityResult.AssumptionShare a : r.assumptions()) {
            if (!a.id().equals("missing values")) {
                assertEquals(0, a.share(), 1e-12, a.id());
            }
        }
    }

    @Test
    void theEntityGivenByEvidence_isTheOneWhoseRankMoves_publishedOnesKeepTheirOrder() {
        SensitivityResult r = Sensitivity.run(Example.scorer(), cohort, 4000, 9, 0.2);
        SensitivityResult.EntityInterval kh = r.entities().stream().filter(e -> e.id().equals("khanh-hoa")).findFirst().orElseThrow();
        assertTrue(kh.worst() > kh.best(), "the example's rank moves with the assumptions");
        SensitivityResult.EntityInterval first = r.entities().get(0);
        assertEquals(1, first.rank());
        assertEquals("published", first.source());
    }

    @Test
    void badRuns_areRefused() {
        assertThrows(DtiException.class, () -> Sensitivity.run(Example.scorer(), cohort, 1, 1, 0.2));
        assertThrows(DtiException.class, () -> Sensitivity.run(Example.scorer(), cohort, 100, 1, 1.5));
        Cohort merged = new Cohort(null, null, null, null, null, List.of(new Merger("ab", "AB", null, List.of("tinh-a", "tinh-b"))), cohort.entities(),
                null);
        assertTrue(assertThrows(DtiException.class, () -> Sensitivity.run(Example.scorer(), merged, 100, 1, 0.2)).getMessage().contains("mergers"));
    }

    @Test
    void fastPublish_equalsPublish() {
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < 100_000; i++) {
            double v = rnd.nextDouble();
            assertEquals(vn.dti.api.Points.publish(v), Sensitivity.publish(v), 0, Double.toString(v));
        }
        assertEquals(vn.dti.api.Points.publish(0.30325), Sensitivity.publish(0.30325), 0);
    }
}
