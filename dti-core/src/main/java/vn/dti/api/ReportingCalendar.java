package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A methodology's reporting calendar ({@code calendar.json} in its folder): the deadlines of the
 * reporting year, which role each binds, and how a year's value is built from its quarters. A
 * deadline is a day "before" which the report is due: a report made on that day or later is late
 * by {@code reportedAt − before + 1} days (due before 25/6, reported 30/6: 6 days late).
 *
 * @param source           the document the calendar is taken from
 * @param deadlines        the deadlines, each for quarters or for years
 * @param yearFromQuarters how a year's value is built from its quarters' values
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportingCalendar(String source, List<Deadline> deadlines, YearFromQuarters yearFromQuarters) {

    /** A calendar without deadlines: nothing is late; a year takes its quarters' values by the default rules. */
    public static final ReportingCalendar NONE = new ReportingCalendar(null, List.of(), null);

    public ReportingCalendar {
        source = source == null ? "" : source;
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        yearFromQuarters = yearFromQuarters == null ? YearFromQuarters.DEFAULT : yearFromQuarters;
        Set<String> ids = new HashSet<>();
        for (Deadline d : deadlines) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("Deadline [" + d.id() + "] is listed twice; give each deadline its own id.");
            }
        }
    }

    /** The kinds of period a deadline can recur on. */
    public enum PeriodKind {
        /** Every quarter (2025-Q1 … 2025-Q4). */
        QUARTER,
        /** Every year (2025). */
        YEAR;

        /** The kind of this period, or null for a range of dates. */
        public static PeriodKind of(Period p) {
            return p.isQuarter() ? QUARTER : p.isYear() ? YEAR : null;
        }
    }

    /**
     * When a report is due, counted from the month the period ends in: {@code monthsAfterPeriodEnd}
     * 0 and {@code day} 25 is "before the 25th of the quarter's last month"; 1 and 10 is "before 10
     * January of the next year" for a year. A day past the month's end means its last day.
     */
    public record Before(int monthsAfterPeriodEnd, int day) {
        public Before {
            if (monthsAfterPeriodEnd < 0 || monthsAfterPeriodEnd > 12) {
                throw new IllegalArgumentException("monthsAfterPeriodEnd [" + monthsAfterPeriodEnd
                        + "] must be 0 (the month the period ends in) to 12.");
            }
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("day [" + day + "] must be a day of the month, 1 to 31.");
            }
        }

        /** The date for a period: the day in the month {@code monthsAfterPeriodEnd} after the period's last month. */
        public LocalDate dateFor(Period p) {
            YearMonth month = YearMonth.from(p.end()).plusMonths(monthsAfterPeriodEnd);
            return month.atDay(Math.min(day, month.lengthOfMonth()));
        }
    }

    /**
     * One recurring deadline.
     *
     * @param id     a short stable id, e.g. {@code quarterly-report}
     * @param name   what is due, in the source's words
     * @param period the kind of period it recurs on
     * @param before the day the report is due before
     * @param binds  the roles it binds
     * @param agency for a {@link ReportingRole#COORDINATOR} deadline: the agency it binds
     * @param source where the source says so, quoted
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Deadline(String id, String name, PeriodKind period, Before before, List<ReportingRole> binds, String agency, String source) {
        public Deadline {
            if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
                throw new IllegalArgumentException("Deadline id [" + id + "] must be lower-case letters, digits, '.', '_' or '-', e.g. quarterly-report.");
            }
            name = name == null ? id : name;
            if (period == null) {
                throw new IllegalArgumentException("Deadline " + id + " has no \"period\"; use QUARTER or YEAR.");
            }
            if (before == null) {
                throw new IllegalArgumentException("Deadline " + id + " has no \"before\"; e.g. {\"monthsAfterPeriodEnd\": 0, \"day\": 25}.");
            }
            binds = binds == null ? List.of() : List.copyOf(binds);
            if (binds.isEmpty()) {
                throw new IllegalArgumentException("Deadline " + id + " binds no role; list RESPONSIBLE, COOPERATING or COORDINATOR in \"binds\".");
            }
            agency = agency == null || agency.isBlank() ? null : agency;
            if (binds.contains(ReportingRole.COORDINATOR) && agency == null) {
                throw new IllegalArgumentException("Deadline " + id + " binds the COORDINATOR but names no \"agency\"; name the agency that reviews.");
            }
            source = source == null ? "" : source;
        }

        /** The date this deadline falls on for a period. */
        public LocalDate dateFor(Period p) {
            return before.dateFor(p);
        }
    }

    /** How a year's value is built from its quarters' values. */
    public enum YearRule {
        /** The value of the latest quarter that reported it (ratios and states). */
        LATEST,
        /** The sum over the quarters that reported it (counts of things done in the year, money spent). */
        SUM,
        /** The largest quarter's value. */
        MAX
    }

    /**
     * The rule per value kind, and exceptions per component.
     *
     * @param byKind      the rule for each value kind; kinds not listed take {@link YearRule#LATEST}
     * @param byComponent exceptions by component id
     * @param notes       why, in words
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record YearFromQuarters(Map<ValueKind, YearRule> byKind, Map<IndicatorId, YearRule> byComponent, String notes) {
        /** Latest quarter for everything but counts and money, which are summed. */
        public static final YearFromQuarters DEFAULT = new YearFromQuarters(Map.of(ValueKind.COUNT, YearRule.SUM, ValueKind.MONEY, YearRule.SUM), null,
                null);

        public YearFromQuarters {
            Map<ValueKind, YearRule> kinds = new EnumMap<>(ValueKind.class);
            if (byKind != null) {
                kinds.putAll(byKind);
            }
            for (Map.Entry<ValueKind, YearRule> e : kinds.entrySet()) {
                check(e.getKey().toString(), e.getKey(), e.getValue());
            }
            byKind = java.util.Collections.unmodifiableMap(kinds);
            byComponent = byComponent == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byComponent));
            notes = notes == null ? "" : notes;
        }

        /** The rule for a component: its exception, else its kind's rule, else LATEST. */
        public YearRule ruleFor(Component c) {
            YearRule r = byComponent.get(c.id());
            if (r == null) {
                r = byKind.get(c.valueKind());
            }
            return r == null ? YearRule.LATEST : r;
        }

        /** What is wrong with a rule for a kind (sums of yes/no or categories mean nothing), or null. */
        public static String problem(ValueKind kind, YearRule rule) {
            if (rule == null) {
                return "has no rule; use LATEST, SUM or MAX.";
            }
            if (!kind.numeric() && rule != YearRule.LATEST) {
                return "is a " + kind + " value: only LATEST applies (a " + rule + " of " + (kind == ValueKind.YES_NO ? "yes/no answers" : "categories")
                        + " means nothing).";
            }
            return null;
        }

        private static void check(String what, ValueKind kind, YearRule rule) {
            String p = problem(kind, rule);
            if (p != null) {
                throw new IllegalArgumentException(what + " " + p);
            }
        }
    }

    /** The deadline of this kind of period binding this role, if any (the first listed). */
    public Optional<Deadline> deadline(Period p, ReportingRole role) {
        PeriodKind kind = PeriodKind.of(p);
        for (Deadline d : deadlines) {
            if (d.period() == kind && d.binds().contains(role)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Every deadline of this period, with its date, in date order. */
    public List<Due> deadlines(Period p) {
        PeriodKind kind = PeriodKind.of(p);
        List<Due> out = new ArrayList<>();
        for (Deadline d : deadlines) {
            if (d.period() == kind) {
                out.add(new Due(d, p, d.dateFor(p)));
            }
        }
        out.sort((a, b) -> a.before().compareTo(b.before()));
        return out;
    }

    /** The first deadline, of any period of these kinds, falling on or after {@code day}; looks up to two years ahead. */
    public Optional<Due> next(LocalDate day, ReportingRole role) {
        Due best = null;
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            Period y = Period.year(year);
            List<Period> periods = new ArrayList<>(y.quarters());
            periods.add(y);
            for (Period p : periods) {
                for (Due d : deadlines(p)) {
                    if (d.deadline().binds().contains(role) && !d.before().isBefore(day) && (best == null || d.before().isBefore(best.before()))) {
                        best = d;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A deadline on a date, for one period. */
    public record Due(Deadline deadline, Period period, LocalDate before) {
        /** The last day a report is on time: the day before {@link #before()}. */
        public LocalDate lastDay() {
            return before.minusDays(1);
        }

        /** Days late for a report made on {@code reportedAt}: 0 when on time. */
        public long daysLate(LocalDate reportedAt) {
            return reportedAt.isBefore(before) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(lastDay(), reportedAt);
        }
    }
}
