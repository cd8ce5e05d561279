package vn.dti.api;

/**
 * A band on the published (4-decimal) index: values from {@code min} to {@code max}, both
 * included, as the sources print them (the 2022 letter of Khánh Hòa's Department of Information and Communications on DTI: group 3 = 0,2500–0,3250). {@code assumed} marks
 * bounds that are not in the source and stay editable.
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

    /** True when the published value lies within the band, bounds included. */
    public boolean contains(double publishedValue) {
        return publishedValue >= min && publishedValue <= max;
    }
}
