package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.Value;

/**
 * Every bad input the issue lists, refused with a message that names the file, sheet, row and
 * column and says what is expected; nothing is read from a file that has any problem.
 */
class BadInputTest {
    static final String FILE = "Văn phòng UBND tỉnh.xlsx";

    @TempDir
    Path tmp;

    static Fixtures.Book filled() {
        return Fixtures.book("Văn phòng UBND tỉnh", Fixtures.Q3).reportedAt("19/9/2025").value("6.4", 1.0, "4100/BC-BCĐCĐS", "5/12/2023")
                .value("6.5", "46,69%", "4100/BC-BCĐCĐS", "5/12/2023");
    }

    static String refused(byte[] bytes) {
        return assertThrows(InvalidEvidenceException.class, () -> Fixtures.read(bytes, FILE)).getMessage();
    }

    /** The workbook with 6.5's max points (column D, locked) changed from 20 to 25. */
    private static Fixtures.Book maxPointsChanged() {
        Fixtures.Book b = filled();
        return b.set(b.row("6.5"), 3, 25.0);
    }

    static void assertStarts(String expected, String message) {
        assertTrue(message.startsWith(expected), "expected the message to start with\n  " + expected + "\nbut it is\n  " + message);
    }

    @Test
    void wellFilled_isRead() {
        assertEquals(2, Fixtures.read(filled().bytes(), FILE).components().size());
    }

    @ExtendWith(InEnglish.class)
    @Test
    void anotherMethodology() {
        Fixtures.Book b = filled().set(1, 1, "vn-dti-province-2022");
        assertStarts(FILE + ", sheet Báo cáo, row 2, column B (Bộ chỉ số): the file was made for methodology [vn-dti-province-2022], not "
                + "vn-dti-province-2025; make a new file with 'dti evidence template --methodology vn-dti-province-2025 --agency …'.", refused(b.bytes()));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void anotherPeriod() {
        Fixtures.Book b = filled().set(3, 1, "2025-Q2");
        assertStarts(FILE + ", sheet Báo cáo, row 4, column B (Kỳ báo cáo): the file reports period 2025-Q2, not 2025-Q3 (the folder it is in); move it "
                + "to the folder 2025-Q2/, or make a file for 2025-Q3.", refused(b.bytes()));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void rowForAComponentTheAgencyDoesNotOwn() {
        Fixtures.Book b = filled();
        int r = b.sheet.getLastRowNum() + 1;
        b.set(r, 0, "3.4").set(r, 6, "87,2%");
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column A (Mã chỉ số): component 3.4 is not Văn phòng UBND tỉnh's: its responsible agency "
                + "is Sở KH&CN and its cooperating agencies are Các doanh nghiệp viễn thông. An agency reports only the components it leads or "
                + "cooperates on", refused(b.bytes()));
        // the components it cooperates on are accepted, as cooperating
        Submission s = Fixtures.read(filled().value("2.4", "Có", "1/QĐ", "1/8/2025").bytes(), FILE);
        assertEquals(vn.dti.api.ReportingRole.COOPERATING, s.components().get(2).role());
    }

    @ExtendWith(InEnglish.class)
    @Test
    void valueInALockedColumn() {
        int r = filled().row("6.5");
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column D (Điểm tối đa): this column is the methodology's and is locked: for component "
                + "6.5 it holds [20], the cell is [25]. Restore it; write values only in column G (Giá trị)", refused(maxPointsChanged().bytes()));
        Fixtures.Book c = filled();
        c.set(c.row("6.6"), 5, "45%");
        assertTrue(refused(c.bytes()).contains("row " + (c.row("6.6") + 1) + ", column F (Đơn vị tính): this column is the methodology's and is locked: "
                + "for component 6.6 it holds [%], the cell is [45%]."));
    }

