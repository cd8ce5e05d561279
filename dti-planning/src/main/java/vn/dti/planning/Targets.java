package vn.dti.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.EntityKind;
import vn.dti.api.IndicatorId;
import vn.dti.api.MainIndicator;
import vn.dti.api.Methodology;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;
import vn.dti.cohort.RankedValue;
import vn.dti.scoring.FormulaText;
import vn.dti.text.Figure;

/** Checks targets against a situation: each met or not, and the distance. Stateless; safe from any thread. */
public final class Targets {
    /**
     * The provinces and centrally-run cities a provincial rank is read among since the merger of
     * 1 July 2025 (Nghị quyết số 202/2025/QH15): the national cohort a rank or top-N target means.
     */
    public static final int NATIONAL_PROVINCES = 34;

    private Targets() {
    }

    /**
     * Checks each target against a situation.
     *
     * @param s       the entity's situation (a cohort for rank and top-N targets)
     * @param targets the targets
     * @param sources gives a target's source document (may return null)
     * @return one result per target, in order: met, not met with the distance, needs a cohort, or
     *         cannot be told
     */
    public static List<TargetResult> check(Situation s, List<Target> targets, Function<Target, String> sources) {
        List<TargetResult> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(check(s, t, sources == null ? null : sources.apply(t)));
        }
        return out;
    }

    /**
     * Whether every target is met.
     *
     * @param results the targets checked
     * @return true when each is {@link TargetResult.Status#MET}
     */
    public static boolean allMet(List<TargetResult> results) {
        return results.stream().allMatch(TargetResult::isMet);
    }

    /**
     * Why a rank or top-N target cannot be told in the situation's cohort: in a cohort of N entities
     * or fewer every entity ranks N-th or better, overall and on every main indicator, so
     * {@code rank<=N} and {@code topN>=k} hold for anyone and say nothing.
     *
     * @param s the situation
     * @param t a target
     * @return the reason in words, or null when it can be told (or is not a rank target, or there is
     *         no cohort)
     */
    public static String cannotTell(Situation s, Target t) {
        if (s.ranking().isEmpty()) {
            return null;
        }
        return cannotTell(s.methodology(), s.ranking().get().entities().size(), t);
    }

    static String cannotTell(Methodology m, int cohort, Target t) {
        if (t.subject() == Target.Subject.RANK && cohort <= (int) t.number()) {
            int r = (int) t.number();
            vn.dti.text.Localized nth = language -> language == vn.dti.text.Language.EN ? r + ordinal(r) : Integer.toString(r);
            return Words.of("planning.targets.rankCannotTell", cohort, r, national(m), nth);
        }
        if (t.subject() == Target.Subject.TOP) {
            return topCannotTell(m, cohort, t.top());
        }
        return null;
    }

    /**
     * Why "main indicators in the top N" cannot be told in the situation's cohort.
     *
     * @param s the situation
     * @return the reason (a cohort of N entities or fewer), or null when it can be told
     */
    public static String topCannotTell(Situation s) {
        return s.ranking().isEmpty() ? null : topCannotTell(s.methodology(), s.ranking().get().entities().size(), s.top());
    }

    static String topCannotTell(Methodology m, int cohort, int n) {
        if (cohort > n) {
            return null;
        }
        return Words.of("planning.targets.topCannotTell", cohort, n, national(m));
    }

    /** What a rank is read among: for a province, the national cohort of 34. */
    static String national(Methodology m) {
        return m.entityKind() == EntityKind.PROVINCE ? Words.of("planning.targets.national", NATIONAL_PROVINCES) : Words.of("planning.targets.wholeCohort");
    }

    private static String ordinal(int r) {
        int t = r % 100;
        if (t >= 11 && t <= 13) {
            return "th";
        }
        return switch (r % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    static TargetResult check(Situation s, Target t, String source) {
        ScoreCard card = s.card();
        Methodology m = s.methodology();
        switch (t.subject()) {
            case TOTAL: {
                double d = t.number() - card.totalPoints();
                return floor(t, card.totalPoints(), Points.format(card.totalPoints()), d, Words.of("planning.targets.points", Figure.points(Math.abs(d))),
                        source);
            }
            case INDEX: {
                double d = t.number() - card.index();
                return floor(t, card.index(), Points.format4(card.index()), d, Words.of("planning.targets.ofIndex", Figure.number(Math.abs(d)),
                        Figure.points(pointsForIndex(m, Math.abs(d)))), source);
            }
            case RANK:
            case TOP: {
                if (s.ranking().isEmpty()) {
                    return new TargetResult(t.text(), null, null, 0, Words.of("planning.targets.needsCohort"), source,
                            TargetResult.Status.NEEDS_COHORT, null);
                }
                String why = cannotTell(s, t);
                if (why != null) {
                    return new TargetResult(t.text(), null, null, 0, why, source, TargetResult.Status.CANNOT_TELL,
                            s.ranking().get().entities().size());
                }
                return t.subject() == Target.Subject.RANK ? rank(s, t, source) : top(s, t, source);
            }
            case POINTS:
                return points(s, t, source);
            default:
                return component(s, t, source);
        }
    }

    private static TargetResult floor(Target t, double actual, String shown, double shortBy, String unit, String source) {
        boolean met = t.op().holds(actual, t.number());
        String detail = met ? Words.of("planning.targets.metBy", unit) : t.op() == Target.Op.ABOVE && shortBy <= Target.TOLERANCE
                ? Words.of("planning.targets.mustBeAbove", Figure.number(t.number())) : Words.of("planning.targets.short", unit);
        return TargetResult.checked(t.text(), shown, met, Math.max(0, shortBy), detail, source);
    }

    private static TargetResult rank(Situation s, Target t, String source) {
        CohortRanking r = s.ranking().get();
        Methodology m = s.methodology();
        EntityRanking me = r.entity(s.entityId()).orElseThrow();
        int want = (int) t.number();
        if (me.rank() <= want) {
            return TargetResult.checked(t.text(), Integer.toString(me.rank()), true, 0, Words.of("planning.targets.rankMet", me.rank(), r.entities().size()), source);
        }
        double need = Thresholds.indexForRank(r, s.entityId(), want);
        return TargetResult.checked(t.text(), Integer.toString(me.rank()), false, me.rank() - want, Words.of("planning.targets.climb", me.rank() - want,
                Figure.fixed(need + Thresholds.HALF, 4), Figure.points(pointsForIndex(m, need - me.value()))), source);
    }

    private static TargetResult top(Situation s, Target t, String source) {
        CohortRanking r = s.ranking().get();
        Methodology m = s.methodology();
        EntityRanking me = r.entity(s.entityId()).orElseThrow();
        int n = t.top();
        int want = (int) t.number();
        int count = 0;
        for (RankedValue v : me.mainIndicators()) {
            count += v.rank() <= n ? 1 : 0;
        }
        if (count >= want) {
            return TargetResult.checked(t.text(), Integer.toString(count), true, 0, Words.of("planning.targets.topMet", count, n), source);
        }
        double[] needed = Thresholds.mainValueForTop(m, r, s.entityId(), n);
        List<String> nearest = new ArrayList<>();
        List<double[]> gaps = new ArrayList<>();
        for (int j = 0; j < m.mainIndicators().size(); j++) {
            MainIndicator mi = m.mainIndicators().get(j);
            RankedValue v = me.mainIndicator(mi.id().value());
            if (v == null || v.rank() <= n) {
                continue;
            }
            gaps.add(new double[] {j, needed[j] * mi.maxPoints() - v.points()});
        }
        gaps.sort(Comparator.comparingDouble(g -> g[1]));
        for (double[] g : gaps.subList(0, Math.min(gaps.size(), want - count))) {
            MainIndicator mi = m.mainIndicators().get((int) g[0]);
            nearest.add(Words.of("planning.targets.nearest", mi.id().value(), mi.name(), Figure.points(Math.max(0, g[1]))));
        }
        return TargetResult.checked(t.text(), Integer.toString(count), false, want - count, Words.of("planning.targets.topShort", want - count, n,
                String.join(", ", nearest)), source);
    }

    private static TargetResult points(Situation s, Target t, String source) {
        double now = s.card().component(t.component()).orElseThrow().points();
        double want = t.number();
        boolean met = t.op().holds(now, want);
        double d = t.op().floor() ? want - now : t.op().ceiling() ? now - want : Math.abs(now - want);
        String detail = met ? Words.of("planning.targets.met") : Words.of(t.op().ceiling() ? "planning.targets.pointsOver" : "planning.targets.pointsShort",
                Figure.points(Math.max(0, d)), Figure.points(now), Figure.points(want));
        return TargetResult.checked(t.text(), Points.format(now), met, Math.max(0, d), detail, source);
    }

    private static TargetResult component(Situation s, Target t, String source) {
        IndicatorId id = IndicatorId.of(t.component());
        Component c = s.methodology().component(id).orElseThrow();
        Value v = s.evidence().component(id).filter(ComponentEvidence::reported).map(ComponentEvidence::value).orElse(null);
        if (v == null) {
            return TargetResult.checked(t.text(), Words.of("planning.targets.notReported"), false, c.valueKind().numeric() ? t.number() : 1, Words.of("planning.targets.notReported"), source);
        }
        if (v instanceof Value.Numeric n) {
            double want = t.number();
            boolean met = t.op().holds(n.number(), want);
            double d = t.op().floor() ? want - n.number() : t.op().ceiling() ? n.number() - want : Math.abs(n.number() - want);
            String detail;
            if (met) {
                detail = Words.of("planning.targets.met");
            } else if (d <= Target.TOLERANCE) {
                detail = Words.of(t.op() == Target.Op.ABOVE ? "planning.targets.mustBeAbove" : "planning.targets.mustBeBelow", ValueText.shown(c.valueKind(),
                        t.value()));
            } else {
                detail = Words.of(t.op().ceiling() ? "planning.targets.over" : "planning.targets.short", ValueText.difference(c.valueKind(), d));
            }
            return TargetResult.checked(t.text(), FormulaText.num(n.number()), met, Math.max(0, d), detail, source);
        }
        boolean met = Values.text(v).equals(t.value());
        return TargetResult.checked(t.text(), Values.text(v), met, met ? 0 : 1, met ? Words.of("planning.targets.met")
                : Words.of("planning.targets.isNot", Values.text(v), t.value()), source);
    }

    /** Points that move the index by {@code d} (for an index of points / max: d × max). */
    static double pointsForIndex(Methodology m, double d) {
        double[] w = Thresholds.indexWeights(m);
        // the index is Σ w × points: with equal weights (points / max) this is exact; otherwise, at the largest weight
        double max = 0;
        for (double x : w) {
            max = Math.max(max, x);
        }
        return max > 0 ? d / max : 0;
    }
}
