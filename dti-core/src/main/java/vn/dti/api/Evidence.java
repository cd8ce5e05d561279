package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one entity reports for one period: a {@link ComponentEvidence} per component.
 * Components that are absent count as not reported.
 *
 * @param methodology the id of the methodology it reports against (optional)
 * @param entity      who reports
 * @param period      the period covered
 * @param reportedAt  when the report was made (optional)
 * @param note        free text
 * @param components  at most one per component id
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Evidence(String methodology, Entity entity, Period period, LocalDate reportedAt, String note, List<ComponentEvidence> components) {
    public Evidence {
        Objects.requireNonNull(entity, "The evidence has no \"entity\".");
        Objects.requireNonNull(period, "The evidence has no \"period\".");
        components = components == null ? List.of() : List.copyOf(components);
        Set<IndicatorId> seen = new HashSet<>();
        for (ComponentEvidence c : components) {
            if (!seen.add(c.indicator())) {
                throw new IllegalArgumentException("Component " + c.indicator() + " is reported twice for " + entity.id()
                        + "; keep one entry per component.");
            }
        }
    }

    public static Evidence of(Entity entity, Period period, List<ComponentEvidence> components) {
        return new Evidence(null, entity, period, null, null, components);
    }

    /** The evidence for this component, if any. */
    public Optional<ComponentEvidence> component(IndicatorId id) {
        for (ComponentEvidence c : components) {
            if (c.indicator().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A copy with this component's evidence replaced (or added). */
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

    /** A copy for another entity (same values). */
    public Evidence forEntity(Entity other) {
        return new Evidence(methodology, other, period, reportedAt, note, components);
    }
}
