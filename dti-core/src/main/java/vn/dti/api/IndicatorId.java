package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import vn.dti.text.RefusedArgumentException;

/**
 * The id of a main indicator ({@code "3"}) or a component ({@code "3.4"}), as printed in the
 * methodology. Ids order by their numeric parts: 3.9 before 3.10. In JSON an id is its plain
 * string.
 *
 * @param value the id as written: parts of letters, digits, {@code -} or {@code _}, joined by
 *              {@code .}
 */
public record IndicatorId(String value) implements Comparable<IndicatorId> {

    /**
     * Checks the form of the id.
     *
     * @param value e.g. {@code 3} or {@code 3.4}
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if it is not parts of letters, digits, {@code -} or {@code _}
     *                                  joined by {@code .}
     */
    public IndicatorId {
        Objects.requireNonNull(value, "indicator id");
        if (!wellFormed(value)) {
            throw RefusedArgumentException.of("api.indicatorId.malformed", value);
        }
    }

    /** Parts of letters, digits, '-' or '_' joined by '.' (the pattern {@code [A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*}, without a regular expression: ids are made for every fact read). */
    private static boolean wellFormed(String value) {
        boolean partStarted = false;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (!partStarted) {
                    return false;
                }
                partStarted = false;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                partStarted = true;
            } else {
                return false;
            }
        }
        return partStarted;
    }

    /**
     * The id written as {@code value}.
     *
     * @param value e.g. {@code 3} or {@code 3.4}
     * @return the id
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if it is not of the form {@code 3} or {@code 3.4}
     */
    @JsonCreator
    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    /**
     * Whether this is a main indicator's id.
     *
     * @return true for one part ({@code 3}), false for a component ({@code 3.4})
     */
    public boolean isMain() {
        return value.indexOf('.') < 0;
    }

    /**
     * The main indicator this id belongs to.
     *
     * @return {@code 3} for {@code 3.4}; this id itself for a main indicator
     */
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
