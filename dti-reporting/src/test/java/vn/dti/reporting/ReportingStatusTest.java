package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.Period;
import vn.dti.api.ReportingRole;

/** The status of the worked example's 2025-Q2 (Công an tỉnh reported on 30/6, 6 days late), hand-checked. */
class ReportingStatusTest {
    static ReportingStatus q2(LocalDate asOf) {
        return ReportingStatus.of(Fixtures.scorer(), Workspace.open(Fixtures.workedExample()), Period.parse("2025-Q2"), asOf);
    }

    static ReportingStatus.AgencyStatus row(ReportingStatus s, String agency, ReportingRole role) {
        return s.agencies().stream().filter(a -> a.agency().equals(agency) && a.role() == role).findFirst().orElseThrow();
    }

    @Test
    void afterTheDeadline_theLateAndTheMostPointsFirst() {
        ReportingStatus s = q2(LocalDate.of(2025, 7, 1));
        assertEquals(List.of("Sở KH&CN RESPONSIBLE 380", "Công an tỉnh RESPONSIBLE 130", "Văn phòng UBND tỉnh RESPONSIBLE 100", "Sở KH&CN COOPERATING 90"),
                s.agencies().subList(0, 4).stream().map(a -> a.agency() + " " + a.role() + " " + vn.dti.api.Points.format(a.pointsAtStake())).toList());
        ReportingStatus.AgencyStatus police = row(s, "Công an tỉnh", ReportingRole.RESPONSIBLE);
        assertEquals(7, police.due());
        assertEquals(0, police.onTime());
        assertEquals(List.of("5.1", "5.2", "8.1"), police.late());
        assertEquals(6, police.mostDaysLate());
        assertEquals(List.of("5.3", "5.4", "5.5", "5.6"), police.missing());
        // late 20 + 20 + 50, missing 4 × 10 that no agency reported
        assertEquals(130, police.pointsAtStake(), 1e-9);
        assertEquals(LocalDate.of(2025, 6, 25), police.dueBefore());
        assertEquals(-7, police.daysLeft());                                   // the last day on time was 24/6
        assertTrue(police.behind());
        // Sở KH&CN cooperates on 2.4, 6.4 and 6.5, which their responsible agencies reported: missing from it, but not at stake
        ReportingStatus.AgencyStatus coop = row(s, "Sở KH&CN", ReportingRole.COOPERATING);
        assertEquals(7, coop.missing().size());
        assertEquals(50 + 10 + 10 + 20, coop.pointsAtStake(), 1e-9);           // 6.6, 6.7, 6.8, 7.3
        ReportingStatus.AgencyStatus vp = row(s, "Văn phòng UBND tỉnh", ReportingRole.COOPERATING);
        assertEquals(0, vp.pointsAtStake(), 0);
        assertFalse(vp.behind());
        ReportingStatus.AgencyStatus culture = row(s, "Sở Văn hóa, Thể thao và Du lịch", ReportingRole.RESPONSIBLE);
        assertEquals(2, culture.onTime());
        assertFalse(culture.behind());
        assertTrue(s.agencies().stream().filter(ReportingStatus.AgencyStatus::behind).allMatch(a -> s.agencies().indexOf(a) < s.agencies().indexOf(culture)),
                "the agencies behind come first");
    }

    @Test
    void beforeTheDeadline_missingIsNotYetBehind_daysLeftCounted() {
        ReportingStatus s = q2(LocalDate.of(2025, 6, 20));
        ReportingStatus.AgencyStatus nv = row(s, "Sở Nội vụ", ReportingRole.RESPONSIBLE);
        assertEquals(4, nv.missing().size());
        assertFalse(nv.behind());
        assertEquals(4, nv.daysLeft());                                        // 20/6 → 24/6
        assertEquals("quarterly-report", s.deadlines().get(0).id());
        assertEquals(4, s.deadlines().get(0).daysLeft());
        assertEquals(Period.parse("2025-Q2"), s.next().get(0).period());
    }
}
