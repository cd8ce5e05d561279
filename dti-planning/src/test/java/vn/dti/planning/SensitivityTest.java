package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.DtiException;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.Merger;

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
        // every parametric row of the table is an assumption, each naming its component and parameter
        long rows = Example.scorer().scoringRules().stream().filter(x -> Sensitivity.varied(x.pattern(),
                Example.scorer().methodology().component(x.component()).orElseThrow(), 0.2) != null).count();
        assertEquals(rows + 1, r.assumptions().size(), "the table's parametric rows and the missing-value treatment");
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
