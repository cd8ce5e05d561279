package vn.dti.scoring;

import java.math.BigDecimal;
import vn.dti.text.Figure;

/** Numbers as formulas print them, independent of the default locale. */
public final class FormulaText {
    private FormulaText() {
    }

    /** A number for a formula: rounded half-up to 6 decimals, no trailing zeros ("0.872", "30"); English, as JSON and CSV write it. */
    public static String num(double d) {
        return Figure.english(d, 6);
    }

    /** A number as written in evidence: no exponent, no trailing ".0" ("1000000", "0.872"). */
    public static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = Double.toString(d);
        if (s.indexOf('E') < 0) {
            return s;
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
