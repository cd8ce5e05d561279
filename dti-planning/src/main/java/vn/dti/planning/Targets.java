package vn.dti.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.dti.api.ComponentEvidence;
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

/** Checks targets against a situation: each met or not, and the distance. */
public final class Targets {
    private Targets() {
    }

    /** Each target checked; {@code sources} gives a target's source document (may return null). */
    public static List<TargetResult> check(Situation s, List<Target> targets, Function<Target, String> sources) {
        List<TargetResult> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(check(s, t, sources == null ? null : sources.apply(t)));
        }
        return out;
    }

    /** Whether every target is met. */
    public static boolean allMet(List<TargetResult> results) {
        return results.stream().allMatch(TargetResult::isMet);
    }

    static TargetResult check(Situation s, Target t, String source) {
        ScoreCard card = s.card();
        Methodology m = s.methodology();
        switch (t.subject()) {
            case TOTAL: {
                double d = t.number() - card.totalPoints();
                return floor(t, Points.format(card.totalPoints()), d, Points.format(Math.abs(d)) + " points", source);
            }
            case INDEX: {
                double d = t.number() - card.index();
                return floor(t, Points.format4(card.index()), d, FormulaText.num(Math.abs(d)) + " of the index ("
                        + Points.format(pointsForIndex(m, Math.abs(d))) + " points)", source);
            }
            case RANK: {
                if (s.ranking().isEmpty()) {
                    return new TargetResult(t.text(), null, null, 0, "needs --cohort: a rank is a place in a cohort", source);
                }
                CohortRanking r = s.ranking().get();
                EntityRanking me = r.entity(s.entityId()).orElseThrow();
                int want = (int) t.number();
                if (me.rank() <= want) {
                    return new TargetResult(t.text(), Integer.toString(me.rank()), true, 0, "met: rank " + me.rank() + " of " + r.entities().size(), source);
                }
                double need = Thresholds.indexForRank(r, s.entityId(), want);
                return new TargetResult(t.text(), Integer.toString(me.rank()), false, me.rank() - want, (me.rank() - want) + " places to climb: the index "
                        + "needs " + Points.format4(need + Thresholds.HALF) + " (" + Points.format(pointsForIndex(m, need - me.value()))
                        + " more points), the others held where they are", source);
            }
            case TOP: {
                if (s.ranking().isEmpty()) {
                    return new TargetResult(t.text(), null, null, 0, "needs --cohort: a top-N count is a place in a cohort", source);
                }
                return top(s, t, source);
            }
            default:
                return component(s, t, source);
        }
    }

    private static TargetResult floor(Target t, String actual, double shortBy, String unit, String source) {
        boolean met = shortBy <= 1e-9;
        return new TargetResult(t.text(), actual, met, met ? 0 : shortBy, (met ? "met, by " : "") + unit + (met ? "" : " short"), source);
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
            return new TargetResult(t.text(), Integer.toString(count), true, 0, "met: " + count + " main indicators in the top " + n, source);
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
            nearest.add(mi.id() + " " + mi.name() + " (+" + Points.format(Math.max(0, g[1])) + " points)");
        }
        return new TargetResult(t.text(), Integer.toString(count), false, want - count, (want - count) + " more main indicator(s) in the top " + n
                + "; the nearest: " + String.join(", ", nearest), source);
    }

    private static TargetResult component(Situation s, Target t, String source) {
        IndicatorId id = IndicatorId.of(t.component());
        Value v = s.evidence().component(id).filter(ComponentEvidence::reported).map(ComponentEvidence::value).orElse(null);
        if (v == null) {
            return new TargetResult(t.text(), "not reported", false, v == null && isNumber(t) ? t.number() : 1, "not reported", source);
        }
        if (v instanceof Value.Numeric n) {
            double want = t.number();
            double d = t.op() == Target.Op.AT_LEAST ? want - n.number() : t.op() == Target.Op.AT_MOST ? n.number() - want : Math.abs(n.number() - want);
            boolean met = d <= 1e-12;
            return new TargetResult(t.text(), FormulaText.num(n.number()), met, met ? 0 : d, met ? "met" : FormulaText.num(d)
                    + (t.op() == Target.Op.AT_MOST ? " over" : " short"), source);
        }
        boolean met = Values.text(v).equals(t.value());
        return new TargetResult(t.text(), Values.text(v), met, met ? 0 : 1, met ? "met" : "is " + Values.text(v) + ", not " + t.value(), source);
    }

    private static boolean isNumber(Target t) {
        try {
            t.number();
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
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
