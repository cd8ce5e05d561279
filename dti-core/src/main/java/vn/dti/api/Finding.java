package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Something a province should look at: points lost or at risk on a component, and who owns it.
 *
 * @param code         what kind of finding
 * @param indicator    the component
 * @param pointsAtRisk the points lost or at risk
 * @param agency       the responsible agency (cơ quan phụ trách)
 * @param message      what happened and what to do
 * @param rule         the rule that raised it (and its file), if a rule did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(FindingCode code, IndicatorId indicator, double pointsAtRisk, String agency, String message, String rule) {
    public Finding {
        Objects.requireNonNull(code, "finding code");
        Objects.requireNonNull(indicator, "finding indicator");
        if (!Double.isFinite(pointsAtRisk) || pointsAtRisk < 0) {
            throw new IllegalArgumentException("Points at risk [" + pointsAtRisk + "] must be a number of at least 0.");
        }
        agency = agency == null ? "" : agency;
        message = message == null ? "" : message;
    }
}
