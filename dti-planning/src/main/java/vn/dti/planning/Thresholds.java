package vn.dti.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.dti.api.MainIndicator;
import vn.dti.api.Methodology;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;
import vn.dti.cohort.RankedValue;

/**
 * Rank targets as thresholds on the entity's own figures, the others' held where they are: to
 * rank r or better overall, the entity's published index must reach the r-th best published
 * index of the others (standard competition ranking: ties share the better rank); likewise a main
 * indicator in the top N. A published value is rounded half-up to 4 decimals, so the unrounded
 * value needs to reach that figure less 0.00005.
 */
final class Thresholds {
    /** Half of the last published decimal, less a hair, so that rounding half-up reaches the figure. */
    static final double HALF = 0.00005 - 1e-12;

    private Thresholds() {
    }

    /** The unrounded index the entity needs for rank ≤ r; 0 when fewer than r others are ranked. */
    static double indexForRank(CohortRanking ranking, String entity, int r) {
        return indexForRank(ranking, entity, r, 0);
    }

    /**
     * The unrounded index the entity needs for rank ≤ r; with {@code margin} (of the index) above 0,
     * a strict lead over the r-th best other: a published index above theirs (one published step at
     * least), and at least {@code margin} above it. 0 when fewer than r others are ranked.
     */
    static double indexForRank(CohortRanking ranking, String entity, int r, double margin) {
        List<Double> others = new ArrayList<>();
        for (EntityRanking e : ranking.entities()) {
            if (!e.id().equals(entity)) {
                others.add(e.publishedValue());
            }
        }
        if (margin <= 0 || others.size() < r) {
            return kth(others, r);
        }
        others.sort(Collections.reverseOrder());
        double theirs = others.get(r - 1);
        return Math.max(theirs + STEP - HALF, theirs + margin);
    }

    /** One step of a published value (4 decimals). */
    static final double STEP = 0.0001;

    /** Per main indicator (catalogue order), the unrounded value needed to rank ≤ n; 0 when fewer than n others. */
    static double[] mainValueForTop(Methodology m, CohortRanking ranking, String entity, int n) {
        return mainValueForTop(m, ranking, entity, n, 0);
    }

    /**
     * As {@link #mainValueForTop(Methodology, CohortRanking, String, int)}; with {@code margin} (points
     * of each main indicator) above 0, a strict lead over the n-th best other on each: a published
     * value above theirs (one published step at least), and at least {@code margin} points above it.
     */
    static double[] mainValueForTop(Methodology m, CohortRanking ranking, String entity, int n, double margin) {
        double[] out = new double[m.mainIndicators().size()];
        for (int j = 0; j < out.length; j++) {
            MainIndicator mi = m.mainIndicators().get(j);
            if (mi.maxPoints() == 0) {
                out[j] = Double.POSITIVE_INFINITY;
                continue;
            }
            List<Double> others = new ArrayList<>();
            for (EntityRanking e : ranking.entities()) {
                RankedValue v = e.mainIndicator(mi.id().value());
                if (!e.id().equals(entity) && v != null) {
                    others.add(v.publishedValue());
                }
            }
            if (margin <= 0 || others.size() < n) {
                out[j] = kth(others, n);
            } else {
                others.sort(Collections.reverseOrder());
                double theirs = others.get(n - 1);
                out[j] = Math.max(theirs + STEP - HALF, theirs + margin / mi.maxPoints());
            }
        }
        return out;
    }

    private static double kth(List<Double> others, int r) {
        if (others.size() < r) {
            return 0;
        }
        others.sort(Collections.reverseOrder());
        return Math.max(0, others.get(r - 1) - HALF);
    }

    /** The weight of each main indicator's points in the index (the index is linear in them). */
    static double[] indexWeights(Methodology m) {
        int n = m.mainIndicators().size();
        double[] w = new double[n];
        double[] zero = new double[n];
        double base = m.index(zero);
        for (int j = 0; j < n; j++) {
            double[] unit = new double[n];
            unit[j] = 1;
            w[j] = m.index(unit) - base;
        }
        return w;
    }
}
