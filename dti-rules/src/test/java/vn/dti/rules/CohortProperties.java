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

/** Invariants of ranking with real rules: adding an evidence entity keeps the others' order; scaling a z-scored input keeps ranks. (Ranking alone: dti-core's CohortRankerProperties.) */
class CohortProperties {
    private final RuleScorer dti2025 = Methodologies.bundled("vn-dti-province-2025");
    private final RuleScorer egdi = Methodologies.bundled("un-egdi");

    /**
     * Evidence entities that report no cohort-relative component (4.6, 7.2, 7.4, 7.5: value / best
     * province × max): their scores are entity-local. (6.9 is a share of the province's budget
     * against a goal, entity-local too.)
     */
    @Provide
    Arbitrary<List<Evidence>> localEvidence() {
        List<String> relative = List.of("4.6", "7.2", "7.4", "7.5");
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

    @Provide
    Arbitrary<List<double[]>> egdiInputs() {
        // the UN publishes OSI, TII and HCI between 0 and 1 (ratios)
        Arbitrary<double[]> country = Arbitraries.doubles().between(0, 1).ofScale(4).array(double[].class).ofSize(3);
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
    void scalingAZScoredComponentKeepsRanks(@ForAll("egdiInputs") List<double[]> inputs, @ForAll @DoubleRange(min = 0.01, max = 1) double k) {
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
}
