package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Which mergers of a bundled merger map were applied to a cohort. A planner often has only their
 * own region: a merged entity is formed only when all its former entities are in the cohort;
 * where only some are, they are kept as they are and listed in {@code notMerged}.
 *
 * @param map       the bundled map's id
 * @param merged    the merged entities formed
 * @param notMerged the merged entities not formed because some former entities are missing
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MergerReport(String map, List<String> merged, List<Partial> notMerged) {
    /**
     * Copies the lists.
     *
     * @param map       the map's id
     * @param merged    null for none; copied
     * @param notMerged null for none; copied
     */
    public MergerReport {
        merged = merged == null ? List.of() : List.copyOf(merged);
        notMerged = notMerged == null ? List.of() : List.copyOf(notMerged);
    }

    /**
     * A merger left undone: the former entities present (kept as they are) and those missing.
     *
     * @param id      the merged entity's id
     * @param present the former entities in the cohort
     * @param missing the former entities not in it
     */
    public record Partial(String id, List<String> present, List<String> missing) {
        /**
         * Copies the lists.
         *
         * @param id      the merged entity's id
         * @param present not null; copied
         * @param missing not null; copied
         * @throws NullPointerException if a list is null
         */
        public Partial {
            present = List.copyOf(present);
            missing = List.copyOf(missing);
        }
    }
}
