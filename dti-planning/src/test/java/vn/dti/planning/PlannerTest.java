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
    void unreachable_saysSo_withTheClosestPlan() throws Throwable {
        Example.inEnglish(() -> {
            Situation s = Example.alone();
            Effort fixed = new Effort(null, 1.0, Map.of("7.1", new Effort.ComponentEffort(null, true, null, null, "no statistics")));
            Plan p = Planner.plan(s, List.of(Target.parse("total>=1000", m)), fixed);
            assertFalse(p.reached());
            assertFalse(p.verified());
            assertTrue(p.notes().stream().anyMatch(n -> n.toString().contains("No plan reaches")), p.notes().toString());
            assertTrue(p.unreached().get(0).reason().toString().contains("the effort file fixes 7.1"), p.unreached().toString());
            assertEquals(950, p.totalAfter(), 1e-6, "everything but 7.1's 50 points");
        });
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

    /** The audit's effort file: 7.1 and 8.3 fixed, 3.1–3.3 at 3 units, 6.6 at most 50%, 8.2 only 5% (1 unit) or 10% (4 units). */
    private static Effort auditEffort() {
        return new Effort(null, 1.0, Map.of("7.1", new Effort.ComponentEffort(null, true, null, null, "no statistics"),
                "8.3", new Effort.ComponentEffort(null, true, null, null, null),
                "3.1", new Effort.ComponentEffort(3.0, null, null, null, null), "3.2", new Effort.ComponentEffort(3.0, null, null, null, null),
                "3.3", new Effort.ComponentEffort(3.0, null, null, null, null), "6.6", new Effort.ComponentEffort(null, null, 0.5, null, null),
                "8.2", new Effort.ComponentEffort(null, null, null, List.of(new Effort.StepEffort(vn.dti.api.Value.number(0.05), 1),
                        new Effort.StepEffort(vn.dti.api.Value.number(0.1), 4)), null)));
    }

    /**
     * The least effort that adds {@code need} points, found without the planner: each component's options scored one at a time by
     * the engine (full points for any amount at its effort; 6.6 at its cap; 8.2 at each of its steps), then a knapsack over whole
     * units of effort.
     */
    private static int leastEffortIndependently(Situation s, Effort e, double need) {
        List<double[]> groups = new ArrayList<>(); // per component: effort, gain, effort, gain, …
        for (var c : m().components()) {
            Effort.ComponentEffort spec = e.components().get(c.id().value());
            double now = s.card().component(c.id().value()).orElseThrow().points();
            if (!c.scored() || (spec != null && Boolean.TRUE.equals(spec.fixed())) || now >= c.maxPoints() - 1e-9) {
                continue;
            }
            List<Double> g = new ArrayList<>();
            if (spec != null && spec.steps() != null) {
                for (Effort.StepEffort st : spec.steps()) {
                    g.add(st.effort());
                    g.add(WhatIf.run(s, List.of(new Change(c.id(), st.value()))).totalChange());
                }
            } else if (spec != null && spec.maxValue() != null) {
                g.add(1.0);
                g.add(WhatIf.run(s, List.of(new Change(c.id(), vn.dti.api.Value.number(spec.maxValue())))).totalChange());
            } else {
                g.add(spec != null && spec.effort() != null ? spec.effort() : 1.0);
                g.add(c.maxPoints() - now);
            }
            groups.add(g.stream().mapToDouble(Double::doubleValue).toArray());
        }
        int budget = 200;
        double[] best = new double[budget + 1];
        for (double[] g : groups) {
            double[] next = best.clone();
            for (int i = 0; i < g.length; i += 2) {
                int cost = (int) g[i];
                for (int b = cost; b <= budget; b++) {
                    next[b] = Math.max(next[b], best[b - cost] + g[i + 1]);
                }
            }
            best = next;
        }
        for (int b = 0; b <= budget; b++) {
            if (best[b] >= need - 1e-9) {
                return b;
            }
        }
        return -1;
    }

    private static Methodology m() {
        return Example.scorer().methodology();
    }

    @Test
    void auditCase_total800_withTheAuditsEffortFile_costs34() {
        Situation s = Example.alone();
        int expected = leastEffortIndependently(s, auditEffort(), 800 - s.card().totalPoints());
        assertEquals(34, expected, "the independent knapsack");
        Plan p = Planner.plan(s, List.of(Target.parse("total>=800", m)), auditEffort());
        assertTrue(p.reached() && p.verified());
        assertEquals(expected, p.effort(), 1e-9);
    }

    @Test
    void noPlanReachesEveryTarget_theClosestReachesTheOthers_atTheirLeastEffort_andSaysWhy() throws Throwable {
        Example.inEnglish(() -> {
            Situation s = Example.alone();
            Plan p = Planner.plan(s, List.of(Target.parse("total>=800", m), Target.parse("7.1>=0.2", m)), auditEffort());
            assertFalse(p.reached());
            assertFalse(p.verified());
            assertEquals(34, p.effort(), 1e-9, "total>=800 at its own least effort; 7.1 cannot move");
            assertTrue(p.totalAfter() >= 800 - 1e-9, "the reachable target is reached: " + p.totalAfter());
            assertTrue(p.after().get(0).isMet());
            assertEquals(1, p.unreached().size());
            assertEquals("7.1>=0.2", p.unreached().get(0).target());
            assertTrue(p.unreached().get(0).reason().toString().contains("the effort file fixes 7.1 (no statistics)"), p.unreached().get(0).reason().toString());
            // the reason is kept as a message: the same plan reads in Vietnamese too
            assertTrue(p.unreached().get(0).reason().in(vn.dti.text.Language.VI).contains("tệp công sức cố định chỉ số thành phần 7.1 (no statistics)"),
                    p.unreached().get(0).reason().in(vn.dti.text.Language.VI));
            // total>=1000 cannot be reached with 7.1 fixed: the closest plan earns everything else
            Plan all = Planner.plan(s, List.of(Target.parse("total>=1000", m)), auditEffort());
            assertFalse(all.reached());
            assertTrue(all.unreached().get(0).reason().toString().startsWith("at most "), all.unreached().get(0).reason().toString());
        });
    }

    @Test
    void strictAndPointsTargets_andTwoTargetsOnOneComponent() {
        Situation s = Example.alone();
        Plan p = Planner.plan(s, List.of(Target.parse("6.3>0.95", m), Target.parse("points(6.5)>=max", m), Target.parse("6.6>=0.6", m),
                Target.parse("points(6.6)>=max", m)), Effort.UNIFORM);
        assertTrue(p.reached() && p.verified(), p.after().toString());
        Map<String, PlanStep> steps = new java.util.HashMap<>();
        p.steps().forEach(x -> steps.put(x.component().value(), x));
        assertEquals(0.9501, Double.parseDouble(steps.get("6.3").valueAfter()), 1e-12, "the least value above 95% that people write");
        assertEquals(20, steps.get("6.5").pointsAfter(), 1e-9);
        assertEquals(50, steps.get("6.6").pointsAfter(), 1e-9);
        assertEquals(3, p.effort(), 0);
    }

    @Test
    void rankTarget_inACohortThatCannotTell_isRefused() throws Throwable {
        Example.inEnglish(() -> {
            Situation s = Example.inCohort();
            int n = s.ranking().orElseThrow().entities().size();
            DtiException e = assertThrows(DtiException.class, () -> Planner.plan(s, List.of(Target.parse("rank<=" + n, m)), Effort.UNIFORM));
            assertTrue(e.getMessage().contains("constrains nothing") && e.getMessage().contains(n + " entities"), e.getMessage());
            assertThrows(DtiException.class, () -> Planner.plan(s, List.of(Target.parse("top10>=4", m)), Effort.UNIFORM));
        });
    }

    @Test
    void rankTarget_withoutCohort_isRefused() {
        assertThrows(DtiException.class, () -> Planner.plan(Example.alone(), List.of(Target.parse("rank<=20", m)), Effort.UNIFORM));
    }

    /** The illustrative cohort with one more province published at exactly Khánh Hòa's main-indicator values: the two tie. */
    private static Situation withATwin() {
        vn.dti.cohort.EntityRanking kh = Example.inCohort().ranking().orElseThrow().entity("khanh-hoa").orElseThrow();
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        kh.mainIndicators().forEach(v -> values.put(v.id(), v.publishedValue()));
        vn.dti.cohort.Cohort c = Example.cohort();
        List<vn.dti.cohort.CohortEntity> all = new ArrayList<>(c.entities());
        all.add(vn.dti.cohort.CohortEntity.published("tinh-t", "Tỉnh T (minh họa)", "Đông Nam Bộ", values));
        return Situation.inCohort(Example.scorer(), c.withEntities(all), Example.khanhHoa(), 3);
    }

    @Test
    void aRankTargetReachedOnATie_saysSo_andMarginAsksForAStrictLead() {
        Situation s = withATwin();
        vn.dti.cohort.CohortRanking r = s.ranking().orElseThrow();
        vn.dti.cohort.EntityRanking kh = r.entity("khanh-hoa").orElseThrow();
        assertEquals(kh.rank(), r.entity("tinh-t").orElseThrow().rank(), "the twin shares Khánh Hòa's rank");
        Target t = Target.parse("rank<=" + kh.rank(), m);
        Plan tie = Planner.plan(s, List.of(t), Effort.UNIFORM);
        assertTrue(tie.reached());
        String note = vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "planning.plan.tie", kh.rank(), "Tỉnh T (minh họa)",
                vn.dti.api.Points.format4(kh.publishedValue()));
        assertTrue(tie.notes().stream().anyMatch(n -> n.toString().equals(note)), tie.notes().toString());
        String noteEn = vn.dti.text.Messages.text(vn.dti.text.Language.EN, "planning.plan.tie", kh.rank(), "Tỉnh T (minh họa)",
                vn.dti.api.Points.format4(kh.publishedValue()));
        assertTrue(tie.notes().stream().anyMatch(n -> n.in(vn.dti.text.Language.EN).equals(noteEn)), "the note is kept in both languages: " + tie.notes());
        // --margin 1: at least 1 point ahead of the twin, and no tie
        Plan lead = Planner.plan(s, List.of(t), Effort.UNIFORM, 1);
        assertTrue(lead.reached() && lead.verified(), lead.toString());
        assertFalse(lead.steps().isEmpty());
        assertTrue(lead.notes().stream().noneMatch(n -> n.toString().equals(note)), lead.notes().toString());
        assertTrue(lead.totalAfter() >= s.card().totalPoints() + 1 - 1e-9, lead.totalAfter() + " vs " + s.card().totalPoints());
        Situation then = s.withEvidence(WhatIf.apply(s.evidence(), lead.steps().stream().map(st -> new Change(st.component(), st.documentOnly() ? null
                : st.target())).toList()));
        vn.dti.cohort.CohortRanking after = then.ranking().orElseThrow();
        assertTrue(after.entity("khanh-hoa").orElseThrow().rank() < after.entity("tinh-t").orElseThrow().rank(), "a strict lead");
        assertThrows(IllegalArgumentException.class, () -> Planner.plan(s, List.of(t), Effort.UNIFORM, -1));
    }

    @Test
    void aTopTarget_withAMargin_leadsTheNthBestOtherOnEveryMainIndicatorItCounts() {
        Situation s = withATwin();
        vn.dti.cohort.CohortRanking r = s.ranking().orElseThrow();
        Target t = Target.parse("top3>=2", m);
        Plan lead = Planner.plan(s, List.of(t), Effort.UNIFORM, 1);
        assertTrue(lead.reached() && lead.verified(), lead.toString());
        Situation then = s.withEvidence(WhatIf.apply(s.evidence(), lead.steps().stream().map(st -> new Change(st.component(), st.documentOnly() ? null
                : st.target())).toList()));
        vn.dti.cohort.EntityRanking after = then.ranking().orElseThrow().entity("khanh-hoa").orElseThrow();
        int clear = 0;
        for (vn.dti.api.MainIndicator mi : m.mainIndicators()) {
            if (mi.maxPoints() == 0) {
                continue;
            }
            // the third best of the others, as published before the plan (the others do not change)
            List<Double> others = new ArrayList<>();
            for (vn.dti.cohort.EntityRanking e : r.entities()) {
                vn.dti.cohort.RankedValue v = e.mainIndicator(mi.id().value());
                if (!e.id().equals("khanh-hoa") && v != null) {
                    others.add(v.publishedValue());
                }
            }
            others.sort(java.util.Collections.reverseOrder());
            double ours = after.mainIndicator(mi.id().value()).publishedValue();
            if ((ours - others.get(2)) * mi.maxPoints() >= 1 - 1e-6) {
                clear++;   // at least 1 point of this main indicator ahead of the third best other
            }
        }
        assertTrue(clear >= 2, "two main indicators at least 1 point clear of the third best: " + clear);
        assertThrows(IllegalArgumentException.class, () -> Planner.plan(s, List.of(t), Effort.UNIFORM, Double.NaN));
    }

    @Test
    void plansAndNextStepsCarryUnits() {
        // the bundled methodology names 3.3's unit (thuê bao); a rate without one says only per how many people
        vn.dti.api.Component subscriptions = m.component(vn.dti.api.IndicatorId.of("3.3")).orElseThrow();
        assertEquals("thuê bao", subscriptions.unit());
        assertEquals("100 thuê bao/100 dân", ValueText.withUnit(subscriptions, "100", vn.dti.text.Language.VI));
        assertEquals("100 thuê bao per 100 people", ValueText.withUnit(subscriptions, "100", vn.dti.text.Language.EN));
        vn.dti.api.Component rate = new vn.dti.api.Component(subscriptions.id(), subscriptions.name(), subscriptions.label(), subscriptions.maxPoints(),
                subscriptions.valueKind(), subscriptions.per(), "", subscriptions.categories(), subscriptions.responsibleAgency(),
                subscriptions.cooperatingAgencies(), subscriptions.evidence());
        assertEquals("100 trên 100 dân", ValueText.withUnit(rate, "100", vn.dti.text.Language.VI));
        assertEquals("100 per 100 people", ValueText.withUnit(rate, "100", vn.dti.text.Language.EN));
        // a share as a percentage, its number written the language's way
        assertEquals("87,2%", ValueText.withUnit(m.component(vn.dti.api.IndicatorId.of("3.4")).orElseThrow(), "0.872", vn.dti.text.Language.VI));
        assertEquals("87.2%", ValueText.withUnit(m.component(vn.dti.api.IndicatorId.of("3.4")).orElseThrow(), "0.872", vn.dti.text.Language.EN));
        assertEquals("1.500 thuê bao/100 dân", ValueText.withUnit(subscriptions, "1500", vn.dti.text.Language.VI));
        // the next step of a rate says per how many people
        Gap g = Gaps.of(Example.alone()).stream().filter(x -> x.component().value().equals("3.3")).findFirst().orElseThrow();
        assertTrue(g.nextStep().action().contains("/100 dân"), g.nextStep().action());
        Gap en = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> Gaps.of(Example.alone())).stream()
                .filter(x -> x.component().value().equals("3.3")).findFirst().orElseThrow();
        assertTrue(en.nextStep().action().contains(" per 100 people"), en.nextStep().action());
    }
}
