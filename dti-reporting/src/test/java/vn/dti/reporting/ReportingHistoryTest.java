package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Period;
import vn.dti.api.ReportingRole;
import vn.dti.rules.Methodologies;

/** Every period scored: the worked example's totals (hand-checked), and a change split into data and methodology. */
class ReportingHistoryTest {
    @TempDir
    Path tmp;

    @Test
    void workedExample_totalsPerPeriod() {
        ReportingHistory h = ReportingHistory.of(Workspace.open(Fixtures.workedExample()), Fixtures.scorer(), Methodologies::resolve);
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-H1", "2025-Q3", "2025-Q4", "2025-H2", "2025"), h.periods().stream().map(p -> p.period().label())
                .toList());
        assertEquals(List.of(), h.notScored());
        // Q1: 50 (1.1–1.5) + 40 (2.1, 2.2, 2.4) + 26.667 + 15 + 10 (3.4 at 0.80 of the 0.90 goal, 3.5, 3.7) + 18 + 4 (5.1, 5.2)
        //     + 18 + 8 (6.4, 6.5) + 17.5 + 7.5 (8.1 at 0.35, 8.2 at 0.015 of the 0.10 goal)
        double[] totals = {50 + 40 + 80 / 3.0 + 25 + 22 + 26 + 25, 50 + 40 + 83 / 3.0 + 25 + 24 + 27.6 + 28.5, 50 + 40 + 85 / 3.0 + 25 + 25.6 + 29 + 31,
            50 + 40 + 87.2 / 3.0 + 25 + 26 + 29.338 + 33.85, 50 + 40 + 87.2 / 3.0 + 25 + 26 + 29 + 33.85};
        String[] labels = {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025"};
        for (int i = 0; i < totals.length; i++) {
            assertEquals(totals[i], score(h, labels[i]).totalPoints(), 1e-9, labels[i]);
        }
        // a half-year is its quarters by the year's rules: the latest quarter's ratios and states; 1.2's count summed (6 + 7 = 13,
        // 8 + 6 = 14) earns the same 10 as each quarter's
        assertEquals(totals[1], score(h, "2025-H1").totalPoints(), 1e-9);
        assertEquals(totals[3], score(h, "2025-H2").totalPoints(), 1e-9);
        assertEquals(totals[3] - totals[1], score(h, "2025-H2").change().total(), 1e-9);
        assertEquals(Period.parse("2025-H1"), score(h, "2025-H2").change().from());
        assertNull(score(h, "2025-H1").change(), "the first half-year");
        ReportingHistory.PeriodScore year = score(h, "2025");
        assertEquals(totals[3], year.selfAssessedPoints(), 1e-9);             // the council's 6.5: 46,69% → 45% costs 0.338
        assertNull(h.periods().get(0).change());
        ReportingHistory.Change q2 = h.periods().get(1).change();
        assertEquals(totals[1] - totals[0], q2.total(), 1e-9);
        assertEquals(q2.total(), q2.data(), 1e-9);
        assertEquals(0.0, q2.methodology(), 0);
        assertEquals(3, h.periods().get(1).late());
        assertEquals(new ReportingHistory.Completeness("Công an tỉnh", ReportingRole.RESPONSIBLE, 7, 3, 3), completeness(h, "2025-Q2", "Công an tỉnh",
                ReportingRole.RESPONSIBLE));
        // in both roles: Công an tỉnh cooperates, as a member of "Sở, ban, ngành, địa phương", on 11 components and sent figures for none
        assertEquals(new ReportingHistory.Completeness("Công an tỉnh", ReportingRole.COOPERATING, 11, 0, 0), completeness(h, "2025-Q2", "Công an tỉnh",
                ReportingRole.COOPERATING));
        // Sở KH&CN cooperates on 6.5 (named) and reported it in the third quarter, on time (19/9, before 25/9)
        assertEquals(new ReportingHistory.Completeness("Sở KH&CN", ReportingRole.COOPERATING, 18, 1, 0), completeness(h, "2025-Q3", "Sở KH&CN",
                ReportingRole.COOPERATING));
        // Báo và Phát thanh, Truyền hình Khánh Hòa reported 1.5 in the first quarter, in place of Sở Văn hóa, Thể thao và Du lịch
        assertEquals(1, completeness(h, "2025-Q1", "Báo và Phát thanh, Truyền hình Khánh Hòa", ReportingRole.COOPERATING).reported());
        assertNull(year.change(), "no earlier year");
    }

