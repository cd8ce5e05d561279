package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dti.api.MethodologyRef;
import vn.dti.text.Message;

/**
 * A ranked cohort: entities in rank order (ties by id), the cohort average (unrounded and as
 * published) and how many entities are above it, the top-N used for "in top N" counts, which
 * mergers of a bundled merger map were applied, and warnings about the ranking as a whole (e.g.
 * that the cohort's period precedes the methodology's edition; written only when there are any).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"methodology", "period", "warnings"})
public record CohortRanking(MethodologyRef methodology, String period, int top, double average, double publishedAverage, int aboveAverage,
        List<EntityRanking> entities, MergerReport mergers, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message> warnings) {
    public CohortRanking {
        entities = entities == null ? List.of() : List.copyOf(entities);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A ranking without warnings. */
    public CohortRanking(MethodologyRef methodology, String period, int top, double average, double publishedAverage, int aboveAverage,
            List<EntityRanking> entities, MergerReport mergers) {
        this(methodology, period, top, average, publishedAverage, aboveAverage, entities, mergers, List.of());
    }

    /** The same ranking with other entities (e.g. one region's). */
    CohortRanking withEntities(List<EntityRanking> others, double newAverage, double newPublishedAverage, int newAbove) {
        return new CohortRanking(methodology, period, top, newAverage, newPublishedAverage, newAbove, others, mergers, warnings);
    }

    /** The same ranking with these warnings added. */
    public CohortRanking withWarnings(List<Message> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Message> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new CohortRanking(methodology, period, top, average, publishedAverage, aboveAverage, entities, mergers, all);
    }

    public Optional<EntityRanking> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
