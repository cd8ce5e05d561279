package vn.dti.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dti.scoring.RuleLocation;

/** A finding names its rule as "rule (file)": by the label a table's row shows, by a compiled name, or "(?)" for a rule not known. */
class RuleOriginsTest {
    private final RuleOrigins origins = new RuleOrigins(Map.of(
            "Chấm điểm_12", new RuleOrigins.Origin("3.4", "scoring.csv", RuleLocation.cell("scoring.csv", "", 12, "D")),
            "Late report", new RuleOrigins.Origin("Late report", "reporting.drl", RuleLocation.line("reporting.drl", 7, 0))));

    @Test
    void describe_byLabel_byCompiledName_andUnknown() {
        assertEquals("3.4 (scoring.csv)", origins.describe("3.4"));
        assertEquals("Chấm điểm_12 (scoring.csv)", origins.describe("Chấm điểm_12"));
        assertEquals("Late report (reporting.drl)", origins.describe("Late report"));
        assertEquals("Bonus (?)", origins.describe("Bonus"));
        for (String rule : new String[] {"3.4", "Chấm điểm_12", "Late report", "Bonus"}) {
            assertEquals(rule + " (" + origins.fileOf(rule) + ")", origins.describe(rule), rule);
        }
    }
}
