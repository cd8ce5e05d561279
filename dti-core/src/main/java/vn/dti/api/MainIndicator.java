package vn.dti.api;

import java.util.List;
import java.util.Objects;

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
        Objects.requireNonNull(id, "main indicator id");
        if (!id.isMain()) {
            throw new IllegalArgumentException("Main indicator id [" + id + "] has more than one part; main ids are 1, 2, 3 …");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Main indicator " + id + " has no name; copy the official Vietnamese name.");
        }
        label = label == null ? "" : label;
        if (!Double.isFinite(maxPoints) || maxPoints < 0) {
            throw new IllegalArgumentException("Main indicator " + id + " has max points [" + maxPoints + "]; use a number of at least 0.");
        }
        components = components == null ? List.of() : List.copyOf(components);
        for (Component c : components) {
            if (!c.id().main().equals(id)) {
                throw new IllegalArgumentException("Component " + c.id() + " is listed under main indicator " + id
                        + " (" + name + "); move it under main indicator " + c.id().main() + " or renumber it.");
            }
        }
        if (!components.isEmpty()) {
            double sum = 0;
            for (Component c : components) {
                sum += c.maxPoints();
            }
            if (Math.abs(sum - maxPoints) > 1e-9) {
                throw new IllegalArgumentException("The max points (" + Points.format(maxPoints) + ") of main indicator " + id + " (" + name
                        + ") " + (maxPoints > sum ? "exceed" : "fall short of") + " the sum of its components (" + Points.format(sum) + ").\n"
                        + (maxPoints > sum ? "Maybe a component is missing, or a component's maxPoints is too low."
                                : "Maybe a component belongs elsewhere, or the main indicator's maxPoints is too low."));
            }
        }
    }
}
