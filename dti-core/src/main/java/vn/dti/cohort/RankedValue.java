package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A main indicator's or pillar's value for one entity, with its ranks. {@code value} is
 * unrounded; ranks are computed on {@code publishedValue} (half-up, 4 decimals).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RankedValue(String id, String name, double value, double publishedValue, double points, int rank, Integer regionRank,
        Boolean inTop) {
}
