package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A target checked: the actual figure, whether it is met, and how far it is.
 *
 * @param target   the target as written
 * @param actual   the figure now, as text ("303.25", "5", "0.872"; "not reported")
 * @param met      true or false; null when it cannot be checked (a rank without a cohort)
 * @param distance how far from the target, in the target's unit (points, index, ranks, main
 *                 indicators, the component's value); 0 when met
 * @param detail   the distance in words, e.g. "496.75 points short" or "needs --cohort"
 * @param source   the document the target comes from (from the targets file), if given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetResult(String target, String actual, Boolean met, double distance, String detail, String source) {
    public TargetResult {
        Objects.requireNonNull(target, "target");
    }

    /** True only when checked and met. */
    public boolean isMet() {
        return Boolean.TRUE.equals(met);
    }
}
