package vn.dti.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceTest {
    @Test
    void cell_inVietnamese_andInEnglish() {
        Message p = Place.cell("scoring.xlsx", "Bảng điểm", 12, "D", "Mục tiêu");
        assertEquals("scoring.xlsx, trang tính Bảng điểm, dòng 12, cột D (Mục tiêu)", p.in(Language.VI));
        assertEquals("scoring.xlsx, sheet Bảng điểm, row 12, column D (Mục tiêu)", p.in(Language.EN));
    }

    @Test
    void cell_ofACsvFile_aRow_andTheWholeFile() {
        assertEquals("scoring.csv, dòng 1234", Place.cell("scoring.csv", null, 1234, null, "ignored").in(Language.VI));
        assertEquals("scoring.csv, row 1234, column AA", Place.cell("scoring.csv", "", 1234, "AA", "").in(Language.EN));
        assertEquals("scoring.csv", Place.cell("scoring.csv", null, 0, null, null).in(Language.VI));
    }

    @Test
    void line_inWords_inVietnamese_asCompilersWriteIt_inEnglish() {
        assertEquals("completeness.drl, dòng 40, cột 11", Place.line("completeness.drl", 40, 11).in(Language.VI));
        assertEquals("completeness.drl:40:11", Place.line("completeness.drl", 40, 11).in(Language.EN));
        assertEquals("completeness.drl, dòng 40", Place.line("completeness.drl", 40, 0).in(Language.VI));
        assertEquals("completeness.drl:40", Place.line("completeness.drl", 40, 0).in(Language.EN));
        assertEquals("completeness.drl", Place.line("completeness.drl", 0, 3).in(Language.EN));
    }

    @Test
    void column_lettersAsASpreadsheetShowsThem() {
        assertEquals("A", Place.column(1));
        assertEquals("Z", Place.column(26));
        assertEquals("AA", Place.column(27));
        assertEquals("", Place.column(0));
    }

    @Test
    void bundle_hasEveryKeyInBothLanguages() {
        assertEquals(Set.of(), Messages.problems("vn/dti/text/messages"));
    }
}
