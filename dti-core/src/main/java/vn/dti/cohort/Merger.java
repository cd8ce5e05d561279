package vn.dti.cohort;

import java.util.List;
import vn.dti.text.RefusedArgumentException;

/**
 * One merged entity: its id, name and region, and the former entities it is made of.
 *
 * @param id     the merged entity's id, e.g. {@code khanh-hoa}
 * @param name   its name; the id when none is given
 * @param region its region, or null
 * @param from   the former entities' ids (at least one)
 */
public record Merger(String id, String name, String region, List<String> from) {
    /**
     * Checks the id and the former entities.
     *
     * @param id     not blank
     * @param name   null for the id
     * @param region null for none
     * @param from   at least one; copied
     * @throws IllegalArgumentException if the id is blank or no former entity is listed
     */
    public Merger {
        if (id == null || id.isBlank()) {
            throw RefusedArgumentException.of("cohort.merger.noId");
        }
        name = name == null ? id : name;
        from = from == null ? List.of() : List.copyOf(from);
        if (from.isEmpty()) {
            throw RefusedArgumentException.of("cohort.merger.noFrom", id);
        }
    }
}
