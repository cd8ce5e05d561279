package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.MainIndicator;
import vn.dti.api.Methodology;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortEntity;
import vn.dti.rules.RuleScorer;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/**
 * The planner on small random methodologies, against brute force: every combination of the
 * values each component's rule rewards, each scored again by the engine.
 */
class PlannerProperties {

    /** A random problem: methodology, evidence, targets (some against a random cohort), efforts. */
    record Case(RuleScorer scorer, Situation situation, List<Target> targets, Effort effort) {
    }

    static Case random(int kind, long seed) {
        RuleScorer scorer = RandomMethodologies.methodology(kind);
        Methodology m = scorer.methodology();
        Evidence ev = RandomMethodologies.evidence(scorer, seed);
        Random rnd = new Random(seed);
        Situation alone = Situation.alone(scorer, ev);
        List<Target> targets = new ArrayList<>();
        double total = alone.card().totalPoints();
        targets.add(Target.parse("total>=" + Math.min(m.totalPoints(), Math.round(total + rnd.nextDouble() * (m.totalPoints() - total) * 1.1)), m));
        Situation s = alone;
        if (rnd.nextBoolean()) {
            List<CohortEntity> entities = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (MainIndicator mi : m.mainIndicators()) {
                    values.put(mi.id().value(), Math.round(rnd.nextDouble() * 100) / 100.0);
                }
                entities.add(CohortEntity.published("p" + i, "Tỉnh P" + i, null, values));
            }
            s = Situation.inCohort(scorer, Cohort.of(entities), ev, 2);
            targets.add(Target.parse("rank<=" + (1 + rnd.nextInt(3)), m));
            if (rnd.nextBoolean()) {
                targets.add(Target.parse("top2>=" + (1 + rnd.nextInt(m.mainIndicators().size())), m));
            }
        }
        Map<String, Effort.ComponentEffort> efforts = new HashMap<>();
        for (Component c : m.components()) {
            int r = rnd.nextInt(6);
            if (r == 0) {
                efforts.put(c.id().value(), new Effort.ComponentEffort(null, true, null, null, null));
            } else if (r <= 2) {
                efforts.put(c.id().value(), new Effort.ComponentEffort((double) (1 + rnd.nextInt(4)), null, null, null, null));
            }
        }
        return new Case(scorer, s, targets, new Effort(null, 1.0, efforts));
    }

    @Property(tries = 200)
    void noCheaperPlanExists_bruteForce(@ForAll @IntRange(min = 0, max = 1000) int kind, @ForAll long seed) {
        Case c = random(kind, seed);
        Plan plan = Planner.plan(c.situation(), c.targets(), c.effort());
        double brute = bruteForce(c);
        Statistics.collect(plan.reached() ? "reached" : "unreachable", c.situation().inCohort() ? "cohort" : "alone");
        if (Double.isInfinite(brute)) {
            assertTrue(!plan.reached(), "brute force finds no plan, the planner claims one: " + plan);
        } else {
            assertTrue(plan.reached(), "brute force reaches the targets at effort " + brute + ", the planner says none: " + plan.notes());
            assertEquals(brute, plan.effort(), 1e-9, "no cheaper plan than the planner's");
        }
    }

    @Property(tries = 60)
    void aPlansChanges_applied_meetItsTargets(@ForAll @IntRange(min = 0, max = 1000) int kind, @ForAll long seed) {
        Case c = random(kind, seed);
        Plan plan = Planner.plan(c.situation(), c.targets(), c.effort());
        if (plan.reached()) {
            Situation then = c.situation().withEvidence(WhatIf.apply(c.situation().evidence(), plan.changes()));
            assertTrue(Targets.allMet(Targets.check(then, c.targets(), null)), "the plan's changes meet every target: " + plan);
            assertTrue(plan.verified());
        }
    }

    @Property(tries = 60)
    void aWhatIfWithNoChange_changesNothing(@ForAll @IntRange(min = 0, max = 1000) int kind, @ForAll long seed) {
        Case c = random(kind, seed);
        WhatIfResult r = WhatIf.run(c.situation(), List.of());
        assertEquals(c.situation().card(), r.card());
        assertEquals(0, r.totalChange(), 0);
        assertEquals(r.rankBefore(), r.rankAfter());
        assertEquals(r.mainsInTopBefore(), r.mainsInTopAfter());
    }

    /** The least effort over every combination of candidate values, each scored again by the engine; infinity when none reaches. */
    static double bruteForce(Case c) {
        Methodology m = c.scorer().methodology();
        List<Component> comps = m.components();
        List<List<Value>> candidates = new ArrayList<>();
        List<Double> cost = new ArrayList<>();
        for (Component comp : comps) {
            List<Value> vals = new ArrayList<>();
            vals.add(null); // stay
            Effort.ComponentEffort e = c.effort().components().get(comp.id().value());
            if (e == null || !Boolean.TRUE.equals(e.fixed())) {
                vals.addAll(values(c.scorer(), comp, c.situation()));
            }
            candidates.add(vals);
            cost.add(e != null && e.effort() != null ? e.effort() : c.effort().defaultOf());
        }
        double best = Double.POSITIVE_INFINITY;
        int[] at = new int[comps.size()];
        while (true) {
            double effort = 0;
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < at.length; i++) {
                Value v = candidates.get(i).get(at[i]);
                if (at[i] > 0) {
                    effort += cost.get(i);
                    changes.add(new Change(comps.get(i).id(), v));
                }
            }
            if (effort < best - 1e-9) {
                Situation then = c.situation().withEvidence(WhatIf.apply(c.situation().evidence(), changes));
                if (Targets.allMet(Targets.check(then, c.targets(), null))) {
                    best = effort;
                }
            }
            int i = 0;
            while (i < at.length && ++at[i] == candidates.get(i).size()) {
                at[i] = 0;
                i++;
            }
            if (i == at.length) {
                return best;
            }
        }
    }

    /** Every value a component's rule rewards differently: each category, yes and no, each band edge, the goal, 100%, the reference; a document. */
    static List<Value> values(RuleScorer scorer, Component comp, Situation s) {
        List<Value> out = new ArrayList<>();
        ScoringRule rule = scorer.scoringRule(IndicatorId.of(comp.id().value())).orElseThrow();
        ScoringPattern p = rule.pattern();
        if (comp.valueKind() == ValueKind.YES_NO) {
            out.add(Value.yesNo(true));
        } else if (comp.valueKind() == ValueKind.CATEGORY) {
            for (CategoryOption o : comp.categories()) {
                out.add(Value.category(o.code()));
            }
        } else if (p instanceof ScoringPattern.Bands b) {
            b.bands().forEach(x -> out.add(Value.number(x.threshold())));
        } else if (p instanceof ScoringPattern.Goal g) {
            out.add(Value.number(g.goal()));
        } else if (p instanceof ScoringPattern.Relative r) {
            out.add(Value.number(r.reference()));
        } else {
            out.add(Value.number(1));
        }
        s.evidence().component(comp.id()).filter(ce -> ce.reported() && ce.documents().isEmpty()).ifPresent(ce -> out.add(null));
        return out;
    }
}
