package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dti.api.DtiException;
import vn.dti.api.Methodology;

/** The cheapest plan on the bundled example, confirmed by what-if. */
class PlannerTest {
    private final Methodology m = Example.scorer().methodology();

    @Test
    void total800_exactPlan_confirmedByWhatIf() {
        Situation s = Example.alone();
        Plan p = Planner.plan(s, List.of(Target.parse("total>=800", m)), Effort.UNIFORM);
        assertTrue(p.reached());
        assertTrue(p.verified());
        WhatIfResult r = WhatIf.run(s, p.changes());
        assertTrue(r.totalAfter() >= 800 - 1e-9, "what-if with the plan's changes reaches 800: " + r.totalAfter());
        assertEquals(p.totalAfter(), r.totalAfter(), 1e-9);
        // with one unit per component, the least effort is the fewest components whose full gains cover the shortfall
        List<Gap> gaps = new ArrayList<>(Gaps.of(s));
        List<Double> gains = new ArrayList<>();
        for (Gap g : gaps) {
            gains.add(g.fullPoints() != null ? g.fullPoints().adds() : g.nextStep().adds());
        }
        gains.sort(Comparator.reverseOrder());
        double need = 800 - s.card().totalPoints();
        int k = 0;
        double sum = 0;
        while (sum < need - 1e-9) {
            sum += gains.get(k++);
        }
        assertEquals(k, p.effort(), 0, "the fewest components that reach 800");
        assertEquals(k, p.steps().size());
        for (PlanStep st : p.steps()) {
            assertEquals(m.component(st.component()).orElseThrow().responsibleAgency(), st.agency());
            assertTrue(st.adds() > 0);
        }
    }

    @Test
    void cohortTargets_rankAndTop10_reachedAndVerified() {
        Situation s = Example.inCohort();
        int rank = s.ranking().orElseThrow().entity("khanh-hoa").orElseThrow().rank();
        List<Target> t = List.of(Target.parse("total>=800", m), Target.parse("rank<=" + Math.max(1, rank - 2), m), Target.parse("top3>=4", m));
        Plan p = Planner.plan(s, t, Effort.UNIFORM);
        assertTrue(p.reached(), p.notes().toString());
        assertTrue(p.verified(), p.after().toString());
        assertTrue(Targets.allMet(p.after()));
    }

    @Test
    void componentTargets_areMet_withTheirFloors() {
        Situation s = Example.alone();
        Plan p = Planner.plan(s, List.of(Target.parse("6.3>=0.95", m), Target.parse("3.5=cloud", m), Target.parse("total>=500", m)), Effort.UNIFORM);
        assertTrue(p.verified(), p.after().toString());
        PlanStep s63 = p.steps().stream().filter(x -> x.component().value().equals("6.3")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(s63.valueAfter()) >= 0.95);
    }

    @Test
    void unreachable_saysSo_withTheClosestPlan() {
        Situation s = Example.alone();
        Effort fixed = new Effort(null, 1.0, Map.of("7.1", new Effort.ComponentEffort(null, true, null, null, "no statistics")));
        Plan p = Planner.plan(s, List.of(Target.parse("total>=1000", m)), fixed);
        assertFalse(p.reached());
        assertFalse(p.verified());
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("No plan reaches")), p.notes().toString());
        assertEquals(950, p.totalAfter(), 1e-6, "everything but 7.1's 50 points");
    }

    @Test
    void efforts_changeTheChoice() {
        Situation s = Example.alone();
        double need = 30;
        Target t = Target.parse("total>=" + (s.card().totalPoints() + need), m);
        Plan cheap = Planner.plan(s, List.of(t), Effort.UNIFORM);
        assertEquals(1, cheap.steps().size());
        // make every single-step option expensive: two cheap steps win
        Map<String, Effort.ComponentEffort> costly = new java.util.HashMap<>();
        for (Gap g : Gaps.of(s)) {
            if (g.fullPoints() != null && g.fullPoints().adds() >= need - 1e-9) {
                costly.put(g.component().value(), new Effort.ComponentEffort(10.0, null, null, null, null));
            }
        }
        Plan p = Planner.plan(s, List.of(t), new Effort(null, 1.0, costly));
        assertTrue(p.reached());
        assertTrue(p.effort() < 10, "two or three cheap steps beat one at 10: " + p.effort());
    }

    @Test
    void rankTarget_withoutCohort_isRefused() {
        assertThrows(DtiException.class, () -> Planner.plan(Example.alone(), List.of(Target.parse("rank<=20", m)), Effort.UNIFORM));
    }
}
