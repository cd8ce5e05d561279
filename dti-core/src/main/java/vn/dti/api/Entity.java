package vn.dti.api;

import java.util.Objects;

/** The province, ministry, department or commune being scored. */
public record Entity(String id, String name, EntityKind kind) {
    public Entity {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("The entity has no id; give a short stable id such as \"khanh-hoa\".");
        }
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(kind, "entity kind");
    }

    public static Entity province(String id, String name) {
        return new Entity(id, name, EntityKind.PROVINCE);
    }
}
