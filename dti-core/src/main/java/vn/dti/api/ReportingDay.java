package vn.dti.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day in Vietnam, where every report, deadline and appraisal of the index is dated: "today"
 * wherever dti needs one and is not given one (the day of a merge, a status's as-of day), whatever
 * the time zone of the machine it runs on. A service on a machine kept in UTC would otherwise see a
 * clerk's report, dated today in Vietnam, as dated tomorrow for seven hours of every day.
 */
public final class ReportingDay {
    /** Vietnam's time zone (UTC+7, the whole country). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ReportingDay() {
    }

    /**
     * Today in Vietnam.
     *
     * @return the date in {@link #ZONE} now
     */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * The day in Vietnam at a clock's instant (for tests and for a service's own clock).
     *
     * @param clock the clock
     * @return the date in {@link #ZONE} at the clock's instant
     */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
