package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.Agencies;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ReportingRole;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.text.Language;

/**
 * The reporting calendar (calendar.json) and agencies (agencies.json) of the 2025 folder, and the
 * completeness rules that use them: LATE_REPORT, REPORTED_BY_COOPERATING_AGENCY, documents dated
 * after a quarter.
 */
class ReportingRulesTest {
    @TempDir
    Path tmp;

    static ComponentEvidence report(String id, double value, String by, LocalDate at, LocalDate docDate) {
        return new ComponentEvidence(IndicatorId.of(id), ReportStatus.REPORTED, Value.number(value), EvidenceSource.SELF_REPORTED,
                List.of(Document.of("1/BC", "Báo cáo", docDate, "UBND")), by, at, null);
    }

    static ComponentScore score(String period, ComponentEvidence ce) {
        ScoreCard card = Fixtures.province2025().score(Evidence.of(Fixtures.KHANH_HOA, Period.parse(period), List.of(ce)));
        return card.component(ce.indicator().value()).orElseThrow();
    }

    static List<FindingCode> codes(ComponentScore s) {
        return s.findings().stream().map(Finding::code).toList();
    }

    @Test
    void calendar_isTheKhanhHoaPlansSectionIII() {
        RuleScorer s = Fixtures.province2025();
        assertEquals(List.of("quarterly-report", "annual-report", "annual-review"), s.calendar().deadlines().stream().map(d -> d.id()).toList());
        assertEquals(LocalDate.of(2025, 9, 25), s.calendar().deadline(Period.parse("2025-Q3"), ReportingRole.COOPERATING).orElseThrow()
                .dateFor(Period.parse("2025-Q3")));
        assertEquals(LocalDate.of(2026, 1, 10), s.calendar().deadline(Period.year(2025), ReportingRole.RESPONSIBLE).orElseThrow().dateFor(Period.year(2025)));
        assertEquals("Sở KH&CN", s.agencies().canonical("Sở Khoa học và Công nghệ").orElseThrow());
        assertTrue(s.agencies().isGroup("Các sở, ban, ngành, địa phương"));
        // the 11 agencies the catalogue names, and the 5 sở agencies.json adds as members of "Các sở, ban, ngành"
        assertEquals(16, s.agencies().agencies().size());
        // the six-monthly review (mục II.1): a half-year's, held by the end of the month after it (an ASSUMPTION), binding no role
        ReportingCalendar.Review review = s.calendar().reviews().get(0);
        assertEquals("half-year-review", review.id());
        assertEquals(ReportingCalendar.PeriodKind.HALF_YEAR, review.period());
        assertEquals(LocalDate.of(2025, 7, 31), review.dateFor(Period.parse("2025-H1")));
        assertTrue(review.assumption().startsWith("ASSUMPTION: the plan gives no date."), review.assumption());
        assertTrue(s.calendar().deadlines(Period.parse("2025-H1")).isEmpty());
    }

    @Test
    void groupMembers_everyNamedSoBanNganh_andTheOthersTheDocumentsName() {
        Agencies a = Fixtures.province2025().agencies();
        assertEquals(List.of("Sở KH&CN", "Văn phòng UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính", "Sở Nội vụ", "Công an tỉnh",
                "Thống kê tỉnh", "Sở Công Thương", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tư pháp",
                "Sở Dân tộc và Tôn giáo"), a.members("Sở, ban, ngành, địa phương"));
        assertEquals(a.members("Các sở, ban, ngành"), a.members("Sở, ban, ngành"));
        assertEquals(List.of(), a.members("Các doanh nghiệp viễn thông"));
        Component c44 = Fixtures.province2025().methodology().component(IndicatorId.of("4.4")).orElseThrow();
        assertEquals("Sở, ban, ngành, địa phương", a.via("Sở Y tế", c44));
        assertEquals(ReportingRole.RESPONSIBLE, a.role("Sở Nội vụ", c44));
        assertEquals(ReportingRole.COOPERATING, a.role("Công an tỉnh", c44));
        assertFalse(a.members("Sở, ban, ngành").contains("Văn phòng Tỉnh ủy"));
    }

