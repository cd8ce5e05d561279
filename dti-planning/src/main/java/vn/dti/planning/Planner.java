package vn.dti.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.api.DtiException;
import vn.dti.api.IndexFormula;
import vn.dti.api.IndicatorId;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Methodology;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;

/**
 * The cheapest path to a set of targets: which components to improve, to which value, at the
 * least total effort. Exact, not greedy.
 *
 * <p>Each component offers a few options: stay, or reach one of the values its rule rewards (each
 * higher band or category, yes, the value for full points, a document for a value that has none,
 * or the values an effort file lists), each with the points it earns (by the rule's own pattern)
 * and its effort. Every target is a floor on sums of points: total, index and rank targets on
 * the (index-weighted) total, "top N" targets on the main indicators (the others held where they
 * are), component targets on the options a component may take. This is a multiple-choice
 * knapsack with a count side-constraint, and it is solved exactly by dynamic programming over
 * Pareto frontiers: per main indicator, the most points for each effort; across main indicators,
 * per number of main indicators in the top N, the most (weighted) points for each effort. No
 * option is discretised and no solver tolerance is involved: points are compared as computed.
 * Every plan is then checked by applying its changes and scoring again (inside the cohort).
 */
public final class Planner {
    private static final double EPS = 1e-9;

    private Planner() {
    }

    /** A component's option: reach {@code value} (or attach a document), earning {@code points}, at {@code effort}. */
    record Option(ComponentModel model, Value value, boolean documentOnly, double points, double gain, double effort, boolean continuous) {
    }

    /** A component's options, and whether it must change (a component target it does not meet now). */
    record Choices(ComponentModel model, List<Option> options, boolean forced, int main, Target target) {
    }

    /** The plan that reaches every target at the least effort, or the closest one. */
    public static Plan plan(Situation s, List<Target> targets, Effort effort) {
        Methodology m = s.methodology();
        if (targets.isEmpty()) {
            throw new DtiException("No target: give at least one, e.g. --target 'total>=800'.");
        }
        List<TargetResult> before = Targets.check(s, targets, null);
        for (Target t : targets) {
            if ((t.subject() == Target.Subject.RANK || t.subject() == Target.Subject.TOP) && s.ranking().isEmpty()) {
                throw new DtiException("target [" + t + "] needs --cohort: a rank is a place in a cohort.");
            }
        }
        Problem p = problem(s, targets, effort);
        Solution best = solve(p);
        List<Option> chosen = best.options();
        List<String> notes = new ArrayList<>(p.notes);
        chosen = justEnough(p, chosen);
        List<PlanStep> steps = new ArrayList<>();
        double total = 0;
        for (Option o : chosen) {
            ComponentModel c = o.model();
            total += o.effort();
            steps.add(new PlanStep(c.component.id(), c.component.name(), c.component.id().main(), c.value() == null ? null : Values.text(c.value()),
                    Values.text(o.value()), o.documentOnly(), c.points(), o.points(), o.points() - c.points(), o.effort(),
                    c.component.responsibleAgency(), c.component.cooperatingAgencies(), o.documentOnly() ? null : o.value()));
        }
        steps.sort(Comparator.comparing(PlanStep::component));
        List<Change> changes = new ArrayList<>();
        for (PlanStep st : steps) {
            changes.add(new Change(st.component(), st.documentOnly() ? null : st.target()));
        }
        Situation then = s.withEvidence(WhatIf.apply(s.evidence(), changes));
        List<TargetResult> after = Targets.check(then, targets, null);
        boolean verified = Targets.allMet(after);
        if (best.reached() && !verified) {
            notes.add("Scored again with the plan's changes, a target is still missed: the others in the cohort were held where they are, "
                    + "and cohort-relative rules moved them.");
        }
        if (!best.reached()) {
            notes.add("No plan reaches every target: this is the closest plan (the most that can be reached, at its least effort).");
        }
        Integer rankBefore = s.ranking().flatMap(r -> r.entity(s.entityId())).map(EntityRanking::rank).orElse(null);
        Integer rankAfter = then.ranking().flatMap(r -> r.entity(then.entityId())).map(EntityRanking::rank).orElse(null);
        return new Plan(best.reached(), verified && best.reached(), total, steps, s.card().totalPoints(), then.card().totalPoints(), rankBefore,
                rankAfter, before, after, notes);
    }

