package vn.dti.api;

/**
 * A band on the published index: values in [{@code min}, {@code max}) belong to it (the top band
 * includes its max). {@code assumed} marks bounds that are not in the source and stay editable.
 */
public record Group(String id, String name, double min, double max, boolean assumed) {
    public Group {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A group has no id.");
        }
        name = name == null ? id : name;
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("Group " + id + " has bounds [" + min + ", " + max + "); min must not exceed max.");
        }
    }

    public boolean contains(double value, boolean top) {
        return value >= min && (value < max || (top && value <= max));
    }
}
