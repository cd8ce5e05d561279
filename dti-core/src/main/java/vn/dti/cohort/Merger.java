package vn.dti.cohort;

import java.util.List;

/** One merged entity: its id, name and region, and the former entities it is made of. */
public record Merger(String id, String name, String region, List<String> from) {
    public Merger {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A merger has no id.");
        }
        name = name == null ? id : name;
        from = from == null ? List.of() : List.copyOf(from);
        if (from.isEmpty()) {
            throw new IllegalArgumentException("Merger " + id + " lists no former entities in \"from\".");
        }
    }
}