    // ------------------------------------------------------------------ the problem

    /** What the plan must reach. */
    static final class Problem {
        final List<Choices> choices = new ArrayList<>();
        final int mains;
        /** Weight of each main indicator's points in the floor on the (weighted) total. */
        final double[] weight;
        /** The floor on Σ weight × gain; ≤ 0 when no such target. */
        double need = Double.NEGATIVE_INFINITY;
        /** Per main indicator, the gain that puts it in the top N. */
        double[] mainNeed;
        /** How many main indicators must be in the top N (0: no such target). */
        int count;
        final List<String> notes = new ArrayList<>();
        boolean impossible;

        Problem(int mains) {
            this.mains = mains;
            this.weight = new double[mains];
            this.mainNeed = new double[mains];
            java.util.Arrays.fill(mainNeed, Double.POSITIVE_INFINITY);
        }
    }

    static Problem problem(Situation s, List<Target> targets, Effort effort) {
        Methodology m = s.methodology();
        ScoreCard card = s.card();
        int n = m.mainIndicators().size();
        Problem p = new Problem(n);
        double[] w = Thresholds.indexWeights(m);
        boolean proportional = m.indexFormula() == IndexFormula.POINTS_OVER_MAX;
        boolean totalTarget = false;
        boolean indexTarget = false;
        double needPoints = Double.NEGATIVE_INFINITY;
        double needIndex = Double.NEGATIVE_INFINITY;
        Map<IndicatorId, Target> componentTargets = new LinkedHashMap<>();
        int top = 0;
        for (Target t : targets) {
            switch (t.subject()) {
                case TOTAL:
                    totalTarget = true;
                    needPoints = Math.max(needPoints, t.number() - card.totalPoints());
                    break;
                case INDEX:
                    indexTarget = true;
                    needIndex = Math.max(needIndex, t.number() - card.index());
                    break;
                case RANK: {
                    indexTarget = true;
                    CohortRanking r = s.ranking().orElseThrow();
                    double idx = Thresholds.indexForRank(r, s.entityId(), (int) t.number());
                    needIndex = Math.max(needIndex, idx - card.index());
                    break;
                }
                case TOP: {
                    if (top != 0 && top != t.top()) {
                        throw new DtiException("targets [" + t + "] and top" + top + ": one top-N target at a time.");
                    }
                    top = t.top();
                    p.count = Math.max(p.count, (int) t.number());
                    double[] v = Thresholds.mainValueForTop(m, s.ranking().orElseThrow(), s.entityId(), top);
                    for (int j = 0; j < n; j++) {
                        MainIndicatorScore ms = card.mainIndicators().get(j);
                        p.mainNeed[j] = ms.maxPoints() == 0 ? Double.POSITIVE_INFINITY : v[j] * ms.maxPoints() - ms.points();
                    }
                    break;
                }
                default:
                    Target was = componentTargets.put(IndicatorId.of(t.component()), t);
                    if (was != null) {
                        throw new DtiException("targets [" + was + "] and [" + t + "] name the same component; keep one.");
                    }
            }
        }
        if (proportional || !(totalTarget && indexTarget)) {
            for (int j = 0; j < n; j++) {
                p.weight[j] = proportional || totalTarget ? 1 : w[j] * m.totalPoints();
            }
            double fromIndex = needIndex == Double.NEGATIVE_INFINITY ? needIndex : needIndex * m.totalPoints();
            if (!proportional && indexTarget) {
                fromIndex = needIndex * m.totalPoints();
            }
            p.need = Math.max(needPoints, fromIndex);
        } else {
            throw new DtiException("Methodology " + m.id() + " forms its index by weighting pillars, so a total-points target and an index or rank "
                    + "target are two different floors; plan for one of them at a time.");
        }
        List<ComponentModel> models = s.components();
        Map<IndicatorId, Integer> mainOf = new HashMap<>();
        for (int j = 0; j < n; j++) {
            for (var c : m.mainIndicators().get(j).components()) {
                mainOf.put(c.id(), j);
            }
        }
        for (ComponentModel c : models) {
            Target t = componentTargets.get(c.component.id());
            Choices ch = choices(c, t, effort, mainOf.get(c.component.id()), p.notes);
            if (ch.forced() && ch.options().isEmpty()) {
                p.impossible = true;
                p.notes.add("Target [" + t + "] cannot be reached: " + (effort.of(c.component) != null && effort.of(c.component).isFixed()
                        ? "the effort file fixes " + c.component.id() + "." : "no value the effort file allows meets it."));
                ch = new Choices(c, List.of(), false, ch.main(), null);
            }
            if (!ch.options().isEmpty() || ch.forced()) {
                p.choices.add(ch);
            }
        }
        return p;
    }

