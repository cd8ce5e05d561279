package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dti.api.Period;
import vn.dti.reporting.ReportingHistory;
import vn.dti.text.Language;

/** The history's change on screen: the parts add up to the change shown. */
class ReportingTablesTest {
    private static final Text EN = new Text(Language.EN);
    private static final Text VI = new Text(Language.VI);

    @Test
    void changeSplit_thePartsShownAddUpToTheChangeShown() {
        // 5.2533 = 3.5875 + 1.6658: rounded each on its own, 3.59 + 1.67 = 5.26, not the 5.25 shown
        ReportingHistory.Change c = new ReportingHistory.Change(Period.parse("2025-Q3"), 5.2533, 3.5875, 1.6658, Map.of(), "methodology …");
        assertEquals("+5.25 from 2025-Q3 (data +3.59, methodology +1.66)", ReportingTables.change(c, EN));
        // the split of ReportingHistoryTest (goal 0.90 → 0.80): +4.5 = +1.5 data, +3 methodology
        assertEquals("+4.5 from 2025-Q1 (data +1.5, methodology +3)", ReportingTables.change(new ReportingHistory.Change(Period.parse("2025-Q1"), 4.5,
                1.5, 3.0, Map.of(), "m"), EN));
        assertEquals("-2 from 2025-Q1 (data -2.5, methodology +0.5)", ReportingTables.change(new ReportingHistory.Change(Period.parse("2025-Q1"), -2.0,
                -2.5, 0.5, Map.of(), "m"), EN));
        // one methodology: no split shown
        assertEquals("+8.1 from 2025-Q1", ReportingTables.change(new ReportingHistory.Change(Period.parse("2025-Q1"), 8.1, 8.1, 0.0, Map.of(), null), EN));
    }

    @Test
    void changeSplit_inVietnamese_decimalCommasAndTheCatalogueWords() {
        ReportingHistory.Change c = new ReportingHistory.Change(Period.parse("2025-Q3"), 5.2533, 3.5875, 1.6658, Map.of(), "methodology …");
        assertEquals("+5,25 so với 2025-Q3 (dữ liệu +3,59, bộ chỉ số +1,66)", ReportingTables.change(c, VI));
        assertEquals("+8,1 so với 2025-Q1", ReportingTables.change(new ReportingHistory.Change(Period.parse("2025-Q1"), 8.1, 8.1, 0.0, Map.of(), null), VI));
    }
}