    static ReportingHistory.PeriodScore score(ReportingHistory h, String period) {
        return h.periods().stream().filter(p -> p.period().label().equals(period)).findFirst().orElseThrow();
    }

    static ReportingHistory.Completeness completeness(ReportingHistory h, String period, String agency, ReportingRole role) {
        return score(h, period).completeness().stream().filter(c -> c.agency().equals(agency) && c.role() == role).findFirst().orElseThrow();
    }

    @Test
    void aPeriodThatCannotBeMerged_isNotScored_withTheReasons_theOthersAre() throws IOException {
        Path ws = ReportingStatusTest.copy(Fixtures.workedExample(), tmp.resolve("ws"));
        Path bad = ws.resolve("2025-Q3/Công an tỉnh.csv");
        Files.writeString(bad, Files.readString(bad, StandardCharsets.UTF_8).replace(",40%,", ",40,"), StandardCharsets.UTF_8);
        ReportingHistory h = ReportingHistory.of(Workspace.open(ws), Fixtures.scorer(), Methodologies::resolve);
        // the third quarter cannot be merged, nor the second half and the year built from it
        assertEquals(List.of("2025-Q3", "2025-H2", "2025"), h.notScored().stream().map(n -> n.period().label()).toList());
        ReportingHistory.NotScored q3 = h.notScored().get(0);
        assertEquals(1, q3.reasons().size(), q3.reasons().toString());
        assertTrue(q3.reasons().get(0).startsWith(bad + ", dòng "), q3.reasons().toString());
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-H1", "2025-Q4"), h.periods().stream().map(p -> p.period().label()).toList());
        // the fourth quarter's change is from the last quarter scored
        assertEquals(Period.parse("2025-Q2"), score(h, "2025-Q4").change().from());
    }

    @Test
    void differentMethodologyVersions_changeSplitIntoDataAndMethodology() throws IOException {
        Path edited = tmp.resolve("m-edited");
        Methodologies.export("vn-dti-province-2025", edited);
        Path table = edited.resolve("scoring.csv");
        Files.writeString(table, Files.readString(table, StandardCharsets.UTF_8).replace("\n3.4,,0.90,", "\n3.4,,0.80,"), StandardCharsets.UTF_8);
        Path ws = tmp.resolve("ws");
        Document doc = Document.of("1/BC", "Báo cáo", LocalDate.of(2025, 3, 1), "Sở KH&CN");
        Split.write(ws.resolve("2025-Q1"), "Sở KH&CN", Period.parse("2025-Q1"), LocalDate.of(2025, 3, 20), List.of(ComponentEvidence.of("3.4", 0.72, doc)),
                AgencyWorkbooks.Format.JSON);
        Split.write(ws.resolve("2025-Q2"), "Sở KH&CN", Period.parse("2025-Q2"), LocalDate.of(2025, 6, 20), List.of(ComponentEvidence.of("3.4", 0.76, doc)),
                AgencyWorkbooks.Format.JSON);
        Files.writeString(ws.resolve("workspace.json"), "{\"methodologies\": {\"2025-Q2\": \"../m-edited\"}}");
        ReportingHistory h = ReportingHistory.of(Workspace.open(ws), Fixtures.scorer(), Methodologies::resolve);
        // Q1 under the bundled goal 0.90: 0.72 / 0.9 × 30 = 24; Q2 under the edited goal 0.80: 0.76 / 0.8 × 30 = 28.5
        assertEquals(24, h.periods().get(0).totalPoints(), 1e-9);
        assertEquals(28.5, h.periods().get(1).totalPoints(), 1e-9);
        ReportingHistory.Change c = h.periods().get(1).change();
        assertEquals(4.5, c.total(), 1e-9);
        // Q1's evidence under the edited goal: 0.72 / 0.8 × 30 = 27 → methodology +3, data 28.5 − 27 = +1.5
        assertEquals(3.0, c.methodology(), 1e-9);
        assertEquals(1.5, c.data(), 1e-9);
        assertTrue(c.note().startsWith("methodology vn-dti-province-2025 "), c.note());
    }
}
