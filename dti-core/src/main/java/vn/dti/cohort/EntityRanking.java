package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One entity's place in a cohort.
 *
 * @param id                  the entity's id
 * @param name                its name
 * @param region              its region, or null
 * @param source              {@code evidence}, {@code published} or {@code merged}
 * @param mergedFrom          for a merged entity, the former entities (empty otherwise)
 * @param rank                standard competition rank on the published value, in the whole cohort
 * @param regionRank          rank within its region (null without a region)
 * @param value               the index, unrounded, in [0, 1]
 * @param publishedValue      the index rounded half-up to 4 decimals
 * @param points              the total points
 * @param group               the group whose band holds the published value (null without groups)
 * @param mainIndicators      each main indicator's value and ranks, in catalogue order
 * @param pillars             each pillar's value and ranks (empty without pillars)
 * @param mainIndicatorsInTop how many main indicators rank in the top N
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityRanking(String id, String name, String region, String source, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mergedFrom, int rank,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer regionRank, double value, double publishedValue, double points,
        @JsonInclude(JsonInclude.Include.ALWAYS) String group, List<RankedValue> mainIndicators, List<RankedValue> pillars,
        int mainIndicatorsInTop) {
    /**
     * Copies the lists, reading nulls as empty.
     *
     * @param id                  the id
     * @param name                the name
     * @param region              the region, or null
     * @param source              where its figures come from
     * @param mergedFrom          null for none; copied
     * @param rank                the rank
     * @param regionRank          the region rank, or null
     * @param value               the index
     * @param publishedValue      the published index
     * @param points              the total points
     * @param group               the group, or null
     * @param mainIndicators      null for none; copied
     * @param pillars             null for none; copied
     * @param mainIndicatorsInTop how many main indicators rank in the top N
     */
    public EntityRanking {
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
        mainIndicators = mainIndicators == null ? List.of() : List.copyOf(mainIndicators);
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
    }

    /**
     * One main indicator's value and ranks.
     *
     * @param id a main indicator's id, e.g. {@code 3}
     * @return its value and ranks, or null when the ranking has no such main indicator
     */
    public RankedValue mainIndicator(String id) {
        return mainIndicators.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * One pillar's value and ranks.
     *
     * @param id a pillar's id, e.g. {@code CQS}
     * @return its value and ranks, or null when the ranking has no such pillar
     */
    public RankedValue pillar(String id) {
        return pillars.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }
}
