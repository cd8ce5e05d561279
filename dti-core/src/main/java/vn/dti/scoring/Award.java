package vn.dti.scoring;

import java.util.Map;
import vn.dti.api.Explanation;
import vn.dti.text.Message;

/**
 * What a scoring pattern gives one value: the points and the formula in words (without the
 * final "= points"), the inputs it used; or, when it cannot score the value, a violation saying
 * why (e.g. a category without points).
 *
 * @param points    the points, in [0, max] for sound parameters; NaN for a violation
 * @param formula   the formula with its numbers, written in the reader's language when shown (English:
 *                  {@code "ratio × max = 0.872 × 30"}); null for a violation
 * @param inputs    what the pattern used, by name, in order ({@code value}, {@code goal}, …)
 * @param violation why the value cannot be scored; null when it can
 */
public record Award(double points, Message formula, Map<String, Object> inputs, String violation) {

    /**
     * Points found by a formula.
     *
     * @param points  the points
     * @param formula the formula with its numbers, without the final "= points", written in the
     *                reader's language when shown
     * @param inputs  names ({@link String}s) and values, alternating: {@code "value", 0.872, "goal", 0.9}
     * @return the award
     * @throws ClassCastException if a name is not a {@link String}
     */
    public static Award of(double points, Message formula, Object... inputs) {
        return new Award(points, formula, Explanation.inputsOf(inputs), null);
    }

    /**
     * The pattern cannot score this value.
     *
     * @param what why, in words (e.g. "category [x] has no points")
     * @return a violation, with NaN points
     */
    public static Award violation(String what) {
        return new Award(Double.NaN, null, Map.of(), what);
    }

    /**
     * Whether the pattern could not score the value.
     *
     * @return true for a violation
     */
    public boolean isViolation() {
        return violation != null;
    }
}
