package vn.dti.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as formulas print them, independent of the default locale (a full stop as the decimal
 * separator, no grouping). Stateless; safe from any thread.
 */
public final class FormulaText {
    private FormulaText() {
    }

    /**
     * A number for a formula: rounded half-up to 6 decimals, no trailing zeros.
     *
     * @param d a number
     * @return e.g. {@code "0.872"}, {@code "30"}
     */
    public static String num(double d) {
        if (Math.abs(d) < 1e-12) {
            return "0";
        }
        if (Math.abs(d) < 1e9) {
            double scaled = d * 1e6;
            if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
                return fixed6(Math.round(scaled));
            }
        }
        return plain(BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).doubleValue());
    }

    /** The digits of r / 10^6 without trailing zeros (872000 → "0.872"), no floating point. */
    static String fixed6(long r) {
        boolean negative = r < 0;
        long a = Math.abs(r);
        long whole = a / 1_000_000;
        long frac = a % 1_000_000;
        String head = (negative ? "-" : "") + whole;
        if (frac == 0) {
            return head;
        }
        int digits = 6;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        String f = Long.toString(frac);
        StringBuilder sb = new StringBuilder(head.length() + 1 + digits).append(head).append('.');
        for (int i = f.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(f).toString();
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
