package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingRole;
import vn.dti.api.Value;
import vn.dti.json.DtiJson;

/** An agency's workbook, CSV and evidence file: what the template holds, and a filled one read back. */
class AgencyWorkbooksTest {
    @Test
    void xlsxTemplate_rowsHeaderFreezeDropDownsAndLockedColumns() throws Exception {
        byte[] bytes = AgencyWorkbooks.template(Fixtures.scorer(), "Văn phòng UBND tỉnh", Fixtures.Q3, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet s = wb.getSheet("Báo cáo");
            assertEquals("Văn phòng UBND tỉnh", s.getRow(6).getCell(1).getStringCellValue());
            assertEquals("2025-Q3", s.getRow(3).getCell(1).getStringCellValue());
            assertEquals("trước 25/9/2025 (Báo cáo quý trên phần mềm của tỉnh)", s.getRow(7).getCell(1).getStringCellValue());
            // 7 components it leads, then 3 it is named to cooperate on (1.1, 1.2, 2.4), then 17 it cooperates on as a member of
            // "Các sở, ban, ngành, địa phương" and its variants (1.3, 2.1–2.3, 3.7, 4.1–4.4, 5.1–5.6, 6.3, 6.9)
            assertEquals("5.8", s.getRow(11).getCell(0).getStringCellValue());
            assertEquals("Chủ trì", s.getRow(11).getCell(2).getStringCellValue());
            assertEquals("1.1", s.getRow(18).getCell(0).getStringCellValue());
            assertEquals("Phối hợp", s.getRow(18).getCell(2).getStringCellValue());
            assertEquals("1.3", s.getRow(21).getCell(0).getStringCellValue());
            assertEquals("Phối hợp (thành viên của Các sở, ban, ngành, địa phương)", s.getRow(21).getCell(2).getStringCellValue());
            assertTrue(s.getRow(21).getCell(13).getStringCellValue().contains("Thành viên của Các sở, ban, ngành, địa phương: ghi số liệu của cơ quan "
                    + "mình; cơ quan chủ trì (Sở KH&CN) đôn đốc, tổng hợp, đánh giá"), s.getRow(21).getCell(13).getStringCellValue());
            assertEquals("6.9", s.getRow(37).getCell(0).getStringCellValue());
            assertEquals("Phối hợp (thành viên của Sở, ban, ngành, địa phương)", s.getRow(37).getCell(2).getStringCellValue());
            assertEquals(37, s.getLastRowNum());
            assertEquals("Tỷ lệ hồ sơ nộp trực tuyến", s.getRow(14).getCell(1).getStringCellValue());
            assertEquals(20.0, s.getRow(14).getCell(3).getNumericCellValue(), 0);
            assertEquals("0.00%", s.getRow(14).getCell(6).getCellStyle().getDataFormatString());
            PaneInformation pane = s.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(11, pane.getHorizontalSplitPosition());
            assertEquals(2, pane.getVerticalSplitPosition());
            assertTrue(s.getProtect(), "the methodology's columns are locked");
            assertTrue(s.getRow(14).getCell(1).getCellStyle().getLocked());
            assertFalse(s.getRow(14).getCell(6).getCellStyle().getLocked());
            assertTrue(s.getColumnWidth(1) >= 50 * 256, "names fit, wrapped");
            List<? extends DataValidation> v = s.getDataValidations();
            assertTrue(v.stream().anyMatch(d -> List.of(d.getValidationConstraint().getExplicitListValues() == null ? new String[0]
                    : d.getValidationConstraint().getExplicitListValues()).containsAll(List.of("Có", "Không"))), "a Có / Không drop-down");
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("Danh mục")));
            // every drop-down's and number cell's messages are Vietnamese
            Set<String> texts = new TreeSet<>();
            for (DataValidation d : v) {
                if (d.getRegions().getCellRangeAddress(0).getFirstColumn() != 6) {
                    continue; // the dates' validations: printOnA4_datesAndRatiosChecked
                }
                assertTrue(d.getShowErrorBox() && d.getShowPromptBox());
                assertEquals("Giá trị", d.getErrorBoxTitle());
                assertEquals(d.getErrorBoxText(), d.getPromptBoxText());
                texts.add(d.getErrorBoxText());
            }
            assertEquals(Set.of("Chọn Có hoặc Không", "Tỷ lệ: 46,69% hoặc 0,4669", "Chọn một mức trong danh sách", "Số nguyên, ví dụ 1.747.201"),
                    texts);
        }
        byte[] category = AgencyWorkbooks.template(Fixtures.scorer(), "Sở KH&CN", Fixtures.Q3, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(category))) {
            assertTrue(wb.getSheet("Báo cáo").getDataValidations().stream()
                    .anyMatch(d -> "muc_1_1".equals(d.getValidationConstraint().getFormula1())), "levels of 1.1 from the hidden list sheet");
            assertEquals("Bí thư hoặc Chủ tịch tỉnh là Trưởng ban", wb.getSheet("Danh mục").getRow(0).getCell(1).getStringCellValue());
        }
    }

    /** Issue 20 item 3: the workbook prints on A4 landscape, one page wide, and checks dates and ratios as the reader does. */
    @Test
    void printOnA4_datesAndRatiosChecked() throws Exception {
        byte[] bytes = AgencyWorkbooks.template(Fixtures.scorer(), "Văn phòng UBND tỉnh", Fixtures.Q3, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet s = wb.getSheet("Báo cáo");
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getPrintSetup().getLandscape());
            assertTrue(s.getFitToPage());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(0, s.getPrintSetup().getFitHeight(), "as many pages down as it takes");
            // the row of column headers (row 11, index 10) on every page
            assertEquals(new org.apache.poi.ss.util.CellRangeAddress(10, 10, -1, -1).formatAsString(), s.getRepeatingRows().formatAsString());
            assertEquals("Mã chỉ số", s.getRow(10).getCell(0).getStringCellValue());
            // the label column is wide enough for its longest label, "Ngày báo cáo (dd/mm/yyyy)" (25 characters): it does not spill into B
            assertEquals("Ngày báo cáo (dd/mm/yyyy)", s.getRow(8).getCell(0).getStringCellValue());
            assertTrue(s.getColumnWidth(0) >= 26 * 256, "column A: " + s.getColumnWidth(0) / 256);
            // the instructions (row 10, index 9): wrapped in B, the row tall enough for about 45 characters a line
            assertEquals("Hướng dẫn", s.getRow(9).getCell(1 - 1).getStringCellValue());
            assertTrue(s.getRow(9).getCell(1).getCellStyle().getWrapText());
            int lines = s.getRow(9).getCell(1).getStringCellValue().length() / 44 + 1;
            assertEquals(15f * lines, s.getRow(9).getHeightInPoints(), 0.01);
            assertTrue(s.getMergedRegions().isEmpty(), "nothing merged: the reader refuses merged cells");
            List<? extends DataValidation> v = s.getDataValidations();
            // dates: the report date (B9) and every document date (column J, rows 12–38), between 2000 and 2100
            List<String> dates = v.stream().filter(d -> d.getValidationConstraint().getValidationType() == 4 /* DATE */)
                    .map(d -> d.getRegions().getCellRangeAddress(0).formatAsString()).sorted().toList();
            assertEquals(List.of("B9", "J12:J38"), dates);
            // ratios: between 0 and 200% (6.5, "Tỷ lệ hồ sơ nộp trực tuyến", row 15)
            assertEquals("Tỷ lệ hồ sơ nộp trực tuyến", s.getRow(14).getCell(1).getStringCellValue());
            DataValidation ratio = v.stream().filter(d -> d.getRegions().getCellRangeAddress(0).formatAsString().equals("G15")).findFirst().orElseThrow();
            assertEquals("Tỷ lệ: 46,69% hoặc 0,4669", ratio.getErrorBoxText());
            assertEquals("0", ratio.getValidationConstraint().getFormula1());
            assertEquals("2", ratio.getValidationConstraint().getFormula2());
        }
    }

    @Test
    void csvTemplate_utf8WithByteOrderMark_sameRows() {
        byte[] csv = AgencyWorkbooks.template(Fixtures.scorer(), "Công an tỉnh", Fixtures.Q3, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.CSV);
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nMã chỉ số,Tên chỉ số thành phần,Vai trò,Điểm tối đa,Loại giá trị,Đơn vị tính,Giá trị,"), text);
        assertTrue(text.contains("\r\n5.1,Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn,Chủ trì,20,Tỷ lệ (%),%,,"), text);
    }

    @Test
    void jsonTemplate_isAnEvidenceFileOfTheAgencysComponents() {
        byte[] json = AgencyWorkbooks.template(Fixtures.scorer(), "Sở Tài chính", Fixtures.Q3, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.JSON);
        var e = DtiJson.readEvidence(json, "t.json");
        // leads 2.4 and 6.9; named to cooperate on 7.1 and 7.2; a member of the cooperating groups of 1.3 … 6.3
        assertEquals(List.of("2.4", "6.9", "7.1", "7.2", "1.3", "2.1", "2.2", "2.3", "3.7", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4", "5.5",
                "5.6", "6.3"), e.components().stream().map(c -> c.indicator().value()).toList());
        assertTrue(e.components().stream().allMatch(c -> c.status() == ReportStatus.NOT_REPORTED && "Sở Tài chính".equals(c.reportedBy())));
        assertTrue(e.components().get(2).note().startsWith("Phối hợp."), e.components().get(2).note());
        assertTrue(e.components().get(4).note().startsWith("Phối hợp (thành viên của Các sở, ban, ngành, địa phương)."), e.components().get(4).note());
        assertTrue(e.note().contains("Thay \"status\": \"NOT_REPORTED\" bằng \"value\""), e.note());
    }

    @Test
    void filledWorkbook_readBack_vietnameseNumbersAndDates() {
        Fixtures.Book b = Fixtures.book("Văn phòng UBND tỉnh", Fixtures.Q3).reportedAt("19/9/2025")
                .value("6.5", "46,69%", "4100/BC-BCĐCĐS", "5/12/2023")           // typed as text
                .value("6.4", 1.0, "2690/QĐ-UBND", LocalDate.of(2023, 11, 14))    // a number in a % cell
                .value("5.8", "Có", "1/QĐ", "1/8/2025")
                .value("2.4", "Không áp dụng", "2/QĐ", "1/8/2025");
        int r = b.row("6.4") + 1;
        b.sheet.shiftRows(r, b.sheet.getLastRowNum(), 1);
        b.set(r, Fixtures.DOC_NUMBER, "4100/BC-BCĐCĐS").set(r, Fixtures.DOC_DATE, "05/12/2023");
        Submission s = Fixtures.read(b.bytes(), "VP.xlsx");
        assertEquals("Văn phòng UBND tỉnh", s.agency());
        assertEquals(LocalDate.of(2025, 9, 19), s.reportedAt());
        assertEquals(List.of("5.8", "6.4", "6.5", "2.4"), s.components().stream().map(c -> c.evidence().indicator().value()).toList());
        ComponentEvidence c65 = s.components().get(2).evidence();
        assertEquals(Value.number(0.4669), c65.value());
        assertEquals(List.of(new Document("4100/BC-BCĐCĐS", "Báo cáo kết quả", LocalDate.of(2023, 12, 5), "UBND tỉnh Khánh Hòa", null, null)),
                c65.documents());
        assertEquals("Văn phòng UBND tỉnh", c65.reportedBy());
        assertEquals(LocalDate.of(2025, 9, 19), c65.reportedAt());
        assertEquals(2, s.components().get(1).evidence().documents().size(), "a further document on the row below");
        assertEquals(Value.number(1.0), s.components().get(1).evidence().value());
        assertEquals(Value.yesNo(true), s.components().get(0).evidence().value());
        assertEquals(ReportStatus.NOT_APPLICABLE, s.components().get(3).evidence().status());
        assertEquals(ReportingRole.COOPERATING, s.components().get(3).role());
        assertEquals("VP.xlsx, trang tính Báo cáo, dòng 16, cột G (Giá trị)", s.components().get(2).where());
    }

    @Test
    void filledCsv_readBack_semicolonsToo() {
        String csv = new String(AgencyWorkbooks.template(Fixtures.scorer(), "Công an tỉnh", Fixtures.Q3, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.CSV),
                StandardCharsets.UTF_8);
        String filled = csv.replace("Ngày báo cáo (dd/mm/yyyy),", "Ngày báo cáo (dd/mm/yyyy),22/9/2025")
                .replace(",Tỷ lệ (%),%,,,,,,,,", ",Tỷ lệ (%),%,\"87,2%\",1/BC-CAT,Báo cáo,20/9/2025,Công an tỉnh,,,");
        Submission s = AgencyWorkbooks.read(filled.getBytes(StandardCharsets.UTF_8), AgencyWorkbooks.Format.CSV, "CA.csv", "CA", Fixtures.scorer(), Fixtures.Q3);
        // the 7 it leads, and the 6 ratios it cooperates on as a member of "Sở, ban, ngành, địa phương" (4.1–4.4, 6.3, 6.9)
        assertEquals(13, s.components().size(), "every ratio row of Công an tỉnh filled");
        assertEquals(Value.number(0.872), s.components().get(0).evidence().value());
        String semicolons = withSemicolons(filled);
        Submission t = AgencyWorkbooks.read(semicolons.getBytes(StandardCharsets.UTF_8), AgencyWorkbooks.Format.CSV, "CA.csv", "CA", Fixtures.scorer(),
                Fixtures.Q3);
        assertEquals(s.components().stream().map(c -> c.evidence()).toList(), t.components().stream().map(c -> c.evidence()).toList());
    }

    /** The same CSV as a spreadsheet program saves it under Vietnamese regional settings: fields separated by ';'. */
    static String withSemicolons(String csv) {
        StringBuilder out = new StringBuilder();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',' || ch == '\r' || ch == '\n') {
                String f = field.toString();
                out.append(f.contains(";") || f.contains("\"") ? "\"" + f.replace("\"", "\"\"") + "\"" : f).append(ch == ',' ? ';' : ch);
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        return out.append(field).toString();
    }
}
