package vn.dti.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting and rounding of points and index values, independent of the default locale. */
public final class Points {
    private Points() {
    }

    /** Points for people: up to 2 decimals, no trailing zeros ("26.16", "30", "7.5"). */
    public static String format(double points) {
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
