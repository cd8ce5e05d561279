package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dti.text.Language;
import vn.dti.text.RefusedArgumentException;

/** The reporting calendar: dates per period, days late, the next deadline, how a year is built from quarters. */
class ReportingCalendarTest {
    static final ReportingCalendar.Deadline QUARTERLY = new ReportingCalendar.Deadline("quarterly-report", "Báo cáo quý",
            ReportingCalendar.PeriodKind.QUARTER, new ReportingCalendar.Before(0, 25), List.of(ReportingRole.RESPONSIBLE, ReportingRole.COOPERATING), null, null);
    static final ReportingCalendar.Deadline ANNUAL = new ReportingCalendar.Deadline("annual-report", "Báo cáo năm", ReportingCalendar.PeriodKind.YEAR,
            new ReportingCalendar.Before(1, 10), List.of(ReportingRole.RESPONSIBLE), null, null);
    static final ReportingCalendar CALENDAR = new ReportingCalendar("Kế hoạch", List.of(QUARTERLY, ANNUAL), null);

    @Test
    void dates_quarterInsideItsLastMonth_yearInTheNextJanuary() {
        assertEquals(LocalDate.of(2025, 3, 25), QUARTERLY.dateFor(Period.parse("2025-Q1")));
        assertEquals(LocalDate.of(2025, 9, 25), QUARTERLY.dateFor(Period.parse("2025-Q3")));
        assertEquals(LocalDate.of(2026, 1, 10), ANNUAL.dateFor(Period.year(2025)));
        // a day past the month's end is its last day
        assertEquals(LocalDate.of(2025, 2, 28), new ReportingCalendar.Before(2, 31).dateFor(Period.year(2024)));
    }