    /** The refusals above in Vietnamese, the default language: the same file, sheet, row and column, the catalogue's words. */
    @Test
    void workbookProblems_inVietnamese_nameTheFileSheetAndCell() {
        assertStarts(FILE + ", trang tính Báo cáo, dòng 4, cột B (Kỳ báo cáo): tệp báo cáo kỳ 2025-Q2, không phải kỳ 2025-Q3 (thư mục chứa tệp); chuyển tệp "
                + "vào thư mục 2025-Q2/, hoặc tạo tệp cho kỳ 2025-Q3.", refused(filled().set(3, 1, "2025-Q2").bytes()));
        int r = filled().row("6.5");
        assertStarts(FILE + ", trang tính Báo cáo, dòng " + (r + 1) + ", cột D (Điểm tối đa): cột này thuộc bộ chỉ số và bị khóa: với chỉ số thành phần 6.5 "
                + "cột ghi [20], ô hiện là [25]. Hãy khôi phục; chỉ ghi giá trị ở cột G (Giá trị)", refused(maxPointsChanged().bytes()));
        Fixtures.Book m = filled();
        m.sheet.addMergedRegion(new CellRangeAddress(r, r, 6, 7));
        assertStarts(FILE + ", trang tính Báo cáo, các ô G" + (r + 1) + ":H" + (r + 1) + ": ô bị gộp;", refused(m.bytes()));
        Fixtures.Book other = filled();
        int o = other.sheet.getLastRowNum() + 1;
        other.set(o, 0, "3.4").set(o, 6, "87,2%");
        assertStarts(FILE + ", trang tính Báo cáo, dòng " + (o + 1) + ", cột A (Mã chỉ số): chỉ số thành phần 3.4 không thuộc Văn phòng UBND tỉnh: cơ quan chủ "
                + "trì là Sở KH&CN, các cơ quan phối hợp là Các doanh nghiệp viễn thông. Mỗi cơ quan chỉ báo cáo", refused(other.bytes()));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void mergedCell() {
        Fixtures.Book b = filled();
        int r = b.row("6.5");
        b.sheet.addMergedRegion(new CellRangeAddress(r, r, 6, 7));
        assertStarts(FILE + ", sheet Báo cáo, cells G" + (r + 1) + ":H" + (r + 1) + ": merged cells; a merged cell hides which row or column a value "
                + "belongs to. Unmerge them", refused(b.bytes()));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void formulaWithoutItsSavedValue() {
        Fixtures.Book b = filled();
        int r = b.row("6.5");
        b.sheet.getRow(r).getCell(6).setBlank();
        b.sheet.getRow(r).getCell(6).setCellFormula("0.4+0.0669");   // as a program that writes formulas but no values would
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column G (Giá trị): a formula (=0.4+0.0669) without a saved value; dti never computes "
                + "formulas.", refused(b.bytes()));
        // with the value the spreadsheet program saved, the cached value is read (nothing is computed)
        Fixtures.Book c = filled();
        c.sheet.getRow(r).getCell(6).setBlank();
        c.sheet.getRow(r).getCell(6).setCellFormula("0.4+0.0669");
        c.wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c.sheet.getRow(r).getCell(6));
        var read = (Value.Numeric) Fixtures.read(c.bytes(), FILE).components().get(1).evidence().value();
        assertEquals(0.4669, read.number(), 1e-12);
    }

