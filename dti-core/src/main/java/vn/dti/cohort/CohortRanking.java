package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import vn.dti.api.MethodologyRef;

/**
 * A ranked cohort: entities in rank order (ties by id), the cohort average (unrounded and as
 * published) and how many entities are above it, the top-N used for "in top N" counts, and which
 * mergers of a bundled merger map were applied.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CohortRanking(MethodologyRef methodology, String period, int top, double average, double publishedAverage, int aboveAverage,
        List<EntityRanking> entities, MergerReport mergers) {
    public CohortRanking {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** The same ranking with other entities (e.g. one region's). */
    CohortRanking withEntities(List<EntityRanking> others, double newAverage, double newPublishedAverage, int newAbove) {
        return new CohortRanking(methodology, period, top, newAverage, newPublishedAverage, newAbove, others, mergers);
    }

    public Optional<EntityRanking> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
