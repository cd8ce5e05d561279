package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.ReportingRole;
import vn.dti.api.Value;
import vn.dti.text.Language;

/** A clerk's form: its rows are the workbook's, and what was typed is read as the workbook's cells are. */
class AgencyFormTest {
    private static final String CA = "Công an tỉnh";
    private static final LocalDate DAY = LocalDate.of(2025, 9, 22);

    private static AgencyForm.Entry value(String v) {
        return new AgencyForm.Entry(v, null, null, null, null, null, null);
    }

    private static Submission read(Map<String, AgencyForm.Entry> entries) {
        byte[] csv = AgencyForm.csv(Fixtures.scorer(), CA, Fixtures.Q3, Fixtures.KHANH_HOA, DAY, entries);
        return AgencyWorkbooks.read(csv, AgencyForm.fileName(CA), AgencyForm.fileName(CA), Fixtures.scorer(),
                new AgencyWorkbooks.Expected(Fixtures.Q3, CA, "khanh-hoa"), DAY);
    }

    @Test
    void rows_areTheWorkbooksRows_withTheirPlaceInTheFile() {
        List<AgencyForm.Row> rows = AgencyForm.rows(Fixtures.scorer(), "công an tỉnh");
        // the worked example's CSV of Công an tỉnh: 5.1–5.6 and 8.1 it leads (rows 12–18), then 1.3, 2.1–2.3, 3.7, 4.1–4.4, 6.3, 6.9
        assertEquals(18, rows.size());
        assertEquals("5.1", rows.get(0).component().id().value());
        assertEquals("Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn", rows.get(0).component().name());
        assertEquals(ReportingRole.RESPONSIBLE, rows.get(0).role());
        assertEquals("Chủ trì", rows.get(0).roleLabel());
        assertEquals("Tỷ lệ (%)", rows.get(0).kindLabel());
        assertEquals("%", rows.get(0).unit());
        assertEquals(12, rows.get(0).fileRow());
        assertEquals("1.3", rows.get(7).component().id().value());
        assertEquals("Phối hợp (thành viên của Các sở, ban, ngành, địa phương)", rows.get(7).roleLabel());
        assertEquals("Có / Không", rows.get(7).kindLabel());
        assertEquals(19, rows.get(7).fileRow());
    }

    @Test
    void vietnameseValues_andADocument_areReadAsTheWorkbooksCells() {
        Submission s = read(Map.of("5.1", new AgencyForm.Entry("46,69%", "4100/BC-BCĐCĐS", "Báo cáo kết quả năm 2023", "5/12/2023",
                "Ban Chỉ đạo", "ca-5.1.pdf", "ghi chú"), "1.3", value("Có")));
        assertEquals(DAY, s.reportedAt());
        assertEquals(2, s.components().size());
        ComponentEvidence e51 = s.components().get(0).evidence();
        assertEquals(Value.number(0.4669), e51.value());
        assertEquals(List.of(new Document("4100/BC-BCĐCĐS", "Báo cáo kết quả năm 2023", LocalDate.of(2023, 12, 5), "Ban Chỉ đạo", "ca-5.1.pdf", null)),
                e51.documents());
        assertEquals("ghi chú", e51.note());
        assertEquals(Value.yesNo(true), s.components().get(1).evidence().value());
        assertEquals(ReportingRole.COOPERATING, s.components().get(1).role());
    }

    @Test
    void written_readsBackTheSame() {
        var scorer = Fixtures.scorer();
        Submission s = read(Map.of("5.1", value("46,69%"), "5.2", value("Không áp dụng"), "1.3", value("Không"), "2.2", value("Chưa ban hành")));
        List<String> written = s.components().stream()
                .map(sc -> AgencyForm.written(scorer.methodology().component(sc.evidence().indicator()).orElseThrow(), sc.evidence())).toList();
        assertEquals(List.of("46,69%", "Không áp dụng", "Không", "Chưa ban hành"), written);
        assertEquals("", AgencyForm.written(scorer.methodology().component(s.components().get(0).evidence().indicator()).orElseThrow(), null));
        assertEquals("5/12/2023", AgencyForm.written(LocalDate.of(2023, 12, 5)));
    }

    @Test
    void theFile_isTheTemplateWithTheTypedCells() {
        String template = new String(AgencyWorkbooks.template(Fixtures.scorer(), CA, Fixtures.Q3, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.CSV),
                StandardCharsets.UTF_8);
        String form = new String(AgencyForm.csv(Fixtures.scorer(), CA, Fixtures.Q3, Fixtures.KHANH_HOA, DAY, Map.of("8.1", value("40%"))),
                StandardCharsets.UTF_8);
        String expected = template.replace("Ngày báo cáo (dd/mm/yyyy),", "Ngày báo cáo (dd/mm/yyyy),22/9/2025")
                .replace("8.1,Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao dịch điện tử,Chủ trì,50,Tỷ lệ (%),%,,",
                        "8.1,Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao dịch điện tử,Chủ trì,50,Tỷ lệ (%),%,40%,");
        assertArrayEquals(expected.split("\r\n"), form.split("\r\n"));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void aValueReadTwoWays_isRefusedAtItsRowAndColumn() {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> read(Map.of("5.2", value("46,69"))));
        String text = e.message().in(Language.EN);
        assertTrue(text.contains("row 13, column G (Giá trị)"), text);
        assertEquals(AgencyForm.Field.VALUE, AgencyForm.Field.ofColumn("G").orElseThrow());
        assertEquals(AgencyForm.Field.DOCUMENT_DATE, AgencyForm.Field.ofColumn("J").orElseThrow());
        assertTrue(AgencyForm.Field.ofColumn("A").isEmpty());
    }

    @Test
    void refusals_areInTheRunsLanguage_vietnameseByDefault() {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> read(Map.of("5.2", new AgencyForm.Entry("46,69", "1/BC", null,
                "31/2/2025", null, null, null), "4.1", value("1.747"))));
        String vi = e.getMessage();
        assertTrue(vi.contains("[46,69] của chỉ số thành phần 5.2, một tỷ lệ: đây là phần trăm hay tỷ lệ? Không đọc. Ghi 46,69% nếu là phần trăm"), vi);
        assertTrue(vi.contains("[31/2/2025] không phải là ngày: tháng 2/2025 chỉ có 28 ngày."), vi);
        assertTrue(vi.contains("[1.747] của chỉ số thành phần 4.1, một tỷ lệ: đọc theo cách nào cũng lớn hơn 1"), vi);
        InvalidEvidenceException en = assertThrows(InvalidEvidenceException.class, () -> Language.during(Language.EN,
                () -> read(Map.of("5.2", value("46,69")))));
        assertTrue(en.getMessage().contains("[46,69] for component 5.2, a ratio: is it a percent or a share? Not read."), en.getMessage());
    }

    @Test
    void anotherAgencysComponent_isRefusedNamingIt() {
        // 6.5 is Sở KH&CN's alone
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class,
                () -> AgencyForm.csv(Fixtures.scorer(), CA, Fixtures.Q3, Fixtures.KHANH_HOA, DAY, Map.of("6.5", value("1"))));
        assertTrue(e.getMessage().contains("6.5") && e.getMessage().contains(CA), e.getMessage());
    }
}
