package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import vn.dti.text.Message;
import vn.dti.text.RefusedArgumentException;

/**
 * Something a province should look at on one component, with what it costs and who owns it.
 *
 * <p>Two figures are kept apart: {@code pointsLost} are points the component does not earn
 * because of this finding (a value not reported, a value without its document, a rule
 * violation); {@code pointsAtRisk} are points the component earns now but that an appraisal may
 * take away (a stale document, a ratio above 100%). A finding has one or the other, never both.
 *
 * @param code                what kind of finding
 * @param indicator           the component
 * @param pointsLost          points not earned because of it
 * @param pointsAtRisk        points earned but in doubt because of it
 * @param agency              the responsible agency (cơ quan chủ trì)
 * @param cooperatingAgencies the cooperating agencies (cơ quan phối hợp), accountable too
 * @param message             what happened and what to do, written in the reader's language
 * @param rule                the rule that raised it (and its file), if a rule did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(FindingCode code, IndicatorId indicator, double pointsLost, double pointsAtRisk, String agency,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> cooperatingAgencies, Message message, String rule) {
    /**
     * Checks the figures; see the class description for each component.
     *
     * @param code                not null
     * @param indicator           not null
     * @param pointsLost          finite, at least 0
     * @param pointsAtRisk        finite, at least 0
     * @param agency              null for empty
     * @param cooperatingAgencies null for none; copied
     * @param message             null for empty
     * @param rule                null when no rule raised it
     * @throws NullPointerException     if {@code code} or {@code indicator} is null
     * @throws IllegalArgumentException if a figure is negative or not finite
     */
    public Finding {
        Objects.requireNonNull(code, "finding code");
        Objects.requireNonNull(indicator, "finding indicator");
        if (!Double.isFinite(pointsLost) || pointsLost < 0) {
            throw RefusedArgumentException.of("api.finding.pointsLost", Double.toString(pointsLost));
        }
        if (!Double.isFinite(pointsAtRisk) || pointsAtRisk < 0) {
            throw RefusedArgumentException.of("api.finding.pointsAtRisk", Double.toString(pointsAtRisk));
        }
        agency = agency == null ? "" : agency;
        cooperatingAgencies = cooperatingAgencies == null ? List.of() : List.copyOf(cooperatingAgencies);
        message = message == null ? Message.text("") : message;
    }

    /**
     * A finding whose message is the same in every language (as a rule file wrote it, or as read
     * back from JSON).
     *
     * @param code                not null
     * @param indicator           not null
     * @param pointsLost          finite, at least 0
     * @param pointsAtRisk        finite, at least 0
     * @param agency              null for empty
     * @param cooperatingAgencies null for none; copied
     * @param message             the message as it is; null for empty
     * @param rule                null when no rule raised it
     * @throws NullPointerException     if {@code code} or {@code indicator} is null
     * @throws IllegalArgumentException if a figure is negative or not finite
     */
    public Finding(FindingCode code, IndicatorId indicator, double pointsLost, double pointsAtRisk, String agency, List<String> cooperatingAgencies,
            String message, String rule) {
        this(code, indicator, pointsLost, pointsAtRisk, agency, cooperatingAgencies, message == null ? null : Message.text(message), rule);
    }

    /**
     * A finding on a component, with its agencies taken from the catalogue.
     *
     * @param code         what kind of finding
     * @param component    the component, from the methodology
     * @param pointsLost   points not earned because of it, at least 0
     * @param pointsAtRisk points earned but in doubt because of it, at least 0
     * @param message      what happened and what to do, written in the reader's language when shown
     * @param rule         the rule that raised it and its file, or null
     * @return the finding
     * @throws IllegalArgumentException if a figure is negative or not finite
     */
    public static Finding of(FindingCode code, Component component, double pointsLost, double pointsAtRisk, Message message, String rule) {
        return new Finding(code, component.id(), pointsLost, pointsAtRisk, component.responsibleAgency(), component.cooperatingAgencies(), message,
                rule);
    }

    /**
     * What this finding is worth to whoever fixes it.
     *
     * @return the larger of {@code pointsLost} and {@code pointsAtRisk}, in points
     */
    public double points() {
        return Math.max(pointsLost, pointsAtRisk);
    }
}
