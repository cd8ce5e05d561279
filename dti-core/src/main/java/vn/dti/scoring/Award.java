package vn.dti.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dti.text.Message;

/**
 * What a scoring pattern gives one value: the points and the formula in words (without the
 * final "= points"), the inputs it used; or, when it cannot score the value, a violation saying
 * why (e.g. a category without points).
 */
public record Award(double points, Message formula, Map<String, Object> inputs, String violation) {

    /** Points found by a formula; {@code inputs} alternate names and values. */
    public static Award of(double points, Message formula, Object... inputs) {
        Map<String, Object> in = new LinkedHashMap<>();
        for (int i = 0; i + 1 < inputs.length; i += 2) {
            in.put((String) inputs[i], inputs[i + 1]);
        }
        return new Award(points, formula, Collections.unmodifiableMap(in), null);
    }

    /** The pattern cannot score this value. */
    public static Award violation(String what) {
        return new Award(Double.NaN, null, Map.of(), what);
    }

    public boolean isViolation() {
        return violation != null;
    }
}
