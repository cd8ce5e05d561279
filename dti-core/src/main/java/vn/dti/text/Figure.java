package vn.dti.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A number inside a message, written as each language writes it. English keeps the forms dti has
 * always printed ({@code 29.07}, {@code 1747201}, {@code 46.69%}, {@code 2025-09-25}); Vietnamese
 * groups thousands with "." and marks decimals with "," ({@code 29,07}, {@code 1.747.201},
 * {@code 46,69%}, {@code 25/09/2025}), as the agencies' workbooks and the dashboard do.
 *
 * <p>A plain {@code int} or {@code long} argument of a message is a {@link #count(long)} and a
 * {@code double} a {@link #number(double)}: a year is not a count (Vietnamese would write
 * {@code 2.025}); pass it as text.
 *
 * @param value    the number (a ratio for {@link Style#PERCENT}: 0.4669 is 46.69%)
 * @param style    how it is written
 * @param decimals the decimals: at most this many for {@link Style#NUMBER} (trailing zeros
 *                 dropped), exactly this many for {@link Style#PERCENT} and {@link Style#FIXED}
 */
public record Figure(double value, Style style, int decimals) implements Localized {
    /** How a figure is written. */
    public enum Style {
        /** A whole number: {@code 1747201} / {@code 1.747.201}. */
        COUNT,
        /** A number with up to {@code decimals} decimals, no trailing zeros: {@code 0.872} / {@code 0,872}. */
        NUMBER,
        /** Points: up to 2 decimals, half-up ({@code 29.07} / {@code 29,07}), as {@code vn.dti.api.Points#format}. */
        POINTS,
        /** A ratio as a percent with exactly {@code decimals} decimals: {@code 46.69%} / {@code 46,69%}. */
        PERCENT,
        /** Exactly {@code decimals} decimals: an index {@code 0.3033} / {@code 0,3033}. */
        FIXED
    }

    /**
     * A figure.
     *
     * @param value    the number
     * @param style    how it is written
     * @param decimals the decimals, between 0 and 12
     * @throws IllegalArgumentException if decimals is out of range
     */
    public Figure {
        Objects.requireNonNull(style, "style");
        if (decimals < 0 || decimals > 12) {
            throw new IllegalArgumentException("Decimals [" + decimals + "] must be between 0 and 12.");
        }
    }

    /**
     * A whole number (a count of documents, days, agencies).
     *
     * @param n the count
     * @return the figure
     */
    public static Figure count(long n) {
        return new Figure(n, Style.COUNT, 0);
    }

    /**
     * A number as formulas write it: up to 6 decimals, no trailing zeros.
     *
     * @param d the number
     * @return the figure
     */
    public static Figure number(double d) {
        return new Figure(d, Style.NUMBER, 6);
    }

    /**
     * A number with up to {@code maxDecimals} decimals, no trailing zeros.
     *
     * @param d           the number
     * @param maxDecimals the most decimals written, 0 to 12
     * @return the figure
     */
    public static Figure number(double d, int maxDecimals) {
        return new Figure(d, Style.NUMBER, maxDecimals);
    }

    /**
     * Points: up to 2 decimals.
     *
     * @param points the points
     * @return the figure
     */
    public static Figure points(double points) {
        int whole = (int) points;
        // whole points (a component's max, 0, full marks) are most of what scoring writes: one figure each, made once
        if (whole >= 0 && whole < WHOLE_POINTS.length && Double.doubleToRawLongBits(points) == Double.doubleToRawLongBits(whole)) {
            return WHOLE_POINTS[whole];
        }
        return new Figure(points, Style.POINTS, 2);
    }

    /** {@link #points(double)} of 0, 1, … 1000. */
    private static final Figure[] WHOLE_POINTS = new Figure[1001];

    static {
        for (int i = 0; i < WHOLE_POINTS.length; i++) {
            WHOLE_POINTS[i] = new Figure(i, Style.POINTS, 2);
        }
    }

    /**
     * A ratio written as a percent with exactly {@code decimals} decimals (0.4669, 2 → 46.69%).
     *
     * @param ratio    the ratio (1 is 100%)
     * @param decimals the decimals of the percent, 0 to 12
     * @return the figure
     */
    public static Figure percent(double ratio, int decimals) {
        return new Figure(ratio, Style.PERCENT, decimals);
    }

    /**
     * A number with exactly {@code decimals} decimals (an index: 4).
     *
     * @param d        the number
     * @param decimals the decimals, 0 to 12
     * @return the figure
     */
    public static Figure fixed(double d, int decimals) {
        return new Figure(d, Style.FIXED, decimals);
    }

    @Override
    public String in(Language language) {
        boolean vi = language == Language.VI;
        switch (style) {
            case COUNT:
                return vi ? vietnamese(Math.round(value), 0) : Long.toString(Math.round(value));
            case POINTS:
                return vi ? vietnamese(value, 2) : english(value, 2);
            case PERCENT:
                return (vi ? vietnameseFixed(value * 100, decimals) : String.format(Locale.ROOT, "%." + decimals + "f", value * 100)) + "%";
            case FIXED:
                return vi ? vietnameseFixed(value, decimals) : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            case NUMBER:
            default:
                return vi ? vietnamese(value, decimals) : english(value, decimals);
        }
    }

    /**
     * A date: {@code 2025-09-25} in English, {@code 25/09/2025} in Vietnamese.
     *
     * @param language the language
     * @param date     the date
     * @return the date written in the language
     */
    public static String date(Language language, LocalDate date) {
        if (language == Language.VI) {
            return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
        return date.toString();
    }

    /**
     * A number in Vietnamese, rounded half-up to at most {@code decimals} decimals: "." groups
     * thousands and "," marks decimals (1.000; 303,25; −4,5).
     *
     * @param d        the number
     * @param decimals the most decimals written
     * @return the number in Vietnamese
     */
    public static String vietnamese(double d, int decimals) {
        if (decimals >= 0 && decimals <= 6) {
            return group(english(d, decimals));   // the same digits, rounded alike, without a BigDecimal when it is not needed
        }
        BigDecimal b = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (b.scale() < 0) {
            b = b.setScale(0);
        }
        return group(b.toPlainString());
    }

    /**
     * A number in Vietnamese with exactly {@code decimals} decimals (0,3033).
     *
     * @param d        the number
     * @param decimals the decimals written
     * @return the number in Vietnamese
     */
    public static String vietnameseFixed(double d, int decimals) {
        return group(BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * A number as English text: rounded half-up to at most {@code decimals} decimals, no grouping,
     * no trailing zeros, no exponent ("0.872", "30", "1747201"). Away from a half-way case it rounds
     * the scaled double (no BigDecimal: formulas and points are written for every component); near
     * one it rounds the decimal the double prints as.
     *
     * @param d        the number
     * @param decimals the most decimals written, 0 to 12
     * @return the number in English
     */
    public static String english(double d, int decimals) {
        if (Math.abs(d) < 1e-12) {
            return "0";
        }
        if (decimals <= 6 && Math.abs(d) < 1e9) {
            double scaled = d * TENS[decimals];
            if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
                return fixed(Math.round(scaled), decimals);
            }
        }
        BigDecimal b = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    private static final double[] TENS = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000};

    /** The digits of r / 10^decimals without trailing zeros (872000, 6 → "0.872"), no floating point. */
    private static String fixed(long r, int decimals) {
        long scale = (long) TENS[decimals];
        long a = Math.abs(r);
        long whole = a / scale;
        long frac = a % scale;
        String head = (r < 0 ? "-" : "") + whole;
        if (frac == 0) {
            return head;
        }
        int digits = decimals;
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

    private static String group(String plain) {
        // "-1234567.5" → "−1.234.567,5": thousands grouped with ".", "," for the decimal point, the
        // sign dropped when every digit is 0 (written for every number of every score card)
        int n = plain.length();
        int start = n > 0 && plain.charAt(0) == '-' ? 1 : 0;
        int dot = plain.indexOf('.', start);
        int wholeEnd = dot < 0 ? n : dot;
        boolean zero = true;
        for (int i = start; i < n && zero; i++) {
            char c = plain.charAt(i);
            zero = c == '0' || c == '.';
        }
        StringBuilder sb = new StringBuilder(n + (wholeEnd - start) / 3 + 1);
        if (start == 1 && !zero) {
            sb.append('−');
        }
        for (int i = start; i < wholeEnd; i++) {
            if (i > start && (wholeEnd - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(plain.charAt(i));
        }
        if (dot >= 0 && dot + 1 < n) {
            sb.append(',').append(plain, dot + 1, n);
        }
        return sb.toString();
    }
}