    @Test
    void onlyMembersOfAGroupReported_noValue_theFindingNamesTheResponsibleAgencyAndThem() {
        ComponentEvidence ce = new ComponentEvidence(IndicatorId.of("4.4"), ReportStatus.NOT_REPORTED, null, EvidenceSource.SELF_REPORTED, List.of(),
                "Công an tỉnh; Sở Y tế", null, null);
        ComponentScore s = score("2025-Q3", ce);
        assertEquals(List.of(FindingCode.NOT_REPORTED), codes(s));
        assertEquals("Component 4.4 has no value: its responsible agency, Sở Nội vụ, did not report it. Members of its cooperating group reported their "
                + "own figures (Công an tỉnh; Sở Y tế); they are kept in the evidence's note, not added up (the documents give no formula for it): Sở Nội "
                + "vụ compiles them and reports the province's value.", s.findings().get(0).message().in(Language.EN));
        assertEquals(20.0, s.findings().get(0).pointsLost(), 0);
        // one member only: kept, as a cooperating agency's
        ComponentScore one = score("2025-Q3", report("4.4", 0.6, "Sở Y tế", LocalDate.of(2025, 9, 19), LocalDate.of(2025, 9, 1)));
        assertEquals(12.0, one.points(), 1e-12);
        assertEquals(List.of(FindingCode.REPORTED_BY_COOPERATING_AGENCY), codes(one));
    }

    @Test
    void aWebPageWithoutADate_isNeverStale() {
        Document page = new Document(null, "Chuyên trang chuyển đổi số", null, null, "https://khanhhoa.gov.vn/chuyen-doi-so", null);
        ComponentEvidence ce = new ComponentEvidence(IndicatorId.of("1.3"), ReportStatus.REPORTED, Value.yesNo(true), EvidenceSource.SELF_REPORTED,
                List.of(page), "Sở KH&CN", LocalDate.of(2025, 9, 19), null);
        ComponentScore s = score("2025-Q3", ce);
        assertEquals(10.0, s.points(), 0);
        assertEquals(List.of(), codes(s));
        // beside a decision four years old: the page cannot be stale, so neither is the component
        ComponentEvidence both = new ComponentEvidence(IndicatorId.of("1.3"), ReportStatus.REPORTED, Value.yesNo(true), EvidenceSource.SELF_REPORTED,
                List.of(page, Document.of("1/QĐ", "Quyết định", LocalDate.of(2021, 1, 5), "UBND")), "Sở KH&CN", LocalDate.of(2025, 9, 19), null);
        assertEquals(List.of(), codes(score("2025-Q3", both)));
    }

