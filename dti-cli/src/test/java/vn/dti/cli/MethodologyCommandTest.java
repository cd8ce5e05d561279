package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.json.DtiJson;

/** dti methodology validate, diff and watch on exported copies, as an officer uses them. */
class MethodologyCommandTest {
    static final String M = MainTest.M;

    @TempDir
    Path tmp;

    private Path exported(String name) {
        Path dir = tmp.resolve(name);
        assertEquals(0, MainTest.run("methodology", "export", M, dir.toString()).code());
        return dir;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void validate_bundled_oneLineSummary() {
        MainTest.Run vi = MainTest.run("methodology", "validate", M);
        assertTrue(vi.out().matches("vn-dti-province-2025 \\(phiên bản [0-9a-f]{16}\\) từ classpath:methodologies/vn-dti-province-2025: hợp lệ; "
                + "50 chỉ số thành phần, 50 quy tắc chấm điểm đã được kiểm tra tại các giá trị biên; 18/18 ca kiểm thử đạt\\.\n"), vi.out());
        MainTest.Run r = MainTest.en("methodology", "validate", M);
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().matches("vn-dti-province-2025 \\(version [0-9a-f]{16}\\) from classpath:methodologies/vn-dti-province-2025: valid; "
                + "50 components, 50 scoring rules checked on their boundary values; 18 of 18 test cases pass\\.\n"), r.out());
    }

    @Test
    void validate_listsEveryProblemInFileOrder_exit3() throws IOException {
        Path dir = exported("m");
        edit(dir.resolve("scoring.csv"), "\n3.4,,0.90,", "\n3.4,,0.9O,");
        edit(dir.resolve("scoring.csv"), "\"3:10, 2:7, 1:4\"", "\"1:4, 3:10\"");
        edit(dir.resolve("completeness.drl"), "ComponentValue( reported, aboveOne )", "ComponentValue( reported aboveOne )");
        MainTest.Run r = MainTest.en("methodology", "validate", dir.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith(dir.resolve("completeness.drl") + ":"), lines.toString());
        assertTrue(lines.get(1).startsWith(dir.resolve("scoring.csv") + ", row 12, column D (bands): bands are not in order"), lines.toString());
        assertTrue(lines.get(2).startsWith(dir.resolve("scoring.csv") + ", row 23, column C (goal): \"0.9O\" is not a number"), lines.toString());
        assertEquals("vn-dti-province-2025: invalid, 3 problems.", lines.get(lines.size() - 1));
    }

