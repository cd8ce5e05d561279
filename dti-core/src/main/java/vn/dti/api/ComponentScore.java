package vn.dti.api;

import java.util.List;
import java.util.Objects;

/** The points a component earned, out of its max, with how and what was found. */
public record ComponentScore(IndicatorId id, String name, double points, double maxPoints, Explanation explanation, List<Finding> findings) {
    public ComponentScore {
        Objects.requireNonNull(id, "component id");
        if (!(points >= 0 && points <= maxPoints + 1e-9)) {
            throw new IllegalArgumentException("Component " + id + " would score " + points + " of " + maxPoints + "; points must be within [0, max].");
        }
        explanation = explanation == null ? Explanation.of("") : explanation;
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
