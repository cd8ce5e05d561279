package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.ScoreCard;
import vn.dti.rules.internal.TableWorkbooks;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/**
 * The bundled scoring decision table, and every mistake an officer can make in one: refused when
 * the folder loads, each with file, (sheet,) row, column and what is expected there.
 */
class DecisionTableTest {
    @TempDir
    Path tmp;

    private Path exported() {
        Path dir = tmp.resolve("copy");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        return dir;
    }

    /** The 1-based row of the table row for component {@code id}. */
    static int row(Path csv, String id) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + ",")) {
                return i + 1;
            }
        }
        throw new AssertionError(id);
    }

    private static InvalidMethodologyException refused(Path dir) {
        return assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
    }

    /** Refused in a run in English ({@code dti --lang en}): the cell's explanation as the English catalogue writes it. */
    private static InvalidMethodologyException refusedInEnglish(Path dir) {
        return assertThrows(InvalidMethodologyException.class, () -> vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> Methodologies.load(dir)));
    }

    @Test
    void bundledTable_oneRulePerComponent_withPatternAndParameters() {
        List<ScoringRule> rules = Fixtures.province2025().scoringRules();
        assertEquals(50, rules.size());
        ScoringRule fibre = Fixtures.province2025().scoringRule(vn.dti.api.IndicatorId.of("3.4")).orElseThrow();
        assertEquals(new ScoringPattern.Goal(0.90), fibre.pattern());
        assertEquals("scoring.csv", fibre.location().file());
        assertEquals("C", fibre.location().column());
        assertTrue(fibre.assumption().contains("90%"), fibre.assumption());
        assertTrue(rules.stream().allMatch(ScoringRule::parametric));
    }

    @Test
    void goalNotANumber_namesFileRowColumnAndWhatIsExpected() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\n3.4,,0.90,", "\n3.4,,0.9O,");
        InvalidMethodologyException e = refusedInEnglish(dir);
        assertEquals(List.of(csv + ", row " + row(csv, "3.4") + ", column C (goal): \"0.9O\" is not a number"), e.problems(vn.dti.text.Language.EN), e.getMessage());
    }

    @Test
    void decimalComma_isExplained() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\n3.4,,0.90,", "\n3.4,,\"0,90\",");
        assertTrue(refusedInEnglish(dir).message(vn.dti.text.Language.EN).endsWith("column C (goal): \"0,90\" is not a number; write the decimal point as \".\" (0.90)"));
    }

    @Test
    void theMaxPointsEdit_isRefusedOnLoad_withTheCell() throws IOException {
        // issue 8: set 1.1's max to 8 (main 1 to 48, total 998) and keep head:10
        Path dir = exported();
        Path catalogue = dir.resolve("methodology.json");
        MethodologyFolderTest.edit(catalogue, "\"totalPoints\": 1000", "\"totalPoints\": 998");
        MethodologyFolderTest.edit(catalogue, "\"label\": \"Digital awareness\",\n      \"maxPoints\": 50", "\"label\": \"Digital awareness\",\n      \"maxPoints\": 48");
        MethodologyFolderTest.edit(catalogue, "\"label\": \"Head of the province chairs the digital transformation steering committee\",\n          \"maxPoints\": 10",
                "\"label\": \"Head of the province chairs the digital transformation steering committee\",\n          \"maxPoints\": 8");
        Path csv = dir.resolve("scoring.csv");
        InvalidMethodologyException e = refused(dir);
        assertEquals(List.of(csv + ", row " + row(csv, "1.1") + ", column E (category): category head awards 10 points, outside [0, 8] "
                + "(component 1.1's max in methodology.json)."), e.problems(vn.dti.text.Language.EN));
    }

    @Test
    void bands_outOfOrder_andAboveMax() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\"3:10, 2:7, 1:4\"", "\"1:4, 2:7, 3:12\"");
        List<String> problems = refused(dir).problems(vn.dti.text.Language.EN);
        String at = csv + ", row " + row(csv, "1.2") + ", column D (bands): ";
        assertTrue(problems.contains(at + "band 3:12 awards 12 points, outside [0, 10] (component 1.2's max in methodology.json)."), problems.toString());
        assertTrue(problems.contains(at + "bands are not in order: 1 then 2; write thresholds from highest to lowest (e.g. 3:10, 2:7, 1:4)."),
                problems.toString());
        // the officer's run, in Vietnamese: the same two problems, written from the catalogue
        List<String> vi = refused(dir).problems(vn.dti.text.Language.VI);
        assertTrue(vi.stream().anyMatch(p -> p.startsWith(csv.toString()) && p.endsWith(": mức 3:12 cho 12 điểm, ngoài khoảng [0, 10] (điểm tối đa của chỉ số "
                + "thành phần 1.2 trong methodology.json).")), vi.toString());
        assertTrue(vi.stream().anyMatch(p -> p.endsWith(": các mức không theo thứ tự: 1 rồi đến 2; hãy ghi ngưỡng từ cao xuống thấp (ví dụ 3:10, 2:7, 1:4).")),
                vi.toString());
    }

    @Test
    void category_notInTheCatalogue_andMissingOne() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\"cloud:30, traditional:15, none:0\"", "\"cloud:30, hybrid:20, none:0\"");
        List<String> problems = refused(dir).problems(vn.dti.text.Language.EN);
        String at = csv + ", row " + row(csv, "3.5") + ", column E (category): ";
        assertTrue(problems.contains(at + "category \"traditional\" of component 3.5 has no points in \"cloud:30, hybrid:20, none:0\"; add traditional:<points>."),
                problems.toString());
        assertTrue(problems.contains(at + "category \"hybrid\" is not one of component 3.5's categories [cloud, traditional, none]."), problems.toString());
        List<String> vi = refused(dir).problems(vn.dti.text.Language.VI);
        assertTrue(vi.stream().anyMatch(p -> p.endsWith(": loại \"traditional\" của chỉ số thành phần 3.5 chưa có điểm trong \"cloud:30, hybrid:20, none:0\"; "
                + "hãy thêm traditional:<điểm>.")), vi.toString());
        assertTrue(vi.stream().anyMatch(p -> p.endsWith(": loại \"hybrid\" không thuộc các loại của chỉ số thành phần 3.5: [cloud, traditional, none].")),
                vi.toString());
    }

    @Test
    void twoPatternsInOneRow_noPattern_unknownId_allListedInRowOrder() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\n3.4,,0.90,", "\n3.4,x,0.90,");
        MethodologyFolderTest.edit(csv, "\n5.2,x,", "\n5.2,,");
        MethodologyFolderTest.edit(csv, "\n7.5,", "\n7.55,");
        List<String> all = refused(dir).problems(vn.dti.text.Language.EN).stream().filter(p -> p.startsWith(csv.toString())).toList();
        assertEquals(4, all.size(), all.toString());
        // and, since no row scores 7.5 any more, the table says so, and where its row goes
        assertEquals(csv + ": " + vn.dti.text.Messages.text(vn.dti.text.Language.EN, "rules.table.missingRow", "7.5",
                "Số lượng tên miền .vn", "30", "7.4"), all.get(0));
        List<String> problems = all.subList(1, all.size());
        assertTrue(problems.get(0).startsWith(csv + ", row " + row(csv, "3.4") + ", column A (id): component 3.4 has 2 patterns filled (ratio in column B, "
                + "goal in column C); fill exactly one."), problems.get(0));
        assertTrue(problems.get(1).startsWith(csv + ", row " + row(csv, "5.2") + ", column A (id): component 5.2 has no pattern filled; fill one of the columns B"),
                problems.get(1));
        assertTrue(problems.get(2).startsWith(csv + ", row " + row(csv, "7.55") + ", column A (id): component 7.55 is not in methodology.json. "
                + "Main indicator 7 (Hoạt động Kinh tế số) has 7.1, 7.2, 7.3, 7.4, 7.5."), problems.get(2));
    }

    @Test
    void goalAboveOneForARatio_andZeroReference() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\n3.4,,0.90,", "\n3.4,,90,");
        MethodologyFolderTest.edit(csv, "\n4.6,,,,,,500000,", "\n4.6,,,,,,0,");
        List<String> problems = refused(dir).problems(vn.dti.text.Language.EN);
        assertTrue(problems.get(0).endsWith("column C (goal): the goal [90] of ratio component 3.4 is above 1 and can never be reached; write shares between 0 "
                + "and 1 (90% is 0.90)."), problems.toString());
        assertTrue(problems.get(1).endsWith("column G (relative): the reference [0] must be above 0."), problems.toString());
    }

    @Test
    void xlsx_loadsAndScoresAsTheCsv_andItsErrorsNameTheSheet() throws IOException {
        Path dir = exported();
        byte[] xlsx = TableWorkbooks.fromCsv(Files.readAllBytes(dir.resolve("scoring.csv")));
        Files.delete(dir.resolve("scoring.csv"));
        Files.write(dir.resolve("scoring.xlsx"), xlsx);
        ScoreCard fromXlsx = Methodologies.load(dir).score(Fixtures.khanhHoa2023());
        ScoreCard fromCsv = Fixtures.province2025().score(Fixtures.khanhHoa2023());
        assertEquals(fromCsv.totalPoints(), fromXlsx.totalPoints(), 0);
        for (int i = 0; i < fromCsv.components().size(); i++) {
            assertEquals(fromCsv.components().get(i).points(), fromXlsx.components().get(i).points(), 0);
            assertEquals(fromCsv.components().get(i).explanation().formula(), fromXlsx.components().get(i).explanation().formula());
        }
        assertEquals("scoring.xlsx", fromXlsx.component("3.4").orElseThrow().explanation().file());

        // break the goal of 3.4 in the workbook, as an officer would in a spreadsheet program
        int row;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet("Chấm điểm");
            Row r = null;
            for (Row each : sheet) {
                if (each.getCell(0) != null && "3.4".equals(each.getCell(0).toString())) {
                    r = each;
                }
            }
            row = r.getRowNum() + 1;
            r.getCell(2).setCellValue("0.9O");
            wb.write(out);
            Files.write(dir.resolve("scoring.xlsx"), out.toByteArray());
        }
        InvalidMethodologyException e = refusedInEnglish(dir);
        assertEquals(List.of(dir.resolve("scoring.xlsx") + ", sheet Chấm điểm, row " + row + ", column C (goal): \"0.9O\" is not a number"), e.problems(vn.dti.text.Language.EN));
    }

    @Test
    void notAWorkbook_andNoTable() throws IOException {
        Path dir = exported();
        Files.writeString(dir.resolve("extra.xlsx"), "not a zip");
        assertTrue(refusedInEnglish(dir).getMessage().contains(dir.resolve("extra.xlsx") + ": not an Excel workbook (.xlsx is a zip file; this one is not)"));
        assertTrue(refused(dir).getMessage().contains(dir.resolve("extra.xlsx") + ": không phải sổ tính Excel (.xlsx là một tệp zip; tệp này thì không)"));
        Files.delete(dir.resolve("extra.xlsx"));
        Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        assertTrue(refused(dir).message(vn.dti.text.Language.EN).contains(dir.resolve("notes.csv") + ": holds no decision table"));
    }
}
