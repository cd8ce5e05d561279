package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import vn.dti.text.RefusedArgumentException;

/**
 * The appraisal council's decisions (Hội đồng thẩm định) on one entity's evidence for one period.
 * Components without a decision stand as reported.
 *
 * @param methodology the methodology id the evidence was scored against (optional; checked when given)
 * @param entity      the entity's id (optional; checked when given)
 * @param period      the period appraised
 * @param council     the council's name (optional)
 * @param decisions   the decisions; at most one ACCEPTED or VALUE_ADJUSTED per component
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Appraisal(String methodology, String entity, Period period, String council, List<AppraisalDecision> decisions) {
    /**
     * Checks the period and reads blanks as absent; see the class description for each component.
     *
     * @param methodology null when not given
     * @param entity      null when not given
     * @param period      not null
     * @param council     null or blank when not given
     * @param decisions   null for none; copied
     * @throws NullPointerException if {@code period} is null
     */
    public Appraisal {
        RefusedArgumentException.required(period, "api.appraisal.noPeriod");
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        council = council == null || council.isBlank() ? null : council;
    }

    /**
     * The decisions on one component.
     *
     * @param component a component id
     * @return its decisions in file order; empty when the council made none (the value stands as
     *         reported)
     */
    public List<AppraisalDecision> on(IndicatorId component) {
        List<AppraisalDecision> out = new ArrayList<>();
        for (AppraisalDecision d : decisions) {
            if (d.indicator().equals(component)) {
                out.add(d);
            }
        }
        return out;
    }
}
