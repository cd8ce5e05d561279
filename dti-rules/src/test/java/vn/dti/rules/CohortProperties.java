package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Entity;
import vn.dti.api.EntityKind;
import vn.dti.api.Evidence;
import vn.dti.api.Period;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortEntity;
import vn.dti.cohort.CohortRanker;
import vn.dti.cohort.CohortScores;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;
import vn.dti.cohort.Merger;

/** Invariants of ranking: consistency with published values, ties, mergers, independence, scale invariance. */
class CohortProperties {
    private final RuleScorer dti2025 = Methodologies.bundled("vn-dti-province-2025");
    private final RuleScorer egdi = Methodologies.bundled("un-egdi");

    @Provide
    Arbitrary<List<List<Double>>> mainValues() {
        // values on a coarse grid, so ties are common
        Arbitrary<Double> v = Arbitraries.integers().between(0, 20).map(i -> i / 20.0);
        return v.list().ofSize(8).list().ofMinSize(1).ofMaxSize(30);
    }

    private static Cohort cohort(List<List<Double>> rows) {
        List<CohortEntity> es = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            es.add(CohortRanking2025.pub("e" + i, rows.get(i)));
        }
        return Cohort.of(es);
    }

    @Property(tries = 200)
    void ranksFollowPublishedValues_tiesShareARank(@ForAll("mainValues") List<List<Double>> rows) {
        CohortRanking r = CohortScores.rank(dti2025, cohort(rows), 10);
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
        EntityRanking m = CohortScores.rank(dti2025, c, 10).entity("merged").orElseThrow();
        for (int j = 0; j < 8; j++) {
            double mean = 0;
            for (int i = 0; i < parts; i++) {
                mean += rows.get(i).get(j) / parts;
            }
            assertEquals(mean, m.mainIndicators().get(j).value(), 1e-12);
        }
    }

    /** Evidence entities that report no cohort-relative component (4.6, 6.9, 7.2, 7.4, 7.5): their scores are entity-local. */
    @Provide
    Arbitrary<List<Evidence>> localEvidence() {
        List<String> relative = List.of("4.6", "6.9", "7.2", "7.4", "7.5");
        return Fixtures.evidenceFor(dti2025).map(e -> {
            List<vn.dti.api.ComponentEvidence> kept = new ArrayList<>();
            for (vn.dti.api.ComponentEvidence ce : e.components()) {
                kept.add(relative.contains(ce.indicator().value()) ? vn.dti.api.ComponentEvidence.notReported(ce.indicator().value()) : ce);
            }
            return Evidence.of(e.entity(), e.period(), kept);
        }).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 30)
    void addingAnEvidenceEntityKeepsTheOthersOrder(@ForAll("localEvidence") List<Evidence> entities) {
        List<CohortEntity> es = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            es.add(CohortEntity.withEvidence("e" + i, "E" + i, null, entities.get(i).forEntity(vn.dti.api.Entity.province("e" + i, "E" + i))));
        }
        CohortRanking all = CohortScores.rank(dti2025, Cohort.of(es), 10);
        if (es.size() < 2) {
            return;
        }
        CohortRanking fewer = CohortScores.rank(dti2025, Cohort.of(es.subList(0, es.size() - 1)), 10);
        for (EntityRanking a : fewer.entities()) {
            for (EntityRanking b : fewer.entities()) {
                int before = Integer.signum(Integer.compare(a.rank(), b.rank()));
                int after = Integer.signum(Integer.compare(all.entity(a.id()).orElseThrow().rank(), all.entity(b.id()).orElseThrow().rank()));
                assertEquals(before, after);
            }
        }
    }

    @Property(tries = 100)
    void addingAnEntityKeepsTheOthersOrder(@ForAll("mainValues") List<List<Double>> rows, @ForAll("mainValues") List<List<Double>> extra) {
        CohortRanking before = CohortScores.rank(dti2025, cohort(rows), 10);
        List<List<Double>> more = new ArrayList<>(rows);
        more.add(extra.get(0));
        CohortRanking after = CohortScores.rank(dti2025, cohort(more), 10);
        for (EntityRanking a : before.entities()) {
            for (EntityRanking b : before.entities()) {
                EntityRanking a2 = after.entity(a.id()).orElseThrow();
                EntityRanking b2 = after.entity(b.id()).orElseThrow();
                assertEquals(Integer.signum(Integer.compare(a.rank(), b.rank())), Integer.signum(Integer.compare(a2.rank(), b2.rank())));
            }
        }
    }

    @Provide
    Arbitrary<List<double[]>> egdiInputs() {
        Arbitrary<double[]> country = Arbitraries.doubles().between(0, 100).ofScale(2).array(double[].class).ofSize(3);
        return country.list().ofMinSize(2).ofMaxSize(20);
    }

    private CohortRanking rankEgdi(List<double[]> inputs, double scaleOsi) {
        List<CohortEntity> es = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            double[] x = inputs.get(i);
            Evidence e = Evidence.of(new Entity("c" + i, "C" + i, EntityKind.COUNTRY), Period.year(2024), List.of(
                    ComponentEvidence.of("OSI.1", x[0] * scaleOsi), ComponentEvidence.of("TII.1", x[1]), ComponentEvidence.of("HCI.1", x[2])));
            es.add(CohortEntity.withEvidence("c" + i, "C" + i, null, e));
        }
        return CohortScores.rank(egdi, Cohort.of(es), 10);
    }

    @Property(tries = 100)
    void scalingAZScoredComponentKeepsRanks(@ForAll("egdiInputs") List<double[]> inputs, @ForAll @DoubleRange(min = 0.01, max = 1000) double k) {
        CohortRanking a = rankEgdi(inputs, 1);
        CohortRanking b = rankEgdi(inputs, k);
        for (EntityRanking e : a.entities()) {
            EntityRanking f = b.entity(e.id()).orElseThrow();
            assertEquals(e.mainIndicator("OSI").value(), f.mainIndicator("OSI").value(), 1e-9);
            assertEquals(e.mainIndicator("OSI").rank(), f.mainIndicator("OSI").rank());
        }
        assertTrue(a.entities().size() >= 2);
    }

    /** Builds published 2025 entities. */
    static final class CohortRanking2025 {
        static CohortEntity pub(String id, List<Double> v) {
            Map<String, Double> m = new java.util.LinkedHashMap<>();
            for (int j = 0; j < 8; j++) {
                m.put(Integer.toString(j + 1), v.get(j));
            }
            return CohortEntity.published(id, id, null, m);
        }
    }
}
