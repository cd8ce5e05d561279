package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One entity's place in a cohort.
 *
 * @param source              {@code evidence}, {@code published} or {@code merged}
 * @param mergedFrom          for a merged entity, the former entities
 * @param rank                standard competition rank on the published value, in the whole cohort
 * @param regionRank          rank within its region (null without a region)
 * @param value               the index, unrounded
 * @param publishedValue      the index rounded half-up to 4 decimals
 * @param points              the total points
 * @param group               the group whose band holds the published value (null without groups)
 * @param mainIndicatorsInTop how many main indicators rank in the top N
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityRanking(String id, String name, String region, String source, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mergedFrom, int rank,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer regionRank, double value, double publishedValue, double points,
        @JsonInclude(JsonInclude.Include.ALWAYS) String group, List<RankedValue> mainIndicators, List<RankedValue> pillars,
        int mainIndicatorsInTop) {
    public EntityRanking {
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
        mainIndicators = mainIndicators == null ? List.of() : List.copyOf(mainIndicators);
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
    }

    public RankedValue mainIndicator(String id) {
        return mainIndicators.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    public RankedValue pillar(String id) {
        return pillars.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }
}
