package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * Issue 20 item 2, done when: an officer exports the table, sees names and max points and no code,
 * changes 1.2's bands (in a spreadsheet program; here with POI), runs validate, accepts the changed
 * test case with one command, and the folder validates with exit 0.
 */
class OfficerSheetTest {
    private static final String M = "vn-dti-province-2025";

    @TempDir
    Path tmp;

    private static Path exportXlsx(Path dir) {
        assertEquals(0, MainTest.run("methodology", "export", M, dir.toString(), "--xlsx").code());
        return dir.resolve("scoring.xlsx");
    }

    @Test
    void exportChangeBands_validateSaysValidAndFailing_acceptWithOneCommand_thenValid() throws IOException {
        Path dir = tmp.resolve("m");
        Path xlsx = exportXlsx(dir);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            Row row = null;
            for (Row r : s) {
                if ("1.2".equals(f.formatCellValue(r.getCell(2))) && !r.getZeroHeight()) {
                    row = r;
                }
            }
            assertEquals("Ban hành các văn bản chỉ đạo chuyên đề về chuyển đổi số", row.getCell(0).getStringCellValue());
            assertEquals(10.0, row.getCell(1).getNumericCellValue());
            // the bands cell is one the officer may edit
            assertFalse(row.getCell(5).getCellStyle().getLocked());
            assertEquals("3:10, 2:7, 1:4", row.getCell(5).getStringCellValue());
            row.getCell(5).setCellValue("3:10, 2:8, 1:4");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Path cases = dir.resolve("tests/patterns.json");
        List<String> before = Files.readAllLines(cases, StandardCharsets.UTF_8);

        MainTest.Run v = MainTest.en("methodology", "validate", dir.toString());
        assertEquals(4, v.code(), v.out());
        assertTrue(v.out().contains(": valid; "), v.out());
        assertTrue(v.out().contains("17 of 18 test cases pass, 1 fails."), v.out());
        assertTrue(v.out().contains(Messages.text(Language.EN, "cli.methodology.testsFail", dir.toString(), 1, 18)), v.out());

        // without a terminal and without --yes: refused, nothing written
        MainTest.Run refused = MainTest.en("methodology", "test", dir.toString(), "--accept", "1.2");
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains(Messages.text(Language.EN, "cli.methodology.accept.needYes")), refused.err());
        assertEquals(before, Files.readAllLines(cases, StandardCharsets.UTF_8));

        MainTest.Run accepted = MainTest.en("methodology", "test", dir.toString(), "--accept", "1.2", "--yes");
        assertEquals(0, accepted.code(), accepted.out() + accepted.err());
        assertTrue(accepted.out().contains("tests/patterns.json:85: bands: 1.2 two directing documents earn 7: 1.2 expected 7 points → now 8 points"),
                accepted.out());
        assertTrue(accepted.out().contains("18 passed, 0 failed"), accepted.out());
        // only the number changed: the other cases and the layout are kept
        List<String> after = Files.readAllLines(cases, StandardCharsets.UTF_8);
        assertEquals(before.size(), after.size());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(before.get(i) + " → " + after.get(i));
            }
        }
        String old = before.stream().filter(l -> l.strip().equals("\"1.2\": 7")).findFirst().orElseThrow();
        assertEquals(List.of(old + " → " + old.replace("7", "8")), changed);

        MainTest.Run ok = MainTest.en("methodology", "validate", dir.toString());
        assertEquals(0, ok.code(), ok.out());
        assertTrue(ok.out().contains("18 of 18 test cases pass."), ok.out());
    }

    @Test
    void accept_aCaseByName_rewritesItsPointsAndTotal_andABundledIdIsRefused() throws IOException {
        Path dir = tmp.resolve("m");
        assertEquals(0, MainTest.run("methodology", "export", M, dir.toString()).code());
        Path csv = dir.resolve("scoring.csv");
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8).replace("\n5.2,x,,", "\n5.2,,0.5,"), StandardCharsets.UTF_8);
        MainTest.Run r = MainTest.en("methodology", "test", dir.toString(), "--accept", "ratio: 5.2 at 30% of systems earns 0.3 × 20 = 6", "--yes");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("5.2 expected 6 points → now 12 points"), r.out());
        assertTrue(r.out().contains("total expected 6 → now 12"), r.out());
        MainTest.Run bundled = MainTest.en("methodology", "test", M, "--accept", "5.2", "--yes");
        assertEquals(2, bundled.code(), bundled.err());
    }

    @Test
    void accept_aComponent_rewritesTheFindingsItsCasesExpect() throws IOException {
        Path dir = tmp.resolve("m");
        assertEquals(0, MainTest.run("methodology", "export", M, dir.toString()).code());
        // the quarterly deadline moves a month later: 5.1 reported on 30/6 for 2025-Q2 is no longer late
        Path calendar = dir.resolve("calendar.json");
        String before = Files.readString(calendar, StandardCharsets.UTF_8);
        String after = before.replaceFirst("\"monthsAfterPeriodEnd\": 0, \"day\": 25", "\"monthsAfterPeriodEnd\": 1, \"day\": 25");
        assertFalse(before.equals(after), "the test's edit must change the calendar");
        Files.writeString(calendar, after, StandardCharsets.UTF_8);
        MainTest.Run failing = MainTest.en("methodology", "test", dir.toString());
        assertTrue(failing.out().contains("expected finding 5.1 LATE_REPORT, not raised"), failing.out());
        MainTest.Run r = MainTest.en("methodology", "test", dir.toString(), "--accept", "5.1", "--yes");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("tests/reporting.json:3: calendar: Công an tỉnh reports 5.1 for 2025-Q2 on 30/6")
                && r.out().contains(": findings expected [5.1 LATE_REPORT] → now []"), r.out());
        String cases = Files.readString(dir.resolve("tests/reporting.json"), StandardCharsets.UTF_8);
        assertTrue(cases.contains("\"expect\": {\"points\": {\"5.1\": 18}, \"findings\": [], \"totalPoints\": 18}"), "rewritten where it stands");
        assertTrue(cases.contains("\"findings\": [\"6.5 REPORTED_BY_COOPERATING_AGENCY\"]"), "other components' findings untouched");
        MainTest.Run ok = MainTest.en("methodology", "test", dir.toString());
        assertEquals(0, ok.code(), ok.out());
    }

    @Test
    void deletedRow_isNamedAgainstTheTable_inTheRunsLanguage() throws IOException {
        Path dir = tmp.resolve("m");
        Path xlsx = exportXlsx(dir);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            s.protectSheet(null);
            DataFormatter f = new DataFormatter();
            int at = -1;
            for (Row r : s) {
                if ("6.6".equals(f.formatCellValue(r.getCell(2)))) {
                    at = r.getRowNum();
                }
            }
            s.removeRow(s.getRow(at));
            s.shiftRows(at + 1, s.getLastRowNum(), -1);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        MainTest.Run en = MainTest.en("methodology", "validate", dir.toString());
        assertEquals(3, en.code(), en.out());
        assertTrue(en.out().startsWith(xlsx + ": no row for 6.6 (Tỷ lệ hồ sơ trực tuyến toàn trình, 50 points): add it back after 6.5.\n"), en.out());
        MainTest.Run vi = MainTest.run("--lang", "vi", "methodology", "validate", dir.toString());
        assertTrue(vi.out().startsWith(xlsx + ": không có dòng cho 6.6 (Tỷ lệ hồ sơ trực tuyến toàn trình, 50 điểm): hãy thêm lại dòng đó sau dòng 6.5.\n"),
                vi.out());
    }
}