    @ExtendWith(InEnglish.class)
    @Test
    void dateThatDoesNotExist() {
        Fixtures.Book b = filled();
        int r = b.row("6.5");
        b.set(r, Fixtures.DOC_DATE, "31/02/2025");
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column J (Ngày ban hành (dd/mm/yyyy)): [31/02/2025] is not a date: February 2025 has 28 days.",
                refused(b.bytes()));
        Fixtures.Book c = filled().reportedAt("19/13/2025");
        assertStarts(FILE + ", sheet Báo cáo, row 9, column B (Ngày báo cáo (dd/mm/yyyy)): [19/13/2025] is not a date: there is no month 13",
                refused(c.bytes()));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void aDateAfterTheDayOfTheMerge_isRefusedAtItsCell() {
        java.util.function.BiFunction<Fixtures.Book, LocalDate, String> refusedOn = (b, day) -> assertThrows(InvalidEvidenceException.class,
                () -> AgencyWorkbooks.read(b.bytes(), FILE, FILE, Fixtures.scorer(), new AgencyWorkbooks.Expected(Fixtures.Q3, null, null), day)).getMessage();
        vn.dti.text.Language lang = vn.dti.text.Language.fromEnvironment();
        LocalDate merge = LocalDate.of(2025, 9, 30);
        // the report date
        Fixtures.Book report = filled().reportedAt("1/10/2025");
        assertStarts(FILE + ", sheet Báo cáo, row 9, column B (Ngày báo cáo (dd/mm/yyyy)): " + vn.dti.text.Messages.text(lang, "reporting.date.futureReport",
                "1/10/2025", "30/9/2025"), refusedOn.apply(report, merge));
        // a document date
        Fixtures.Book doc = filled();
        int r = doc.row("6.5");
        doc.set(r, Fixtures.DOC_DATE, "15/10/2025");
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column J (Ngày ban hành (dd/mm/yyyy)): " + vn.dti.text.Messages.text(lang,
                "reporting.date.futureDocument", "15/10/2025", "30/9/2025"), refusedOn.apply(doc, merge));
        assertTrue(vn.dti.text.Messages.text(vn.dti.text.Language.VI, "reporting.date.futureDocument", "15/10/2025", "30/9/2025").contains("ngày trong tương lai"));
        // the same files on a later day are read; today is the day when none is given
        assertEquals(2, AgencyWorkbooks.read(doc.bytes(), FILE, FILE, Fixtures.scorer(), new AgencyWorkbooks.Expected(Fixtures.Q3, null, null),
                LocalDate.of(2025, 10, 15)).components().size());
        Fixtures.Book nextCentury = filled().reportedAt("1/1/2099");
        assertTrue(refused(nextCentury.bytes()).contains("[1/1/2099]"), refused(nextCentury.bytes()));
        // an evidence file (.json): the report date and a document's date
        String json = "{\"entity\": {\"id\": \"khanh-hoa\", \"kind\": \"PROVINCE\"}, \"period\": \"2025-Q3\", \"reportedAt\": \"2025-09-19\", "
                + "\"components\": [\n  {\"indicator\": \"6.5\", \"value\": 0.4669, \"reportedBy\": \"Văn phòng UBND tỉnh\", \"documents\": [{\"number\": "
                + "\"1/BC\", \"date\": \"2025-10-02\"}]}]}";
        String m = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(json.getBytes(StandardCharsets.UTF_8), "Văn phòng UBND tỉnh.json",
                "VP.json", Fixtures.scorer(), new AgencyWorkbooks.Expected(Fixtures.Q3, null, null), merge)).getMessage();
        assertTrue(m.contains("$.components[0].documents[0].date: " + vn.dti.text.Messages.text(lang, "reporting.date.futureDocument", "2/10/2025",
                "30/9/2025")), m);
    }

    /** A report dated today in Vietnam is not in the future on a machine whose clock is in another zone (a service kept in UTC, here UTC-12). */
    @Test
    void todayInVietnam_isNotInTheFuture_whateverTheMachinesZone() {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Etc/GMT+12"));
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
            Fixtures.Book b = filled().reportedAt(today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + today.getYear());
            assertEquals(2, AgencyWorkbooks.read(b.bytes(), FILE, FILE, Fixtures.scorer(), new AgencyWorkbooks.Expected(Fixtures.Q3, null, null), null)
                    .components().size());
            assertEquals(today, vn.dti.api.ReportingDay.today());
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }

    @ExtendWith(InEnglish.class)
    @Test
    void fractionWhereACountIsExpected() {
        Fixtures.Book b = Fixtures.book("Sở KH&CN", Fixtures.Q3).reportedAt("19/9/2025").value("1.2", "1,5", "1/QĐ", "1/8/2025");
        assertStarts("S.xlsx, sheet Báo cáo, row " + (b.row("1.2") + 1) + ", column G (Giá trị): [1,5] for component 1.2, a count: a count is a whole number, "
                + "and this reads as 1,5. Write the whole number (thousands as 1.747.201).",
                assertThrows(InvalidEvidenceException.class, () -> Fixtures.read(b.bytes(), "S.xlsx")).getMessage());
    }

    @ExtendWith(InEnglish.class)
    @Test
    void percentWithoutItsSignWhereARatioIsExpected_isAmbiguous() {
        Fixtures.Book b = filled();
        int r = b.row("6.5");
        b.set(r, 6, "46,69");
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column G (Giá trị): [46,69] for component 6.5, a ratio: is it a percent or a share? "
                + "Not read. Write 46,69% if it is a percent (it is then 0,4669), or the share between 0 and 1 (0,4669 for 46,69%).", refused(b.bytes()));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void emptyWorkbook() throws IOException {
        byte[] template = Fixtures.book("Văn phòng UBND tỉnh", Fixtures.Q3).bytes();
        assertStarts(FILE + ": nothing is filled in: no row has a value in column G (Giá trị). Fill the values Văn phòng UBND tỉnh reports, or leave "
                + "the file out of the workspace.", refused(template));
        assertStarts(FILE + ": not an Excel workbook (.xlsx is a zip file; this one is not): the file is empty.", refused(new byte[0]));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1");
            wb.write(out);
            assertStarts(FILE + ": no sheet named \"Báo cáo\" (the workbook has Sheet1); it is not an agency workbook", refused(out.toByteArray()));
        }
    }

    /** The refusals of a file's size and format, a zip bomb and the note on macros, in Vietnamese (the run's language here); English above. */
    @Test
    void sizeMacrosAndZipBomb_inVietnamese() throws IOException {
        Path big = tmp.resolve("big.xlsx");
        Files.write(big, new byte[10 * 1024 * 1024 + 1]);
        InvalidEvidenceException large = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(big, Fixtures.scorer(), Fixtures.Q3));
        assertStarts(big + ": 10.485.761 byte, lớn hơn 10 MB mà một tệp báo cáo được phép có", large.getMessage());
        assertStarts(big + ": 10485761 bytes, larger than the 10 MB a submission may have", large.message(vn.dti.text.Language.EN));
        Path xlsm = tmp.resolve("VP.xlsm");
        Files.write(xlsm, filled().bytes());
        String m = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(xlsm, Fixtures.scorer(), Fixtures.Q3)).getMessage();
        assertEquals(xlsm + ": sổ tính có macro (.xlsm) không được đọc: dti không bao giờ chạy macro. Hãy lưu lại thành sổ tính Excel (.xlsx) không có macro.", m);
        Submission s = Fixtures.read(macros(filled().bytes()), FILE);
        assertEquals(List.of(FILE + " có macro (xl/vbaProject.bin): bỏ qua, không chạy; đã đọc các giá trị được lưu trong tệp."), s.notes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(new byte[8 * 1024 * 1024]);
            zip.closeEntry();
        }
        String bomb = refused(out.toByteArray());
        assertTrue(bomb.startsWith(FILE + ": phần xl/worksheets/sheet1.xml giải nén ra gấp ") && bomb.contains("(hơn 100 lần); bị từ chối vì là \"bom zip\"."), bomb);
        assertStarts(FILE + ": không phải sổ tính Excel (.xlsx là một tệp zip; tệp này thì không): tệp trống.", refused(new byte[0]));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void largerThan10MB_isNotRead() throws IOException {
        Path big = tmp.resolve("big.xlsx");
        Files.write(big, new byte[10 * 1024 * 1024 + 1]);
        String m = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(big, Fixtures.scorer(), Fixtures.Q3)).getMessage();
        assertStarts(big + ": 10485761 bytes, larger than the 10 MB a submission may have", m);
    }

    @ExtendWith(InEnglish.class)
    @Test
    void zipBomb_refusedNotExpanded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 8; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 50_000, "8 MB of zeros compress to " + out.size() + " bytes");
        assertStarts(FILE + ": the part xl/worksheets/sheet1.xml expands ", refused(out.toByteArray()));
        assertTrue(refused(out.toByteArray()).contains("refused as a zip bomb"));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void macros_valuesRead_nothingRun_andSaid() throws IOException {
        Submission s = Fixtures.read(macros(filled().bytes()), FILE);
        assertEquals(2, s.components().size(), "the values saved in the workbook are read");
        assertEquals(List.of(FILE + " holds macros (xl/vbaProject.bin): ignored, not run; its saved values were read."), s.notes());
        // an .xlsm file is still refused by its name: save it as .xlsx
        Path xlsm = tmp.resolve("VP.xlsm");
        Files.write(xlsm, filled().bytes());
        String m = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(xlsm, Fixtures.scorer(), Fixtures.Q3)).getMessage();
        assertStarts(xlsm + ": a workbook with macros (.xlsm) is not read: dti never runs macros.", m);
    }

    @ExtendWith(InEnglish.class)
    @Test
    void externalLinks_notFollowed_theSavedValuesRead_andSaid() throws IOException {
        // G15 holds =[1]Sheet1!A1, a cell of another workbook, with the value the spreadsheet program saved: 0,4669
        Fixtures.Book b = filled();
        String ref = "G" + (b.row("6.5") + 1);
        byte[] linked = externalLink(cellXml(b.bytes(), ref, "", "<f>[1]Sheet1!A1</f><v>0.4669</v>"));
        Submission s = Fixtures.read(linked, FILE);
        assertEquals(Value.number(0.4669), s.components().get(1).evidence().value());
        assertEquals(List.of(FILE + " links to other workbooks (xl/externalLinks/externalLink1.xml): the links were not followed; the values the "
                + "spreadsheet program saved in it were read (check them against the other workbooks)."), s.notes());
        // and the merge says so, on its output and in the merged evidence's note
        Path ws = tmp.resolve("ws");
        Files.createDirectories(ws.resolve("2025-Q3"));
        Files.write(ws.resolve("2025-Q3").resolve(FILE), macros(linked));
        EvidenceMerge.Result r = EvidenceMerge.merge(Fixtures.scorer(), Workspace.open(ws), Fixtures.Q3);
        assertEquals(2, r.notes().size(), r.notes().toString());
        assertTrue(r.notes().get(0).startsWith(FILE + " holds macros (xl/vbaProject.bin): ignored, not run"), r.notes().toString());
        assertTrue(r.evidence().note().contains(" Notes: " + FILE + " holds macros"), r.evidence().note());
    }

    /** The workbook with a link to another workbook, as Excel writes one: the part, its content type, its relationships, the workbook's reference. */
    static byte[] externalLink(byte[] xlsx) throws IOException {
        byte[] b = rewrite(xlsx, "[Content_Types].xml", x -> x.replace("</Types>", "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>"));
        b = rewrite(b, "xl/_rels/workbook.xml.rels", x -> x.replace("</Relationships>", "<Relationship Id=\"rIdExt1\" Type=\"http://schemas.openxmlformats"
                + ".org/officeDocument/2006/relationships/externalLink\" Target=\"externalLinks/externalLink1.xml\"/></Relationships>"));
        b = rewrite(b, "xl/workbook.xml", x -> x.replace("</sheets>", "</sheets><externalReferences><externalReference xmlns:r=\"http://schemas.openxmlformats"
                + ".org/officeDocument/2006/relationships\" r:id=\"rIdExt1\"/></externalReferences>"));
        b = withPart(b, "xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook r:id=\"rId1\"><sheetNames><sheetName "
                + "val=\"Sheet1\"/></sheetNames><sheetDataSet><sheetData sheetId=\"0\"><row r=\"1\"><cell r=\"A1\"><v>0.4669</v></cell></row></sheetData>"
                + "</sheetDataSet></externalBook></externalLink>");
        return withPart(b, "xl/externalLinks/_rels/externalLink1.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" "
                + "Target=\"file:///C:/SoLieu/nguon.xlsx\" TargetMode=\"External\"/></Relationships>");
    }

    /** The workbook with a macro project, as Excel writes one: the part, its content type and its relationship. */
    static byte[] macros(byte[] xlsx) throws IOException {
        byte[] b = rewrite(xlsx, "[Content_Types].xml", x -> x.replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office"
                + ".vbaProject\"/></Types>"));
        b = rewrite(b, "xl/_rels/workbook.xml.rels", x -> x.replace("</Relationships>", "<Relationship Id=\"rIdVba1\" Type=\"http://schemas.microsoft.com"
                + "/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>"));
        return withPart(b, "xl/vbaProject.bin", "ÐÏ\u0011à macro project");
    }

    @ExtendWith(InEnglish.class)
    @Test
    void formulaWithAnEmptySavedValue_asOpenpyxlWritesIt_isRefusedLikeOneWithout() throws IOException {
        Fixtures.Book b = filled();
        int r = b.row("6.5");
        var cell = b.sheet.getRow(r).getCell(6);
        cell.setBlank();
        cell.setCellFormula("0.4+0.0669");
        byte[] bytes = cellXml(b.bytes(), "G" + (r + 1), "", "<f>0.4+0.0669</f><v />");
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column G (Giá trị): a formula (=0.4+0.0669) without a saved value; dti never computes "
                + "formulas. Open and save the file in Excel or LibreOffice so that the value is computed", refused(bytes));
        // a text formula (t="str") with an empty value: the same, not "a document but no value"
        String m = refused(cellXml(b.bytes(), "G" + (r + 1), "t=\"str\"", "<f>0.4+0.0669</f><v />"));
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column G (Giá trị): a formula (=0.4+0.0669) without a saved value", m);
        assertTrue(m.contains("(a formula that gives an empty text is refused too: clear the cell)"), m);
        // in a document column too
        int r4 = b.row("6.4");
        assertStarts(FILE + ", sheet Báo cáo, row " + (r4 + 1) + ", column H (Số hiệu văn bản): a formula (=CONCAT(\"4100\",\"/BC\")) without a saved value",
                refused(cellXml(filled().bytes(), "H" + (r4 + 1), "t=\"str\"", "<f>CONCAT(\"4100\",\"/BC\")</f><v/>")));
        // the same workbook with the value the spreadsheet program saved: read by it (nothing is computed)
        assertEquals(Value.number(0.4669), Fixtures.read(cellXml(b.bytes(), "G" + (r + 1), "", "<f>0.4+0.0669</f><v>0.4669</v>"), FILE)
                .components().get(1).evidence().value());
    }

    /**
     * The workbook with one cell of the report sheet rewritten in its XML: its style kept, {@code type}
     * (e.g. {@code t="str"}, or "") and {@code inner} as given: {@code <f>0.4+0.0669</f><v />} is how
     * openpyxl writes a formula it does not compute.
     */
    static byte[] cellXml(byte[] xlsx, String ref, String type, String inner) throws IOException {
        return rewrite(xlsx, "xl/worksheets/sheet1.xml", xml -> {
            Matcher m = Pattern.compile("<c r=\"" + ref + "\"([^>]*?)(/>|>.*?</c>)").matcher(xml);
            assertTrue(m.find(), "the cell " + ref);
            String attrs = m.group(1).replaceAll(" t=\"[^\"]*\"", "");
            return xml.substring(0, m.start()) + "<c r=\"" + ref + "\"" + attrs + (type.isEmpty() ? "" : " " + type) + ">" + inner + "</c>"
                    + xml.substring(m.end());
        });
    }

    /** The workbook with one part's text changed. */
    static byte[] rewrite(byte[] xlsx, String part, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @ExtendWith(InEnglish.class)
    @Test
    void ratioAboveOne_asANumber_isAmbiguous_asTextWithItsSignRead() {
        // 46.69 in the percent-formatted cell shows 4669%: is it 46,69%?
        Fixtures.Book b = filled();
        int r = b.row("6.5");
        b.set(r, 6, 46.69);
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column G (Giá trị): [4.669%] for component 6.5, a ratio: the cell holds the number "
                + "46,69 in a percent format, that is 4.669%. Is it 46,69%? Not read. Write 46,69% or 0,4669 (a ratio above 100% is read up to 200%, "
                + "e.g. 111,22%).", refused(b.bytes()));
        // 111,22% (households with a smartphone, Báo cáo 4100/BC-BCĐCĐS), as a percent cell or as text with its sign: read, and flagged when scored
        assertEquals(Value.number(1.1122), Fixtures.read(filled().set(r, 6, 1.1122).bytes(), FILE).components().get(1).evidence().value());
        assertEquals(Value.number(1.1122), Fixtures.read(filled().set(r, 6, "111,22%").bytes(), FILE).components().get(1).evidence().value());
        // in an evidence file (.json)
        String json = "{\"entity\": {\"id\": \"khanh-hoa\", \"kind\": \"PROVINCE\"}, \"period\": \"2025-Q3\", \"reportedAt\": \"2025-09-19\", "
                + "\"components\": [\n  {\"indicator\": \"6.5\", \"value\": 46.69, \"reportedBy\": \"Văn phòng UBND tỉnh\"}]}";
        String m = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(json.getBytes(StandardCharsets.UTF_8), AgencyWorkbooks.Format.JSON,
                "VP.json", "VP", Fixtures.scorer(), Fixtures.Q3)).getMessage();
        assertStarts("VP.json:2:33: $.components[0].value (6.5): [46.69] for a ratio, that is 4.669%: is it 46,69% written as a number? Not read. A ratio "
                + "in an evidence file is the share: write 0.4669 for 46,69%", m);
    }

    @ExtendWith(InEnglish.class)
    @Test
    void aWebPageByItsLink_needsNoDate_anyOtherDocumentDoes() {
        Fixtures.Book b = filled();
        int r = b.row("6.4");
        b.sheet.getRow(r).getCell(Fixtures.DOC_DATE).setBlank();
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column J (Ngày ban hành (dd/mm/yyyy)): the document has no date; write the day it was "
                + "issued, as dd/mm/yyyy (only a web page given by its link in column L may go without one).", refused(b.bytes()));
        b.set(r, 11, "https://dichvucong.khanhhoa.gov.vn");
        var d = Fixtures.read(b.bytes(), FILE).components().get(0).evidence().documents().get(0);
        assertEquals("https://dichvucong.khanhhoa.gov.vn", d.link());
        assertEquals(null, d.date());
    }

    @Test
    void manyProblems_allListedAtOnce() {
        Fixtures.Book b = filled();
        b.set(b.row("6.5"), 6, "46,69");
        b.set(b.row("6.4"), Fixtures.DOC_DATE, "31/02/2025");
        b.set(b.row("6.6"), 6, "abc");
        String m = refused(b.bytes());
        assertEquals(3, m.split("\n").length, m);
    }

    @ExtendWith(InEnglish.class)
    @Test
    void unknownAgency_listsTheClosest() {
        Fixtures.Book b = filled().set(6, 1, "Văn phòng UBND");
        assertStarts(FILE + ", sheet Báo cáo, row 7, column B (Cơ quan báo cáo): unknown agency [Văn phòng UBND]. The closest known agencies: Văn phòng UBND "
                + "tỉnh;", refused(b.bytes()));
    }

    @ExtendWith(InEnglish.class)
    @Test
    void csv_notUtf8_andBadJson() {
        byte[] latin1 = "Mã chỉ số,Tên".getBytes(StandardCharsets.ISO_8859_1);
        String m = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(latin1, AgencyWorkbooks.Format.CSV, "x.csv", "x", Fixtures.scorer(),
                Fixtures.Q3)).getMessage();
        assertStarts("x.csv: is not UTF-8 text; Vietnamese letters would be misread. Save it as \"CSV UTF-8\"", m);
        String json = "{\"entity\": {\"id\": \"khanh-hoa\", \"kind\": \"PROVINCE\"}, \"period\": \"2025-Q3\", \"components\": [\n"
                + "  {\"indicator\": \"3.4\", \"value\": 0.9, \"reportedBy\": \"Văn phòng UBND tỉnh\", \"reportedAt\": \"2025-09-20\"}]}";
        m = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(json.getBytes(StandardCharsets.UTF_8), AgencyWorkbooks.Format.JSON,
                "VP.json", "VP", Fixtures.scorer(), Period.parse("2025-Q3"))).getMessage();
        assertStarts("VP.json:2:3: $.components[0]: component 3.4 is not Văn phòng UBND tỉnh's", m);
        assertTrue(LocalDate.of(2025, 1, 1).isBefore(LocalDate.of(2025, 1, 2)));
    }

    /** The workbook with one more part. */
    static byte[] withPart(byte[] xlsx, String part, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(part));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
