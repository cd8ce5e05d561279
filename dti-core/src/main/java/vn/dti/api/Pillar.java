package vn.dti.api;

import java.util.List;
import java.util.Objects;
import vn.dti.text.RefusedArgumentException;

/**
 * A pillar: a view over main indicators with its own value (their points / their max) and rank.
 * Pillars may overlap (DTI 2021–2023: each pillar is the foundation indicators plus one activity
 * indicator). {@code weight} counts only for {@link IndexFormula#WEIGHTED_PILLARS}.
 *
 * @param id             a short id, e.g. {@code CQS} (chính quyền số)
 * @param name           its official name; the id when none is given
 * @param mainIndicators the main indicators it covers (at least one), copied
 * @param weight         its weight in the index under {@link IndexFormula#WEIGHTED_PILLARS} (0.4
 *                       for CQS in DTI 2020), at least 0; ignored otherwise
 */
public record Pillar(String id, String name, List<IndicatorId> mainIndicators, double weight) {
    /**
     * Checks the id, the main indicators and the weight; see the class description for each component.
     *
     * @param id             not null or blank
     * @param name           null for the id
     * @param mainIndicators at least one; copied
     * @param weight         finite, at least 0
     * @throws IllegalArgumentException if {@code id} is blank, no main indicator is listed, or the
     *                                  weight is negative or not finite
     */
    public Pillar {
        if (id == null || id.isBlank()) {
            throw RefusedArgumentException.of("api.pillar.noId");
        }
        name = name == null ? id : name;
        mainIndicators = mainIndicators == null ? List.of() : List.copyOf(mainIndicators);
        if (mainIndicators.isEmpty()) {
            throw RefusedArgumentException.of("api.pillar.noMain", id);
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw RefusedArgumentException.of("api.pillar.badWeight", id, Double.toString(weight));
        }
        Objects.requireNonNull(name);
    }
}
