package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.FindingCode;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.text.Language;

/** Merging a workspace's submissions: agreement, conflicts naming both files and cells, cooperating agencies, a year from its quarters. */
class EvidenceMergeTest {
    @TempDir
    Path ws;

    static final Document DOC = Document.of("4100/BC-BCĐCĐS", "Báo cáo", LocalDate.of(2025, 9, 1), "UBND tỉnh");
    static final Document DOC2 = Document.of("2/BC-SKHCN", "Báo cáo", LocalDate.of(2025, 9, 2), "Sở KH&CN");

    static ComponentEvidence ce(String id, double v, Document... docs) {
        return ComponentEvidence.of(id, v, docs);
    }

    Evidence merge(String period) {
        return EvidenceMerge.merge(Fixtures.scorer(), Workspace.open(ws), Period.parse(period)).evidence();
    }

    @ExtendWith(InEnglish.class)
    @Test
    void agreement_keepsTheResponsibleAgencysReport_andPoolsDocuments() {
        Path q3 = ws.resolve("2025-Q3");
        Split.write(q3, "Văn phòng UBND tỉnh", Fixtures.Q3, LocalDate.of(2025, 9, 19), List.of(ce("6.5", 0.45, DOC)), AgencyWorkbooks.Format.XLSX);
        Split.write(q3, "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 15), List.of(ce("6.5", 0.45, DOC2), ce("3.4", 0.85, DOC)), AgencyWorkbooks.Format.CSV);
        Evidence e = merge("2025-Q3");
        ComponentEvidence c = e.component(IndicatorId.of("6.5")).orElseThrow();
        assertEquals(Value.number(0.45), c.value());
        assertEquals("Văn phòng UBND tỉnh", c.reportedBy());
        assertEquals(LocalDate.of(2025, 9, 19), c.reportedAt());
        assertEquals(List.of(DOC, DOC2), c.documents());
        assertEquals("Also reported, with the same value, by Sở KH&CN.", c.note());
        assertEquals(List.of("3.4", "6.5"), e.components().stream().map(x -> x.indicator().value()).toList(), "catalogue order");
        assertEquals(LocalDate.of(2025, 9, 19), e.reportedAt());
        assertEquals("Merged by dti evidence merge from 2 submissions for 2025-Q3: Sở KH&CN; Văn phòng UBND tỉnh.", e.note());
    }

    @ExtendWith(InEnglish.class)
    @Test
    void aValueWithNoDocumentAtAll_isNamedAtMerge_fileSheetRow() {
        Path q3 = ws.resolve("2025-Q3");
        Split.write(q3, "Văn phòng UBND tỉnh", Fixtures.Q3, LocalDate.of(2025, 9, 19), List.of(ce("6.5", 0.45), ce("6.4", 1.0, DOC)),
                AgencyWorkbooks.Format.XLSX);
        Split.write(q3, "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 15), List.of(ce("3.4", 0.85)), AgencyWorkbooks.Format.CSV);
        EvidenceMerge.Result r = EvidenceMerge.merge(Fixtures.scorer(), Workspace.open(ws), Period.parse("2025-Q3"));
        ScoreCard card = Fixtures.scorer().score(r.evidence());
        List<String> warnings = EvidenceMerge.withoutDocuments(Fixtures.scorer(), r, Language.EN);
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(vn.dti.text.Messages.text(Language.EN, "reporting.merge.noDocument", q3.resolve("Sở KH&CN.csv") + ", row 21, column G (Giá trị)", "3.4",
                "Sở KH&CN", vn.dti.text.Figure.points(card.component("3.4").orElseThrow().findings().get(0).points())), warnings.get(0));
        assertTrue(warnings.get(1).startsWith(q3.resolve("Văn phòng UBND tỉnh.xlsx") + ", sheet Báo cáo, row 15, column G (Giá trị): component 6.5 "
                + "(Văn phòng UBND tỉnh) has a value but no evidence document"), warnings.get(1));
        assertTrue(EvidenceMerge.withoutDocuments(Fixtures.scorer(), r, Language.VI).get(1).contains("không có tài liệu kiểm chứng nào"));
        // the same value with its document: nothing to say
        Split.write(q3, "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 15), List.of(ce("3.4", 0.85, DOC), ce("6.5", 0.45, DOC2)), AgencyWorkbooks.Format.CSV);
        assertEquals(List.of(), EvidenceMerge.withoutDocuments(Fixtures.scorer(), EvidenceMerge.merge(Fixtures.scorer(), Workspace.open(ws),
                Period.parse("2025-Q3")), Language.EN));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void conflict_namesBothFilesAndCells() {
        Path q3 = ws.resolve("2025-Q3");
        Split.write(q3, "Văn phòng UBND tỉnh", Fixtures.Q3, LocalDate.of(2025, 9, 19), List.of(ce("6.5", 0.45, DOC)), AgencyWorkbooks.Format.XLSX);
        Split.write(q3, "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 15), List.of(ce("6.5", 0.4669, DOC)), AgencyWorkbooks.Format.CSV);
        String m = assertThrows(InvalidEvidenceException.class, () -> merge("2025-Q3")).getMessage();
        assertEquals("Component 6.5 is reported two ways: Sở KH&CN reports [0,4669] at " + q3.resolve("Sở KH&CN.csv") + ", row 39, column G (Giá trị), "
                + "but Văn phòng UBND tỉnh reports [0,45] at " + q3.resolve("Văn phòng UBND tỉnh.xlsx") + ", sheet Báo cáo, row 15, column G (Giá trị). "
                + "The agencies must agree on one value; correct one file (and keep the other version in a sub-folder, e.g. superseded/, if it is needed).", m);
    }

    @Test
    void cooperatingAgencyOnly_keptAndNamedOnTheCard() {
        Split.write(ws.resolve("2025-Q3"), "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 15), List.of(ce("6.5", 0.45, DOC)), AgencyWorkbooks.Format.JSON);
        Evidence e = merge("2025-Q3");
        assertEquals("Sở KH&CN", e.component(IndicatorId.of("6.5")).orElseThrow().reportedBy());
        ScoreCard card = Fixtures.scorer().score(e);
        assertEquals(9.0, card.component("6.5").orElseThrow().points(), 1e-12);
        assertEquals(List.of(FindingCode.REPORTED_BY_COOPERATING_AGENCY), card.component("6.5").orElseThrow().findings().stream().map(f -> f.code()).toList());
    }

    @ExtendWith(InEnglish.class)
    @Test
    void year_fromItsQuarters_sumForCounts_latestForRatios_ownFolderFirst() {
        String[] quarters = {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"};
        double[] counts = {6, 7, 8, 6};
        double[] ratios = {0.80, 0.83, 0.85, 0.872};
        for (int i = 0; i < 4; i++) {
            Period q = Period.parse(quarters[i]);
            List<ComponentEvidence> list = i == 2 ? List.of(ce("1.2", counts[i], DOC)) : List.of(ce("1.2", counts[i], DOC), ce("3.4", ratios[i], DOC));
            Split.write(ws.resolve(quarters[i]), "Sở KH&CN", q, q.end().minusDays(10), list, AgencyWorkbooks.Format.CSV);
        }
        Evidence year = merge("2025");
        ComponentEvidence c12 = year.component(IndicatorId.of("1.2")).orElseThrow();
        assertEquals(Value.number(27), c12.value());
        assertEquals("From the quarters (calendar.json: SUM): 2025-Q1 6 + 2025-Q2 7 + 2025-Q3 8 + 2025-Q4 6 = 27.", c12.note());
        assertEquals(Value.number(0.872), year.component(IndicatorId.of("3.4")).orElseThrow().value());
        assertEquals(LocalDate.of(2025, 12, 21), year.reportedAt());
        // the year's own report replaces the quarters' for what it reports
        Split.write(ws.resolve("2025"), "Sở KH&CN", Period.year(2025), LocalDate.of(2026, 1, 8), List.of(ce("3.4", 0.9, DOC)), AgencyWorkbooks.Format.JSON);
        Evidence own = merge("2025");
        assertEquals(Value.number(0.9), own.component(IndicatorId.of("3.4")).orElseThrow().value());
        assertEquals(Value.number(27), own.component(IndicatorId.of("1.2")).orElseThrow().value());
    }

    @ExtendWith(InEnglish.class)
    @Test
    void twoFilesOfOneAgency_orNone_refused() {
        Path q3 = ws.resolve("2025-Q3");
        Split.write(q3, "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 15), List.of(ce("3.4", 0.85, DOC)), AgencyWorkbooks.Format.CSV);
        Split.write(q3, "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 15), List.of(ce("3.4", 0.85, DOC)), AgencyWorkbooks.Format.XLSX);
        String m = assertThrows(InvalidEvidenceException.class, () -> merge("2025-Q3")).getMessage();
        assertTrue(m.contains("Sở KH&CN.xlsx: a second submission of Sở KH&CN for 2025-Q3 (the first is "), m);
        String none = assertThrows(InvalidEvidenceException.class, () -> merge("2025-Q2")).getMessage();
        assertTrue(none.startsWith(ws.resolve("2025-Q2") + ": no submissions (.xlsx, .csv or .json files) for 2025-Q2."), none);
    }

    @ExtendWith(InEnglish.class)
    @Test
    void badFiles_allListedTogether_nothingMerged() {
        Path q3 = ws.resolve("2025-Q3");
        Split.write(q3, "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 15), List.of(ce("3.4", 0.85, DOC)), AgencyWorkbooks.Format.CSV);
        Fixtures.book("Công an tỉnh", Fixtures.Q3).reportedAt("31/02/2025").value("5.1", "90%", "1/BC", "1/9/2025").write(q3.resolve("Công an tỉnh.xlsx"));
        Split.write(q3, "Văn phòng UBND tỉnh", Period.parse("2025-Q2"), LocalDate.of(2025, 6, 15), List.of(ce("6.5", 0.4, DOC)), AgencyWorkbooks.Format.JSON);
        String m = assertThrows(InvalidEvidenceException.class, () -> merge("2025-Q3")).getMessage();
        assertTrue(m.contains("Công an tỉnh.xlsx, sheet Báo cáo, row 9, column B (Ngày báo cáo (dd/mm/yyyy)): [31/02/2025] is not a date"), m);
        assertTrue(m.contains("Văn phòng UBND tỉnh.json:") && m.contains("$.period: the file reports period 2025-Q2, not 2025-Q3"), m);
    }

    @ExtendWith(InEnglish.class)
    @Test
    void membersOfACooperatingGroup_theirFiguresKeptInTheNote_notAddedUp_neverAConflict() {
        Path q3 = ws.resolve("2025-Q3");
        Document home = Document.of("12/BC-SNV", "Báo cáo", LocalDate.of(2025, 9, 10), "Sở Nội vụ");
        Document police = Document.of("3/BC-CAT", "Báo cáo", LocalDate.of(2025, 9, 12), "Công an tỉnh");
        Split.write(q3, "Sở Nội vụ", Fixtures.Q3, LocalDate.of(2025, 9, 20), List.of(ce("4.4", 0.6, home)), AgencyWorkbooks.Format.CSV);
        Split.write(q3, "Công an tỉnh", Fixtures.Q3, LocalDate.of(2025, 9, 18), List.of(ce("4.4", 0.5, police)), AgencyWorkbooks.Format.XLSX);
        Split.write(q3, "Sở Y tế", Fixtures.Q3, LocalDate.of(2025, 9, 19), List.of(ce("4.4", 0.7)), AgencyWorkbooks.Format.JSON);
        ComponentEvidence c = merge("2025-Q3").component(IndicatorId.of("4.4")).orElseThrow();
        // the responsible agency's value, its documents only; the members' figures (which disagree) in the note
        assertEquals(Value.number(0.6), c.value());
        assertEquals("Sở Nội vụ", c.reportedBy());
        assertEquals(List.of(home), c.documents());
        assertEquals("Contributions of members of Sở, ban, ngành, địa phương (cooperating), each its own figure, not added up (the documents give no "
                + "formula for the province's value): Công an tỉnh 0,5 (3/BC-CAT, 12/9/2025); Sở Y tế 0,7 (no document).", c.note());
    }

    @ExtendWith(InEnglish.class)
    @Test
    void onlyOneMemberReported_keptAsACooperatingAgencysReport() {
        Split.write(ws.resolve("2025-Q3"), "Sở Y tế", Fixtures.Q3, LocalDate.of(2025, 9, 19), List.of(ce("4.4", 0.6, DOC)), AgencyWorkbooks.Format.XLSX);
        Evidence e = merge("2025-Q3");
        ComponentEvidence c = e.component(IndicatorId.of("4.4")).orElseThrow();
        assertEquals("Sở Y tế", c.reportedBy());
        assertEquals("Reported only by Sở Y tế, a member of Sở, ban, ngành, địa phương (a cooperating group).", c.note());
        ScoreCard card = Fixtures.scorer().score(e);
        assertEquals(12.0, card.component("4.4").orElseThrow().points(), 1e-12);     // 0.6 × 20
        assertEquals(List.of(FindingCode.REPORTED_BY_COOPERATING_AGENCY), card.component("4.4").orElseThrow().findings().stream().map(f -> f.code()).toList());
    }

    @ExtendWith(InEnglish.class)
    @Test
    void severalMembersOnly_noValue_theCardNamesTheResponsibleAgencyAndThem() {
        Path q3 = ws.resolve("2025-Q3");
        Split.write(q3, "Công an tỉnh", Fixtures.Q3, LocalDate.of(2025, 9, 18), List.of(ce("4.4", 0.5, DOC)), AgencyWorkbooks.Format.CSV);
        Split.write(q3, "Sở Y tế", Fixtures.Q3, LocalDate.of(2025, 9, 19), List.of(ce("4.4", 0.7, DOC2)), AgencyWorkbooks.Format.XLSX);
        Evidence e = merge("2025-Q3");
        ComponentEvidence c = e.component(IndicatorId.of("4.4")).orElseThrow();
        assertEquals(ReportStatus.NOT_REPORTED, c.status());
        assertEquals("Công an tỉnh; Sở Y tế", c.reportedBy());
        assertTrue(c.note().startsWith("Reported only by members of its cooperating group, each its own figure; Sở Nội vụ, the responsible agency, did not "
                + "report the province's value. Contributions of members of Sở, ban, ngành, địa phương"), c.note());
        var s44 = Fixtures.scorer().score(e).component("4.4").orElseThrow();
        assertEquals(0.0, s44.points(), 0);
        assertEquals(1, s44.findings().size());
        assertTrue(s44.findings().get(0).message().in(Language.EN).startsWith("Component 4.4 has no value: its responsible agency, Sở Nội vụ, did not report it. Members of "
                + "its cooperating group reported their own figures (Công an tỉnh; Sở Y tế)"), s44.findings().get(0).message().in(Language.EN));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void filesMadeWithoutAnEntity_takeTheWorkspaces_orAreRefusedSayingHow() throws IOException {
        Path q3 = ws.resolve("2025-Q3");
        Files.createDirectories(q3);
        // as 'dti evidence template --agency "Sở Tài chính" --period 2025-Q3' without --entity writes it, then filled
        String filled = Split.csv("Sở Tài chính", Fixtures.Q3, LocalDate.of(2025, 9, 19), List.of(new ComponentEvidence(IndicatorId.of("2.4"),
                ReportStatus.REPORTED, Value.yesNo(true), EvidenceSource.SELF_REPORTED, List.of(DOC), null, null, null)))
                .replace("\r\nMã đơn vị,khanh-hoa\r\nTên đơn vị,Khánh Hòa\r\n", "\r\nMã đơn vị,province\r\nTên đơn vị,province\r\n");
        Files.writeString(q3.resolve("Sở Tài chính.csv"), filled, StandardCharsets.UTF_8);
        String m = assertThrows(InvalidEvidenceException.class, () -> merge("2025-Q3")).getMessage();
        assertEquals(q3.resolve("Sở Tài chính.csv") + ": made without --entity (it reports for the placeholder [province]), and the workspace names no entity. "
                + "Name the province once in the workspace's workspace.json: {\"entity\": {\"id\": \"khanh-hoa\", \"name\": \"Khánh Hòa\"}} (or make the "
                + "templates with --entity khanh-hoa --name \"Khánh Hòa\").", m);
        // another file of the workspace names it: taken from there, and said
        Split.write(q3, "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 15), List.of(ce("3.4", 0.85, DOC)), AgencyWorkbooks.Format.JSON);
        EvidenceMerge.Result r = EvidenceMerge.merge(Fixtures.scorer(), Workspace.open(ws), Fixtures.Q3);
        assertEquals(Fixtures.KHANH_HOA, r.evidence().entity());
        assertEquals(List.of("Sở Tài chính.csv was made without --entity: read as khanh-hoa's (the workspace's other files)."), r.notes());
        // workspace.json names it
        Files.delete(q3.resolve("Sở KH&CN.json"));
        Files.writeString(ws.resolve("workspace.json"), "{\"entity\": {\"id\": \"khanh-hoa\", \"name\": \"Khánh Hòa\"}}");
        assertEquals(Fixtures.KHANH_HOA, merge("2025-Q3").entity());
    }

    @ExtendWith(InEnglish.class)
    @Test
    void halfYear_fromItsTwoQuarters_byTheYearsRules() {
        Split.write(ws.resolve("2025-Q1"), "Sở KH&CN", Period.parse("2025-Q1"), LocalDate.of(2025, 3, 20), List.of(ce("1.2", 6, DOC), ce("3.4", 0.80, DOC)),
                AgencyWorkbooks.Format.CSV);
        Split.write(ws.resolve("2025-Q2"), "Sở KH&CN", Period.parse("2025-Q2"), LocalDate.of(2025, 6, 20), List.of(ce("1.2", 7, DOC), ce("3.4", 0.83, DOC)),
                AgencyWorkbooks.Format.XLSX);
        Split.write(ws.resolve("2025-Q3"), "Sở KH&CN", Fixtures.Q3, LocalDate.of(2025, 9, 20), List.of(ce("1.2", 8, DOC)), AgencyWorkbooks.Format.CSV);
        Evidence h1 = merge("2025-H1");
        assertEquals(Period.parse("2025-H1"), h1.period());
        assertEquals(Value.number(13), h1.component(IndicatorId.of("1.2")).orElseThrow().value());
        assertEquals("From the quarters (calendar.json: SUM): 2025-Q1 6 + 2025-Q2 7 = 13.", h1.component(IndicatorId.of("1.2")).orElseThrow().note());
        assertEquals(Value.number(0.83), h1.component(IndicatorId.of("3.4")).orElseThrow().value());
        assertEquals(Value.number(8), merge("2025-H2").component(IndicatorId.of("1.2")).orElseThrow().value());
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-H1", "2025-Q3", "2025-H2", "2025"), Workspace.open(ws).periods().stream().map(Period::label).toList());
    }

    @Test
    void theJsonTemplatesOwnNotes_areNotCopiedIntoTheMergedEvidence() throws IOException {
        Path q3 = ws.resolve("2025-Q3");
        Files.createDirectories(q3);
        String json = new String(AgencyWorkbooks.template(Fixtures.scorer(), "Sở Tài chính", Fixtures.Q3, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.JSON),
                StandardCharsets.UTF_8);
        // the officer replaces 2.4's status by a value and its documents, and leaves the template's note as it is
        String filled = json.replaceFirst("\"status\" : \"NOT_REPORTED\",", "\"value\" : true, \"reportedAt\" : \"2025-09-19\", \"documents\" : "
                + "[{\"number\": \"1/NQ-HĐND\", \"title\": \"Nghị quyết\", \"date\": \"2025-08-01\"}],");
        Files.writeString(q3.resolve("Sở Tài chính.json"), filled, StandardCharsets.UTF_8);
        ComponentEvidence c = merge("2025-Q3").component(IndicatorId.of("2.4")).orElseThrow();
        assertEquals(Value.yesNo(true), c.value());
        assertEquals(null, c.note());
    }
}
