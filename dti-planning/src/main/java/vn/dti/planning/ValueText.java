package vn.dti.planning;

import vn.dti.api.ValueKind;
import vn.dti.scoring.FormulaText;

/**
 * Component values as the command-line tables show them: a share as a percentage (0.872 is
 * "87.2%"), a number as written, yes/no and category codes as they are. JSON keeps the numbers as
 * evidence writes them (0.872).
 */
public final class ValueText {
    private ValueText() {
    }

    /** A value written in evidence ("0.872", "cloud") as a table shows it ("87.2%", "cloud"); "—" when null. */
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

    /** A difference of values: for a share, in percentage points ("2.8 percentage points"); else the number ("0.5"). */
    public static String difference(ValueKind kind, double d) {
        return kind == ValueKind.RATIO ? FormulaText.num(d * 100) + " percentage points" : FormulaText.num(d);
    }
}
