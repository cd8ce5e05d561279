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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;

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

    static void assertStarts(String expected, String message) {
        assertTrue(message.startsWith(expected), "expected the message to start with\n  " + expected + "\nbut it is\n  " + message);
    }

    @Test
    void wellFilled_isRead() {
        assertEquals(2, Fixtures.read(filled().bytes(), FILE).components().size());
    }

    @Test
    void anotherMethodology() {
        Fixtures.Book b = filled().set(1, 1, "vn-dti-province-2022");
        assertStarts(FILE + ", sheet Báo cáo, row 2, column B (Bộ chỉ số): the file was made for methodology [vn-dti-province-2022], not "
                + "vn-dti-province-2025; make a new file with 'dti evidence template --methodology vn-dti-province-2025 --agency …'.", refused(b.bytes()));
    }

    @Test
    void anotherPeriod() {
        Fixtures.Book b = filled().set(3, 1, "2025-Q2");
        assertStarts(FILE + ", sheet Báo cáo, row 4, column B (Kỳ báo cáo): the file reports period 2025-Q2, not 2025-Q3 (the folder it is in); move it "
                + "to the folder 2025-Q2/, or make a file for 2025-Q3.", refused(b.bytes()));
    }

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

    @Test
    void valueInALockedColumn() {
        Fixtures.Book b = filled();
        int r = b.row("6.5");
        b.set(r, 3, 25.0);
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column D (Điểm tối đa): this column is the methodology's and is locked: for component "
                + "6.5 it holds [20], the cell is [25]. Restore it; write values only in column G (Giá trị)", refused(b.bytes()));
        Fixtures.Book c = filled();
        c.set(c.row("6.6"), 5, "45%");
        assertTrue(refused(c.bytes()).contains("row " + (c.row("6.6") + 1) + ", column F (Đơn vị tính): this column is the methodology's and is locked: "
                + "for component 6.6 it holds [%], the cell is [45%]."));
    }

    @Test
    void mergedCell() {
        Fixtures.Book b = filled();
        int r = b.row("6.5");
        b.sheet.addMergedRegion(new CellRangeAddress(r, r, 6, 7));
        assertStarts(FILE + ", sheet Báo cáo, cells G" + (r + 1) + ":H" + (r + 1) + ": merged cells; a merged cell hides which row or column a value "
                + "belongs to. Unmerge them", refused(b.bytes()));
    }

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
        var read = (vn.dti.api.Value.Numeric) Fixtures.read(c.bytes(), FILE).components().get(1).evidence().value();
        assertEquals(0.4669, read.number(), 1e-12);
    }

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

    @Test
    void fractionWhereACountIsExpected() {
        Fixtures.Book b = Fixtures.book("Sở KH&CN", Fixtures.Q3).reportedAt("19/9/2025").value("1.2", "1,5", "1/QĐ", "1/8/2025");
        assertStarts("S.xlsx, sheet Báo cáo, row " + (b.row("1.2") + 1) + ", column G (Giá trị): [1,5] for component 1.2, a count: a count is a whole number, "
                + "and this reads as 1,5. Write the whole number (thousands as 1.747.201).",
                assertThrows(InvalidEvidenceException.class, () -> Fixtures.read(b.bytes(), "S.xlsx")).getMessage());
    }

    @Test
    void percentWithoutItsSignWhereARatioIsExpected_isAmbiguous() {
        Fixtures.Book b = filled();
        int r = b.row("6.5");
        b.set(r, 6, "46,69");
        assertStarts(FILE + ", sheet Báo cáo, row " + (r + 1) + ", column G (Giá trị): [46,69] for component 6.5, a ratio: is it a percent or a share? "
                + "Not read. Write 46,69% if it is a percent (it is then 0,4669), or the share between 0 and 1 (0,4669 for 46,69%).", refused(b.bytes()));
    }

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

    @Test
    void largerThan10MB_isNotRead() throws IOException {
        Path big = tmp.resolve("big.xlsx");
        Files.write(big, new byte[10 * 1024 * 1024 + 1]);
        String m = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(big, Fixtures.scorer(), Fixtures.Q3)).getMessage();
        assertStarts(big + ": 10485761 bytes, larger than the 10 MB a submission may have", m);
    }

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

    @Test
    void macros_refusedNothingRun() throws IOException {
        assertStarts(FILE + ": the workbook holds macros (xl/vbaProject.bin); it is not read, and nothing in it is run.",
                refused(withPart(filled().bytes(), "xl/vbaProject.bin")));
        Path xlsm = tmp.resolve("VP.xlsm");
        Files.write(xlsm, filled().bytes());
        String m = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.read(xlsm, Fixtures.scorer(), Fixtures.Q3)).getMessage();
        assertStarts(xlsm + ": a workbook with macros (.xlsm) is not read: dti never runs macros.", m);
    }

    @Test
    void externalLinks_refusedNothingEvaluated() throws IOException {
        assertStarts(FILE + ": the workbook links to other workbooks (xl/externalLinks/externalLink1.xml); values that come from another file cannot be "
                + "checked. Nothing was evaluated.", refused(withPart(filled().bytes(), "xl/externalLinks/externalLink1.xml")));
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

    @Test
    void unknownAgency_listsTheClosest() {
        Fixtures.Book b = filled().set(6, 1, "Văn phòng UBND");
        assertStarts(FILE + ", sheet Báo cáo, row 7, column B (Cơ quan báo cáo): unknown agency [Văn phòng UBND]. The closest known agencies: Văn phòng UBND "
                + "tỉnh;", refused(b.bytes()));
    }

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

    /** The workbook with one more part (a macro project, an external link). */
    static byte[] withPart(byte[] xlsx, String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
