package vn.dti.scoring;

import java.util.Arrays;
import vn.dti.cohort.Normalize;

/**
 * One component's reported numbers across a cohort scored together: what cohort-relative
 * patterns ({@link ScoringPattern.Relative}, {@link ScoringPattern.MinMax},
 * {@link ScoringPattern.ZScaled}, {@link ScoringPattern.RankShare}) compare a value with.
 * Immutable; safe to share between threads.
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

    /**
     * The cohort of some reported numbers.
     *
     * @param values one number per entity that reported the component (copied)
     * @return the cohort
     */
    public static ComponentCohort of(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return new ComponentCohort(v);
    }

    /**
     * How many entities reported the component.
     *
     * @return the number of values
     */
    public int count() {
        return sorted.length;
    }

    /**
     * The lowest value.
     *
     * @return the lowest value; positive infinity for an empty cohort
     */
    public double min() {
        return sorted.length == 0 ? Double.POSITIVE_INFINITY : sorted[0];
    }

    /**
     * The highest value.
     *
     * @return the highest value; negative infinity for an empty cohort
     */
    public double max() {
        return sorted.length == 0 ? Double.NEGATIVE_INFINITY : sorted[sorted.length - 1];
    }

    /**
     * The mean of the values.
     *
     * @return the arithmetic mean ({@link vn.dti.cohort.Normalize#mean})
     */
    public double mean() {
        return mean;
    }

    /**
     * The population standard deviation of the values.
     *
     * @return the standard deviation, dividing by the count ({@link vn.dti.cohort.Normalize#sd})
     */
    public double sd() {
        return sd;
    }

    /**
     * How many cohort values lie strictly below a value.
     *
     * @param x a value
     * @return the count of values less than {@code x}
     */
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
