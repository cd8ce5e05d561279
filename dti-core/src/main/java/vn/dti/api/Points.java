package vn.dti.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting and rounding of points and index values, independent of the default locale. */
public final class Points {
    private Points() {
    }

    /** Points for people: up to 2 decimals, half-up, no trailing zeros ("26.16", "30", "7.5"). */
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

    /** A value rounded half-up to 4 decimals, as published ("0.2777"). */
    public static double publish(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** A value with exactly 4 decimals, as published. */
    public static String format4(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
