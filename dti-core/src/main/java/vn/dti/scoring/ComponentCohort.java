package vn.dti.scoring;

import java.util.Arrays;
import vn.dti.cohort.Normalize;

/**
 * One component's reported numbers across a cohort scored together: what cohort-relative
 * patterns ({@link ScoringPattern.Relative}, {@link ScoringPattern.MinMax},
 * {@link ScoringPattern.ZScaled}, {@link ScoringPattern.RankShare}) compare a value with.
 */
public final class ComponentCohort {
    private final double[] sorted;
    private final double mean;
    private final double sd;

    private ComponentCohort(double[] sorted) {
        this.sorted = sorted;
        this.mean = Normalize.mean(sorted);
        this.sd = Normalize.sd(sorted);
    }

    /** The cohort of these reported numbers (copied). */
    public static ComponentCohort of(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return new ComponentCohort(v);
    }

    public int count() {
        return sorted.length;
    }

    public double min() {
        return sorted.length == 0 ? Double.POSITIVE_INFINITY : sorted[0];
    }

    public double max() {
        return sorted.length == 0 ? Double.NEGATIVE_INFINITY : sorted[sorted.length - 1];
    }

    public double mean() {
        return mean;
    }

    /** The population standard deviation. */
    public double sd() {
        return sd;
    }

    /** How many cohort values lie strictly below x. */
    public int below(double x) {
        int idx = Arrays.binarySearch(sorted, x);
        if (idx < 0) {
            return -idx - 1;
        }
        while (idx > 0 && sorted[idx - 1] == x) {
            idx--;
        }
        return idx;
    }
}
