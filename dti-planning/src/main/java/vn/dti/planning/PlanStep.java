package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.dti.api.IndicatorId;
import vn.dti.api.Value;

/**
 * One step of a plan: a component, the value to reach (or a document to attach), the points it
 * adds, its effort and the agency that owns it.
 *
 * @param component           the component
 * @param name                its official name
 * @param mainIndicator       its main indicator
 * @param valueBefore         the value reported now (null: not reported)
 * @param valueAfter          the value to reach
 * @param documentOnly        true when the step attaches an evidence document to the value already reported
 * @param pointsBefore        points now
 * @param pointsAfter         points after the step
 * @param adds                points added
 * @param effort              its effort
 * @param agency              the responsible agency
 * @param cooperatingAgencies the cooperating agencies
 * @param target              the value to reach, exactly (null for a document only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanStep(IndicatorId component, String name, IndicatorId mainIndicator, String valueBefore, String valueAfter, boolean documentOnly,
        double pointsBefore, double pointsAfter, double adds, double effort, String agency,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> cooperatingAgencies, @JsonIgnore Value target) {
    /**
     * Copies the cooperating agencies.
     *
     * @param component           the component
     * @param name                its official name
     * @param mainIndicator       its main indicator
     * @param valueBefore         the value now, or null
     * @param valueAfter          the value to reach
     * @param documentOnly        whether the step only attaches a document
     * @param pointsBefore        points now
     * @param pointsAfter         points after
     * @param adds                points added
     * @param effort              its effort
     * @param agency              the responsible agency
     * @param cooperatingAgencies null for none; copied
     * @param target              the value to reach, or null for a document only
     */
    public PlanStep {
        cooperatingAgencies = cooperatingAgencies == null ? List.of() : List.copyOf(cooperatingAgencies);
    }
}
