package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dti.text.RefusedArgumentException;

/**
 * The entities ranked together (docs/cohorts.md): each with its id, name, optional region and
 * either evidence or published main-indicator values; optional known regions and mergers.
 *
 * @param methodology        the methodology id the cohort is meant for (informative)
 * @param period             e.g. "2024"
 * @param mainIndicatorScale default scale of published figures (VALUE unless said)
 * @param regions            the known regions; when given, every entity's region must be one
 * @param mergerMap          a bundled merger map to apply (e.g. {@code vn-provinces-2025})
 * @param mergers            mergers to apply, as data
 * @param entities           the entities
 * @param note               free text: where the figures come from
 * @param illustrative       true when the figures are not real entities' published results
 *                           (invented, or mixed with invented ones, for an example): every page
 *                           that shows a rank in it says so
 * @param source             where the figures come from, by the document's own title and number
 *                           (a real cohort's rank names it), or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Cohort(String methodology, String period, CohortEntity.MainScale mainIndicatorScale, List<String> regions, String mergerMap,
        List<Merger> mergers, List<CohortEntity> entities, String note, Boolean illustrative, String source) {
    /**
     * Checks the entities and reads nulls as empty.
     *
     * @param methodology        null when not given
     * @param period             null when not given
     * @param mainIndicatorScale null for {@link CohortEntity.MainScale#VALUE}
     * @param regions            null for none; copied
     * @param mergerMap          null for none
     * @param mergers            null for none; copied
     * @param entities           at least one, ids distinct, each region one of {@code regions} when
     *                           those are given; copied
     * @param note               null for none
     * @param illustrative       null when not said (read as false)
     * @param source             null when not said
     * @throws IllegalArgumentException if there is no entity, an id is used twice, or a region is not
     *                                  one of the cohort's, naming the entity's JSON path
     */
    public Cohort {
        mainIndicatorScale = mainIndicatorScale == null ? CohortEntity.MainScale.VALUE : mainIndicatorScale;
        regions = regions == null ? List.of() : List.copyOf(regions);
        mergers = mergers == null ? List.of() : List.copyOf(mergers);
        entities = entities == null ? List.of() : List.copyOf(entities);
        if (entities.isEmpty()) {
            throw RefusedArgumentException.of("cohort.noEntities");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entities.size(); i++) {
            CohortEntity e = entities.get(i);
            if (!ids.add(e.id())) {
                throw RefusedArgumentException.of("cohort.entityTwice", Integer.toString(i), e.id());
            }
            if (!regions.isEmpty() && e.region() != null && !regions.contains(e.region())) {
                throw RefusedArgumentException.of("cohort.entityRegion", Integer.toString(i), e.id(), e.region(), regions.toString());
            }
        }
    }

    /**
     * The same cohort with other entities (e.g. evidence files read, one entity changed).
     *
     * @param other the entities
     * @return the copy
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Cohort withEntities(List<CohortEntity> other) {
        return new Cohort(methodology, period, mainIndicatorScale, regions, mergerMap, mergers, other, note, illustrative, source);
    }

    /**
     * A cohort that does not say whether it is illustrative, nor its source.
     *
     * @param methodology        null when not given
     * @param period             null when not given
     * @param mainIndicatorScale null for {@link CohortEntity.MainScale#VALUE}
     * @param regions            null for none
     * @param mergerMap          null for none
     * @param mergers            null for none
     * @param entities           at least one, ids distinct
     * @param note               null for none
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Cohort(String methodology, String period, CohortEntity.MainScale mainIndicatorScale, List<String> regions, String mergerMap,
            List<Merger> mergers, List<CohortEntity> entities, String note) {
        this(methodology, period, mainIndicatorScale, regions, mergerMap, mergers, entities, note, null, null);
    }

    /**
     * A cohort of entities, without a period, regions or mergers.
     *
     * @param entities at least one, ids distinct
     * @return the cohort
     * @throws IllegalArgumentException if there is no entity or an id is used twice
     */
    public static Cohort of(List<CohortEntity> entities) {
        return new Cohort(null, null, null, null, null, null, entities, null);
    }
}
