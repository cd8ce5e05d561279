package vn.dti.planning;

import vn.dti.api.ValueKind;
import vn.dti.scoring.FormulaText;

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
     * A difference of two values as a table shows it.
     *
     * @param kind the component's value kind
     * @param d    the difference, in the value's unit (a share's in [−1, 1])
     * @return for a share, in percentage points ({@code "2.8 percentage points"}); else the number
     *         ({@code "0.5"})
     */
    public static String difference(ValueKind kind, double d) {
        return kind == ValueKind.RATIO ? FormulaText.num(d * 100) + " percentage points" : FormulaText.num(d);
    }
}
