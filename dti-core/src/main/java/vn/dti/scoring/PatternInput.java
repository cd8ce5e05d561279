package vn.dti.scoring;

import vn.dti.api.ValueKind;

/**
 * What a scoring pattern reads of one entity's reported value for one component. The rule
 * engine's fact implements it; planners and the sensitivity analysis build their own.
 */
public interface PatternInput {
    /** The component id, e.g. "3.4". */
    String getIndicator();

    ValueKind getKind();

    /** The number as reported (ratio, count, rate, money); NaN for yes/no and categories. */
    double getNumber();

    /** For ratios: the number capped to [0, 1]. */
    default double getRatio() {
        return Math.max(0, Math.min(1, getNumber()));
    }

    /** For yes/no components: the answer. */
    boolean isYes();

    /** For category components: the code; null otherwise. */
    String getCategory();

    /** The component's max points. */
    double getMax();

    /** A plain input, for callers outside the rule engine. */
    static PatternInput of(String indicator, ValueKind kind, double number, boolean yes, String category, double max) {
        return new Plain(indicator, kind, number, yes, category, max);
    }

    /** A plain input. */
    record Plain(String getIndicator, ValueKind getKind, double getNumber, boolean isYes, String getCategory, double getMax) implements PatternInput {
    }
}
