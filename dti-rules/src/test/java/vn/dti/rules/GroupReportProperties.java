package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.dti.api.ReportStatus;
import vn.dti.api.ValueKind;

/**
 * {@link ComponentValue#isGroupReport()}, which completeness.drl's "Not reported" and "Reported only
 * by members of a cooperating group" test, holds exactly when the condition it replaced,
 * {@code reportedBy matches ".*; .*"}, did: for any agency name, line breaks included.
 */
class GroupReportProperties {
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> part = Arbitraries.of("Sở Y tế", "Sở KH&CN", ";", "; ", " ", "\n", "\r", "\u0085", "\u2028", "\u2029", "Công an tỉnh", ",", "");
        return part.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void sameAsTheRegularExpression(@ForAll("names") String reportedBy) {
        assertEquals(reportedBy.matches(".*; .*"), fact(reportedBy, "Sở Y tế").isGroupReport(), reportedBy);
    }

    @Test
    void namesSeveralAgencies() {
        assertTrue(fact("Sở Y tế; Công an tỉnh", "Sở KH&CN").isGroupReport());
        assertFalse(fact("Sở Y tế", "Sở KH&CN").isGroupReport());
        assertFalse(fact("Sở Y tế;Công an tỉnh", "Sở KH&CN").isGroupReport());
        assertFalse(fact("Sở Y tế; Công an\ntỉnh", "Sở KH&CN").isGroupReport());
        // none named: the responsible agency is the reporter
        assertTrue(fact("", "Sở A; Sở B").isGroupReport());
    }

    private static ComponentValue fact(String reportedBy, String responsible) {
        return new ComponentValue(0, 0, "1.1", ReportStatus.NOT_REPORTED, ValueKind.YES_NO, Double.NaN, false, null, 10, 0, false, 0, 0, 0,
                new ComponentValue.Report(reportedBy, responsible, false, null, null, "", 0, false, 0));
    }
}
