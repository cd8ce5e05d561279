package vn.dti.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.Evidence;
import vn.dti.api.FindingCode;
import vn.dti.api.ScoreCard;
import vn.dti.rules.Methodologies;
import vn.dti.benchmarks.reference.NaiveDrools;
import vn.dti.benchmarks.reference.PlainJava;
import vn.dti.rules.RuleScorer;

/** The comparison means something only if the references produce exactly the library's score cards. */
class ReferenceScorersTest {
    private final RuleScorer library = Methodologies.bundled("vn-dti-province-2025");

    @Test
    void plainJava_equalsLibrary_onWorkloads() {
        List<Evidence> entities = Workloads.entities(library.methodology(), 3321, Workloads.SEED);
        assertEquals(library.scoreAll(entities), PlainJava.scorer().scoreAll(entities));
        assertEquals(library.scoreCohort(entities.subList(0, 34)), PlainJava.scorer().scoreCohort(entities.subList(0, 34)));
    }

    @Test
    void naiveFact_offersEveryPropertyTheRulesCanMatch() {
        // a rule file may constrain any bean property of ComponentValue; the naive reference matches NaiveFact instead, so it must
        // offer each one, or the rewritten rules stop compiling when a methodology starts using a new property
        java.util.Set<String> fact = new java.util.TreeSet<>();
        for (java.lang.reflect.Method m : vn.dti.benchmarks.reference.NaiveFact.class.getMethods()) {
            fact.add(m.getName());
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (java.lang.reflect.Method m : vn.dti.rules.ComponentValue.class.getMethods()) {
            boolean getter = m.getParameterCount() == 0 && m.getDeclaringClass() == vn.dti.rules.ComponentValue.class
                    && (m.getName().startsWith("get") || m.getName().startsWith("is"));
            if (getter && !fact.contains(m.getName())) {
                missing.add(m.getName());
            }
        }
        assertEquals(List.of(), missing, "NaiveFact lacks these properties of ComponentValue");
    }

    @Test
    void naiveDrools_equalsLibrary_onWorkloads() {
        List<Evidence> entities = Workloads.entities(library.methodology(), 500, Workloads.SEED);
        assertEquals(library.scoreAll(entities), NaiveDrools.scorer("vn-dti-province-2025").scoreAll(entities));
    }

    @Test
    void workloads_exerciseEveryFinding() {
        List<ScoreCard> cards = library.scoreAll(Workloads.entities(library.methodology(), 34, Workloads.SEED));
        for (FindingCode code : List.of(FindingCode.NOT_REPORTED, FindingCode.NOT_APPLICABLE, FindingCode.NO_EVIDENCE_DOCUMENT,
                FindingCode.OUT_OF_RANGE, FindingCode.STALE_EVIDENCE)) {
            assertTrue(cards.stream().anyMatch(c -> c.findings().stream().anyMatch(f -> f.code() == code)), code.toString());
        }
        assertEquals(Workloads.entities(library.methodology(), 34, Workloads.SEED), Workloads.entities(library.methodology(), 34, Workloads.SEED));
    }

    @Test
    void plainJavaSensitivity_givesTheLibrarysRankIntervals() {
        List<Evidence> entities = Workloads.entities(library.methodology(), 34, Workloads.SEED);
        vn.dti.planning.SensitivityResult lib = vn.dti.planning.Sensitivity.run(library, Workloads.cohort(entities), 2000, 11, 0.2);
        java.util.Map<String, double[]> ref = vn.dti.benchmarks.reference.PlainJavaSensitivity.run(library, entities, 2000, 11, 0.2);
        assertEquals(34, lib.entities().size());
        for (vn.dti.planning.SensitivityResult.EntityInterval e : lib.entities()) {
            double[] r = ref.get(e.id());
            assertEquals(e.median(), r[0], 0, e.id() + " median");
            assertEquals(e.p5(), r[1], 0, e.id() + " 5th percentile");
            assertEquals(e.p95(), r[2], 0, e.id() + " 95th percentile");
        }
        assertTrue(lib.entities().stream().anyMatch(e -> e.p95() > e.p5()), "the assumptions move some ranks");
    }
}
