package vn.dti.scoring;

import java.math.BigDecimal;
import vn.dti.text.Figure;

/**
 * Numbers as formulas print them, independent of the default locale (a full stop as the decimal
 * separator, no grouping). Stateless; safe from any thread.
 */
public final class FormulaText {
    private FormulaText() {
    }

    /**
     * A number for a formula as English, JSON and CSV write it: rounded half-up to 6 decimals, no
     * trailing zeros ({@link Figure#english(double, int)}).
     *
     * @param d a number
     * @return e.g. {@code "0.872"}, {@code "30"}
     */
    public static String num(double d) {
        return Figure.english(d, 6);
    }

    /**
     * A number as written in evidence: no exponent, no trailing ".0".
     *
     * @param d a finite number
     * @return e.g. {@code "1000000"}, {@code "0.872"}
     */
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
