package vn.dti.api;

import java.util.List;
import java.util.Objects;

/**
 * A main indicator (chỉ số chính): a group of components whose points add up to its max. An
 * edition whose components are not known (e.g. DTI 2021–2023 here) has main indicators with no
 * components; entities are then given at main-indicator level.
 */
public record MainIndicator(IndicatorId id, String name, String label, double maxPoints, List<Component> components) {
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