    @Test
    void lateReport_namesAgencyAndDays_withholdsNothing() {
        ComponentScore s = score("2025-Q2", report("5.1", 0.9, "Công an tỉnh", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 1)));
        assertEquals(18.0, s.points(), 1e-12);                       // 0.9 × 20, untouched
        assertEquals(List.of(FindingCode.LATE_REPORT), codes(s));
        Finding f = s.findings().get(0);
        assertEquals("Công an tỉnh reported component 5.1 on 2025-06-30, 6 days late: Báo cáo quý trên phần mềm của tỉnh was due before 2025-06-25.",
                f.message().in(Language.EN));
        assertEquals(0.0, f.pointsLost(), 0);
        assertEquals(0.0, f.pointsAtRisk(), 0);
        assertEquals("Công an tỉnh", f.agency());
        assertEquals("Late report (completeness.drl)", f.rule());
    }

    @Test
    void lateReport_theDayBeforeIsOnTime_theDayItselfLate() {
        assertEquals(List.of(), codes(score("2025-Q2", report("5.1", 0.9, "Công an tỉnh", LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 1)))));
        ComponentScore s = score("2025-Q2", report("5.1", 0.9, "Công an tỉnh", LocalDate.of(2025, 6, 25), LocalDate.of(2025, 6, 1)));
        assertTrue(s.findings().get(0).message().in(Language.EN).contains(", 1 day late:"), s.findings().get(0).message().in(Language.EN));
    }

    @Test
    void lateReport_aYearIsDueBefore10January_forTheResponsibleAgencyOnly() {
        ComponentScore late = score("2025", report("3.4", 0.9, null, LocalDate.of(2026, 1, 12), LocalDate.of(2025, 12, 1)));
        assertEquals(List.of(FindingCode.LATE_REPORT), codes(late));
        assertTrue(late.findings().get(0).message().in(Language.EN).startsWith("Sở KH&CN reported component 3.4 on 2026-01-12, 3 days late: "), late.findings().get(0).message().in(Language.EN));
        // a cooperating agency is bound by no annual deadline: kept, named, not late
        ComponentScore coop = score("2025", report("3.4", 0.9, "Các doanh nghiệp viễn thông", LocalDate.of(2026, 1, 12), LocalDate.of(2025, 12, 1)));
        assertEquals(List.of(FindingCode.REPORTED_BY_COOPERATING_AGENCY), codes(coop));
    }

    @Test
    void lateReport_theEvidencesDateStandsForComponentsWithoutOne() {
        Evidence e = new Evidence(null, Fixtures.KHANH_HOA, Period.parse("2025-Q1"), LocalDate.of(2025, 4, 2), null,
                List.of(report("5.1", 0.9, "Công an tỉnh", null, LocalDate.of(2025, 3, 1))));
        ComponentScore s = Fixtures.province2025().score(e).component("5.1").orElseThrow();
        assertTrue(s.findings().get(0).message().in(Language.EN).contains("on 2025-04-02, 9 days late"), s.findings().get(0).message().in(Language.EN));
    }

    @Test
    void cooperatingAgencyOnly_keptAndTheResponsibleAgencyNamed() {
        // 6.5 is Văn phòng UBND tỉnh's; Sở KH&CN cooperates (and is written out in full here)
        ComponentScore s = score("2025-Q3", report("6.5", 0.45, "Sở Khoa học và Công nghệ", LocalDate.of(2025, 9, 19), LocalDate.of(2025, 9, 1)));
        assertEquals(9.0, s.points(), 1e-12);
        assertEquals(List.of(FindingCode.REPORTED_BY_COOPERATING_AGENCY), codes(s));
        assertEquals("Component 6.5 was reported by Sở KH&CN, a cooperating agency (cơ quan phối hợp); the responsible agency, Văn phòng UBND tỉnh, "
                + "did not report it. The value is kept: Văn phòng UBND tỉnh should confirm it.", s.findings().get(0).message().in(Language.EN));
        assertEquals("Văn phòng UBND tỉnh", s.findings().get(0).agency());
        assertEquals(0.0, s.findings().get(0).points(), 0);
    }

    @Test
    void quarter_documentAfterItsEnd_isStale_noLongerThe31DayGrace() {
        ComponentScore q = score("2025-Q2", report("5.1", 0.9, "Công an tỉnh", LocalDate.of(2025, 6, 20), LocalDate.of(2025, 7, 5)));
        assertEquals(List.of(FindingCode.STALE_EVIDENCE), codes(q));
        assertTrue(q.findings().get(0).message().in(Language.EN).contains("dated after the quarter (5 days after its end)"), q.findings().get(0).message().in(Language.EN));
        assertEquals(18.0, q.findings().get(0).pointsAtRisk(), 1e-12);
        assertEquals(List.of(), codes(score("2025-Q2", report("5.1", 0.9, "Công an tỉnh", LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 30)))));
    }

    @Test
    void year_keepsItsOwn31DayGrace() {
        assertEquals(List.of(), codes(score("2025", report("5.1", 0.9, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20)))));
        ComponentScore late = score("2025", report("5.1", 0.9, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 15)));
        assertEquals(List.of(FindingCode.STALE_EVIDENCE), codes(late));
        assertTrue(late.findings().get(0).message().in(Language.EN).contains("dated after the period (46 days after its end)"), late.findings().get(0).message().in(Language.EN));
    }

    @Test
    void bundledExample_raisesNoReportingFinding() {
        ScoreCard card = Fixtures.province2025().score(Fixtures.khanhHoa2023());
        assertTrue(card.findings().stream().noneMatch(f -> f.code() == FindingCode.LATE_REPORT || f.code() == FindingCode.REPORTED_BY_COOPERATING_AGENCY),
                card.findings().toString());
    }

    @Test
    void brokenCalendar_namesFileLineAndColumn() throws IOException {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path cal = dir.resolve("calendar.json");
        MethodologyFolderTest.edit(cal, "\"7.5\": \"LATEST\"", "\"7.55\": \"LATEST\"");
        MethodologyFolderTest.edit(cal, "\"day\": 25}", "\"day\": 32}");
        InvalidMethodologyException e = Language.during(Language.EN, () -> assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir)));
        assertEquals(1, e.problems(vn.dti.text.Language.EN).size(), e.getMessage());
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).matches(".*calendar\\.json:\\d+:\\d+: (?:at|tại) \\$\\.deadlines\\[0\\]\\.before: day \\[32\\] must be a day of the month, 1 to 31\\."),
                e.getMessage());
        MethodologyFolderTest.edit(cal, "\"day\": 32}", "\"day\": 25}");
        e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        int line = MethodologyFolderTest.lineOf(cal, "\"7.55\"");
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).contains("calendar.json:" + line + ":"), e.getMessage());
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).contains("$.yearFromQuarters.byComponent: unknown component 7.55 — Main indicator 7 ("),
                e.problems(vn.dti.text.Language.EN).get(0));
        assertTrue(e.problems(vn.dti.text.Language.VI).get(0).contains("$.yearFromQuarters.byComponent: không có chỉ số thành phần 7.55 trong bộ chỉ số; "
                + "Chỉ số chính 7 ("), e.problems(vn.dti.text.Language.VI).get(0));
        // a sum of yes/no answers, in the reader's language
        MethodologyFolderTest.edit(cal, "\"7.55\": \"LATEST\"", "\"1.3\": \"SUM\"");
        e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).endsWith("$.yearFromQuarters.byComponent: component 1.3 is a YES_NO value: only LATEST applies "
                + "(a SUM of yes/no answers means nothing)."), e.problems(vn.dti.text.Language.EN).get(0));
        assertTrue(e.problems(vn.dti.text.Language.VI).get(0).endsWith("$.yearFromQuarters.byComponent: chỉ số thành phần 1.3 là giá trị kiểu YES_NO: chỉ "
                + "áp dụng được LATEST (SUM của các câu trả lời có/không không có nghĩa)."), e.problems(vn.dti.text.Language.VI).get(0));
    }

    @Test
    void brokenAgencies_namesFileLineAndColumn() throws IOException {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path agencies = dir.resolve("agencies.json");
        MethodologyFolderTest.edit(agencies, "\"agency\": \"Sở KH&CN\"", "\"agency\": \"Sở KHCN\"");
        InvalidMethodologyException e = Language.during(Language.EN, () -> assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir)));
        int line = MethodologyFolderTest.lineOf(agencies, "\"agency\": \"Sở KHCN\"");
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).contains("agencies.json:" + (line - 1) + ":") || e.problems(vn.dti.text.Language.EN).get(0).contains("agencies.json:" + line + ":"),
                e.getMessage());
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).contains("alias for [Sở KHCN]: the catalogue names no such agency"), e.getMessage());
    }

    @Test
    void brokenMembers_namesFileLineAndColumn() throws IOException {
        Methodologies.export(Fixtures.PROVINCE_2025, tmp.resolve("m"));
        MethodologyFolderTest.edit(tmp.resolve("m/agencies.json"), "        \"Sở Y tế\",", "        \"Sở Y tê\",");
        InvalidMethodologyException e = Language.during(Language.EN, () -> assertThrows(InvalidMethodologyException.class,
                () -> Methodologies.load(tmp.resolve("m"))));
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).matches("(?s).*agencies\\.json:\\d+:\\d+: .*\\$\\.members\\[0\\]: members of Các sở, ban, ngành: unknown agency "
                + "\\[Sở Y tê\\]; list it among the other agencies first.*"), e.getMessage());
    }

    @Test
    void folderWithoutCalendar_nothingIsLate() throws IOException {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Files.delete(dir.resolve("calendar.json"));
        RuleScorer s = Methodologies.load(dir);
        Evidence e = Evidence.of(Fixtures.KHANH_HOA, Period.parse("2025-Q2"),
                List.of(report("5.1", 0.9, "Công an tỉnh", LocalDate.of(2025, 7, 30), LocalDate.of(2025, 6, 1))));
        assertEquals(List.of(), s.score(e).component("5.1").orElseThrow().findings());
    }
}
