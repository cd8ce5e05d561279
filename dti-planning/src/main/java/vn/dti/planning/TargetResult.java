package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A target checked: the actual figure, whether it is met, and how far it is.
 *
 * @param target     the target as written
 * @param actual     the figure now, as text ("303.25", "5", "0.872"; "not reported", in the run's
 *                   language: "chưa báo cáo" in Vietnamese)
 * @param met        true or false; null when it cannot be checked (a rank without a cohort) or
 *                   cannot be told (a rank target in a cohort too small to tell)
 * @param distance   how far from the target, in the target's unit (points, index, ranks, main
 *                   indicators, the component's value or points); 0 when met
 * @param detail     the distance in words, e.g. "496.75 points short", "needs --cohort", or why it
 *                   cannot be told
 * @param source     the document the target comes from (from the targets file), if given
 * @param status     met, not met, needs a cohort, or cannot be told
 * @param cohortSize for {@link Status#CANNOT_TELL}: the entities in the cohort (null otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetResult(String target, String actual, Boolean met, double distance, String detail, String source, Status status,
        Integer cohortSize) {
    /** What checking the target found. */
    public enum Status {
        /** The target is met. */
        MET,
        /** The target is not met. */
        NOT_MET,
        /** A rank or top-N target without a cohort: not checked. */
        NEEDS_COHORT,
        /**
         * A rank or top-N target in a cohort of N entities or fewer: every entity meets it, so it
         * says nothing; it needs a cohort larger than N (for a province, the national one).
         */
        CANNOT_TELL
    }

    /**
     * Checks that {@code met} and {@code status} agree.
     *
     * @param target     not null
     * @param actual     the figure now, as text
     * @param met        null exactly for {@link Status#NEEDS_COHORT} and {@link Status#CANNOT_TELL};
     *                   otherwise whether the status is {@link Status#MET}
     * @param distance   how far, in the target's unit
     * @param detail     the distance in words
     * @param source     the target's document, or null
     * @param status     not null
     * @param cohortSize the cohort's size for {@link Status#CANNOT_TELL}, else null
     * @throws NullPointerException     if {@code target} or {@code status} is null
     * @throws IllegalArgumentException if {@code met} and {@code status} disagree
     */
    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        if ((met == null) != (status == Status.NEEDS_COHORT || status == Status.CANNOT_TELL) || (met != null && met != (status == Status.MET))) {
            throw new IllegalArgumentException("Target [" + target + "]: met [" + met + "] and status [" + status + "] disagree.");
        }
    }

    /** A target checked, met or not. */
    static TargetResult checked(String target, String actual, boolean met, double distance, String detail, String source) {
        return new TargetResult(target, actual, met, met ? 0 : distance, detail, source, met ? Status.MET : Status.NOT_MET, null);
    }

    /**
     * Whether the target was checked and met.
     *
     * @return true only for {@link Status#MET} (not a JSON field: {@code met} is, null when not
     *         checked or not told)
     */
    @JsonIgnore
    public boolean isMet() {
        return Boolean.TRUE.equals(met);
    }
}
