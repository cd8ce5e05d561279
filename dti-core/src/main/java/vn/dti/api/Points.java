package vn.dti.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formatting and rounding of points and index values, independent of the default locale (always a
 * full stop as the decimal separator, no grouping). Stateless; safe from any thread.
 */
public final class Points {
    private Points() {
    }

    /**
     * Points for people: up to 2 decimals, half-up, no trailing zeros ("26.16", "30", "7.5").
     *
     * @param points a number of points (any finite value; negative ones keep their sign)
     * @return the text, e.g. {@code "29.07"} for 29.0666…
     */
    public static String format(double points) {
        double scaled = points * 100;
        double frac = scaled - Math.floor(scaled);
        if (points >= 0 && points < 1e13 && Math.abs(frac - 0.5) > 1e-6) {
            // fast path, away from a half-way case: the same digits as the BigDecimal path below
            long r = Math.round(scaled);
            long whole = r / 100;
            int cents = (int) (r % 100);
            if (cents == 0) {
                return Long.toString(whole);
            }
            return cents % 10 == 0 ? whole + "." + cents / 10 : whole + (cents < 10 ? ".0" : ".") + cents;
        }
        BigDecimal bd = BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return bd.scale() < 0 ? bd.setScale(0).toPlainString() : bd.toPlainString();
    }

    /**
     * A value rounded half-up to 4 decimals, as indices are published ("0.2777").
     *
     * @param value an index or a main indicator's value, usually in [0, 1]
     * @return the value rounded to 4 decimals
     */
    public static double publish(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * A value with exactly 4 decimals, as published, trailing zeros kept ("0.2500").
     *
     * @param value an index or a main indicator's value, usually in [0, 1]
     * @return the value rounded half-up to 4 decimals, as text
     */
    public static String format4(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
