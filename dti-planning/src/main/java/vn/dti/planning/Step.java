package vn.dti.planning;

import java.util.Objects;

/**
 * A step a component can take: report or reach {@code value}, and it earns {@code pointsAfter}
 * ({@code adds} more than now).
 *
 * @param value       the value to reach, as written in evidence (0.9, 3, cloud, yes); for
 *                    "attach a document", the value already reported
 * @param pointsAfter the component's points after the step
 * @param adds        the points it adds
 * @param action      the step in words
 */
public record Step(String value, double pointsAfter, double adds, String action) {
    /**
     * Checks the action and the points.
     *
     * @param value       the value to reach, as written in evidence
     * @param pointsAfter at least 0
     * @param adds        finite
     * @param action      not null
     * @throws NullPointerException     if {@code action} is null
     * @throws IllegalArgumentException if {@code pointsAfter} is negative or NaN, or {@code adds} is
     *                                  not finite
     */
    public Step {
        Objects.requireNonNull(action, "action");
        if (!(pointsAfter >= 0) || !Double.isFinite(adds)) {
            throw new IllegalArgumentException("A step's points after [" + pointsAfter + "] and points added [" + adds + "] must be numbers, after ≥ 0.");
        }
    }
}
