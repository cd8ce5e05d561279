package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.json.DtiJson;

/** The command line: outputs, exit codes, and that --out is written only after a whole run succeeds. */
class MainTest {
    static final String EXAMPLE = "../dti-examples/data/khanh-hoa-2023.json";
    static final String M = "vn-dti-province-2025";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    /** The run in English ({@code --lang en} before the command): for tests of today's English texts. */
    static Run en(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = "en";
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void score_table_showsAllComponentsAndFindingsByAgency() {
        Run r = en("score", "--methodology", M, "--evidence", EXAMPLE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Total: 243.25 / 1000   Index: 0.2433"), r.out());
        assertTrue(r.out().contains("  3.4       29.07 / 30  Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang"), r.out());
        assertTrue(r.out().contains("  Sở Nội vụ — 60 points lost"), r.out());          // 4.1, 4.2, 4.3 not reported
        assertTrue(r.out().contains("Points lost: 756.75   Points at risk (earned, but flagged): 0"), r.out());
        for (String id : new String[] {"1.1", "3.7", "6.9", "8.3", "9.3"}) {
            assertTrue(r.out().contains("\n  " + id + " "), id);
        }
    }

    @Test
    void score_json_hasTheDocumentedFields() throws IOException {
        Path out = tmp.resolve("card.json");
        Run r = en("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        JsonNode card = DtiJson.mapper().readTree(out.toFile());
        assertEquals(M, card.at("/methodology/id").asText());
        assertEquals(16, card.at("/methodology/version").asText().length());
        assertEquals("khanh-hoa", card.at("/entity/id").asText());
        assertEquals("2023", card.at("/period").asText());
        assertEquals(1000.0, card.at("/maxPoints").asDouble(), 0);
        assertEquals(card.at("/totalPoints").asDouble() / 1000, card.at("/index").asDouble(), 1e-12);
        assertEquals(9, card.at("/mainIndicators").size());
        assertEquals(50.0, card.at("/mainIndicators/0/points").asDouble(), 0);
        assertEquals(1.0, card.at("/mainIndicators/0/value").asDouble(), 0);
        assertEquals(50, card.at("/components").size());
        JsonNode c44 = card.at("/components/19");
        assertEquals("4.4", c44.at("/id").asText());
        assertEquals("ratio × max = 0.5 × 20 = 10", c44.at("/explanation/formula").asText());
        assertEquals(10.0, c44.at("/points").asDouble(), 0);
        JsonNode c71 = card.at("/components/39");
        assertEquals("7.1", c71.at("/id").asText());
        assertEquals("NOT_REPORTED", c71.at("/findings/0/code").asText());
        assertEquals(50.0, c71.at("/findings/0/pointsLost").asDouble(), 0);
        assertEquals(card.at("/maxPoints").asDouble() - card.at("/totalPoints").asDouble(), card.at("/pointsLost").asDouble(), 1e-9);
        assertEquals(0.0, card.at("/pointsAtRisk").asDouble(), 0);
        JsonNode f = card.at("/findings/0");
        for (String field : new String[] {"code", "indicator", "pointsLost", "pointsAtRisk", "agency", "message"}) {
            assertTrue(f.has(field), field);
        }
    }

    @Test
    void score_unknownIndicator_exit2_namesIdAndLine_writesNothing() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(EXAMPLE)).replace("\"indicator\": \"3.4\"", "\"indicator\": \"3.44\""));
        Path out = tmp.resolve("out.json");
        Run r = run("score", "--methodology", M, "--evidence", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dti: " + bad + ":186:5: $.components[12].indicator: không có chỉ số 3.44 — bộ chỉ số "
                + "vn-dti-province-2025 không có chỉ số thành phần này. Chỉ số chính 3 (Hạ tầng số) gồm các chỉ số thành phần 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7."), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out));
    }

    @Test
    void score_truncatedJson_exit2() throws IOException {
        Path bad = tmp.resolve("trunc.json");
        Files.writeString(bad, Files.readString(Path.of(EXAMPLE)).substring(0, 300));
        Run r = en("score", "--methodology", M, "--evidence", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dti: " + bad + ":10:120: at $.note: the file ends too early (truncated JSON?)"), r.err());
        Run vi = run("score", "--methodology", M, "--evidence", bad.toString());
        assertTrue(vi.err().startsWith("dti: " + bad + ":10:120: tại $.note: tệp kết thúc quá sớm (JSON bị cắt cụt?)"), vi.err());
    }

    @Test
    void score_brokenMethodology_exit3_namesFileAndLine() throws IOException {
        Path dir = tmp.resolve("m");
        assertEquals(0, run("methodology", "export", M, dir.toString()).code());
        Path drl = dir.resolve("completeness.drl");
        Files.writeString(drl, Files.readString(drl).replace("when\n    $v : ComponentValue( reported, aboveOne )", "when\n    $v : ComponentValue( reported aboveOne )"));
        Run r = en("score", "--methodology", dir.toString(), "--evidence", EXAMPLE);
        assertEquals(3, r.code());
        assertTrue(r.err().matches("(?s)dti: invalid methodology: " + java.util.regex.Pattern.quote(drl.toString()) + ":\\d+:\\d+: .*"), r.err());
    }

    @Test
    void template_maxAndZero_scoreFullAndNothing() {
        Path max = tmp.resolve("max.json");
        Path zero = tmp.resolve("zero.json");
        assertEquals(0, run("evidence", "template", "--methodology", M, "--fill", "max", "--out", max.toString()).code());
        assertEquals(0, run("evidence", "template", "--methodology", M, "--fill", "zero", "--out", zero.toString()).code());
        assertTrue(en("score", "--methodology", M, "--evidence", max.toString()).out().contains("Total: 1000 / 1000   Index: 1.0000"));
        assertTrue(en("score", "--methodology", M, "--evidence", zero.toString()).out().contains("Total: 0 / 1000   Index: 0.0000"));
    }

    @Test
    void template_requiresOut_andValidFill() {
        assertEquals(2, run("evidence", "template", "--methodology", M).code());
        Run r = en("evidence", "template", "--methodology", M, "--fill", "full", "--out", tmp.resolve("x.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--fill must be one of empty, max, zero; got [full]"), r.err());
        assertFalse(Files.exists(tmp.resolve("x.json")));
    }

    @Test
    void methodology_listAndExport() {
        Run list = run("methodology", "list");
        assertEquals(0, list.code());
        List<String> ids = list.out().lines().map(l -> l.substring(0, l.indexOf('\t'))).toList();
        assertEquals(List.of("un-egdi", "vn-dti-province-2020", "vn-dti-province-2022", M, "vn-ict-index"), ids);
        Path dir = tmp.resolve("copy");
        assertEquals(0, run("methodology", "export", M, dir.toString()).code());
        assertTrue(Files.exists(dir.resolve("methodology.json")) && Files.exists(dir.resolve("scoring.csv")) && Files.exists(dir.resolve("completeness.drl")));
        assertEquals(2, run("methodology", "export", M, dir.toString()).code(), "refuses a non-empty folder");
    }

    @Test
    void methodology_test_passesBundled_failsEditedCopyWithExit4() throws IOException {
        assertTrue(run("methodology", "test", M).out().endsWith("18 ca đạt, 0 ca không đạt\n"), "Vietnamese by default");
        Run ok = en("methodology", "test", M);
        assertEquals(0, ok.code(), ok.out());
        assertTrue(ok.out().endsWith("18 passed, 0 failed\n"), ok.out());   // 12 in patterns.json, 6 in reporting.json
        Path dir = tmp.resolve("m");
        assertEquals(0, run("methodology", "export", M, dir.toString()).code());
        Path csv = dir.resolve("scoring.csv");
        Files.writeString(csv, Files.readString(csv).replace("\n3.4,,0.90,", "\n3.4,x,,"));
        Run bad = en("methodology", "test", dir.toString());
        assertEquals(4, bad.code());
        assertTrue(bad.out().contains(dir + "/tests/patterns.json:"), bad.out());
        assertTrue(bad.out().contains("3.4: expected 30 points, got 27 (ratio × max = 0.9 × 30 = 27, rule \"3.4\")"), bad.out());
        assertTrue(bad.out().endsWith("16 passed, 2 failed\n"), bad.out());
    }

    @Test
    void usage_errorsExit2() {
        assertEquals(2, run().code());
        assertEquals(2, run("scroe").code());
        assertEquals(2, run("score", "--methodology", M).code());
        assertEquals(2, run("score", "--methodology", M, "--evidence", "no-such-file.json").code());
        assertEquals(3, run("score", "--methodology", "no-such-methodology", "--evidence", EXAMPLE).code());
        Run typo = en("score", "--methodology", "vn-dti-provnce-2025", "--evidence", EXAMPLE);
        assertEquals(3, typo.code());
        assertTrue(typo.err().contains("dti: invalid methodology: vn-dti-provnce-2025: no bundled methodology has this id and no folder has this path. "
                + "Did you mean vn-dti-province-2025?"), typo.err());
    }
}