    @Test
    void daysLate_countFromTheLastDayOnTime() {
        ReportingCalendar.Due due = CALENDAR.deadlines(Period.parse("2025-Q2")).get(0);
        assertEquals(LocalDate.of(2025, 6, 24), due.lastDay());
        assertEquals(0, due.daysLate(LocalDate.of(2025, 6, 24)));
        assertEquals(1, due.daysLate(LocalDate.of(2025, 6, 25)));   // "trước ngày 25": the 25th is late
        assertEquals(6, due.daysLate(LocalDate.of(2025, 6, 30)));
        assertEquals(0, due.daysLate(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void deadline_bindsItsRolesOnly() {
        assertEquals("quarterly-report", CALENDAR.deadline(Period.parse("2025-Q4"), ReportingRole.COOPERATING).orElseThrow().id());
        assertEquals("annual-report", CALENDAR.deadline(Period.year(2025), ReportingRole.RESPONSIBLE).orElseThrow().id());
        assertTrue(CALENDAR.deadline(Period.year(2025), ReportingRole.COOPERATING).isEmpty());
        assertTrue(CALENDAR.deadline(Period.parse("2025-01-01/2025-06-30"), ReportingRole.RESPONSIBLE).isEmpty());
        assertTrue(ReportingCalendar.NONE.deadline(Period.parse("2025-Q1"), ReportingRole.RESPONSIBLE).isEmpty());
    }

    @Test
    void next_isTheFirstDeadlineAReportOnTheDayStillMeets() {
        ReportingCalendar.Due n = CALENDAR.next(LocalDate.of(2025, 9, 24), ReportingRole.RESPONSIBLE).orElseThrow();
        assertEquals(Period.parse("2025-Q3"), n.period());
        // on the 25th "before the 25th" has passed: the next one is the fourth quarter's
        n = CALENDAR.next(LocalDate.of(2025, 9, 25), ReportingRole.RESPONSIBLE).orElseThrow();
        assertEquals(Period.parse("2025-Q4"), n.period());
        n = CALENDAR.next(LocalDate.of(2025, 12, 26), ReportingRole.RESPONSIBLE).orElseThrow();
        assertEquals(Period.year(2025), n.period());
        assertEquals(LocalDate.of(2026, 1, 10), n.before());
        n = CALENDAR.next(LocalDate.of(2026, 1, 11), ReportingRole.COOPERATING).orElseThrow();
        assertEquals(Period.parse("2026-Q1"), n.period());
    }

    @Test
    void yearFromQuarters_byKindThenComponent_yesNoOnlyLatest() {
        ReportingCalendar.YearFromQuarters y = new ReportingCalendar.YearFromQuarters(Map.of(ValueKind.COUNT, ReportingCalendar.YearRule.SUM),
                Map.of(IndicatorId.of("7.5"), ReportingCalendar.YearRule.LATEST), null);
        Component count = new Component(IndicatorId.of("1.2"), "Số văn bản", null, 10, ValueKind.COUNT, null, null, null, null, null, null);
        Component stock = new Component(IndicatorId.of("7.5"), "Số tên miền", null, 10, ValueKind.COUNT, null, null, null, null, null, null);
        Component ratio = new Component(IndicatorId.of("3.4"), "Tỷ lệ", null, 10, ValueKind.RATIO, null, null, null, null, null, null);
        assertEquals(ReportingCalendar.YearRule.SUM, y.ruleFor(count));
        assertEquals(ReportingCalendar.YearRule.LATEST, y.ruleFor(stock));
        assertEquals(ReportingCalendar.YearRule.LATEST, y.ruleFor(ratio));
        vn.dti.text.RefusedArgumentException e = assertThrows(vn.dti.text.RefusedArgumentException.class, () -> new ReportingCalendar.YearFromQuarters(
                Map.of(ValueKind.YES_NO, ReportingCalendar.YearRule.SUM), null, null));
        assertEquals("YES_NO is a YES_NO value: only LATEST applies (a SUM of yes/no answers means nothing).", e.message(vn.dti.text.Language.EN));
        assertEquals("YES_NO là giá trị kiểu YES_NO: chỉ áp dụng được LATEST (SUM của các câu trả lời có/không không có nghĩa).", e.message(vn.dti.text.Language.VI));
    }

    @Test
    void yearFromQuarters_problem_inReadersLanguage() {
        assertEquals("has no rule; use LATEST, SUM or MAX.", ReportingCalendar.YearFromQuarters.problem(ValueKind.COUNT, null).in(vn.dti.text.Language.EN));
        assertEquals("chưa có quy tắc gộp năm; hãy dùng LATEST, SUM hoặc MAX.",
                ReportingCalendar.YearFromQuarters.problem(ValueKind.COUNT, null).in(vn.dti.text.Language.VI));
        assertEquals("is a CATEGORY value: only LATEST applies (a MAX of categories means nothing).",
                ReportingCalendar.YearFromQuarters.problem(ValueKind.CATEGORY, ReportingCalendar.YearRule.MAX).in(vn.dti.text.Language.EN));
        assertEquals(null, ReportingCalendar.YearFromQuarters.problem(ValueKind.COUNT, ReportingCalendar.YearRule.SUM));
    }

    @Test
    void deadline_checkedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar.Before(0, 32));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar.Deadline("review", null,
                ReportingCalendar.PeriodKind.YEAR, new ReportingCalendar.Before(1, 30), List.of(ReportingRole.COORDINATOR), null, null));
        assertTrue(en(e).contains("names no \"agency\""), en(e));
        e = assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar("x", List.of(QUARTERLY, QUARTERLY), null));
        assertTrue(en(e).contains("[quarterly-report] is listed twice"), en(e));
    }

    @Test
    void review_bindsNoRole_theNextOneOnOrAfterTheDay() {
        ReportingCalendar.Review half = new ReportingCalendar.Review("half-year-review", "Hội nghị sơ kết 06 tháng", ReportingCalendar.PeriodKind.HALF_YEAR,
                new ReportingCalendar.Before(1, 31), "cấp tỉnh", "ASSUMPTION", "mục II.1");
        ReportingCalendar cal = new ReportingCalendar("Kế hoạch", List.of(QUARTERLY), null, List.of(half));
        assertEquals(LocalDate.of(2025, 7, 31), half.dateFor(Period.parse("2025-H1")));
        assertEquals(LocalDate.of(2026, 1, 31), half.dateFor(Period.parse("2025-H2")));
        ReportingCalendar.Held h = cal.nextReview(LocalDate.of(2025, 7, 1)).orElseThrow();
        assertEquals(Period.parse("2025-H1"), h.period());
        assertEquals(LocalDate.of(2025, 7, 31), h.by());
        assertEquals(Period.parse("2025-H1"), cal.nextReview(LocalDate.of(2025, 7, 31)).orElseThrow().period(), "held by the 31st: that day too");
        assertEquals(Period.parse("2025-H2"), cal.nextReview(LocalDate.of(2025, 8, 1)).orElseThrow().period());
        // no role is bound by it: the deadlines of a half-year are none
        assertTrue(cal.deadline(Period.parse("2025-H1"), ReportingRole.RESPONSIBLE).isEmpty());
        assertTrue(cal.deadlines(Period.parse("2025-H1")).isEmpty());
        assertEquals(ReportingCalendar.PeriodKind.HALF_YEAR, ReportingCalendar.PeriodKind.of(Period.parse("2025-H2")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar("x", List.of(QUARTERLY), null,
                List.of(new ReportingCalendar.Review("quarterly-report", null, ReportingCalendar.PeriodKind.HALF_YEAR, new ReportingCalendar.Before(1, 31),
                        null, null, null))));
        assertTrue(en(e).contains("has the id of another deadline or review"), en(e));
    }

    @Test
    void period_quartersOfAYear() {
        assertEquals(List.of(Period.parse("2025-Q1"), Period.parse("2025-Q2"), Period.parse("2025-Q3"), Period.parse("2025-Q4")), Period.year(2025).quarters());
        assertTrue(Period.parse("2025-Q3").quarters().isEmpty());
        assertTrue(Period.parse("2025-Q3").isQuarter());
        assertTrue(Period.year(2025).isYear());
    }

    /** A record's refusal in English (tests run in Vietnamese; the English texts are asserted as they were). */
    private static String en(Throwable e) {
        return e instanceof RefusedArgumentException r ? r.message(Language.EN) : e.getMessage();
    }
}
