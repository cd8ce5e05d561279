package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A main indicator's or pillar's value for one entity, with its ranks. {@code value} is
 * unrounded; ranks are computed on {@code publishedValue} (half-up, 4 decimals).
 *
 * @param id             the main indicator's id ({@code 3}) or the pillar's ({@code CQS})
 * @param name           its official name
 * @param value          its value, points / max, unrounded, in [0, 1]
 * @param publishedValue the value rounded half-up to 4 decimals
 * @param points         its points
 * @param rank           standard competition rank in the whole cohort (1 is best)
 * @param regionRank     rank within the entity's region; null without a region
 * @param inTop          whether the rank is within the ranking's top N; null when not asked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RankedValue(String id, String name, double value, double publishedValue, double points, int rank, Integer regionRank,
        Boolean inTop) {
}
