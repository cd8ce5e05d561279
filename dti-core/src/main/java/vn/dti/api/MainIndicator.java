package vn.dti.api;

import java.util.List;
import vn.dti.text.RefusedArgumentException;

/**
 * A main indicator (chỉ số chính): a group of components whose points add up to its max. An
 * edition whose components are not known (e.g. DTI 2021–2023 here) has main indicators with no
 * components; entities are then given at main-indicator level.
 *
 * @param id         its id, one part: {@code 1}, {@code 2}, …
 * @param name       the official Vietnamese name, exactly as in the source
 * @param label      an English label (empty when none)
 * @param maxPoints  the most it can earn, in points; with components, the sum of theirs
 * @param components its components, in the methodology's order (empty when not known)
 */
public record MainIndicator(IndicatorId id, String name, String label, double maxPoints, List<Component> components) {
    /**
     * Checks the id, the name and that the components add up to the max.
     *
     * @param id         one part, not null
     * @param name       not blank
     * @param label      null for empty
     * @param maxPoints  finite, at least 0; the sum of the components' max when there are any
     * @param components null for none; each under this main indicator; copied
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if any of these does not hold; the message names the main
     *                                  indicator and the likely fix
     */
    public MainIndicator {
        RefusedArgumentException.required(id, "api.main.noId");
        if (!id.isMain()) {
            throw RefusedArgumentException.of("api.main.badId", id);
        }
        if (name == null || name.isBlank()) {
            throw RefusedArgumentException.of("api.main.noName", id);
        }
        label = label == null ? "" : label;
        if (!Double.isFinite(maxPoints) || maxPoints < 0) {
            throw RefusedArgumentException.of("api.main.badMaxPoints", id, Double.toString(maxPoints));
        }
        components = components == null ? List.of() : List.copyOf(components);
        for (Component c : components) {
            if (!c.id().main().equals(id)) {
                throw RefusedArgumentException.of("api.main.componentElsewhere", c.id(), id, name, c.id().main());
            }
        }
        if (!components.isEmpty()) {
            double sum = 0;
            for (Component c : components) {
                sum += c.maxPoints();
            }
            if (Math.abs(sum - maxPoints) > 1e-9) {
                throw RefusedArgumentException.of(maxPoints > sum ? "api.main.exceedsComponents" : "api.main.shortOfComponents", Points.format(maxPoints),
                        id, name, Points.format(sum));
            }
        }
    }
}
