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
import vn.dti.text.Figure;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;
import vn.dti.scoring.FormulaText;
import vn.dti.text.Message;

/**
 * The cheapest path to a set of targets: which components to improve, to which value, at the
 * least total effort. Exact, not greedy.
 *
 * <p>Each component offers a few options: stay, or reach one of the values its rule rewards (each
 * higher band or category, yes, the value for full points, a value a component target asks for, a
 * document for a value that has none, or the values an effort file lists), each with the points
 * it earns (by the rule's own pattern) and its effort. Every target is a floor on sums of points:
 * total, index and rank targets on the (index-weighted) total, "top N" targets on the main
 * indicators (the others held where they are), component targets on the options a component may
 * take. This is a multiple-choice knapsack with a count side-constraint, and it is solved exactly
 * by dynamic programming over Pareto frontiers: per main indicator, the most points for each cost;
 * across main indicators, per number of main indicators in the top N, the most (weighted) points
 * for each cost. No option is discretised and no solver tolerance is involved: points are compared
 * as computed.
 *
 * <p>An option that misses a component target is allowed at a cost of {@code big} (more than all
 * the efforts together) per target it misses, so that one search answers both questions: the
 * cheapest plan that meets every target when one exists (it misses none), and otherwise the
 * closest plan: the one that meets the most targets; among those, the one with the most main
 * indicators in the top N and the most points, as far as a target it misses asks for them; among
 * those, the least effort. Every plan is then checked by applying its changes and scoring again
 * (inside the cohort).
 */
public final class Planner {
    private static final double EPS = 1e-9;
    /** How far a strict floor ({@code total>800}) asks to be exceeded. */
    private static final double STRICT = 1e-7;

    private Planner() {
    }

    /** A component's option: reach {@code value} (or attach a document), earning {@code points}, at {@code effort}, missing {@code misses} of its targets. */
    record Option(ComponentModel model, Value value, boolean documentOnly, double points, double gain, double effort, boolean continuous, int misses) {
    }

    /** A component's options, the targets on it, and how many of them staying as it is misses. */
    record Choices(ComponentModel model, List<Option> options, int stayMisses, int main, List<Target> targets) {
    }

    /** A floor on the (weighted) points gained: a total, index or rank target. */
    record Floor(Target target, double need) {
    }

    /**
     * The plan that reaches every target at the least effort, or the closest one.
     *
     * @param s       the situation now (a cohort for rank and top-N targets)
     * @param targets at least one target
     * @param effort  what improving each component costs ({@link Effort#UNIFORM}: one unit each)
     * @return the plan, checked by scoring its changes again
     * @throws vn.dti.api.DtiException for no target, a rank target without a cohort, a target that
     *                                 constrains nothing, two top-N targets, or index targets on a
     *                                 methodology that weights pillars
     */
    public static Plan plan(Situation s, List<Target> targets, Effort effort) {
        return plan(s, targets, effort, 0);
    }

