package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a main indicator ({@code "3"}) or a component ({@code "3.4"}), as printed in the
 * methodology. Ids order by their numeric parts: 3.9 before 3.10.
 */
public record IndicatorId(String value) implements Comparable<IndicatorId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    public IndicatorId {
        Objects.requireNonNull(value, "indicator id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Indicator id [" + value
                    + "] is not of the form 3 or 3.4 (letters, digits, '-' or '_', parts joined by '.').");
        }
    }

    @JsonCreator
    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    /** True for a main indicator (one part, e.g. {@code 3}). */
    public boolean isMain() {
        return value.indexOf('.') < 0;
    }

    /** The id of the main indicator this id belongs to ({@code 3} for {@code 3.4}). */
    public IndicatorId main() {
        int dot = value.indexOf('.');
        return dot < 0 ? this : new IndicatorId(value.substring(0, dot));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    @Override
    public int compareTo(IndicatorId other) {
        String[] a = value.split("\\.");
        String[] b = other.value.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = comparePart(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int comparePart(String x, String y) {
        boolean xn = x.chars().allMatch(Character::isDigit);
        boolean yn = y.chars().allMatch(Character::isDigit);
        if (xn && yn) {
            int c = Long.compare(Long.parseLong(x), Long.parseLong(y));
            return c != 0 ? c : x.compareTo(y);
        }
        if (xn != yn) {
            return xn ? -1 : 1;
        }
        return x.compareTo(y);
    }

    static String list(Iterable<IndicatorId> ids) {
        StringBuilder sb = new StringBuilder();
        for (IndicatorId id : ids) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(id.value);
        }
        return sb.toString();
    }
}
