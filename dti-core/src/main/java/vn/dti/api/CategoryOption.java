package vn.dti.api;

import java.util.Objects;
import vn.dti.text.RefusedArgumentException;

/**
 * One allowed value of a {@link ValueKind#CATEGORY} component: a short ASCII {@code code} that
 * evidence files use, and its official Vietnamese {@code name}.
 *
 * @param code the code evidence files write, e.g. {@code head}
 * @param name the official Vietnamese name; the code when none is given
 */
public record CategoryOption(String code, String name) {
    /**
     * Checks the code; see the class description for each component.
     *
     * @param code not null or blank
     * @param name null for the code
     * @throws NullPointerException     if {@code code} is null
     * @throws IllegalArgumentException if {@code code} is blank
     */
    public CategoryOption {
        Objects.requireNonNull(code, "category code");
        if (code.isBlank()) {
            throw RefusedArgumentException.of("api.category.blank");
        }
        if (!code.strip().equals(code)) {
            // "cloud " would never match the "cloud" of a decision table or an evidence file, and the mismatch would be blamed on them
            throw RefusedArgumentException.of("api.category.space", code, code.strip());
        }
        name = name == null ? code : name;
    }
}
