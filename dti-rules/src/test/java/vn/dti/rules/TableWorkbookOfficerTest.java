package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.Component;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.scoring.ScoringRule;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The officer's sheet (issue 20 item 2): {@code methodology export --xlsx} writes names and max
 * points beside the table, hides and locks the engine's rows, validates the pattern cells, prints
 * on A4 landscape, and loads (with Drools' own compiler) as the same methodology as the CSV.
 */
class TableWorkbookOfficerTest {
    private static final String ID = "vn-dti-province-2025";
    /** 0-based: RuleSet … code row are rows 0–8, the header row 9, the first component (1.1) row 10. */
    private static final int HEADER = 9;

    @TempDir
    Path tmp;

    private Path exported() {
        Path dir = tmp.resolve("m");
        Methodologies.export(ID, dir, true);
        return dir;
    }

    private static XSSFWorkbook open(Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("scoring.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook wb, Path dir) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve("scoring.xlsx"))) {
            wb.write(out);
        }
        wb.close();
    }

    private static int rowOf(XSSFSheet s, String id) {
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            if (r.getRowNum() > HEADER && id.equals(f.formatCellValue(r.getCell(2)))) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row for " + id);
    }

    @Test
    void exportedSheet_showsNamesAndMaxPoints_hidesAndLocksTheEngineRows_validates_andPrintsOnA4Landscape() throws IOException {
        Path dir = exported();
        assertFalse(Files.exists(dir.resolve("scoring.csv")));
        RuleScorer bundled = Methodologies.bundled(ID);
        Language lang = Language.fromEnvironment();
        try (XSSFWorkbook wb = open(dir)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(Messages.text(lang, "rules.sheet.name"), s.getRow(HEADER).getCell(0).getStringCellValue());
            assertEquals(Messages.text(lang, "rules.sheet.max"), s.getRow(HEADER).getCell(1).getStringCellValue());
            for (Component c : bundled.methodology().components()) {
                Row r = s.getRow(rowOf(s, c.id().value()));
                assertEquals(c.name(), r.getCell(0).getStringCellValue());
                assertEquals(c.maxPoints(), r.getCell(1).getNumericCellValue());
                assertTrue(r.getCell(0).getCellStyle().getLocked() && r.getCell(1).getCellStyle().getLocked() && r.getCell(2).getCellStyle().getLocked());
                for (int col = 3; col <= 9; col++) {
                    assertFalse(r.getCell(col).getCellStyle().getLocked(), c.id() + " column " + col + " is editable");
                }
            }
            // the engine's rows: hidden, the sheet protected (so they stay hidden and unedited); no code in a visible row
            for (int r = 0; r < HEADER; r++) {
                assertTrue(s.getRow(r).getZeroHeight(), "row " + (r + 1) + " hidden");
            }
            assertTrue(s.getProtect());
            assertTrue(s.isFormatRowsLocked() && s.isDeleteRowsLocked());
            for (Row r : s) {
                for (Cell cell : r) {
                    if (!r.getZeroHeight() && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        String v = cell.getStringCellValue();
                        assertFalse(v.contains("score.") || v.contains("kcontext") || v.startsWith("RuleSet") || v.startsWith("Import"), v);
                    }
                }
            }
            // header row tall enough for its wrapped text
            assertTrue(s.getRow(HEADER).getHeightInPoints() >= 40, "header height " + s.getRow(HEADER).getHeightInPoints());
            // validations: a number above 0 for goals, x for ratio and yes/no, pairs for bands and categories, each with a message
            List<XSSFDataValidation> v = s.getDataValidations();
            assertEquals(6, v.size(), v.toString());
            assertTrue(v.stream().allMatch(d -> d.getShowPromptBox() && d.getPromptBoxText() != null && !d.getPromptBoxText().isBlank()));
            assertTrue(v.stream().anyMatch(d -> d.getPromptBoxText().equals(Messages.text(lang, "rules.sheet.prompt.bands"))));
            // printing
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(0, s.getPrintSetup().getFitHeight());
            assertEquals(new CellRangeAddress(HEADER, HEADER, -1, -1), s.getRepeatingRows());
        }
    }

    @Test
    void exportedSheet_loadsWithDrools_asTheSameMethodologyAsTheCsv() {
        Path dir = exported();
        RuleScorer fromSheet = Methodologies.load(dir);
        RuleScorer bundled = Methodologies.bundled(ID);
        assertEquals(rules(bundled), rules(fromSheet));
        ScoreCard a = bundled.score(Fixtures.khanhHoa2023());
        ScoreCard b = fromSheet.score(Fixtures.khanhHoa2023());
        assertEquals(a.totalPoints(), b.totalPoints());
        // the same points, formulas and findings; only the place (scoring.csv column C, scoring.xlsx column E) differs
        assertEquals(a.components().stream().map(c -> c.id() + " " + c.points() + " " + c.explanation().formula() + " " + c.findings()).toList(),
                b.components().stream().map(c -> c.id() + " " + c.points() + " " + c.explanation().formula() + " " + c.findings()).toList());
        MethodologyCheck check = MethodologyCheck.of(dir);
        assertTrue(check.passed(), check.problems() + " " + check.tests());
    }

    private static List<String> rules(RuleScorer s) {
        return s.scoringRules().stream().map((ScoringRule r) -> r.component() + " " + r.pattern() + " " + r.assumption()).sorted().toList();
    }

    @Test
    void deletedRow_isReportedAgainstTheTable_withWhereToAddItBack() throws IOException {
        Path dir = exported();
        try (XSSFWorkbook wb = open(dir)) {
            XSSFSheet s = wb.getSheetAt(0);
            // as a spreadsheet program deletes a row: the rows below move up (unprotected first, as an officer would have to)
            s.protectSheet(null);
            int r = rowOf(s, "6.6");
            s.removeRow(s.getRow(r));
            s.shiftRows(r + 1, s.getLastRowNum(), -1);
            save(wb, dir);
        }
        Component c = Methodologies.bundled(ID).methodology().componentsById().get(vn.dti.api.IndicatorId.of("6.6"));
        List<String> problems = MethodologyCheck.of(dir).problems();
        assertEquals(List.of(dir.resolve("scoring.xlsx") + ": " + Messages.text(Language.fromEnvironment(), "rules.table.missingRow", "6.6", c.name(),
                Points.format(c.maxPoints()), "6.5")), problems);
        assertFalse(problems.get(0).contains("@indicator"));
    }

    @Test
    void clearedEngineCell_namesItsOwnCellAndSheet_notDroolsText() throws IOException {
        Path dir = exported();
        String sheet;
        try (XSSFWorkbook wb = open(dir)) {
            XSSFSheet s = wb.getSheetAt(0);
            sheet = s.getSheetName();
            s.getRow(8).getCell(4).setBlank(); // E9: the goal column's code
            save(wb, dir);
        }
        List<String> problems = MethodologyCheck.of(dir).problems();
        assertEquals(List.of(dir.resolve("scoring.xlsx") + ", trang tính " + sheet + ", dòng 9, cột E: "
                + Messages.text(Language.fromEnvironment(), "rules.table.engineCell", "E9", sheet, 9)), problems);
    }

    @Test
    void clearedCodeCell_inTheCsv_namesItsCell() throws IOException {
        Path dir = tmp.resolve("csv");
        Methodologies.export(ID, dir, false);
        Path csv = dir.resolve("scoring.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        // row 9, column C: the goal column's code template
        lines.set(8, lines.get(8).replace("\"score.goal(kcontext, $v, $param);\"", ""));
        Files.write(csv, lines);
        List<String> problems = MethodologyCheck.of(dir).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(csv + ", dòng 9, cột C: "), problems.get(0));
        assertFalse(problems.get(0).contains("Data cell"), problems.get(0));
    }
}
