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
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.rules.internal.TableWorkbooks;
import vn.dti.scoring.ScoringPattern;

/**
 * Mistakes found by a review of the load-time checks, each refused or read as the officer meant:
 * numbers Drools would read as octal, formulas in a methodology's spreadsheet, block comments,
 * spreadsheet programs' lock files.
 */
class LoadChecksTest {
    @TempDir
    Path tmp;

    private Path exported() {
        Path dir = tmp.resolve("copy");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        return dir;
    }

    private static int row(Path csv, String id) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + ",")) {
                return i + 1;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void tableNumberWithLeadingZero_isRefused_notReadAsOctal() throws IOException {
        // 3.3's goal "0100" would be pasted into score.goal(kcontext, $v, 0100): Java reads 64
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\n3.3,,100,", "\n3.3,,0100,");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> inEnglish(dir));
        assertEquals(List.of(csv + ", row " + row(csv, "3.3") + ", column C (goal): \"0100\" starts with a zero, which Drools reads as an octal "
                + "number; write 100"), e.problems(vn.dti.text.Language.EN));
    }

    @Test
    void drlNumberWithLeadingZero_isRefused() throws IOException {
        Path dir = Fixtures.drlVariant(tmp.resolve("drl"));
        Path drl = dir.resolve("scoring.drl");
        MethodologyFolderTest.edit(drl, "score.goal(kcontext, $v, 100);", "score.goal(kcontext, $v, 0100);");
        // in Vietnamese, the default: the line and column in words
        String vi = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir)).getMessage();
        assertTrue(vi.contains(drl + ", dòng " + MethodologyFolderTest.lineOf(drl, "0100") + ", cột "), vi);
        assertTrue(vi.contains(": quy tắc \"3.3\": số 0100 bắt đầu bằng chữ số 0, Java sẽ đọc nó như số bát phân; hãy viết 100."), vi);
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> inEnglish(dir));
        assertTrue(e.message(vn.dti.text.Language.EN).contains(drl + ":" + MethodologyFolderTest.lineOf(drl, "0100")), e.getMessage());
        assertTrue(e.message(vn.dti.text.Language.EN).contains("the number 0100 starts with a zero, which Java reads as an octal number; write 100"), e.getMessage());
        // 0.60 starts with a zero too, and is a decimal
        assertEquals(new ScoringPattern.Goal(0.6), Methodologies.load(Fixtures.drlVariant(tmp.resolve("drl2"))).scoringRule(IndicatorId.of("6.6"))
                .orElseThrow().pattern());
    }

    @Test
    void formulaInAParameterCell_isRefused_withTheCellAndTheFormula() throws IOException {
        Path dir = exported();
        byte[] xlsx = TableWorkbooks.fromCsv(Files.readAllBytes(dir.resolve("scoring.csv")));
        Files.delete(dir.resolve("scoring.csv"));
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
            r.getCell(2).setCellFormula("0.45*2");
            wb.write(out);
            Files.write(dir.resolve("scoring.xlsx"), out.toByteArray());
        }
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertEquals(1, e.problems(vn.dti.text.Language.EN).size(), e.getMessage());
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).startsWith(dir.resolve("scoring.xlsx") + ", sheet Chấm điểm, row " + row + ", column C (goal): holds the formula "
                + "=0.45*2; type the value itself"), e.problems(vn.dti.text.Language.EN).get(0));
    }

    @Test
    void blockComment_hidesTheRuleInIt() throws IOException {
        // a second scoring rule for 6.6, commented out with /* */: not a second rule, not an unknown indicator
        Path dir = exported();
        Files.writeString(dir.resolve("extra.drl"), String.join("\n",
                "package extra",
                "import vn.dti.rules.ComponentValue",
                "global vn.dti.rules.ScoreSheet score",
                "/* kept for next year:",
                "rule \"6.6 next year\" @indicator(\"6.6\")",
                "when $v : ComponentValue( indicator == \"6.6\", reported )",
                "then score.goal(kcontext, $v, 0.70);",
                "end",
                "rule \"99.9\" @indicator(\"99.9\") */",
                ""), StandardCharsets.UTF_8);
        RuleScorer scorer = Methodologies.load(dir);
        assertEquals(new ScoringPattern.Goal(0.6), scorer.scoringRule(IndicatorId.of("6.6")).orElseThrow().pattern());
        assertEquals("scoring.csv", scorer.scoringRule(IndicatorId.of("6.6")).orElseThrow().location().file());
    }

    @Test
    void blankRowInsideTheTable_namesTheBlankRow_notEveryComponentAfterIt() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        int row41 = row(csv, "4.1");
        MethodologyFolderTest.edit(csv, "\n4.1,x,", "\n,,,,,,,\n4.1,x,");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertEquals(List.of(csv + ", row " + row41 + ", column A (id): is a blank row inside table \"Chấm điểm\": the table ends here, so the rows "
                + "from " + (row41 + 1) + " on are not read (Drools stops at the first blank row). Delete the blank row."), e.problems(vn.dti.text.Language.EN));
    }

    @Test
    void tableThatCannotBeRead_isOneProblem_notAMissingRuleForEachComponent() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        byte[] latin1 = Files.readString(csv, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(csv, latin1);
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> inEnglish(dir));
        assertEquals(List.of(csv + ": is not UTF-8 text; save the CSV as UTF-8"), e.problems(vn.dti.text.Language.EN));

        // the row of column types deleted: the structure is named, not 50 components without a rule
        Methodologies.export(Fixtures.PROVINCE_2025, tmp.resolve("second"));
        Path csv2 = tmp.resolve("second/scoring.csv");
        MethodologyFolderTest.edit(csv2, "CONDITION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,DESCRIPTION\n", "");
        InvalidMethodologyException e2 = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(tmp.resolve("second")));
        assertEquals(1, e2.problems(vn.dti.text.Language.EN).size(), e2.getMessage());
        assertTrue(e2.problems(vn.dti.text.Language.EN).get(0).contains("table \"Chấm điểm\" has no CONDITION column"), e2.getMessage());
    }

    @Test
    void percentWrittenAsANumberInTheBandsOfARatio_isRefused() throws IOException {
        // 6.5 is a share of dossiers (0..1); bands at 90 and 50 are reachable only by values out of range
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\n6.5,x,,,", "\n6.5,,,\"90:20, 50:10\",");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        String at = csv + ", row " + row(csv, "6.5") + ", column D (bands): ";
        String why = " of ratio component 6.5 is above 1: a ratio is a share between 0 and 1, so no value in range reaches it; write a percent as a share "
                + "(90% is 0.90).";
        assertEquals(List.of(at + "the band threshold [50]" + why, at + "the band threshold [90]" + why), e.problems(vn.dti.text.Language.EN));   // one cell: sorted by text
    }

    @Test
    void negativeGoal_scientificNotation_andAPatternMarkOtherThanX_eachSayWhatToWrite() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\n3.4,,0.90,", "\n3.4,,-0.5,");
        MethodologyFolderTest.edit(csv, "\n6.6,,0.60,", "\n6.6,,6e-1,");
        MethodologyFolderTest.edit(csv, "\n6.5,x,", "\n6.5,yes,");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> inEnglish(dir));
        assertEquals(List.of(
                csv + ", row " + row(csv, "3.4") + ", column C (goal): \"-0.5\" is negative: a goal must be positive (above 0); write it without "
                        + "the minus sign (0.5) if that is what you meant",
                csv + ", row " + row(csv, "6.5") + ", column B (ratio): \"yes\": this pattern takes no parameter; write x to choose it, or leave the cell empty",
                csv + ", row " + row(csv, "6.6") + ", column C (goal): \"6e-1\" is not a number; write it as a plain decimal (0.6)"), e.problems(vn.dti.text.Language.EN));
    }

    @Test
    void brokenCodeTemplate_isOneProblemAtTheTemplateCell_notOnePerRow() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\"score.ratio(kcontext, $v);\"", "\"score.ratio(kcontext, $v\"");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertEquals(1, e.problems(vn.dti.text.Language.EN).size(), e.getMessage());
        // the ratio rows are 3.1 (row 20) … 8.3 (row 57): 18 components score as ratio × max
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).startsWith(csv + ", row 9, column B (code template): the code template in this cell makes rules Drools cannot "
                + "compile: 18 rows fail the same way (rows " + row(csv, "3.1") + "–" + row(csv, "8.3") + "): "), e.problems(vn.dti.text.Language.EN).get(0));
    }

    @Test
    void xlsxTable_zipBombRefusedBeforePoiOpensIt_andPoisGlobalSettingsUntouched() throws IOException {
        Path dir = exported();
        byte[] xlsx = TableWorkbooks.fromCsv(Files.readAllBytes(dir.resolve("scoring.csv")));
        Files.delete(dir.resolve("scoring.csv"));
        // an embedding application's own POI setting must survive loading a methodology (Drools' ExcelParser resets it
        // each time it parses a workbook; the loader puts it back)
        Files.write(dir.resolve("scoring.xlsx"), xlsx);
        double before = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.002);
        try {
            Methodologies.load(dir);
            assertEquals(0.002, org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio(), 0);
        } finally {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(before);
        }
        // the same workbook with a part of 20 MB of zeros (it compresses about 1,000 times)
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bomb)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("xl/media/zeros.bin"));
            out.write(new byte[20 * 1024 * 1024]);
            out.closeEntry();
        }
        Files.write(dir.resolve("scoring.xlsx"), bomb.toByteArray());
        InvalidMethodologyException vi = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(vi.problems().get(0).startsWith(dir.resolve("scoring.xlsx") + ": phần xl/media/zeros.bin giải nén ra gấp ")
                && vi.problems().get(0).endsWith(" lần (hơn 100 lần); bị từ chối vì là \"bom zip\"."), vi.problems().get(0));
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class,
                () -> vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> Methodologies.load(dir)));
        assertEquals(1, e.problems(vn.dti.text.Language.EN).size(), e.getMessage());
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).startsWith(dir.resolve("scoring.xlsx") + ": the part xl/media/zeros.bin expands "), e.problems(vn.dti.text.Language.EN).get(0));
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).endsWith("times (more than 100); refused as a zip bomb."), e.problems(vn.dti.text.Language.EN).get(0));
    }

    @Test
    void notesBelowTheTable_afterABlankRow_areAllowed_asDroolsIgnoresThem() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8) + ",,,,,,,\nGhi chú: sửa mục tiêu 3.4 theo kế hoạch 2026,,,,,,,\n",
                StandardCharsets.UTF_8);
        var bundled = Fixtures.province2025().score(Fixtures.khanhHoa2023());
        var withNote = Methodologies.load(dir).score(Fixtures.khanhHoa2023());
        assertEquals(bundled.components().stream().map(c -> c.id() + "=" + c.points()).toList(),
                withNote.components().stream().map(c -> c.id() + "=" + c.points()).toList());
    }

    @Test
    void decimalsWithLeadingZeros_areDecimals_inTablesAndRuleFiles() throws IOException {
        Path dir = exported();
        MethodologyFolderTest.edit(dir.resolve("scoring.csv"), "\n3.4,,0.90,", "\n3.4,,00.90,");
        assertEquals(new ScoringPattern.Goal(0.9), Methodologies.load(dir).scoringRule(IndicatorId.of("3.4")).orElseThrow().pattern());
    }

    @Test
    void brokenTemplateOfASecondTable_isPlacedAtThatTablesTemplates() throws IOException {
        // 9.1–9.3 moved into a second table of the same file, whose yes/no template lost its closing parenthesis
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        int types = lines.indexOf("CONDITION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,DESCRIPTION");
        List<String> nines = new java.util.ArrayList<>(lines.subList(lines.size() - 3, lines.size()));
        lines.subList(lines.size() - 3, lines.size()).clear();
        lines.add(",,,,,,,");
        lines.add("RuleTable Đô thị thông minh,,,,,,,");
        int second = lines.size() + 3;   // 1-based row of the second table's code templates
        lines.add(lines.get(types));
        lines.add(lines.get(types + 1));
        lines.add(lines.get(types + 2).replace("\"score.yesNo(kcontext, $v);\"", "\"score.yesNo(kcontext, $v\""));
        lines.add(lines.get(types + 3));
        lines.addAll(nines);
        Files.write(csv, lines, StandardCharsets.UTF_8);
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertEquals(1, e.problems(vn.dti.text.Language.EN).size(), e.getMessage());
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).startsWith(csv + ", row " + second + ", column F (code template): the code template in this cell makes rules "
                + "Drools cannot compile: 3 rows fail the same way (rows " + (second + 2) + "–" + (second + 4) + "): "), e.problems(vn.dti.text.Language.EN).get(0));
    }

    @Test
    void symlinkedFolderIsRead_aLinkLoopIsNamed() throws IOException {
        Path dir = exported();
        Path link = tmp.resolve("linked");
        Files.createSymbolicLink(link, dir);
        assertEquals(50, Methodologies.load(link).scoringRules().size());
        Path loop = dir.resolve("tests/loop");
        Files.createSymbolicLink(loop, dir);
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(e.message(vn.dti.text.Language.EN).contains(": the symbolic link " + loop + " points back to a folder that holds it; remove the link."),
                e.getMessage());
        // in Vietnamese, the default: the same folder and link named
        assertTrue(e.getMessage().contains(": liên kết tượng trưng " + loop + " trỏ ngược về một thư mục chứa chính nó; hãy xóa liên kết này."), e.getMessage());
    }

    /** Loads in a run in English ({@code dti --lang en}): a cell's explanation as the English catalogue writes it. */
    private static RuleScorer inEnglish(Path dir) {
        return vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> Methodologies.load(dir));
    }
}
