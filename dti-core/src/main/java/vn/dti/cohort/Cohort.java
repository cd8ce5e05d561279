package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Cohort(String methodology, String period, CohortEntity.MainScale mainIndicatorScale, List<String> regions, String mergerMap,
        List<Merger> mergers, List<CohortEntity> entities, String note) {
    public Cohort {
        mainIndicatorScale = mainIndicatorScale == null ? CohortEntity.MainScale.VALUE : mainIndicatorScale;
        regions = regions == null ? List.of() : List.copyOf(regions);
        mergers = mergers == null ? List.of() : List.copyOf(mergers);
        entities = entities == null ? List.of() : List.copyOf(entities);
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("The cohort lists no entities.");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entities.size(); i++) {
            CohortEntity e = entities.get(i);
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("$.entities[" + i + "].id: entity " + e.id() + " is listed twice; give each entity its own id.");
            }
            if (!regions.isEmpty() && e.region() != null && !regions.contains(e.region())) {
                throw new IllegalArgumentException("$.entities[" + i + "].region: entity " + e.id() + " has region [" + e.region()
                        + "], which is not one of the cohort's regions " + regions + ".");
            }
        }
    }

    /** The same cohort with other entities (e.g. evidence files read, one entity changed). */
    public Cohort withEntities(List<CohortEntity> other) {
        return new Cohort(methodology, period, mainIndicatorScale, regions, mergerMap, mergers, other, note);
    }

    public static Cohort of(List<CohortEntity> entities) {
        return new Cohort(null, null, null, null, null, null, entities, null);
    }
}
