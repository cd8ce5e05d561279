package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import vn.dti.text.RefusedArgumentException;

/**
 * The points a component earned, out of its max, with how and what was found. When the appraisal
 * council's decisions are applied ({@code dti score --appraisal}), the card shows the field
 * software's three figures: {@code selfAssessedPoints} (tự đánh giá: what the evidence as
 * submitted earns), {@code appraisedPoints} (hội đồng thẩm định: what it earns after the
 * council's decisions; the self-assessed points when the council made none on it) and
 * {@code points}, the final points (đạt được), which are the appraised points. Without an
 * appraisal the first two are absent and {@code points} is what the evidence earns.
 *
 * @param id                 the component's id, e.g. {@code 3.4}
 * @param name               its official Vietnamese name
 * @param points             the points earned (the final points when appraised), in
 *                           [0, {@code maxPoints}]
 * @param maxPoints          the most it can earn, in points
 * @param explanation        how the points were found: rule, file, inputs and formula
 * @param findings           what was found on it (empty when nothing)
 * @param selfAssessedPoints with an appraisal: what the evidence as submitted earns; null without
 * @param appraisedPoints    with an appraisal: what it earns after the council's decisions (equal
 *                           to {@code points}); null without
 * @param appraisal          the council's decisions on this component (empty when none)
 */
public record ComponentScore(IndicatorId id, String name, double points, double maxPoints, Explanation explanation, List<Finding> findings,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double selfAssessedPoints,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double appraisedPoints,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AppraisalDecision> appraisal) {

    /**
     * A component score without an appraisal.
     *
     * @param id          the component's id
     * @param name        its official name
     * @param points      in [0, {@code maxPoints}]
     * @param maxPoints   its max
     * @param explanation how the points were found; null for none
     * @param findings    null for none
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ComponentScore(IndicatorId id, String name, double points, double maxPoints, Explanation explanation, List<Finding> findings) {
        this(id, name, points, maxPoints, explanation, findings, null, null, null);
    }

    /**
     * Checks the figures; see the class description for each component.
     *
     * @param id                 not null
     * @param name               the official name
     * @param points             in [0, {@code maxPoints}] (1e-9 above is let through)
     * @param maxPoints          the max
     * @param explanation        null for an empty one
     * @param findings           null for none; copied
     * @param selfAssessedPoints in [0, {@code maxPoints}], or null
     * @param appraisedPoints    equal to {@code points}, or null; null exactly when
     *                           {@code selfAssessedPoints} is
     * @param appraisal          null for none; copied
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if a figure is outside [0, max] or the appraisal figures
     *                                  disagree
     */
    public ComponentScore {
        Objects.requireNonNull(id, "component id");
        if (!(points >= 0 && points <= maxPoints + 1e-9)) {
            throw RefusedArgumentException.of("api.componentScore.outside", id, Double.toString(points), Double.toString(maxPoints));
        }
        explanation = explanation == null ? Explanation.of("") : explanation;
        findings = findings == null ? List.of() : List.copyOf(findings);
        appraisal = appraisal == null ? List.of() : List.copyOf(appraisal);
        for (Double p : new Double[] {selfAssessedPoints, appraisedPoints}) {
            if (p != null && !(p >= 0 && p <= maxPoints + 1e-9)) {
                throw RefusedArgumentException.of("api.componentScore.appraisedOutside", id, String.valueOf(p), Double.toString(maxPoints));
            }
        }
        if ((selfAssessedPoints == null) != (appraisedPoints == null)) {
            throw RefusedArgumentException.of("api.componentScore.halfAppraised", id);
        }
        if (appraisedPoints != null && Math.abs(appraisedPoints - points) > 1e-9) {
            throw RefusedArgumentException.of("api.componentScore.finalNotAppraised", id, Double.toString(points), String.valueOf(appraisedPoints));
        }
    }

    /**
     * The final points (đạt được).
     *
     * @return {@link #points()}
     */
    public double finalPoints() {
        return points;
    }

    /**
     * Whether the card was appraised.
     *
     * @return true when the self-assessed and appraised points are given
     */
    public boolean appraised() {
        return appraisedPoints != null;
    }
}
