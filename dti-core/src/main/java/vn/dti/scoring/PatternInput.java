package vn.dti.scoring;

import vn.dti.api.ValueKind;

/**
 * What a scoring pattern reads of one entity's reported value for one component. The rule
 * engine's fact implements it; planners and the sensitivity analysis build their own with
 * {@link #of}. Implementations are immutable.
 */
public interface PatternInput {
    /**
     * The component.
     *
     * @return its id, e.g. {@code "3.4"}
     */
    String getIndicator();

    /**
     * The component's value kind.
     *
     * @return the kind, which says which of the getters below is meaningful
     */
    ValueKind getKind();

    /**
     * The number as reported.
     *
     * @return a ratio (a share, possibly above 1 when out of range), count, rate or amount; NaN for
     *         yes/no and categories
     */
    double getNumber();

    /**
     * For ratios: the share, capped.
     *
     * @return the number capped to [0, 1]
     */
    default double getRatio() {
        return Math.max(0, Math.min(1, getNumber()));
    }

    /**
     * For yes/no components: the answer.
     *
     * @return true for "has"; false otherwise, and for other kinds
     */
    boolean isYes();

    /**
     * For category components: the code.
     *
     * @return the category code; null for other kinds
     */
    String getCategory();

    /**
     * The component's max points.
     *
     * @return the max, in points
     */
    double getMax();

    /**
     * A plain input, for callers outside the rule engine.
     *
     * @param indicator the component id
     * @param kind      its value kind
     * @param number    the number, or NaN for yes/no and categories
     * @param yes       the answer for yes/no
     * @param category  the code for categories, else null
     * @param max       the component's max points
     * @return the input
     */
    static PatternInput of(String indicator, ValueKind kind, double number, boolean yes, String category, double max) {
        return new Plain(indicator, kind, number, yes, category, max);
    }

    /**
     * A plain input.
     *
     * @param getIndicator the component id
     * @param getKind      its value kind
     * @param getNumber    the number, or NaN
     * @param isYes        the answer for yes/no
     * @param getCategory  the code for categories, or null
     * @param getMax       the component's max points
     */
    record Plain(String getIndicator, ValueKind getKind, double getNumber, boolean isYes, String getCategory, double getMax) implements PatternInput {
    }
}
