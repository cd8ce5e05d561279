package vn.dti.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers and dates inside messages, as each language writes them. */
class FigureTest {
    @Test
    void count() {
        assertEquals("1747201", Figure.count(1_747_201).in(Language.EN));
        assertEquals("1.747.201", Figure.count(1_747_201).in(Language.VI));
        assertEquals("34", Figure.count(34).in(Language.VI));
        assertEquals("−12.000", Figure.count(-12_000).in(Language.VI));
    }

    @Test
    void points_wholePointsAreMadeOnce_andEqualAFigureMadeAnew() {
        assertSame(Figure.points(30), Figure.points(30.0));
        assertEquals(new Figure(30, Figure.Style.POINTS, 2), Figure.points(30));
        assertEquals(new Figure(1000, Figure.Style.POINTS, 2), Figure.points(1000));
        assertEquals(new Figure(1001, Figure.Style.POINTS, 2), Figure.points(1001));
        assertEquals(new Figure(-0.0, Figure.Style.POINTS, 2), Figure.points(-0.0));
        assertNotEquals(Figure.points(0), Figure.points(-0.0));
        assertEquals(new Figure(-3, Figure.Style.POINTS, 2), Figure.points(-3));
        assertEquals(new Figure(30.5, Figure.Style.POINTS, 2), Figure.points(30.5));
        assertEquals("30", Figure.points(30).in(Language.EN));
        assertEquals("1.000", Figure.points(1000.0).in(Language.VI));
    }

    @Test
    void points_upToTwoDecimalsHalfUp() {
        assertEquals("29.07", Figure.points(29.0666).in(Language.EN));
        assertEquals("29,07", Figure.points(29.0666).in(Language.VI));
        assertEquals("1000", Figure.points(1000).in(Language.EN));
        assertEquals("1.000", Figure.points(1000).in(Language.VI));
        assertEquals("7.5", Figure.points(7.5).in(Language.EN));
        assertEquals("0.01", Figure.points(0.005).in(Language.EN));
        assertEquals("0", Figure.points(0.004).in(Language.VI));
    }

    @Test
    void percent_exactDecimals() {
        assertEquals("46.69%", Figure.percent(0.4669, 2).in(Language.EN));
        assertEquals("46,69%", Figure.percent(0.4669, 2).in(Language.VI));
        assertEquals("111.22%", Figure.percent(1.1122, 2).in(Language.EN));
        assertEquals("100,0%", Figure.percent(1, 1).in(Language.VI));
    }

    @Test
    void number_asFormulasWriteIt() {
        assertEquals("0.872", Figure.number(0.872).in(Language.EN));
        assertEquals("0,872", Figure.number(0.872).in(Language.VI));
        assertEquals("0.333333", Figure.number(1.0 / 3).in(Language.EN));
        assertEquals("0,333333", Figure.number(1.0 / 3).in(Language.VI));
        assertEquals("303,25", Figure.number(303.25, 2).in(Language.VI));
        assertEquals("0", Figure.number(1e-15).in(Language.EN));
    }

    @Test
    void fixed_anIndex() {
        assertEquals("0.2433", Figure.fixed(0.24325, 4).in(Language.EN));
        assertEquals("0,2433", Figure.fixed(0.24325, 4).in(Language.VI));
    }

    @Test
    void date() {
        LocalDate d = LocalDate.of(2025, 9, 25);
        assertEquals("2025-09-25", Figure.date(Language.EN, d));
        assertEquals("25/09/2025", Figure.date(Language.VI, d));
    }
}
