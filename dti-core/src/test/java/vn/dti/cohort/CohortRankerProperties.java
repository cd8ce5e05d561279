package vn.dti.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.dti.api.Scorer;

/** Invariants of ranking, without a rule engine: consistency with published values, ties, mergers, independence of other entities. */
class CohortRankerProperties {
    private static final Scorer DTI_2025 = CohortFixtures.stub(CohortFixtures.dti2025());

    @Provide
    Arbitrary<List<List<Double>>> mainValues() {
        // values on a coarse grid, so ties are common
        Arbitrary<Double> v = Arbitraries.integers().between(0, 20).map(i -> i / 20.0);
        return v.list().ofSize(8).list().ofMinSize(1).ofMaxSize(30);
    }

    private static Cohort cohort(List<List<Double>> rows) {
        List<CohortEntity> es = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            es.add(CohortFixtures.pub("e" + i, rows.get(i)));
        }
        return Cohort.of(es);
    }

    @Property(tries = 200)
    void ranksFollowPublishedValues_tiesShareARank(@ForAll("mainValues") List<List<Double>> rows) {
        CohortRanking r = CohortScores.rank(DTI_2025, cohort(rows), 10);
        for (EntityRanking a : r.entities()) {
            long higher = r.entities().stream().filter(b -> b.publishedValue() > a.publishedValue()).count();
            assertEquals(higher + 1, a.rank());
            for (EntityRanking b : r.entities()) {
                if (a.publishedValue() == b.publishedValue()) {
                    assertEquals(a.rank(), b.rank());
                }
            }
            for (int j = 0; j < a.mainIndicators().size(); j++) {
                final int k = j;
                long mainHigher = r.entities().stream().filter(b -> b.mainIndicators().get(k).publishedValue() > a.mainIndicators().get(k).publishedValue()).count();
                assertEquals(mainHigher + 1, a.mainIndicators().get(j).rank());
            }
        }
    }


    @Property(tries = 100)
    void mergedEntityIsTheMeanOfItsParts(@ForAll("mainValues") List<List<Double>> rows, @ForAll @IntRange(min = 1, max = 4) int parts) {
        if (rows.size() < parts) {
            return;
        }
        List<String> from = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            from.add("e" + i);
        }
        Cohort c = new Cohort(null, null, null, null, null, List.of(new Merger("merged", null, null, from)), cohort(rows).entities(), null);
        EntityRanking m = CohortScores.rank(DTI_2025, c, 10).entity("merged").orElseThrow();
        for (int j = 0; j < 8; j++) {
            double mean = 0;
            for (int i = 0; i < parts; i++) {
                mean += rows.get(i).get(j) / parts;
            }
            assertEquals(mean, m.mainIndicators().get(j).value(), 1e-12);
        }
    }

    /** Adding an entity given by published values keeps the order of the others (with real rules and evidence: dti-rules' CohortProperties). */
    @Property(tries = 100)
    void addingAnEntityKeepsTheOthersOrder(@ForAll("mainValues") List<List<Double>> rows, @ForAll("mainValues") List<List<Double>> extra) {
        CohortRanking before = CohortScores.rank(DTI_2025, cohort(rows), 10);
        List<List<Double>> more = new ArrayList<>(rows);
        more.add(extra.get(0));
        CohortRanking after = CohortScores.rank(DTI_2025, cohort(more), 10);
        for (EntityRanking a : before.entities()) {
            for (EntityRanking b : before.entities()) {
                EntityRanking a2 = after.entity(a.id()).orElseThrow();
                EntityRanking b2 = after.entity(b.id()).orElseThrow();
                assertEquals(Integer.signum(Integer.compare(a.rank(), b.rank())), Integer.signum(Integer.compare(a2.rank(), b2.rank())));
            }
        }
    }
}
