package vn.dti.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.Value;
import vn.dti.reporting.InEnglish;
import vn.dti.reporting.internal.VietnameseValues.Cell;
import vn.dti.rules.Methodologies;

/** Numbers, dates, yes/no and levels as Vietnamese spreadsheets write them; what reads two ways is refused (in English here, as --lang en prints it; AgencyFormTest reads the Vietnamese). */
@ExtendWith(InEnglish.class)
class VietnameseValuesTest {
    static Component c(String id) {
        return Methodologies.bundled("vn-dti-province-2025").methodology().component(IndicatorId.of(id)).orElseThrow();
    }

    static double number(String id, String text) {
        return ((Value.Numeric) VietnameseValues.value(c(id), Cell.text(text))).number();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6.5 | 46,69%    | 0.4669",
        "6.5 | 0,4669    | 0.4669",
        "6.5 | 46.69%    | 0.4669",
        "6.5 | 111,22%   | 1.1122",
        "6.5 | 1         | 1",
        "3.3 | 87,2      | 87.2",
        "3.3 | 87.2      | 87.2",
        "4.6 | 1.747.201 | 1747201",
        "4.6 | 1 747 201 | 1747201",
        "4.6 | 1,747,201 | 1747201",
        "4.6 | 27        | 27",
        "4.6 | 1.021     | 1021",
        "3.3 | 1.260.033 | 1260033",
        "3.3 | 1.747,5   | 1747.5",
        "3.3 | 0,747     | 0.747",
        "3.3 | 0.747     | 0.747",
    })
    void numbers_readAsWritten(String id, String text, double expected) {
        assertEquals(expected, number(id.strip(), text.strip()), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6.5 | 46,69    | is it a percent or a share? Not read. Write 46,69% if it is a percent (it is then 0,4669)",
        "4.6 | 1,5      | a count: a count is a whole number, and this reads as 1,5",
        "3.3 | 1.747    | can be read two ways: 1747 (Vietnamese thousands), or 1 and a decimal part (English writing). Write 1747 for the whole "
            + "number; for the decimal, write it with a comma and as many decimals as you know other than exactly three (e.g. 1,75 or 1,7475).",
        "6.5 | 1.747    | a ratio: read as a number it is above 1 either way (thousands or a decimal). Not read. Write the percent with its sign",
        "6.5 | 1,747    | a ratio: read as a number it is above 1 either way",
        "3.3 | 87.200   | can be read two ways: 87200 (Vietnamese thousands)",
        "4.6 | 1,021    | can be read two ways: 1 and a decimal part (Vietnamese writing), or 1021 (English thousands)",
        "3.3 | 1,747    | can be read two ways: 1 and a decimal part (Vietnamese writing), or 1747 (English thousands)",
        "4.6 | 12%      | is a percent, but component 4.6 takes a count",
        "6.5 | -5%      | is negative",
        "6.5 | abc      | is not a number; write it the Vietnamese way",
        "1.3 | Có lẽ    | is not an answer to a yes/no component: choose Có or Không",
        "1.1 | Trưởng ban | is not one of the levels of component 1.1: choose one from the list",
    })
    void ambiguousOrWrong_refusedSayingWhatToWrite(String id, String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VietnameseValues.value(c(id.strip()), Cell.text(text.strip())));
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
    }

    @Test
    void spreadsheetCells_byTheirType() {
        assertEquals(Value.number(0.4669), VietnameseValues.value(c("6.5"), new Cell("", 0.4669, true, null, null)));
        assertEquals(Value.number(0.4669), VietnameseValues.value(c("6.5"), new Cell("", 0.4669, false, null, null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VietnameseValues.value(c("6.5"), new Cell("", 46.69, false, null, null)));
        assertTrue(e.getMessage().startsWith("[46,69] for component 6.5, a ratio: is it a percent or a share?"), e.getMessage());
        assertEquals(Value.yesNo(false), VietnameseValues.value(c("1.3"), new Cell("FALSE", null, false, null, false)));
        assertEquals(Value.yesNo(true), VietnameseValues.value(c("1.3"), Cell.text("có")));
        assertEquals(Value.category("head"), VietnameseValues.value(c("1.1"), Cell.text("Bí thư hoặc Chủ tịch tỉnh là Trưởng ban")));
        assertEquals(Value.category("head"), VietnameseValues.value(c("1.1"), Cell.text("head")));
        assertNull(VietnameseValues.value(c("6.5"), Cell.text("Không áp dụng")));
    }

    @Test
    void aPercentCellAbove200Percent_isAmbiguous_below_aRatioAbove100Percent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VietnameseValues.value(c("6.5"), new Cell("", 46.69, true, null, null)));
        assertEquals("[4.669%] for component 6.5, a ratio: the cell holds the number 46,69 in a percent format, that is 4.669%. Is it 46,69%? Not read. "
                + "Write 46,69% or 0,4669 (a ratio above 100% is read up to 200%, e.g. 111,22%).", e.getMessage());
        assertEquals(Value.number(1.1122), VietnameseValues.value(c("6.5"), new Cell("", 1.1122, true, null, null)));
        assertEquals(Value.number(2.0), VietnameseValues.value(c("6.5"), new Cell("", 2.0, true, null, null)));
        assertThrows(IllegalArgumentException.class, () -> VietnameseValues.value(c("6.5"), new Cell("", 2.01, true, null, null)));
        // text with its % sign is read up to 200% too (and flagged OUT_OF_RANGE when scored): evidence files have the same limit
        assertEquals(Value.number(1.5), VietnameseValues.value(c("6.5"), Cell.text("150%")));
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> VietnameseValues.value(c("6.5"), Cell.text("4669%")));
        assertTrue(big.getMessage().startsWith("[4669%] ") && big.getMessage().contains(" 6.5: ") && big.getMessage().contains("[46.69]")
                && big.getMessage().contains(" 2 (200%)"), big.getMessage());
    }

    @Test
    void typed4669ForARatio_theHintSuggestsOnlyReadingsThatAreRead() {
        // 4669 typed in a percent cell (the cell holds 4669, or 46,69 where the program divides by 100), or as text: 46,69% or 0,4669, never 4.669% or 466.900%
        for (Cell cell : new Cell[] {new Cell("", 4669.0, true, null, null), new Cell("", 46.69, true, null, null), Cell.text("4669"),
                new Cell("", 4669.0, false, null, null), new Cell("", 466900.0, true, null, null)}) {
            String m = assertThrows(IllegalArgumentException.class, () -> VietnameseValues.value(c("6.5"), cell)).getMessage();
            String hint = m.substring(m.indexOf("Not read."));
            assertTrue(hint.contains("46,69%") && hint.contains("0,4669"), m);
            assertFalse(hint.contains("4.669%") || hint.contains("466.900%") || hint.contains("46,69 ") || hint.contains("46,69)"), m);
            assertEquals(Value.number(0.4669), VietnameseValues.value(c("6.5"), Cell.text("46,69%")));
        }
        // a number whose percent reading is read keeps it: 150 is 150%, 3 in a percent cell is 3%
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VietnameseValues.value(c("6.5"), Cell.text("150"))).getMessage()
                .contains("Write 150% if it is a percent (it is then 1,5)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VietnameseValues.value(c("6.5"), new Cell("", 3.0, true, null, null))).getMessage()
                .contains("Write 3% or 0,03 "));
        assertEquals(0.4669, VietnameseValues.likelyShare(4669), 0);
        assertEquals(0.4669, VietnameseValues.likelyShare(46.69), 0);
        assertEquals(1.5, VietnameseValues.likelyShare(150), 0);
    }

    @Test
    void theWorkbooksValidationMessages_areVietnamese() {
        assertEquals("Tỷ lệ: 46,69% hoặc 0,4669", VietnameseValues.kindWordsVi(c("6.5")));
        assertEquals("Số nguyên, ví dụ 1.747.201", VietnameseValues.kindWordsVi(c("4.6")));
        assertEquals("Số trên 100 dân, ví dụ 87,2", VietnameseValues.kindWordsVi(c("3.3")));
        assertEquals("Chọn Có hoặc Không", VietnameseValues.kindWordsVi(c("1.3")));
        assertEquals("Chọn một mức trong danh sách", VietnameseValues.kindWordsVi(c("1.1")));
    }

    @Test
    void dates_dayMonthYear() {
        assertEquals(LocalDate.of(2025, 9, 25), VietnameseValues.date(Cell.text("25/9/2025")));
        assertEquals(LocalDate.of(2025, 9, 5), VietnameseValues.date(Cell.text("05/09/2025")));
        assertEquals(LocalDate.of(2025, 9, 5), VietnameseValues.date(Cell.text("5-9-2025")));
        assertEquals(LocalDate.of(2025, 9, 5), VietnameseValues.date(Cell.text("2025-09-05")));
        assertEquals(LocalDate.of(2024, 2, 29), VietnameseValues.date(Cell.text("29/2/2024")));
        assertEquals("[31/02/2025] is not a date: February 2025 has 28 days.",
                assertThrows(IllegalArgumentException.class, () -> VietnameseValues.date(Cell.text("31/02/2025"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VietnameseValues.date(Cell.text("9/25/2025"))).getMessage()
                .contains("there is no month 25"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VietnameseValues.date(Cell.text("25/9/25"))).getMessage()
                .contains("2-digit year"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VietnameseValues.date(new Cell("", 45900.0, false, null, null))).getMessage()
                .contains("is not a date"));
    }

    @Test
    void vietnameseWriting_forMessages() {
        assertEquals("1.747.201", VietnameseValues.vi(1747201));
        assertEquals("0,4669", VietnameseValues.vi(0.4669));
        assertEquals("260.033,5", VietnameseValues.vi(260033.5));
    }
}
