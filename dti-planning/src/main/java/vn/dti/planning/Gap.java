package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import vn.dti.api.IndicatorId;
import vn.dti.api.ValueKind;

/**
 * One component below its max, or with points at risk: how many points it loses and has at risk
 * (separate figures), why, who owns it, and what the next step needs.
 *
 * @param component                the component
 * @param name                     its official name
 * @param mainIndicator            its main indicator
 * @param valueKind                what kind of value the component takes (a share, a count, yes/no, a category, …)
 * @param value                    the value reported now (null when not reported)
 * @param points                   points now
 * @param maxPoints                its max
 * @param pointsLost               max − points: not earned, for whatever reason
 * @param pointsAtRisk             earned, but flagged by a finding
 * @param reasons                  why
 * @param agency                   the responsible agency (cơ quan chủ trì)
 * @param cooperatingAgencies      the cooperating agencies (cơ quan phối hợp)
 * @param rule                     the scoring rule in short, e.g. "goal 0.9" or "bands 3:10, 2:7, 1:4"
 * @param nextStep                 what the next step needs: the next band or category, the value for full points, a document
 * @param fullPoints               the value that earns full points (null when the pattern cannot say)
 * @param pointsPerPercentagePoint for shares scored in proportion: what each percentage point adds (null otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Gap(IndicatorId component, String name, IndicatorId mainIndicator, ValueKind valueKind, String value, double points, double maxPoints, double pointsLost,
        double pointsAtRisk, List<GapReason> reasons, String agency, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> cooperatingAgencies,
        String rule, Step nextStep, Step fullPoints, Double pointsPerPercentagePoint) {
    /**
     * Checks the figures and copies the lists.
     *
     * @param component                not null
     * @param name                     its official name
     * @param mainIndicator            its main indicator
     * @param valueKind                its value kind
     * @param value                    the value now, or null
     * @param points                   points now
     * @param maxPoints                its max
     * @param pointsLost               at least 0
     * @param pointsAtRisk             at least 0
     * @param reasons                  not null; copied
     * @param agency                   the responsible agency
     * @param cooperatingAgencies      null for none; copied
     * @param rule                     the rule in short
     * @param nextStep                 the next step, or null
     * @param fullPoints               the step to full points, or null
     * @param pointsPerPercentagePoint points per percentage point, or null
     * @throws NullPointerException     if {@code component} or {@code reasons} is null
     * @throws IllegalArgumentException if a figure is negative
     */
    public Gap {
        Objects.requireNonNull(component, "component");
        reasons = List.copyOf(reasons);
        cooperatingAgencies = cooperatingAgencies == null ? List.of() : List.copyOf(cooperatingAgencies);
        if (pointsLost < 0 || pointsAtRisk < 0) {
            throw new IllegalArgumentException("Component " + component + ": points lost [" + pointsLost + "] and at risk [" + pointsAtRisk
                    + "] must be at least 0.");
        }
    }
}
