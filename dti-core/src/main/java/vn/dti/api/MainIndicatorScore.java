package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import vn.dti.text.RefusedArgumentException;

/**
 * A main indicator's points (the sum of its components'), max and value (points / max).
 *
 * @param id        the main indicator's id, e.g. {@code 3}
 * @param name      its official Vietnamese name
 * @param points    the points earned, the sum of its components' points, in [0, {@code maxPoints}]
 * @param maxPoints the most it can earn, in points
 */
@JsonIgnoreProperties(value = {"value"}, allowGetters = true)
public record MainIndicatorScore(IndicatorId id, String name, double points, double maxPoints) {
    /**
     * Checks the points against the max; see the class description for each component.
     *
     * @param id        not null
     * @param name      the official name
     * @param points    in [0, {@code maxPoints}] (a rounding error of 1e-9 above is let through)
     * @param maxPoints the max, in points
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code points} is not within [0, {@code maxPoints}]
     */
    public MainIndicatorScore {
        Objects.requireNonNull(id, "main indicator id");
        if (!(points >= 0 && points <= maxPoints + 1e-9)) {
            throw RefusedArgumentException.of("api.mainScore.outside", id, Double.toString(points), Double.toString(maxPoints));
        }
    }

    /**
     * The main indicator's value: points / max, unrounded.
     *
     * @return a ratio in [0, 1]; 0 for a main indicator tracked at 0 points
     */
    @JsonProperty("value")
    public double value() {
        return maxPoints == 0 ? 0 : points / maxPoints;
    }
}