    /** A component's options: stay, or each value worth reaching, at its effort. */
    static Choices choices(ComponentModel c, Target target, Effort effort, int main, List<String> notes) {
        Effort.ComponentEffort spec = effort.of(c.component);
        boolean meets = target == null || meets(target, c.value());
        List<Option> out = new ArrayList<>();
        if (!c.component.scored() || (spec != null && spec.isFixed())) {
            return new Choices(c, out, !meets, main, target);
        }
        if (!c.parametric()) {
            if (c.points() < c.max() - EPS) {
                notes.add("Component " + c.component.id() + " is scored by a formula written in a rule, not a table pattern: the plan leaves it as it is.");
            }
            return new Choices(c, out, !meets, main, target);
        }
        double each = spec != null && spec.effort() != null ? spec.effort() : effort.defaultOf();
        Double cap = spec == null ? null : spec.maxValue();
        List<Option> candidates = new ArrayList<>();
        if (spec != null && spec.steps() != null) {
            for (Effort.StepEffort st : spec.steps()) {
                candidates.add(option(c, st.value(), false, st.effort(), false));
            }
        } else {
            List<Value> values = new ArrayList<>();
            values.addAll(c.bandsUp());
            values.addAll(c.categoriesUp());
            Value best = c.bestValue();
            if (best != null) {
                values.add(best);
            }
            if (cap != null && best instanceof Value.Numeric bn && bn.number() > cap) {
                values.add(Value.number(cap));
            }
            if (target != null && c.component.valueKind().numeric()) {
                values.add(Value.number(target.number()));
            }
            if (target != null && !c.component.valueKind().numeric()) {
                values.add(target.value().equals("yes") || target.value().equals("no") ? Value.yesNo(target.value().equals("yes"))
                        : Value.category(target.value()));
            }
            for (Value v : values) {
                candidates.add(option(c, v, false, each, c.continuous()));
            }
            if (c.value() != null && !c.documented()) {
                candidates.add(option(c, c.value(), true, each, false));
            }
        }
        for (Option o : candidates) {
            if (Double.isNaN(o.points())) {
                continue;
            }
            if (cap != null && o.value() instanceof Value.Numeric v && v.number() > cap + EPS) {
                continue;
            }
            if (target != null && !meets(target, o.value())) {
                continue;
            }
            if (o.gain() <= EPS && meets) {
                continue;
            }
            out.add(o);
        }
        // per value, the least effort; then drop options another beats on both effort and points
        out.sort(Comparator.comparingDouble(Option::effort).thenComparing(Comparator.comparingDouble(Option::gain).reversed()));
        List<Option> kept = new ArrayList<>();
        double bestGain = Double.NEGATIVE_INFINITY;
        for (Option o : out) {
            if (o.gain() > bestGain + EPS) {
                kept.add(o);
                bestGain = o.gain();
            }
        }
        return new Choices(c, kept, !meets, main, target);
    }