    @Test
    void validate_customRuleAwarding31Of30AtItsGoal_exit3FromTheSweep_notLeftToTheTestCases() throws IOException {
        Path dir = exported("m");
        Path csv = dir.resolve("scoring.csv");
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8).replaceAll("\n3\\.4,[^\n]*", ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("custom.drl"), String.join("\n", "package custom", "import vn.dti.rules.ComponentValue",
                "global vn.dti.rules.ScoreSheet score", "rule \"3.4 custom\" @indicator(\"3.4\")",
                "when $v : ComponentValue( indicator == \"3.4\", reported )",
                "then score.award(kcontext, $v, $v.getRatio() == 0.9 ? 31 : Math.min(1, $v.getRatio() / 0.9) * 30, \"goal 0.9\");", "end", ""),
                StandardCharsets.UTF_8);
        MainTest.Run r = MainTest.en("methodology", "validate", dir.toString());
        assertEquals(3, r.code(), r.out());
        assertEquals(List.of(dir.resolve("custom.drl") + ":6:12: rule \"3.4 custom\": for the value 0.9, rule \"3.4 custom\" (custom.drl:4) tried to "
                + "award 31 points to component 3.4, outside [0, 30].", "vn-dti-province-2025: invalid, 1 problem."), r.out().lines().toList());
    }

    @Test
    void validate_failingTestCases_exit4() throws IOException {
        Path dir = exported("m");
        edit(dir.resolve("scoring.csv"), "\n3.4,,0.90,", "\n3.4,,0.95,");
        MainTest.Run r = MainTest.run("methodology", "validate", dir.toString());
        assertEquals(4, r.code(), r.out());
        assertTrue(r.out().contains("/tests/patterns.json:"), r.out());
        assertTrue(r.out().contains("16/18 ca kiểm thử đạt, 2 ca không đạt."), r.out());
        assertTrue(r.out().contains(": KHÔNG ĐẠT\n"), r.out());
        assertTrue(MainTest.en("methodology", "validate", dir.toString()).out().contains("16 of 18 test cases pass, 2 fail."), "in English with --lang en");
    }

    @Test
    void diff_twoCopies_withEvidence_tableAndJson() throws IOException {
        Path old = exported("old");
        Path neu = exported("new");
        edit(neu.resolve("scoring.csv"), "\n3.4,,0.90,", "\n3.4,,0.80,");
        MainTest.Run t = MainTest.en("methodology", "diff", old.toString(), neu.toString(), "--evidence", MainTest.EXAMPLE);
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("  ~ 3.4    rule: goal 0.9 → goal 0.8   (scoring.csv, row 23, column C)"), t.out());
        MainTest.Run vi = MainTest.run("methodology", "diff", old.toString(), neu.toString(), "--evidence", MainTest.EXAMPLE);
        assertEquals(0, vi.code(), vi.err());
        assertTrue(vi.out().contains("   (scoring.csv, dòng 23, cột C)\n"), "the rule's cell in Vietnamese by default: " + vi.out());
        assertTrue(t.out().contains("  3.4        29.07        30     +0.93  min(1, value / goal) × max = min(1, 0.872 / 0.8) × 30 = 30"), t.out());
        Path out = tmp.resolve("d.json");
        assertEquals(0, MainTest.en("methodology", "diff", old.toString(), neu.toString(), "--evidence", MainTest.EXAMPLE, "--format", "json", "--out",
                out.toString()).code());
        JsonNode j = DtiJson.mapper().readTree(out.toFile());
        assertEquals("rule", j.at("/changes/0/what").asText());
        assertEquals(30.0, j.at("/evidence/0/components/0/newPoints").asDouble(), 0);
    }

    @Test
    void diff_evidenceWithAComponentOnlyTheOldHas_scoresEachSide_andShowsTheRenumberedOneAsMoved() throws IOException {
        // the new edition drops 9.2 and renumbers 9.3 as 9.4; the example reports both
        Path neu = exported("new");
        Path json = neu.resolve("methodology.json");
        String catalogue = Files.readString(json, StandardCharsets.UTF_8);
        String dropped = catalogue.replaceAll("(?s)\n        \\{\n          \"id\": \"9\\.2\",.*?\n        \\},", "");
        assertTrue(dropped.length() < catalogue.length());
        Files.writeString(json, dropped.replace("\"id\": \"9.3\"", "\"id\": \"9.4\""), StandardCharsets.UTF_8);
        Path csv = neu.resolve("scoring.csv");
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8).replaceAll("\n9\\.2,[^\n]*", "").replace("\n9.3,", "\n9.4,"),
                StandardCharsets.UTF_8);
        MainTest.Run t = MainTest.en("methodology", "diff", M, neu.toString(), "--evidence", MainTest.EXAMPLE);
        assertEquals(0, t.code(), t.out() + t.err());
        assertTrue(t.out().contains("  → 9.3 → 9.4 renumbered (the same official name)\n"), t.out());
        assertTrue(t.out().contains("  - 9.2    Ban hành kiến trúc ICT phát triển Đô thị thông minh (0 points)\n"), t.out());
        assertTrue(t.out().contains("  left out of the new score (not in the new catalogue): 9.2\n"), t.out());
        assertTrue(t.out().contains("  9.3 → 9.4         0         0        ±0  renumbered: "), t.out());
        assertTrue(t.out().contains("  9.2               0         —        ±0  removed (was: "), t.out());
        assertTrue(t.out().contains("total 243.25 → 243.25 (±0)"), t.out());
        MainTest.Run j = MainTest.en("methodology", "diff", M, neu.toString(), "--evidence", MainTest.EXAMPLE, "--format", "json");
        assertEquals(0, j.code(), j.err());
        JsonNode d = DtiJson.mapper().readTree(j.out());
        assertEquals("moved", d.at("/changes/0/what").asText());
        assertEquals("9.3", d.at("/changes/0/before").asText());
        assertEquals("9.4", d.at("/changes/0/after").asText());
        assertEquals("9.2", d.at("/evidence/0/leftOutOfNew/0").asText());
        assertEquals("9.3", d.at("/evidence/0/components/0/oldId").asText());
        assertEquals("moved", d.at("/evidence/0/components/0/kind").asText());
        assertEquals("removed", d.at("/evidence/0/components/1/kind").asText());
        // a component neither side has is still a mistake in the evidence: exit 2, with its line
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(MainTest.EXAMPLE)).replace("\"indicator\": \"3.4\"", "\"indicator\": \"3.44\""));
        MainTest.Run r = MainTest.en("methodology", "diff", M, neu.toString(), "--evidence", bad.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("dti: " + bad + ":"), r.err());
        assertTrue(r.err().contains("unknown indicator 3.44"), r.err());
        assertTrue(r.err().contains("\n(under vn-dti-province-2025 from "), r.err());
    }

    @Test
    void diff_badEvidence_exit2_namesTheFile() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(MainTest.EXAMPLE)).replace("\"indicator\": \"3.4\"", "\"indicator\": \"3.44\""));
        Path out = tmp.resolve("d.json");
        MainTest.Run r = MainTest.run("methodology", "diff", M, M, "--evidence", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dti: " + bad + ":"), r.err());
        assertTrue(r.err().contains("không có chỉ số 3.44"), r.err());
        assertTrue(r.err().contains("\n(theo bộ chỉ số vn-dti-province-2025 từ "), r.err());
        assertFalse(r.err().contains("(under "), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void watch_reportsEachSave() throws Exception {
        Path dir = exported("m");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        int[] code = {-1};
        Thread t = new Thread(() -> code[0] = new Main(ps, ps).run("--lang", "en", "methodology", "watch", dir.toString(), "--timeout", "20", "--settle",
                "100"));
        t.start();
        waitFor(out, "test cases pass.");
        edit(dir.resolve("scoring.csv"), "\n3.4,,0.90,", "\n3.4,,0.9O,");
        waitFor(out, "INVALID");
        waitFor(out, "Still serving version ");
        edit(dir.resolve("scoring.csv"), "\n3.4,,0.9O,", "\n3.4,,0.90,");
        // restoring the first version's bytes: checked and served again
        for (int i = 0; i < 300 && count(out, "18 of 18 test cases pass") < 2; i++) {
            Thread.sleep(100);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        t.interrupt();
        t.join(5000);
        assertTrue(text.contains("column C (goal): \"0.9O\" is not a number"), text);
        assertEquals(2, count(out, "18 of 18 test cases pass"), text);
    }

    private static int count(java.io.ByteArrayOutputStream out, String text) {
        return out.toString(StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    @Test
    void export_xlsx_loadsAndScoresAsTheBundledOne() throws IOException {
        Path dir = tmp.resolve("x");
        assertEquals(0, MainTest.run("methodology", "export", M, dir.toString(), "--xlsx").code());
        assertTrue(Files.exists(dir.resolve("scoring.xlsx")));
        assertFalse(Files.exists(dir.resolve("scoring.csv")));
        MainTest.Run v = MainTest.run("methodology", "validate", dir.toString());
        assertEquals(0, v.code(), v.out());
        String bundled = MainTest.run("score", "--methodology", M, "--evidence", MainTest.EXAMPLE, "--format", "json").out();
        String fromXlsx = MainTest.run("score", "--methodology", dir.toString(), "--evidence", MainTest.EXAMPLE, "--format", "json").out();
        // the same cards, each naming the workbook's cell where the CSV's row was named (two columns to the right: name and
        // max points come first in the officer's sheet)
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("scoring\\.csv, row (\\d+), column ([A-Z])").matcher(bundled);
        StringBuilder shifted = new StringBuilder();
        while (cell.find()) {
            cell.appendReplacement(shifted, "scoring.xlsx, sheet Chấm điểm, row " + cell.group(1) + ", column " + (char) (cell.group(2).charAt(0) + 2));
        }
        cell.appendTail(shifted);
        assertEquals(shifted.toString().replaceAll("\"version\" : \"[0-9a-f]+\"", "").replace("scoring.csv", "scoring.xlsx"),
                fromXlsx.replaceAll("\"version\" : \"[0-9a-f]+\"", ""));
    }

    private static void waitFor(java.io.ByteArrayOutputStream out, String text) throws InterruptedException {
        for (int i = 0; i < 300 && !out.toString(StandardCharsets.UTF_8).contains(text); i++) {
            Thread.sleep(100);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(text), "waited 30 s for: " + text + "\n" + out.toString(StandardCharsets.UTF_8));
    }
}
