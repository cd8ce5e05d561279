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
 *
 * @param methodology      the methodology and version that scored the cohort
 * @param period           the cohort's period, e.g. {@code 2024}
 * @param top              the N of "in the top N", at least 1
 * @param average          the mean index over the entities, unrounded
 * @param publishedAverage the average rounded half-up to 4 decimals
 * @param aboveAverage     how many entities' published index is above the published average
 * @param entities         in rank order, ties by id
 * @param mergers          which mergers were applied; null without a merger map
 * @param warnings         about the ranking as a whole (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"methodology", "period", "warnings"})
public record CohortRanking(MethodologyRef methodology, String period, int top, double average, double publishedAverage, int aboveAverage,
        List<EntityRanking> entities, MergerReport mergers, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message> warnings) {
    /**
     * Copies the lists, reading nulls as empty.
     *
     * @param methodology      the methodology
     * @param period           the period
     * @param top              the N of "in the top N"
     * @param average          the average
     * @param publishedAverage the published average
     * @param aboveAverage     how many are above it
     * @param entities         null for none; copied
     * @param mergers          null without a merger map
     * @param warnings         null for none; copied; written in the reader's language when shown
     */
    public CohortRanking {
        entities = entities == null ? List.of() : List.copyOf(entities);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * A ranking without warnings.
     *
     * @param methodology      the methodology
     * @param period           the period
     * @param top              the N of "in the top N"
     * @param average          the average
     * @param publishedAverage the published average
     * @param aboveAverage     how many are above it
     * @param entities         in rank order
     * @param mergers          which mergers were applied, or null
     */
    public CohortRanking(MethodologyRef methodology, String period, int top, double average, double publishedAverage, int aboveAverage,
            List<EntityRanking> entities, MergerReport mergers) {
        this(methodology, period, top, average, publishedAverage, aboveAverage, entities, mergers, List.of());
    }

    /** The same ranking with other entities (e.g. one region's). */
    CohortRanking withEntities(List<EntityRanking> others, double newAverage, double newPublishedAverage, int newAbove) {
        return new CohortRanking(methodology, period, top, newAverage, newPublishedAverage, newAbove, others, mergers, warnings);
    }

    /**
     * The same ranking with more warnings.
     *
     * @param more warnings to add after the ranking's own
     * @return a copy with them, or this ranking when {@code more} is empty
     */
    public CohortRanking withWarnings(List<Message> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Message> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new CohortRanking(methodology, period, top, average, publishedAverage, aboveAverage, entities, mergers, all);
    }

    /**
     * One entity's place.
     *
     * @param id the entity's id
     * @return its ranking, or empty when it is not in the cohort
     */
    public Optional<EntityRanking> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
