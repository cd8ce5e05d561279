package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
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
