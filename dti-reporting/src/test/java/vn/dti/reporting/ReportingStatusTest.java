package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.Points;
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
                s.agencies().subList(0, 4).stream().map(a -> a.agency() + " " + a.role() + " " + Points.format(a.pointsAtStake())).toList());
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
        // Sở KH&CN is named to cooperate on 2.4, 6.4 and 6.5, which their responsible agencies reported: missing from it, but not at stake;
        // it cooperates on 4.1–4.4, 5.1–5.6 and 6.9 as a member of "Sở, ban, ngành, địa phương": due and missing, but no points at stake
        ReportingStatus.AgencyStatus coop = row(s, "Sở KH&CN", ReportingRole.COOPERATING);
        assertEquals(7 + 11, coop.missing().size());
        assertEquals(50 + 10 + 10 + 20, coop.pointsAtStake(), 1e-9);           // 6.6, 6.7, 6.8, 7.3
        assertEquals(90, coop.pointsLate(), 1e-9);                             // the same, missing after the deadline
        assertEquals(130, police.pointsLate(), 1e-9);                          // late 5.1, 5.2, 8.1 and missing 5.3–5.6 after the deadline
        // the next deadline binding its role: the third quarter's, 85 days from 1/7 to 24/9
        assertEquals(Period.parse("2025-Q3"), police.next().period());
        assertEquals(85, police.next().daysLeft());
        // the six-monthly review of the first half: held by 31/7 (an ASSUMPTION of calendar.json), binding no role
        assertEquals("half-year-review", s.nextReview().id());
        assertEquals(Period.parse("2025-H1"), s.nextReview().period());
        assertEquals(30, s.nextReview().daysLeft());
        ReportingStatus.AgencyStatus vp = row(s, "Văn phòng UBND tỉnh", ReportingRole.COOPERATING);
        assertEquals(0, vp.pointsAtStake(), 0);
        // behind all the same: as a member of "Sở, ban, ngành, địa phương" it has not sent its figures for 4.1–4.4, 5.3–5.6, … which the province lacks
        assertTrue(vp.behind());
        assertEquals(0, vp.pointsLate(), 0);
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
        // before the deadline nothing is missing "after the deadline"; the folder is read as on the day of the status (issue 20 item 4):
        // Công an tỉnh's reports of 30/6 are dated after 20/6, so its file is refused at the report-date cell ("ngày trong tương lai")
        ReportingStatus.AgencyStatus police = row(s, "Công an tỉnh", ReportingRole.RESPONSIBLE);
        String future = vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "reporting.date.futureReport", "30/6/2025", "20/6/2025");
        assertTrue(police.refused().get(0).problems().stream().anyMatch(p -> p.contains(future)), police.toString());
        assertEquals(0, s.agencies().stream().filter(ReportingStatus.AgencyStatus::behind).count(), "nobody is behind before the deadline");
    }

    @Test
    void late_first_byThePointsLateOrMissing_thenTheRestByThePointsAtStake() {
        ReportingStatus s = q2(LocalDate.of(2025, 7, 1));
        List<ReportingStatus.AgencyStatus> rows = s.agencies();
        for (int i = 1; i < rows.size(); i++) {
            ReportingStatus.AgencyStatus a = rows.get(i - 1);
            ReportingStatus.AgencyStatus b = rows.get(i);
            assertTrue(a.behind() || !b.behind(), "behind first: " + a + " / " + b);
            if (a.behind() == b.behind()) {
                assertTrue(a.pointsLate() > b.pointsLate() || (a.pointsLate() == b.pointsLate() && a.pointsAtStake() >= b.pointsAtStake()), a + " / " + b);
            }
        }
    }

    @ExtendWith(InEnglish.class)
    @Test
    void aRefusedFile_isListedUnderItsAgency_anUnfilledTemplateIsNotSubmitted(@TempDir Path tmp) throws IOException {
        Path ws = copy(Fixtures.workedExample(), tmp.resolve("ws"));
        Path bad = ws.resolve("2025-Q2/Công an tỉnh.csv");
        Files.writeString(bad, Files.readString(bad, StandardCharsets.UTF_8).replace(",38%,", ",38,"), StandardCharsets.UTF_8);
        Files.write(ws.resolve("2025-Q2/Sở Nội vụ.xlsx"), AgencyWorkbooks.template(Fixtures.scorer(), "Sở Nội vụ", Period.parse("2025-Q2"), Fixtures.KHANH_HOA,
                AgencyWorkbooks.Format.XLSX));
        ReportingStatus s = ReportingStatus.of(Fixtures.scorer(), Workspace.open(ws), Period.parse("2025-Q2"), LocalDate.of(2025, 7, 1));
        ReportingStatus.AgencyStatus police = row(s, "Công an tỉnh", ReportingRole.RESPONSIBLE);
        assertEquals(List.of("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "8.1"), police.missing(), "its components count as not submitted");
        assertEquals(1, police.refused().size());
        assertEquals(bad.toString(), police.refused().get(0).file());
        assertEquals(1, police.refused().get(0).problems().size());
        assertTrue(police.refused().get(0).problems().get(0).startsWith(bad + ", row "), police.refused().get(0).problems().toString());
        assertTrue(police.refused().get(0).problems().get(0).contains(", column G (Giá trị): [38] for component 8.1, a ratio: is it a percent or a share?"));
        assertEquals(police.refused(), row(s, "Công an tỉnh", ReportingRole.COOPERATING).refused(), "under both its rows");
        // the template nobody filled in: not submitted, no error
        ReportingStatus.AgencyStatus home = row(s, "Sở Nội vụ", ReportingRole.RESPONSIBLE);
        assertEquals(4, home.missing().size());
        assertEquals(List.of(), home.refused());
        // merging still refuses the period
        assertThrows(InvalidEvidenceException.class, () -> EvidenceMerge.merge(Fixtures.scorer(), Workspace.open(ws), Period.parse("2025-Q2")));
    }

    @Test
    void halfYear_fromItsQuarters_eachReportAgainstItsOwnQuartersDeadline() {
        ReportingStatus s = ReportingStatus.of(Fixtures.scorer(), Workspace.open(Fixtures.workedExample()), Period.parse("2025-H1"), LocalDate.of(2025, 7, 1));
        assertEquals(List.of("2025-Q1", "2025-Q2"), s.deadlines().stream().map(d -> d.period().label()).toList());
        ReportingStatus.AgencyStatus police = row(s, "Công an tỉnh", ReportingRole.RESPONSIBLE);
        // its second quarter's reports (30/6, after 25/6) are late; the half's deadline is its last quarter's
        assertEquals(List.of("5.1", "5.2", "8.1"), police.late());
        assertEquals(6, police.mostDaysLate());
        assertEquals(LocalDate.of(2025, 6, 25), police.dueBefore());
        // Báo và Phát thanh, Truyền hình reported 1.5 in the first quarter, on time
        ReportingStatus.AgencyStatus press = row(s, "Báo và Phát thanh, Truyền hình Khánh Hòa", ReportingRole.COOPERATING);
        assertEquals(1, press.onTime());
        assertEquals(List.of("1.4"), press.missing());
    }

    /** A copy of a workspace to break. */
    static Path copy(Path source, Path target) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(source)) {
            all = walk.sorted().toList();
        }
        for (Path p : all) {
            Path t = target.resolve(source.relativize(p).toString());
            Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
