package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dti.text.RefusedArgumentException;

/**
 * Everything one entity reports for one period: a {@link ComponentEvidence} per component.
 * Components that are absent count as not reported. Read one with
 * {@link vn.dti.json.DtiJson#readEvidence}.
 *
 * @param methodology the id of the methodology it reports against (optional, null when absent)
 * @param entity      who reports
 * @param period      the period covered, e.g. {@code 2025-Q3}
 * @param reportedAt  when the report was made (optional)
 * @param note        free text (optional)
 * @param components  at most one per component id, in the order given
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Evidence(String methodology, Entity entity, Period period, LocalDate reportedAt, String note, List<ComponentEvidence> components) {
    /**
     * Checks that each component is reported once; see the class description for each component.
     *
     * @param methodology null when not given
     * @param entity      not null
     * @param period      not null
     * @param reportedAt  null when not given
     * @param note        null when not given
     * @param components  null for none; copied
     * @throws NullPointerException     if {@code entity} or {@code period} is null
     * @throws IllegalArgumentException if a component id appears twice
     */
    public Evidence {
        RefusedArgumentException.required(entity, "api.evidence.noEntity");
        RefusedArgumentException.required(period, "api.evidence.noPeriod");
        components = components == null ? List.of() : List.copyOf(components);
        Set<IndicatorId> seen = new HashSet<>();
        for (ComponentEvidence c : components) {
            if (!seen.add(c.indicator())) {
                throw RefusedArgumentException.of("api.evidence.reportedTwice", c.indicator(), entity.id());
            }
        }
    }

    /**
     * Evidence with no methodology id, date or note.
     *
     * @param entity     who reports
     * @param period     the period covered
     * @param components at most one per component id
     * @return the evidence
     * @throws NullPointerException     if {@code entity} or {@code period} is null
     * @throws IllegalArgumentException if a component id appears twice
     */
    public static Evidence of(Entity entity, Period period, List<ComponentEvidence> components) {
        return new Evidence(null, entity, period, null, null, components);
    }

    /**
     * What was reported for one component.
     *
     * @param id a component id
     * @return its evidence, or empty when it is absent (which counts as not reported)
     */
    public Optional<ComponentEvidence> component(IndicatorId id) {
        for (ComponentEvidence c : components) {
            if (c.indicator().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * A copy with one component's evidence replaced, or added after the others when absent.
     *
     * @param replacement the new evidence for its component
     * @return the copy
     */
    public Evidence with(ComponentEvidence replacement) {
        List<ComponentEvidence> list = new ArrayList<>(components.size() + 1);
        boolean replaced = false;
        for (ComponentEvidence c : components) {
            if (c.indicator().equals(replacement.indicator())) {
                list.add(replacement);
                replaced = true;
            } else {
                list.add(c);
            }
        }
        if (!replaced) {
            list.add(replacement);
        }
        return new Evidence(methodology, entity, period, reportedAt, note, list);
    }

    /**
     * A copy for another entity, with the same values (used to try one entity's values on another).
     *
     * @param other the entity
     * @return the copy
     */
    public Evidence forEntity(Entity other) {
        return new Evidence(methodology, other, period, reportedAt, note, components);
    }
}
