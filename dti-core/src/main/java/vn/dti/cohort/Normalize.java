package vn.dti.cohort;

import java.util.Arrays;
import vn.dti.text.RefusedArgumentException;

/**
 * Normalisations across a cohort, as pure functions. Rule files reach them through the
 * {@code score} global (e.g. {@code score.zScaled}); cohort code uses them directly. Stateless;
 * safe from any thread.
 */
public final class Normalize {
    private Normalize() {
    }

    /**
     * Min–max normalisation.
     *
     * @param x   a value
     * @param min the cohort's lowest value
     * @param max the cohort's highest value
     * @return (x − min) / (max − min): in [0, 1] for x within them; 1 when all values are equal
     */
    public static double minMax(double x, double min, double max) {
        return max > min ? (x - min) / (max - min) : 1;
    }

    /**
     * The z-score.
     *
     * @param x    a value
     * @param mean the cohort's mean
     * @param sd   the cohort's population standard deviation
     * @return (x − mean) / sd; 0 when sd is 0
     */
    public static double zScore(double x, double mean, double sd) {
        return sd > 0 ? (x - mean) / sd : 0;
    }

    /**
     * A goalpost capped at 1 (ITU IDI style).
     *
     * @param x    a value
     * @param goal the value that earns 1, above 0
     * @return min(1, x / goal), at least 0
     * @throws IllegalArgumentException if the goal is not above 0
     */
    public static double goalpost(double x, double goal) {
        if (!(goal > 0)) {
            throw RefusedArgumentException.of("cohort.goalpost", Double.toString(goal));
        }
        return Math.max(0, Math.min(1, x / goal));
    }

    /**
     * The population standard deviation (dividing by the count).
     *
     * @param values the values
     * @return the standard deviation; 0 for no values
     */
    public static double sd(double[] values) {
        double mean = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return values.length == 0 ? 0 : Math.sqrt(ss / values.length);
    }

    /**
     * The arithmetic mean.
     *
     * @param values the values
     * @return their mean; 0 for no values
     */
    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /**
     * Standard competition ranks, highest value first: ties share a rank and the next rank is
     * skipped (1, 2, 2, 4). NaN values rank last, together.
     *
     * @param values one value per entity
     * @return the rank of each value, at the same index, 1-based
     */
    public static int[] competitionRanks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(key(values[b]), key(values[a])));
        int[] ranks = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            int idx = order[i];
            if (i > 0 && Double.compare(key(values[idx]), key(values[order[i - 1]])) == 0) {
                ranks[idx] = ranks[order[i - 1]];
            } else {
                ranks[idx] = i + 1;
            }
        }
        return ranks;
    }

    private static double key(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
