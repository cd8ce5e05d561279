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
 */
public record Period(String label, LocalDate start, LocalDate end) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    public Period {
        Objects.requireNonNull(label, "period label");
        Objects.requireNonNull(start, "period start");
        Objects.requireNonNull(end, "period end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Period [" + label + "] ends (" + end + ") before it starts (" + start + ").");
        }
    }

    /** Parses {@code 2023}, {@code 2025-H1}, {@code 2025-Q3} or {@code 2025-01-01/2025-06-30}. */
    @JsonCreator
    public static Period parse(String label) {
        if (label == null) {
            throw new IllegalArgumentException("The period is missing; write a year (2023), a half-year (2025-H1), a quarter (2025-Q3) or a range "
                    + "(2025-01-01/2025-06-30).");
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
                throw new IllegalArgumentException("Period [" + label + "] has a date that does not exist: " + e.getParsedString() + ".");
            }
        }
        throw new IllegalArgumentException("Period [" + label + "] is not a year (2023), a half-year (2025-H1 or 2025-H2), a quarter (2025-Q3) or a "
                + "range (2025-01-01/2025-06-30).");
    }

    public static Period year(int year) {
        return parse(Integer.toString(year));
    }

    /** True for a quarter ({@code 2025-Q3}). (Checked char by char: scoring asks it of every entity.) */
    public boolean isQuarter() {
        return label.length() == 7 && digits(4) && label.charAt(4) == '-' && label.charAt(5) == 'Q' && label.charAt(6) >= '1' && label.charAt(6) <= '4';
    }

    /** True for a half-year ({@code 2025-H1}, {@code 2025-H2}). */
    public boolean isHalf() {
        return label.length() == 7 && digits(4) && label.charAt(4) == '-' && label.charAt(5) == 'H' && (label.charAt(6) == '1' || label.charAt(6) == '2');
    }

    /** True for a calendar year ({@code 2025}). */
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

    /** A year's four quarters, or a half-year's two, in order; empty for any other period. */
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

    /** A year's two halves ({@code 2025-H1}, {@code 2025-H2}); empty for any other period. */
    public List<Period> halves() {
        return isYear() ? List.of(parse(label + "-H1"), parse(label + "-H2")) : List.of();
    }

    /** The half-year a quarter falls in ({@code 2025-Q3} → {@code 2025-H2}); null for any other period. */
    public Period half() {
        return isQuarter() ? parse(label.substring(0, 4) + (label.charAt(6) <= '2' ? "-H1" : "-H2")) : null;
    }

    @JsonValue
    @Override
    public String toString() {
        return label;
    }
}
