package vn.dti.api;

import vn.dti.text.RefusedArgumentException;

/**
 * The province, ministry, department or commune being scored.
 *
 * @param id   a short stable id, e.g. {@code khanh-hoa}: cohorts, rankings and mergers refer to it
 * @param name the name people read, e.g. {@code Khánh Hòa}; the id when none is given
 * @param kind what kind of body it is
 */
public record Entity(String id, String name, EntityKind kind) {
    /**
     * Checks the id and the kind; see the class description for each component.
     *
     * @param id   not null or blank
     * @param name null or blank for the id
     * @param kind not null
     * @throws IllegalArgumentException if {@code id} is null or blank
     * @throws NullPointerException     if {@code kind} is null
     */
    public Entity {
        if (id == null || id.isBlank()) {
            throw RefusedArgumentException.of("api.entity.noId");
        }
        name = name == null || name.isBlank() ? id : name;
        RefusedArgumentException.required(kind, "api.entity.noKind", id);
    }

    /**
     * A province.
     *
     * @param id   its short stable id, e.g. {@code khanh-hoa}
     * @param name its name, e.g. {@code Khánh Hòa}
     * @return the entity, of kind {@link EntityKind#PROVINCE}
     * @throws IllegalArgumentException if {@code id} is null or blank
     */
    public static Entity province(String id, String name) {
        return new Entity(id, name, EntityKind.PROVINCE);
    }
}
