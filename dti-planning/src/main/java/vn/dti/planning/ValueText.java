package vn.dti.planning;

import vn.dti.api.Component;
import vn.dti.api.ValueKind;
import vn.dti.scoring.FormulaText;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * Component values as the command-line tables show them: a share as a percentage (0.872 is
 * "87.2%"), a number as written, yes/no and category codes as they are. JSON keeps the numbers as
 * evidence writes them (0.872). Stateless; safe from any thread.
 */
public final class ValueText {
    private ValueText() {
    }

    /**
     * A value written in evidence as a table shows it.
     *
     * @param kind  the component's value kind
     * @param value the value as evidence writes it ({@code "0.872"}, {@code "cloud"}), or null
     * @return {@code "87.2%"} for a share, the value as it is otherwise; {@code "—"} when null
     */
    public static String of(ValueKind kind, String value) {
        if (value == null) {
            return "—";
        }
        if (kind == ValueKind.RATIO) {
            try {
                return FormulaText.num(Double.parseDouble(value) * 100) + "%";
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    /**
     * A value with its unit, as plans and next steps show it: a share as a percentage (87.2%), a
     * rate per its people ({@code 3.3 → 100 thuê bao/100 dân} when the methodology names the unit,
     * {@code 100 trên 100 dân} when not), a count or an amount with the methodology's unit.
     *
     * @param c        the component
     * @param value    the value as evidence writes it, or null
     * @param language the language of the words around the unit (the unit itself is the methodology's)
     * @return the value with its unit; {@code "—"} when null
     */
    public static String withUnit(Component c, String value, Language language) {
        String shown = of(c.valueKind(), value, language);
        if (value == null) {
            return shown;
        }
        switch (c.valueKind()) {
            case RATE:
                return Messages.text(language, c.unit().isEmpty() ? "planning.unit.rate" : "planning.unit.rateOf", shown, c.per() == null ? 100 : c.per(),
                        c.unit());
            case COUNT:
            case MONEY:
                return c.unit().isEmpty() ? shown : shown + " " + c.unit();
            default:
                return shown;
        }
    }

    /**
     * A difference of two values as a table shows it.
     *
     * @param kind the component's value kind
     * @param d    the difference, in the value's unit (a share's in [−1, 1])
     * @return for a share, in percentage points ({@code "2.8 percentage points"}); else the number
     *         ({@code "0.5"})
     */
    public static String difference(ValueKind kind, double d) {
        return kind == ValueKind.RATIO ? Words.of("planning.unit.percentagePoints", vn.dti.text.Figure.number(d * 100))
                : vn.dti.text.Figure.number(d).in(Language.fromEnvironment());
    }

    /**
     * A value as {@link #of(ValueKind, String)} shows it, its number written in {@code language}
     * (87,2% in Vietnamese, 87.2% in English), yes and no in words (có, không).
     *
     * @param kind     the component's kind, or null
     * @param value    the value as written in evidence, or null
     * @param language the language to write the number in
     * @return the value for people; "—" when null
     */
    public static String of(ValueKind kind, String value, Language language) {
        if (value == null) {
            return "—";
        }
        if (kind == ValueKind.YES_NO && (value.equals("yes") || value.equals("no"))) {
            return Messages.text(language, "planning.value." + value);
        }
        try {
            double d = Double.parseDouble(value);
            return kind == ValueKind.RATIO ? vn.dti.text.Figure.number(d * 100).in(language) + "%"
                    : kind != null && kind.numeric() ? vn.dti.text.Figure.number(d).in(language) : value;
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** {@link #of(ValueKind, String, Language)} in the run's language. */
    static String shown(ValueKind kind, String value) {
        return of(kind, value, Language.fromEnvironment());
    }
}
