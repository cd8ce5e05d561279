package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a year ({@code 2023}), a half-year ({@code 2025-H1}, January to
 * June; {@code 2025-H2}, July to December), a quarter ({@code 2025-Q3}) or a range of dates
 * ({@code 2025-01-01/2025-06-30}). Written and read as that label.
 *
 * @param label the label, e.g. {@code 2025-Q3}; what {@link #toString()} and JSON give
 * @param start its first day
 * @param end   its last day, included
 */
public record Period(String label, LocalDate start, LocalDate end) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    /**
     * Checks the dates. Use {@link #parse} to make a period from its label.
     *
     * @param label not null
     * @param start not null
     * @param end   not null, not before {@code start}
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public Period {
        Objects.requireNonNull(label, "period label");
        Objects.requireNonNull(start, "period start");
        Objects.requireNonNull(end, "period end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(words("api.period.endsBefore", label, end.toString(), start.toString()));
        }
    }

    /**
     * Parses a period's label.
     *
     * @param label {@code 2023}, {@code 2025-H1}, {@code 2025-Q3} or {@code 2025-01-01/2025-06-30};
     *              surrounding spaces are ignored
     * @return the period with its first and last day
     * @throws IllegalArgumentException if the label is null, of none of these forms, or names a day
     *                                  that does not exist
     */
    @JsonCreator
    public static Period parse(String label) {
        if (label == null) {
            throw new IllegalArgumentException(words("api.period.missing"));
        }
        String s = label.trim();
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            return new Period(s, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(y, 3 * (q - 1) + 1, 1);
            return new Period(s, start, start.plusMonths(3).minusDays(1));
        }
        m = HALF.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            LocalDate start = LocalDate.of(y, m.group(2).equals("1") ? 1 : 7, 1);
            return new Period(s, start, start.plusMonths(6).minusDays(1));
        }
        m = RANGE.matcher(s);
        if (m.matches()) {
            try {
                return new Period(s, LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(words("api.period.noSuchDay", label, e.getParsedString()));
            }
        }
        throw new IllegalArgumentException(words("api.period.unknown", label));
    }

    /** A refusal's text, in the run's language ({@link vn.dti.text.Language#fromEnvironment()}). */
    private static String words(String key, Object... args) {
        return vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), key, args);
    }

    /**
     * A calendar year.
     *
     * @param year e.g. 2025 (four digits)
     * @return the period from 1 January to 31 December
     * @throws IllegalArgumentException if the year does not have four digits
     */
    public static Period year(int year) {
        return parse(Integer.toString(year));
    }

    /**
     * Whether this is a quarter. (Checked char by char: scoring asks it of every entity.)
     *
     * @return true for a label such as {@code 2025-Q3}
     */
    public boolean isQuarter() {
        return label.length() == 7 && digits(4) && label.charAt(4) == '-' && label.charAt(5) == 'Q' && label.charAt(6) >= '1' && label.charAt(6) <= '4';
    }

    /**
     * Whether this is a half-year.
     *
     * @return true for {@code 2025-H1} or {@code 2025-H2}
     */
    public boolean isHalf() {
        return label.length() == 7 && digits(4) && label.charAt(4) == '-' && label.charAt(5) == 'H' && (label.charAt(6) == '1' || label.charAt(6) == '2');
    }

    /**
     * Whether this is a calendar year.
     *
     * @return true for a label such as {@code 2025}
     */
    public boolean isYear() {
        return label.length() == 4 && digits(4);
    }

    private boolean digits(int n) {
        for (int i = 0; i < n; i++) {
            if (label.charAt(i) < '0' || label.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The quarters a year or a half-year is made of.
     *
     * @return a year's four quarters or a half-year's two, in order; empty for a quarter or a range
     */
    public List<Period> quarters() {
        if (isYear()) {
            return List.of(parse(label + "-Q1"), parse(label + "-Q2"), parse(label + "-Q3"), parse(label + "-Q4"));
        }
        if (isHalf()) {
            String y = label.substring(0, 4);
            return label.charAt(6) == '1' ? List.of(parse(y + "-Q1"), parse(y + "-Q2")) : List.of(parse(y + "-Q3"), parse(y + "-Q4"));
        }
        return List.of();
    }

    /**
     * A year's two halves.
     *
     * @return {@code 2025-H1} and {@code 2025-H2} for {@code 2025}; empty for any other period
     */
    public List<Period> halves() {
        return isYear() ? List.of(parse(label + "-H1"), parse(label + "-H2")) : List.of();
    }

    /**
     * The half-year a quarter falls in.
     *
     * @return {@code 2025-H2} for {@code 2025-Q3}; null for any period that is not a quarter
     */
    public Period half() {
        return isQuarter() ? parse(label.substring(0, 4) + (label.charAt(6) <= '2' ? "-H1" : "-H2")) : null;
    }

    @JsonValue
    @Override
    public String toString() {
        return label;
    }
}
