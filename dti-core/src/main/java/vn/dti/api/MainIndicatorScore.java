package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A main indicator's points (the sum of its components'), max and value (points / max). */
@JsonIgnoreProperties(value = {"value"}, allowGetters = true)
public record MainIndicatorScore(IndicatorId id, String name, double points, double maxPoints) {
    public MainIndicatorScore {
        Objects.requireNonNull(id, "main indicator id");
        if (!(points >= 0 && points <= maxPoints + 1e-9)) {
            throw new IllegalArgumentException("Main indicator " + id + " would score " + points + " of " + maxPoints + "; points must be within [0, max].");
        }
    }

    /** Points / max, unrounded; 0 for a main indicator tracked at 0 points. */
    @JsonProperty("value")
    public double value() {
        return maxPoints == 0 ? 0 : points / maxPoints;
    }
}
