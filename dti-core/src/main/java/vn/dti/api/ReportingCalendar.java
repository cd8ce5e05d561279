package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dti.text.RefusedArgumentException;

/**
 * A methodology's reporting calendar ({@code calendar.json} in its folder): the deadlines of the
 * reporting year, which role each binds, the province's reviews (which bind no agency's
 * reporting), and how a year's or a half-year's value is built from its quarters. A deadline is a
 * day "before" which the report is due: a report made on that day or later is late by
 * {@code reportedAt − before + 1} days (due before 25/6, reported 30/6: 6 days late). Immutable.
 *
 * @param source           the document the calendar is taken from (empty when not given)
 * @param deadlines        the deadlines, each for quarters, half-years or years
 * @param yearFromQuarters how a year's or a half-year's value is built from its quarters' values
 *                         (also read as {@code fromQuarters})
 * @param reviews          the province's reviews, e.g. the six-monthly review conference; no
 *                         report is late against them
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportingCalendar(String source, List<Deadline> deadlines, @JsonAlias("fromQuarters") YearFromQuarters yearFromQuarters,
        List<Review> reviews) {

    /** A calendar without deadlines: nothing is late; a year takes its quarters' values by the default rules. */
    public static final ReportingCalendar NONE = new ReportingCalendar(null, List.of(), null);

    /**
     * Checks that ids are distinct and fills what may be left out; see the class description for
     * each component.
     *
     * @param source           null for empty
     * @param deadlines        null for none; ids distinct; copied
     * @param yearFromQuarters null for {@link YearFromQuarters#DEFAULT}
     * @param reviews          null for none; ids distinct from each other and the deadlines'; copied
     * @throws IllegalArgumentException if an id is used twice
     */
    public ReportingCalendar {
        source = source == null ? "" : source;
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        yearFromQuarters = yearFromQuarters == null ? YearFromQuarters.DEFAULT : yearFromQuarters;
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        Set<String> ids = new HashSet<>();
        for (Deadline d : deadlines) {
            if (!ids.add(d.id())) {
                throw RefusedArgumentException.of("api.calendar.deadlineTwice", d.id());
            }
        }
        for (Review r : reviews) {
            if (!ids.add(r.id())) {
                throw RefusedArgumentException.of("api.calendar.reviewTwice", r.id());
            }
        }
    }

    /**
     * A calendar without reviews.
     *
     * @param source           the document it is taken from, or null
     * @param deadlines        the deadlines, or null
     * @param yearFromQuarters the rules, or null for {@link YearFromQuarters#DEFAULT}
     * @throws IllegalArgumentException if a deadline id is used twice
     */
    public ReportingCalendar(String source, List<Deadline> deadlines, YearFromQuarters yearFromQuarters) {
        this(source, deadlines, yearFromQuarters, null);
    }

    /**
     * The rules by which a year or a half-year is built from its quarters.
     *
     * @return calendar.json's {@code yearFromQuarters}: {@link #yearFromQuarters()}
     */
    public YearFromQuarters fromQuarters() {
        return yearFromQuarters;
    }

    /** The kinds of period a deadline or a review can recur on. */
    public enum PeriodKind {
        /** Every quarter (2025-Q1 … 2025-Q4). */
        QUARTER,
        /** Every half-year (2025-H1, 2025-H2). */
        HALF_YEAR,
        /** Every year (2025). */
        YEAR;

        /**
         * The kind of a period.
         *
         * @param p a period
         * @return its kind, or null for a range of dates
         */
        public static PeriodKind of(Period p) {
            return p.isQuarter() ? QUARTER : p.isYear() ? YEAR : p.isHalf() ? HALF_YEAR : null;
        }
    }

    /**
     * A review the province holds (e.g. the six-monthly review conference of Kế hoạch nâng cao chỉ
     * số DTI tỉnh Khánh Hòa năm 2025, mục II.1). It binds no agency's reporting: nothing is late
     * against it; {@code dti status} shows the next one.
     *
     * @param id         a short stable id, e.g. {@code half-year-review}
     * @param name       what is held, in the source's words
     * @param period     the kind of period it reviews
     * @param by         the day it is held by, counted from the month the period ends in (a day past the month's end means its last day)
     * @param party      who holds it
     * @param assumption what the date rests on when the source gives none ("" when the source gives it)
     * @param source     where the source says so, quoted
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Review(String id, String name, PeriodKind period, Before by, String party, String assumption, String source) {
        /**
         * Checks the id, the period and the day; reads nulls as empty (the name as the id).
         *
         * @param id         lower-case letters, digits, {@code .}, {@code _} or {@code -}
         * @param name       null for the id
         * @param period     not null
         * @param by         not null
         * @param party      null for empty
         * @param assumption null for empty
         * @param source     null for empty
         * @throws IllegalArgumentException if the id is malformed or the period or the day is missing
         */
        public Review {
            check("review", id, "half-year-review", period);
            name = name == null ? id : name;
            if (by == null) {
                throw RefusedArgumentException.of("api.calendar.reviewNoBy", id);
            }
            party = party == null ? "" : party;
            assumption = assumption == null ? "" : assumption;
            source = source == null ? "" : source;
        }

        /**
         * The day this review is held by, for a period.
         *
         * @param p a period of the review's kind
         * @return the day
         */
        public LocalDate dateFor(Period p) {
            return by.dateFor(p);
        }
    }

    /** A deadline's or review's id and period, checked: "Deadline id [x] must be …" ({@code what}: deadline or review, part of the key). */
    private static void check(String what, String id, String example, PeriodKind period) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw RefusedArgumentException.of("api.calendar." + what + ".badId", id, example);
        }
        if (period == null) {
            throw RefusedArgumentException.of("api.calendar." + what + ".noPeriod", id);
        }
    }

    /**
     * A review on a date, for one period.
     *
     * @param review the review
     * @param period the period it reviews
     * @param by     the day it is held by
     */
    public record Held(Review review, Period period, LocalDate by) {
    }

    /**
     * When a report is due, counted from the month the period ends in: {@code monthsAfterPeriodEnd}
     * 0 and {@code day} 25 is "before the 25th of the quarter's last month"; 1 and 10 is "before 10
     * January of the next year" for a year. A day past the month's end means its last day.
     *
     * @param monthsAfterPeriodEnd 0 for the month the period ends in, up to 12
     * @param day                  the day of that month, 1 to 31
     */
    public record Before(int monthsAfterPeriodEnd, int day) {
        /**
         * Checks the ranges.
         *
         * @param monthsAfterPeriodEnd 0 to 12
         * @param day                  1 to 31
         * @throws IllegalArgumentException if either is out of range
         */
        public Before {
            if (monthsAfterPeriodEnd < 0 || monthsAfterPeriodEnd > 12) {
                throw RefusedArgumentException.of("api.calendar.badMonths", monthsAfterPeriodEnd);
            }
            if (day < 1 || day > 31) {
                throw RefusedArgumentException.of("api.calendar.badDay", day);
            }
        }

        /**
         * The date for a period.
         *
         * @param p a period
         * @return the day in the month {@code monthsAfterPeriodEnd} after the period's last month (its
         *         last day when the month is shorter)
         */
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
        /**
         * Checks the deadline; reads nulls as empty (the name as the id).
         *
         * @param id     lower-case letters, digits, {@code .}, {@code _} or {@code -}
         * @param name   null for the id
         * @param period not null
         * @param before not null
         * @param binds  at least one role; copied
         * @param agency required when {@code binds} holds {@link ReportingRole#COORDINATOR}; blank for none
         * @param source null for empty
         * @throws IllegalArgumentException if any of these does not hold; the message names the deadline
         *                                  and the field to write
         */
        public Deadline {
            check("deadline", id, "quarterly-report", period);
            name = name == null ? id : name;
            if (before == null) {
                throw RefusedArgumentException.of("api.calendar.deadlineNoBefore", id);
            }
            binds = binds == null ? List.of() : List.copyOf(binds);
            if (binds.isEmpty()) {
                throw RefusedArgumentException.of("api.calendar.deadlineNoRole", id);
            }
            agency = agency == null || agency.isBlank() ? null : agency;
            if (binds.contains(ReportingRole.COORDINATOR) && agency == null) {
                throw RefusedArgumentException.of("api.calendar.deadlineNoAgency", id);
            }
            source = source == null ? "" : source;
        }

        /**
         * The date this deadline falls on for a period.
         *
         * @param p a period of the deadline's kind
         * @return the day the report is due before
         */
        public LocalDate dateFor(Period p) {
            return before.dateFor(p);
        }
    }

    /** How a year's (or a half-year's) value is built from its quarters' values. */
    public enum YearRule {
        /** The value of the latest quarter that reported it (ratios and states). */
        LATEST,
        /** The sum over the quarters that reported it (counts of things done in the year, money spent). */
        SUM,
        /** The largest quarter's value. */
        MAX
    }

    /**
     * The rule per value kind, and exceptions per component: how a year, and a half-year, is built
     * from its quarters (the JSON keeps the name {@code yearFromQuarters}).
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

        /**
         * Checks that each kind's rule means something and copies the maps.
         *
         * @param byKind      null for none
         * @param byComponent null for none
         * @param notes       null for empty
         * @throws IllegalArgumentException if a yes/no or category kind takes another rule than
         *                                  {@link YearRule#LATEST}
         */
        public YearFromQuarters {
            Map<ValueKind, YearRule> kinds = new EnumMap<>(ValueKind.class);
            if (byKind != null) {
                kinds.putAll(byKind);
            }
            for (Map.Entry<ValueKind, YearRule> e : kinds.entrySet()) {
                check(e.getKey().toString(), e.getKey(), e.getValue());
            }
            byKind = Collections.unmodifiableMap(kinds);
            byComponent = byComponent == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(byComponent));
            notes = notes == null ? "" : notes;
        }

        /**
         * The rule for a component.
         *
         * @param c a component
         * @return its exception, else its kind's rule, else {@link YearRule#LATEST}
         */
        public YearRule ruleFor(Component c) {
            YearRule r = byComponent.get(c.id());
            if (r == null) {
                r = byKind.get(c.valueKind());
            }
            return r == null ? YearRule.LATEST : r;
        }

        /**
         * What is wrong with a rule for a kind: sums and maxima of yes/no answers or categories mean
         * nothing.
         *
         * @param kind a value kind
         * @param rule its rule, or null
         * @return the problem in the reader's words, to follow the kind's or component's name
         *         ({@code api.calendar.yearRule.*}: "has no rule; use LATEST, SUM or MAX."), or null
         *         when the rule applies
         */
        public static vn.dti.text.Message problem(ValueKind kind, YearRule rule) {
            if (rule == null) {
                return vn.dti.text.Message.of("api.calendar.yearRule.none");
            }
            if (!kind.numeric() && rule != YearRule.LATEST) {
                return vn.dti.text.Message.of(kind == ValueKind.YES_NO ? "api.calendar.yearRule.yesNo" : "api.calendar.yearRule.category", kind.name(),
                        rule.name());
            }
            return null;
        }

        private static void check(String what, ValueKind kind, YearRule rule) {
            vn.dti.text.Message p = problem(kind, rule);
            if (p != null) {
                throw new RefusedArgumentException(vn.dti.text.Message.join(" ", List.of(vn.dti.text.Message.text(what), p)));
            }
        }
    }

    /**
     * The deadline of a kind of period that binds a role.
     *
     * @param p    a period (its kind counts)
     * @param role the role
     * @return the first such deadline listed, or empty when none binds the role
     */
    public Optional<Deadline> deadline(Period p, ReportingRole role) {
        PeriodKind kind = PeriodKind.of(p);
        for (Deadline d : deadlines) {
            if (d.period() == kind && d.binds().contains(role)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Every deadline of a period.
     *
     * @param p a period
     * @return its deadlines with their dates, in date order; empty for a range of dates
     */
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

    /**
     * The next deadline for a role: the first that a report made on {@code day} still meets (its last
     * day on time is {@code day} or later: on the 25th, "before the 25th" has passed). Looks up to a
     * year ahead.
     *
     * @param day  the day of the report
     * @param role the role
     * @return the deadline and its period, or empty when none binds the role within a year
     */
    public Optional<Due> next(LocalDate day, ReportingRole role) {
        Due best = null;
        for (Period p : around(day)) {
            for (Due d : deadlines(p)) {
                if (d.deadline().binds().contains(role) && d.before().isAfter(day) && (best == null || d.before().isBefore(best.before()))) {
                    best = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The next review.
     *
     * @param day a day
     * @return the first review held on or after it, or empty when none within a year
     */
    public Optional<Held> nextReview(LocalDate day) {
        Held best = null;
        for (Period p : around(day)) {
            PeriodKind kind = PeriodKind.of(p);
            for (Review r : reviews) {
                LocalDate by = r.dateFor(p);
                if (r.period() == kind && !by.isBefore(day) && (best == null || by.isBefore(best.by()))) {
                    best = new Held(r, p, by);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quarters, halves and years of the year before {@code day}'s to the year after. */
    private static List<Period> around(LocalDate day) {
        List<Period> periods = new ArrayList<>();
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            Period y = Period.year(year);
            periods.addAll(y.quarters());
            periods.addAll(y.halves());
            periods.add(y);
        }
        return periods;
    }

    /**
     * A deadline on a date, for one period.
     *
     * @param deadline the deadline
     * @param period   the period reported on
     * @param before   the day the report is due before
     */
    public record Due(Deadline deadline, Period period, LocalDate before) {
        /**
         * The last day a report is on time.
         *
         * @return the day before {@link #before()}
         */
        public LocalDate lastDay() {
            return before.minusDays(1);
        }

        /**
         * How late a report is.
         *
         * @param reportedAt the day it was made
         * @return days late (reported on {@code before}: 1); 0 when on time
         */
        public long daysLate(LocalDate reportedAt) {
            return reportedAt.isBefore(before) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(lastDay(), reportedAt);
        }
    }
}