    /**
     * The plan that reaches every target at the least effort, or the closest one; a rank target with
     * a strict lead of {@code margin} points over the entity it would otherwise tie with. Ties share
     * the better rank (standard competition ranking), so without a margin a plan may land exactly on
     * a tie: its notes say so.
     *
     * @param s       the situation now (a cohort for rank and top-N targets)
     * @param targets at least one target
     * @param effort  what improving each component costs ({@link Effort#UNIFORM}: one unit each)
     * @param margin  for rank targets, the lead in points of the total asked for over the entity
     *                ranked at the target (0: a tie is enough; above 0: at least one published step
     *                of the index ahead, and at least this many points); for a top-N target, the
     *                lead in points of each main indicator counted over the N-th best other
     * @return the plan, checked by scoring its changes again
     * @throws IllegalArgumentException if {@code margin} is negative or not finite
     * @throws vn.dti.api.DtiException for no target, a rank target without a cohort, a target that
     *                                 constrains nothing, two top-N targets, or index targets on a
     *                                 methodology that weights pillars
     */
    public static Plan plan(Situation s, List<Target> targets, Effort effort, double margin) {
        if (!(margin >= 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException(Words.of("planning.plan.margin",
                    String.valueOf(margin)));
        }
        if (targets.isEmpty()) {
            throw new DtiException(Message.of("planning.plan.noTarget"));
        }
        for (Target t : targets) {
            if ((t.subject() == Target.Subject.RANK || t.subject() == Target.Subject.TOP) && s.ranking().isEmpty()) {
                throw new DtiException(Message.of("planning.plan.needsCohort", t));
            }
            String why = Targets.cannotTell(s, t);
            if (why != null) {
                throw new DtiException(Message.of("planning.plan.constrainsNothing", t, why));
            }
        }
        List<TargetResult> before = Targets.check(s, targets, null);
        Problem p = problem(s, targets, effort, margin);
        Solution best = solve(p);
        List<Message> notes = new ArrayList<>(p.notes);
        List<Option> chosen = justEnough(p, best);
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
        boolean reached = best.met() == p.targets();
        if (reached && !verified) {
            notes.add(Message.of("planning.plan.stillMissed"));
        }
        List<Plan.Unreached> unreached = new ArrayList<>();
        if (!reached) {
            for (int i = 0; i < targets.size(); i++) {
                if (!after.get(i).isMet()) {
                    unreached.add(new Plan.Unreached(targets.get(i).text(), why(p, targets.get(i), effort, best.met())));
                }
            }
            notes.add(Message.of("planning.plan.closest", best.met(), p.targets()));
        }
        Message tie = tie(then, targets);
        if (tie != null) {
            notes.add(tie);
        }
        Integer rankBefore = s.ranking().flatMap(r -> r.entity(s.entityId())).map(EntityRanking::rank).orElse(null);
        Integer rankAfter = then.ranking().flatMap(r -> r.entity(then.entityId())).map(EntityRanking::rank).orElse(null);
        return new Plan(reached, verified && reached, total, steps, s.card().totalPoints(), then.card().totalPoints(), rankBefore,
                rankAfter, before, after, notes, unreached);
    }

    // ------------------------------------------------------------------ the problem

    /** What the plan must reach. */
    static final class Problem {
        final List<Choices> choices = new ArrayList<>();
        final int mains;
        /** Weight of each main indicator's points in the floors on the (weighted) total. */
        final double[] weight;
        /** The floors on Σ weight × gain (total, index and rank targets). */
        final List<Floor> floors = new ArrayList<>();
        /** Per main indicator, the gain that puts it in the top N. */
        final double[] mainNeed;
        /** The top-N targets' counts (one N). */
        final List<Integer> tops = new ArrayList<>();
        /** How many main indicators must be in the top N at most (0: no such target). */
        int count;
        /** The targets on components. */
        int componentTargets;
        /** The cost of missing one component target: more than every effort together. */
        double big = 1;
        final List<Message> notes = new ArrayList<>();

        Problem(int mains) {
            this.mains = mains;
            this.weight = new double[mains];
            this.mainNeed = new double[mains];
            java.util.Arrays.fill(mainNeed, Double.POSITIVE_INFINITY);
        }

        /** All the targets. */
        int targets() {
            return floors.size() + tops.size() + componentTargets;
        }

        /** The highest floor (−∞ without one). */
        double maxNeed() {
            return floors.stream().mapToDouble(Floor::need).max().orElse(Double.NEGATIVE_INFINITY);
        }

        /** Targets a plan meets that gains {@code gain}, has {@code inTop} main indicators in the top N and misses {@code misses} component targets. */
        int met(double gain, int inTop, int misses) {
            int n = componentTargets - misses;
            for (Floor f : floors) {
                n += gain >= f.need() - EPS ? 1 : 0;
            }
            for (int k : tops) {
                n += inTop >= k ? 1 : 0;
            }
            return n;
        }
    }

    /**
     * "Rank r is reached on a tie with X": when after the plan the entity meets a rank target sharing
     * its rank with others (the same published index); null when not.
     */
    private static Message tie(Situation then, List<Target> targets) {
        if (then.ranking().isEmpty() || targets.stream().noneMatch(t -> t.subject() == Target.Subject.RANK)) {
            return null;
        }
        CohortRanking r = then.ranking().get();
        EntityRanking me = r.entity(then.entityId()).orElse(null);
        if (me == null) {
            return null;
        }
        List<String> with = new ArrayList<>();
        for (EntityRanking e : r.entities()) {
            if (!e.id().equals(me.id()) && e.rank() == me.rank()) {
                with.add(e.name());
            }
        }
        boolean onATarget = targets.stream().anyMatch(t -> t.subject() == Target.Subject.RANK && me.rank() <= (int) t.number());
        return with.isEmpty() || !onATarget ? null : Message.of("planning.plan.tie", me.rank(),
                String.join(", ", with), vn.dti.api.Points.format4(me.publishedValue()));
    }

    static Problem problem(Situation s, List<Target> targets, Effort effort) {
        return problem(s, targets, effort, 0);
    }

    static Problem problem(Situation s, List<Target> targets, Effort effort, double margin) {
        Methodology m = s.methodology();
        ScoreCard card = s.card();
        int n = m.mainIndicators().size();
        Problem p = new Problem(n);
        double[] w = Thresholds.indexWeights(m);
        boolean proportional = m.indexFormula() == IndexFormula.POINTS_OVER_MAX;
        boolean totalTarget = targets.stream().anyMatch(t -> t.subject() == Target.Subject.TOTAL);
        boolean indexTarget = targets.stream().anyMatch(t -> t.subject() == Target.Subject.INDEX || t.subject() == Target.Subject.RANK);
        if (!proportional && totalTarget && indexTarget) {
            throw new DtiException(Message.of("planning.plan.pillars", m.id()));
        }
        for (int j = 0; j < n; j++) {
            p.weight[j] = proportional || totalTarget ? 1 : w[j] * m.totalPoints();
        }
        Map<IndicatorId, List<Target>> componentTargets = new LinkedHashMap<>();
        int top = 0;
        for (Target t : targets) {
            double strict = t.op() == Target.Op.ABOVE ? STRICT : 0;
            switch (t.subject()) {
                case TOTAL:
                    p.floors.add(new Floor(t, t.number() - card.totalPoints() + strict));
                    break;
                case INDEX:
                    p.floors.add(new Floor(t, (t.number() - card.index()) * m.totalPoints() + strict));
                    break;
                case RANK: {
                    CohortRanking r = s.ranking().orElseThrow();
                    double idx = Thresholds.indexForRank(r, s.entityId(), (int) t.number(), margin / m.totalPoints());
                    p.floors.add(new Floor(t, (idx - card.index()) * m.totalPoints()));
                    break;
                }
                case TOP: {
                    if (top != 0 && top != t.top()) {
                        throw new DtiException(Message.of("planning.plan.oneTop", t, top));
                    }
                    top = t.top();
                    p.tops.add((int) t.number());
                    p.count = Math.max(p.count, (int) t.number());
                    double[] v = Thresholds.mainValueForTop(m, s.ranking().orElseThrow(), s.entityId(), top, margin);
                    for (int j = 0; j < n; j++) {
                        MainIndicatorScore ms = card.mainIndicators().get(j);
                        p.mainNeed[j] = ms.maxPoints() == 0 ? Double.POSITIVE_INFINITY : v[j] * ms.maxPoints() - ms.points();
                    }
                    break;
                }
                default:
                    componentTargets.computeIfAbsent(IndicatorId.of(t.component()), k -> new ArrayList<>()).add(t);
                    p.componentTargets++;
            }
        }
        Map<IndicatorId, Integer> mainOf = new HashMap<>();
        for (int j = 0; j < n; j++) {
            for (var c : m.mainIndicators().get(j).components()) {
                mainOf.put(c.id(), j);
            }
        }
        double efforts = 0;
        for (ComponentModel c : s.components()) {
            Choices ch = choices(c, componentTargets.getOrDefault(c.component.id(), List.of()), effort, mainOf.get(c.component.id()), p.notes);
            if (!ch.options().isEmpty() || ch.stayMisses() > 0) {
                p.choices.add(ch);
                efforts += ch.options().stream().mapToDouble(Option::effort).max().orElse(0);
            }
        }
        p.big = efforts + 1;
        return p;
    }

    /** A component's options: stay, or each value worth reaching, at its effort, with the targets on it each misses. */
    static Choices choices(ComponentModel c, List<Target> targets, Effort effort, int main, List<Message> notes) {
        Effort.ComponentEffort spec = effort.of(c.component);
        int stayMisses = misses(targets, c.value(), c.points());
        List<Option> out = new ArrayList<>();
        if (!c.component.scored() || (spec != null && spec.isFixed())) {
            return new Choices(c, out, stayMisses, main, targets);
        }
        if (!c.parametric()) {
            if (c.points() < c.max() - EPS) {
                notes.add(Message.of("planning.plan.ruleFormula", c.component.id().value()));
            }
            return new Choices(c, out, stayMisses, main, targets);
        }
        double each = spec != null && spec.effort() != null ? spec.effort() : effort.defaultOf();
        Double cap = spec == null ? null : spec.maxValue();
        List<Option> candidates = new ArrayList<>();
        if (spec != null && spec.steps() != null) {
            for (Effort.StepEffort st : spec.steps()) {
                candidates.add(option(c, st.value(), false, st.effort(), false, targets));
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
            for (Target t : targets) {
                values.addAll(targetValues(c, t, best));
            }
            for (Value v : values) {
                candidates.add(option(c, v, false, each, c.continuous(), targets));
            }
            if (c.value() != null && !c.documented()) {
                candidates.add(option(c, c.value(), true, each, false, targets));
            }
        }
        // a value below the one reported now is proposed only when a target asks for it (a ceiling, an equality): reaching the same points
        // with less would only raise what the others earn on a cohort-relative rule, and "keep the value" is the document option
        boolean lowerAsked = (spec != null && spec.steps() != null)
                || targets.stream().anyMatch(t -> t.subject() == Target.Subject.COMPONENT && (t.op().ceiling() || t.op() == Target.Op.EQUALS));
        double now = Values.number(c.value());
        for (Option o : candidates) {
            if (Double.isNaN(o.points())) {
                continue;
            }
            if (!lowerAsked && !o.documentOnly() && o.value() instanceof Value.Numeric v && v.number() < now - EPS) {
                continue;
            }
            if (cap != null && !o.documentOnly() && o.value() instanceof Value.Numeric v && v.number() > cap + EPS) {
                continue;
            }
            if (o.gain() <= EPS && o.misses() >= stayMisses) {
                continue; // no better than staying as it is
            }
            out.add(o);
        }
        // drop an option that another beats on misses, effort and points at once
        List<Option> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Option o = out.get(i);
            boolean beaten = false;
            for (int k = 0; k < out.size(); k++) {
                Option x = out.get(k);
                if (k != i && x.misses() <= o.misses() && x.effort() <= o.effort() + EPS && x.gain() >= o.gain() - EPS
                        && (x.misses() < o.misses() || x.effort() < o.effort() - EPS || x.gain() > o.gain() + EPS || k < i)) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten) {
                kept.add(o);
            }
        }
        kept.sort(Comparator.comparingInt(Option::misses).thenComparingDouble(Option::effort).thenComparing(Comparator.comparingDouble(Option::gain)
                .reversed()));
        return new Choices(c, kept, stayMisses, main, targets);
    }

    /** The values a target on this component asks for: the value itself, the least value above it, the least value earning the points. */
    private static List<Value> targetValues(ComponentModel c, Target t, Value best) {
        List<Value> out = new ArrayList<>();
        ValueKind kind = c.component.valueKind();
        if (t.subject() == Target.Subject.COMPONENT) {
            if (!kind.numeric()) {
                out.add(t.value().equals("yes") || t.value().equals("no") ? Value.yesNo(t.value().equals("yes")) : Value.category(t.value()));
                return out;
            }
            double w = t.number();
            if (t.op() == Target.Op.ABOVE) {
                out.add(Value.number(Values.nextAbove(kind, w)));
            } else if (t.op() == Target.Op.BELOW) {
                if (Values.nextBelow(kind, w) >= 0) {
                    out.add(Value.number(Values.nextBelow(kind, w)));
                }
            } else {
                out.add(Value.number(w));
            }
            return out;
        }
        // a points target: the least value that earns them, where the points grow with the value
        if (t.op().floor() || t.op() == Target.Op.EQUALS) {
            double want = t.number() + (t.op() == Target.Op.ABOVE ? STRICT : 0);
            if (c.continuous() && best instanceof Value.Numeric b && c.pointsAt(best) >= want - EPS) {
                double from = c.value() instanceof Value.Numeric now ? Math.min(now.number(), b.number()) : 0;
                out.add(Value.number(c.leastValueFor(want, from, b.number())));
            }
        }
        return out;
    }

    private static Option option(ComponentModel c, Value v, boolean documentOnly, double effort, boolean continuous, List<Target> targets) {
        double pts = c.pointsAt(v);
        return new Option(c, v, documentOnly, pts, pts - c.points(), effort, continuous && !documentOnly, misses(targets, v, pts));
    }

    /** How many of these targets a component with this value and these points misses. */
    static int misses(List<Target> targets, Value v, double points) {
        int n = 0;
        for (Target t : targets) {
            n += meets(t, v, points) ? 0 : 1;
        }
        return n;
    }

    static boolean meets(Target t, Value v, double points) {
        if (t.subject() == Target.Subject.POINTS) {
            return !Double.isNaN(points) && t.op().holds(points, t.number());
        }
        if (v == null) {
            return false;
        }
        if (v instanceof Value.Numeric n) {
            return t.op().holds(n.number(), t.number());
        }
        return Values.text(v).equals(t.value());
    }

    // ------------------------------------------------------------------ the exact search

    /** A chosen option in a persistent list (shared tails). */
    record Chain(Option option, Chain next) {
    }

    /** A point of a Pareto frontier: effort, component targets missed, points gained, and the options that give them. */
    record Entry(double effort, int misses, double gain, Chain chain) {
        double cost(double big) {
            return misses * big + effort;
        }
    }

    /** The search's answer: the options chosen, and how many targets they meet (as planned). */
    record Solution(List<Option> options, int met, double gain, int inTop) {
    }

    static Solution solve(Problem p) {
        double big = p.big;
        // per main indicator: the most points for each cost (Pareto frontier)
        List<List<Entry>> perMain = new ArrayList<>();
        for (int j = 0; j < p.mains; j++) {
            List<Entry> f = new ArrayList<>(List.of(new Entry(0, 0, 0, null)));
            for (Choices ch : p.choices) {
                if (ch.main() != j) {
                    continue;
                }
                List<Entry> next = new ArrayList<>();
                for (Entry e : f) {
                    next.add(new Entry(e.effort(), e.misses() + ch.stayMisses(), e.gain(), e.chain()));
                    for (Option o : ch.options()) {
                        next.add(new Entry(e.effort() + o.effort(), e.misses() + o.misses(), e.gain() + o.gain(), new Chain(o, e.chain())));
                    }
                }
                f = pareto(next, big);
            }
            perMain.add(f);
        }
        // across main indicators: per count of main indicators in the top N (capped), the most weighted points per cost
        int k = p.count;
        List<List<Entry>> states = new ArrayList<>();
        for (int c = 0; c <= k; c++) {
            states.add(new ArrayList<>());
        }
        states.get(0).add(new Entry(0, 0, 0, null));
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
                        next.get(c2).add(new Entry(st.effort() + e.effort(), st.misses() + e.misses(), st.gain() + p.weight[j] * e.gain(), chain));
                    }
                }
            }
            for (int c = 0; c <= k; c++) {
                next.set(c, pareto(next.get(c), big));
            }
            states = next;
        }
        // the most targets met; then the most main indicators in the top N and the most points, as far as the targets ask; then the least effort
        double cap = p.maxNeed();
        Entry best = null;
        int bestC = 0;
        int bestMet = -1;
        for (int c = 0; c <= k; c++) {
            for (Entry e : states.get(c)) {
                int met = p.met(e.gain(), c, e.misses());
                int cmp = best == null ? 1 : Integer.compare(met, bestMet);
                if (cmp == 0) {
                    cmp = Integer.compare(c, bestC);
                }
                if (cmp == 0) {
                    cmp = Double.compare(round(Math.min(e.gain(), cap)), round(Math.min(best.gain(), cap)));
                }
                if (cmp == 0) {
                    cmp = Double.compare(round(best.effort()), round(e.effort()));
                }
                if (cmp == 0) {
                    cmp = Double.compare(round(e.gain()), round(best.gain()));
                }
                if (cmp > 0) {
                    best = e;
                    bestC = c;
                    bestMet = met;
                }
            }
        }
        return new Solution(best == null ? List.of() : list(best.chain()), bestMet, best == null ? 0 : best.gain(), bestC);
    }

    /** Compared as equal within {@link #EPS}. */
    private static double round(double d) {
        return Double.isInfinite(d) ? d : Math.round(d / EPS) * EPS;
    }

    /** The entries no other beats on both cost (less or equal) and gain (more or equal). */
    static List<Entry> pareto(List<Entry> entries, double big) {
        entries.sort(Comparator.comparingDouble((Entry e) -> e.cost(big)).thenComparing(Comparator.comparingDouble(Entry::gain).reversed()));
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

    // ------------------------------------------------------------------ why a target is not reached

    /** Why the closest plan misses a target. */
    static Message why(Problem p, Target t, Effort effort, int met) {
        Message together = Message.of("planning.plan.why.together", met);
        if (t.onComponent()) {
            for (Choices ch : p.choices) {
                if (!ch.model().component.id().value().equals(t.component())) {
                    continue;
                }
                Effort.ComponentEffort spec = effort.of(ch.model().component);
                if (spec != null && spec.isFixed()) {
                    return spec.note() == null ? Message.of("planning.plan.why.fixed", t.component()) : Message.of("planning.plan.why.fixedNote", t.component(), spec.note());
                }
                if (!ch.model().parametric()) {
                    return Message.of("planning.plan.why.rule", t.component());
                }
                boolean any = ch.options().stream().anyMatch(o -> meets(t, o.value(), o.points()));
                if (!any) {
                    return spec == null ? Message.of("planning.plan.why.noValue") : spec.maxValue() != null
                            ? Message.of("planning.plan.why.noValueMax", FormulaText.num(spec.maxValue())) : spec.steps() != null
                            ? Message.of("planning.plan.why.noValueSteps", String.join(", ", spec.steps().stream().map(x -> Values.text(x.value())).toList()))
                            : Message.of("planning.plan.why.noValue");
                }
                return together;
            }
            return together;
        }
        double most = 0;
        int canTop = 0;
        double[] mainMost = new double[p.mains];
        for (Choices ch : p.choices) {
            double g = ch.options().stream().mapToDouble(Option::gain).max().orElse(0);
            mainMost[ch.main()] += Math.max(0, g);
        }
        for (int j = 0; j < p.mains; j++) {
            most += p.weight[j] * mainMost[j];
            canTop += mainMost[j] >= p.mainNeed[j] - EPS ? 1 : 0;
        }
        List<String> fixed = new ArrayList<>();
        effort.components().forEach((id, e) -> {
            if (e != null && e.isFixed()) {
                fixed.add(id);
            }
        });
        Message fixedText = fixed.isEmpty() ? null : Message.of("planning.plan.why.andFixed", String.join(", ", fixed));
        if (t.subject() == Target.Subject.TOP) {
            return canTop < (int) t.number() ? withFixed(Message.of("planning.plan.why.top", canTop, t.top()), fixedText) : together;
        }
        for (Floor f : p.floors) {
            if (f.target() == t && most < f.need() - EPS) {
                return withFixed(Message.of("planning.plan.why.points", Figure.points(most), Figure.points(Math.max(0, f.need()))), fixedText);
            }
        }
        return together;
    }

    /** A reason followed by the components the effort file fixes, when it fixes any. */
    private static Message withFixed(Message reason, Message fixed) {
        return fixed == null ? reason : Message.join("", List.of(reason, fixed));
    }

    // ------------------------------------------------------------------ just enough

    /**
     * The same plan with values that earn just enough: where a step's points grow with its value
     * (shares, goals), the largest such step is lowered to the least value (rounded up as people
     * write it) that still meets every target the plan meets, when the plan overshoots; the other
     * steps keep their full values. The effort is unchanged.
     */
    static List<Option> justEnough(Problem p, Solution solution) {
        List<Option> chosen = solution.options();
        if (chosen.isEmpty()) {
            return chosen;
        }
        double[] mainGain = new double[p.mains];
        Map<Option, Integer> mainOf = new HashMap<>();
        Map<ComponentModel, List<Target>> on = new HashMap<>();
        for (Choices ch : p.choices) {
            for (Option o : ch.options()) {
                mainOf.put(o, ch.main());
            }
            on.put(ch.model(), ch.targets());
        }
        double weighted = 0;
        for (Option o : chosen) {
            int j = mainOf.get(o);
            mainGain[j] += o.gain();
            weighted += p.weight[j] * o.gain();
        }
        // the slack above the highest floor the plan meets; none when it misses a floor (more points are closer)
        double slack = Double.POSITIVE_INFINITY;
        for (Floor f : p.floors) {
            slack = weighted >= f.need() - EPS ? Math.min(slack, weighted - f.need()) : Double.NEGATIVE_INFINITY;
        }
        if (slack == Double.NEGATIVE_INFINITY) {
            return chosen;
        }
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
            List<Target> targets = on.getOrDefault(c, List.of());
            for (Target t : targets) {
                if (t.subject() == Target.Subject.COMPONENT && t.op().floor()) {
                    from = Math.max(from, t.op() == Target.Op.ABOVE ? Values.nextAbove(c.component.valueKind(), t.number()) : t.number());
                }
            }
            if (from >= v.number()) {
                continue;
            }
            double least = c.leastValueFor(o.points() - room, from, v.number());
            Value lowered = Value.number(least);
            double pts = c.pointsAt(lowered);
            if (!(pts > c.points() + EPS) || least >= v.number() || misses(targets, lowered, pts) > o.misses()) {
                continue;
            }
            Option smaller = new Option(c, lowered, false, pts, pts - c.points(), o.effort(), true, o.misses());
            double drop = o.gain() - smaller.gain();
            slack -= p.weight[j] * drop;
            mainGain[j] -= drop;
            out.set(i, smaller);
            break; // one step takes the overshoot; rounding its value up leaves a hair that no other step should chase
        }
        return out;
    }
}
