package vn.dti.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.dti.text.Language;

class RuleLocationTest {
    @Test
    void place_tableCell_inReadersLanguage() {
        RuleLocation csv = RuleLocation.cell("scoring.csv", "", 12, "D");
        assertEquals("scoring.csv, dòng 12, cột D", csv.place().in(Language.VI));
        assertEquals("scoring.csv, row 12, column D", csv.place().in(Language.EN));
        RuleLocation xlsx = RuleLocation.cell("scoring.xlsx", "Chấm điểm", 9, "C");
        assertEquals("scoring.xlsx, trang tính Chấm điểm, dòng 9, cột C", xlsx.place().in(Language.VI));
        assertEquals("scoring.xlsx, sheet Chấm điểm, row 9, column C", xlsx.place().in(Language.EN));
        // the data form (an explanation's location in JSON) stays one text
        assertEquals("scoring.csv, row 12, column D", csv.toString());
    }

    @Test
    void place_ruleFile_asCompilersWriteIt() {
        assertEquals("bonus.drl:10:11", RuleLocation.line("bonus.drl", 10, 11).place().in(Language.VI));
        assertEquals("bonus.drl:10:11", RuleLocation.line("bonus.drl", 10, 11).place().in(Language.EN));
        assertEquals("custom.drl:5", RuleLocation.line("custom.drl", 5, 0).place().in(Language.VI));
        assertEquals("custom.drl", RuleLocation.line("custom.drl", 0, 0).place().in(Language.EN));
    }
}
