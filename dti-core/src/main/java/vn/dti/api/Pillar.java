package vn.dti.api;

import java.util.List;
import java.util.Objects;

/**
 * A pillar: a view over main indicators with its own value (their points / their max) and rank.
 * Pillars may overlap (DTI 2021–2023: each pillar is the foundation indicators plus one activity
 * indicator). {@code weight} counts only for {@link IndexFormula#WEIGHTED_PILLARS}.
 */
public record Pillar(String id, String name, List<IndicatorId> mainIndicators, double weight) {
    public Pillar {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A pillar has no id; give a short id such as \"CQS\".");
        }
        name = name == null ? id : name;
        mainIndicators = mainIndicators == null ? List.of() : List.copyOf(mainIndicators);
        if (mainIndicators.isEmpty()) {
            throw new IllegalArgumentException("Pillar " + id + " lists no main indicators.");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("Pillar " + id + " has weight [" + weight + "]; use a number of at least 0.");
        }
        Objects.requireNonNull(name);
    }
}
