package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {
    /** A refused period is written in the run's language (a clerk's --period 2025-Q5, a workbook's period cell). */
    @Test
    void refusals_inTheRunsLanguage() {
        java.util.function.BiFunction<vn.dti.text.Language, String, String> refused = (l, label) -> vn.dti.text.Language.during(l,
                () -> assertThrows(IllegalArgumentException.class, () -> Period.parse(label)).getMessage());
        assertEquals("Kỳ [2025-Q5] không phải một năm (2023), nửa năm (2025-H1 hoặc 2025-H2), một quý (2025-Q3) hay một khoảng ngày "
                + "(2025-01-01/2025-06-30).", refused.apply(vn.dti.text.Language.VI, "2025-Q5"));
        assertEquals("Period [2025-Q5] is not a year (2023), a half-year (2025-H1 or 2025-H2), a quarter (2025-Q3) or a range (2025-01-01/2025-06-30).",
                refused.apply(vn.dti.text.Language.EN, "2025-Q5"));
        assertEquals("Kỳ [2025-02-30/2025-06-30] có ngày không tồn tại: 2025-02-30.", refused.apply(vn.dti.text.Language.VI, "2025-02-30/2025-06-30"));
        assertEquals("Kỳ [2025-06-30/2025-01-01] kết thúc (2025-01-01) trước khi bắt đầu (2025-06-30).",
                refused.apply(vn.dti.text.Language.VI, "2025-06-30/2025-01-01"));
        assertEquals("Period [2025-06-30/2025-01-01] ends (2025-01-01) before it starts (2025-06-30).", refused.apply(vn.dti.text.Language.EN,
                "2025-06-30/2025-01-01"));
        assertTrue(refused.apply(vn.dti.text.Language.VI, null).startsWith("Chưa ghi kỳ báo cáo"));
    }

    @Test
    void parse_year() {
        Period p = Period.parse("2023");
        assertEquals(LocalDate.of(2023, 1, 1), p.start());
        assertEquals(LocalDate.of(2023, 12, 31), p.end());
    }

    @Test
    void parse_quarter() {
        Period p = Period.parse("2025-Q3");
        assertEquals(LocalDate.of(2025, 7, 1), p.start());
        assertEquals(LocalDate.of(2025, 9, 30), p.end());
    }

    @Test
    void parse_halfYear_printedAsWritten_builtFromItsQuarters() {
        Period h1 = Period.parse("2025-H1");
        assertEquals(LocalDate.of(2025, 1, 1), h1.start());
        assertEquals(LocalDate.of(2025, 6, 30), h1.end());
        assertEquals("2025-H1", h1.toString());
        Period h2 = Period.parse("2025-H2");
        assertEquals(LocalDate.of(2025, 7, 1), h2.start());
        assertEquals(LocalDate.of(2025, 12, 31), h2.end());
        assertTrue(h1.isHalf() && !h1.isQuarter() && !h1.isYear());
        assertFalse(Period.parse("2025-Q2").isHalf() || Period.year(2025).isHalf());
        assertEquals(List.of(Period.parse("2025-Q3"), Period.parse("2025-Q4")), h2.quarters());
        assertEquals(List.of(h1, h2), Period.year(2025).halves());
        assertEquals(h1, Period.parse("2025-Q2").half());
        assertEquals(h2, Period.parse("2025-Q3").half());
        assertTrue(vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-H3")))
                .getMessage().contains("a half-year (2025-H1 or 2025-H2)"));
    }

    @Test
    void parse_range() {
        Period p = Period.parse("2025-01-01/2025-06-30");
        assertEquals(LocalDate.of(2025, 6, 30), p.end());
    }

    @Test
    void parse_rejectsOtherForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse("Q3 2025"));
        assertTrue(e.getMessage().contains("[Q3 2025]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-02-30/2025-03-01"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-06-30/2025-01-01"));
    }
}
