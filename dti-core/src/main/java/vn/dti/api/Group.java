package vn.dti.api;

import vn.dti.text.RefusedArgumentException;

/**
 * A band on the published (4-decimal) index: values from {@code min} to {@code max}, both
 * included, as the sources print them (the 2022 letter of Khánh Hòa's Department of Information
 * and Communications on DTI: group 3 = 0,2500–0,3250). {@code assumed} marks bounds that are not
 * in the source and stay editable.
 *
 * @param id      the group's id, e.g. {@code 3}
 * @param name    its name as the source prints it; the id when none is given
 * @param min     the lowest published index value in the group, included
 * @param max     the highest published index value in the group, included
 * @param assumed true when the bounds are not in the source (an assumption, marked as such)
 */
public record Group(String id, String name, double min, double max, boolean assumed) {
    /**
     * Checks the id and the bounds; see the class description for each component.
     *
     * @param id      not null or blank
     * @param name    null for the id
     * @param min     finite, at most {@code max}
     * @param max     finite
     * @param assumed whether the bounds are an assumption
     * @throws IllegalArgumentException if {@code id} is null or blank, a bound is not finite, or
     *                                  {@code min} is above {@code max}
     */
    public Group {
        if (id == null || id.isBlank()) {
            throw RefusedArgumentException.of("api.group.noId");
        }
        name = name == null ? id : name;
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw RefusedArgumentException.of("api.group.badBounds", id, Double.toString(min), Double.toString(max));
        }
    }

    /**
     * Whether a published index value falls in this group.
     *
     * @param publishedValue the index as published, rounded to 4 decimals ({@link Points#publish})
     * @return true when it lies within [{@code min}, {@code max}], bounds included
     */
    public boolean contains(double publishedValue) {
        return publishedValue >= min && publishedValue <= max;
    }
}
