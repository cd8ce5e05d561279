package vn.dti.planning;

import java.util.Locale;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.Methodology;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.reporting.internal.VietnameseValues;
import vn.dti.scoring.FormulaText;

/** Reading and writing component values as people type them: 0.6, 60%, yes, cloud. */
final class Values {
    private Values() {
    }

    /**
     * Parses a value typed for a component: a number read as the agencies' workbooks read it
     * (Vietnamese decimals too: 60,5%, 87,2; a share may end in %: 60% is 0.6), yes/no
     * (also true/false, có/không) or a category code.
     *
     * @throws IllegalArgumentException saying what the component expects
     */
    static Value parse(Component c, String text) {
        String t = text.strip();
        switch (c.valueKind()) {
            case YES_NO:
                switch (t.toLowerCase(Locale.ROOT)) {
                    case "yes", "true", "có", "co":
                        return Value.yesNo(true);
                    case "no", "false", "không", "khong":
                        return Value.yesNo(false);
                    default:
                        throw new IllegalArgumentException(Words.of("planning.value.yesNo", c.id().value(), t));
                }
            case CATEGORY:
                if (c.category(t) == null) {
                    throw new IllegalArgumentException(Words.of("planning.value.category", t, c.id().value(),
                            String.join(", ", c.categories().stream().map(CategoryOption::code).toList())));
                }
                return Value.category(t);
            default:
                VietnameseValues.Number n;
                try {
                    n = VietnameseValues.number(t, c.valueKind() == ValueKind.COUNT);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(Words.of(c.valueKind() == ValueKind.RATIO ? "planning.value.shareNumber" : "planning.value.number",
                            c.id().value(), c.valueKind(), e.getMessage()));
                }
                if (n.percent() && c.valueKind() != ValueKind.RATIO) {
                    throw new IllegalArgumentException(Words.of("planning.value.notShare", c.id().value(), c.valueKind(), t.substring(0, t.length() - 1).strip()));
                }
                double d = n.amount();
                if (!Double.isFinite(d) || d < 0) {
                    throw new IllegalArgumentException(Words.of("planning.value.negative", c.id().value(), t));
                }
                // as evidence and the agencies' workbooks: a ratio up to 200%, a count whole, nothing above 10^15
                String problem = Methodology.checkValue(c, Value.number(d));
                if (problem != null) {
                    throw new IllegalArgumentException(Words.of("planning.set.refused", c.id().value(), t, problem));
                }
                return Value.number(d);
        }
    }

    /** A value as written in evidence: 0.872, true, cloud. */
    static String text(Value v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Value.Numeric n) {
            return FormulaText.num(n.number());
        }
        if (v instanceof Value.YesNo y) {
            return y.yes() ? "yes" : "no";
        }
        return ((Value.Category) v).code();
    }

    /** The number of a numeric value, NaN otherwise. */
    static double number(Value v) {
        return v instanceof Value.Numeric n ? n.number() : Double.NaN;
    }

    /** The component named by {@code id}, or an error listing the methodology's components near it. */
    static Component component(Methodology m, String id, String where) {
        vn.dti.api.IndicatorId key;
        try {
            key = vn.dti.api.IndicatorId.of(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Words.of("planning.value.id", where, id));
        }
        return m.component(key).orElseThrow(() -> new IllegalArgumentException(Words.of("planning.value.unknown", where, m.id(), id, m.knownIdsNear(key))));
    }

    /**
     * Rounds a planned value up to a precision people write (a share to 0.01%, a rate to 0.01, a
     * count or an amount to a whole number), so that the rounded value still earns what was planned.
     */
    static double roundUp(ValueKind kind, double v) {
        double scale = scale(kind);
        double r = Math.ceil(v * scale - 1e-9) / scale;
        return kind == ValueKind.RATIO ? Math.min(1, r) : r;
    }

    /** The least value above {@code v} that people write (0.8 → 0.8001 for a share, 3 → 4 for a count): what {@code > v} asks for. */
    static double nextAbove(ValueKind kind, double v) {
        double scale = scale(kind);
        return (Math.floor(v * scale + 1e-9) + 1) / scale;
    }

    /** The greatest value below {@code v} that people write (0.3 → 0.2999 for a share): what {@code < v} asks for; negative when none. */
    static double nextBelow(ValueKind kind, double v) {
        double scale = scale(kind);
        return (Math.ceil(v * scale - 1e-9) - 1) / scale;
    }

    /** The precision people write a value in: a share to 0.01%, a rate to 0.01, a count or an amount to a whole number. */
    private static double scale(ValueKind kind) {
        switch (kind) {
            case RATIO:
                return 10_000;
            case RATE:
                return 100;
            default:
                return 1;
        }
    }
}