    private static Option option(ComponentModel c, Value v, boolean documentOnly, double effort, boolean continuous) {
        double pts = c.pointsAt(v);
        return new Option(c, v, documentOnly, pts, pts - c.points(), effort, continuous && !documentOnly);
    }

    static boolean meets(Target t, Value v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Value.Numeric n) {
            double want = t.number();
            return t.op() == Target.Op.AT_LEAST ? n.number() >= want - 1e-12 : t.op() == Target.Op.AT_MOST ? n.number() <= want + 1e-12
                    : Math.abs(n.number() - want) <= 1e-12;
        }
        return Values.text(v).equals(t.value());
    }

    // ------------------------------------------------------------------ the exact search

    /** A chosen option in a persistent list (shared tails). */
    record Chain(Option option, Chain next) {
    }

    /** A point of a Pareto frontier: effort, points gained, and the options that give them. */
    record Entry(double effort, double gain, Chain chain) {
    }

    /** The search's answer. */
    record Solution(boolean reached, List<Option> options) {
    }

    static Solution solve(Problem p) {
        // per main indicator: the most points for each effort (Pareto frontier)
        List<List<Entry>> perMain = new ArrayList<>();
        for (int j = 0; j < p.mains; j++) {
            List<Entry> f = new ArrayList<>(List.of(new Entry(0, 0, null)));
            for (Choices ch : p.choices) {
                if (ch.main() != j) {
                    continue;
                }
                List<Entry> next = new ArrayList<>();
                for (Entry e : f) {
                    if (!ch.forced() || ch.options().isEmpty()) {
                        next.add(e);
                    }
                    for (Option o : ch.options()) {
                        next.add(new Entry(e.effort() + o.effort(), e.gain() + o.gain(), new Chain(o, e.chain())));
                    }
                }
                f = pareto(next);
            }
            perMain.add(f);
        }
        // across main indicators: per count of main indicators in the top N (capped), the most weighted points per effort
        int k = p.count;
        List<List<Entry>> states = new ArrayList<>();
        for (int c = 0; c <= k; c++) {
            states.add(new ArrayList<>());
        }
        states.get(0).add(new Entry(0, 0, null));
        for (int j = 0; j < p.mains; j++) {
            List<List<Entry>> next = new ArrayList<>();
            for (int c = 0; c <= k; c++) {
                next.add(new ArrayList<>());
            }
            for (int c = 0; c <= k; c++) {
                for (Entry st : states.get(c)) {
                    for (Entry e : perMain.get(j)) {
                        boolean inTop = e.gain() >= p.mainNeed[j] - EPS;
                        int c2 = Math.min(k, c + (inTop ? 1 : 0));
                        Chain chain = st.chain();
                        for (Chain x = e.chain(); x != null; x = x.next()) {
                            chain = new Chain(x.option(), chain);
                        }
                        next.get(c2).add(new Entry(st.effort() + e.effort(), st.gain() + p.weight[j] * e.gain(), chain));
                    }
                }
            }
            for (int c = 0; c <= k; c++) {
                next.set(c, pareto(next.get(c)));
            }
            states = next;
        }
        Entry best = null;
        if (!p.impossible) {
            for (Entry e : states.get(k)) {
                if (e.gain() >= p.need - EPS && (best == null || e.effort() < best.effort() - EPS
                        || (Math.abs(e.effort() - best.effort()) <= EPS && e.gain() > best.gain()))) {
                    best = e;
                }
            }
        }
        if (best != null) {
            return new Solution(true, list(best.chain()));
        }
        // closest: the most main indicators in the top N, then the most points, then the least effort
        for (int c = k; c >= 0 && best == null; c--) {
            for (Entry e : states.get(c)) {
                if (best == null || e.gain() > best.gain() + EPS || (Math.abs(e.gain() - best.gain()) <= EPS && e.effort() < best.effort())) {
                    best = e;
                }
            }
        }
        return new Solution(false, best == null ? List.of() : list(best.chain()));
    }

    /** The entries no other beats on both effort (less or equal) and gain (more or equal). */
    static List<Entry> pareto(List<Entry> entries) {
        entries.sort(Comparator.comparingDouble(Entry::effort).thenComparing(Comparator.comparingDouble(Entry::gain).reversed()));
        List<Entry> out = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (Entry e : entries) {
            if (e.gain() > best + EPS) {
                out.add(e);
                best = e.gain();
            }
        }
        return out;
    }

    private static List<Option> list(Chain c) {
        List<Option> out = new ArrayList<>();
        for (Chain x = c; x != null; x = x.next()) {
            out.add(x.option());
        }
        return out;
    }

    // ------------------------------------------------------------------ just enough

    /**
     * The same plan with values that earn just enough: where a step's points grow with its value
     * (shares, goals), the largest such step is lowered to the least value (rounded up as people
     * write it) that still meets every target, when the plan overshoots; the other steps keep their
     * full values. The effort is unchanged.
     */
    static List<Option> justEnough(Problem p, List<Option> chosen) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        double[] mainGain = new double[p.mains];
        Map<Option, Integer> mainOf = new HashMap<>();
        Map<ComponentModel, Target> floors = new HashMap<>();
        for (Choices ch : p.choices) {
            for (Option o : ch.options()) {
                mainOf.put(o, ch.main());
            }
            if (ch.target() != null) {
                floors.put(ch.model(), ch.target());
            }
        }
        double weighted = 0;
        for (Option o : chosen) {
            int j = mainOf.get(o);
            mainGain[j] += o.gain();
            weighted += p.weight[j] * o.gain();
        }
        double slack = p.need == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : weighted - p.need;
        boolean[] keepTop = new boolean[p.mains];
        for (int j = 0; j < p.mains; j++) {
            keepTop[j] = p.count > 0 && mainGain[j] >= p.mainNeed[j] - EPS;
        }
        List<Option> out = new ArrayList<>(chosen);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        // the largest step first: it absorbs the overshoot, and the others stay at their full values
        order.sort(Comparator.comparingDouble((Integer i) -> out.get(i).gain()).reversed());
        for (int i : order) {
            Option o = out.get(i);
            int j = mainOf.get(o);
            if (!o.continuous() || !(o.value() instanceof Value.Numeric v)) {
                continue;
            }
            double room = slack == Double.POSITIVE_INFINITY ? o.gain() : slack / Math.max(p.weight[j], EPS);
            if (keepTop[j]) {
                room = Math.min(room, mainGain[j] - p.mainNeed[j]);
            }
            room = Math.min(room, o.gain()) - 1e-6;
            if (room <= 1e-6) {
                continue;
            }
            ComponentModel c = o.model();
            double from = c.value() instanceof Value.Numeric now ? now.number() : 0;
            Target floor = floors.get(c);
            if (floor != null) {
                if (floor.op() != Target.Op.AT_LEAST) {
                    continue;
                }
                from = Math.max(from, floor.number());
            }
            double least = c.leastValueFor(o.points() - room, from, v.number());
            Value lowered = Value.number(least);
            double pts = c.pointsAt(lowered);
            if (!(pts > c.points() + EPS) || least >= v.number()) {
                continue;
            }
            Option smaller = new Option(c, lowered, false, pts, pts - c.points(), o.effort(), true);
            double drop = o.gain() - smaller.gain();
            slack -= p.weight[j] * drop;
            mainGain[j] -= drop;
            out.set(i, smaller);
            break; // one step takes the overshoot; rounding its value up leaves a hair that no other step should chase
        }
        return out;
    }
}
