package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dti.json.DtiJson;

/** The planning commands: gaps, targets, whatif, plan, sensitivity, dashboard, score --format xlsx. */
class PlanningCommandsTest {
    static final String M = MainTest.M;
    static final String EXAMPLE = MainTest.EXAMPLE;
    static final String COHORT = "../dti-examples/data/cohort-2025-illustrative.json";
    static final String TARGETS = "../dti-examples/data/targets-khanh-hoa-2025.json";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"gaps", "targets", "whatif", "plan", "sensitivity", "dashboard"})
    void help_onEveryPlanningCommand(String command) {
        MainTest.Run r = MainTest.run(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: dti " + command), r.out());
        assertTrue(r.out().contains("--methodology"), r.out());
    }

    @Test
    void gaps_json_everyComponentBelowMax_withNextStep() throws IOException {
        Path out = tmp.resolve("gaps.json");
        MainTest.Run r = MainTest.run("gaps", "--methodology", M, "--evidence", EXAMPLE, "--format", "json", "--by", "agency", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = DtiJson.mapper().readTree(out.toFile());
        double lost = 0;
        for (JsonNode g : j.get("groups")) {
            for (JsonNode gap : g.get("gaps")) {
                lost += gap.get("pointsLost").asDouble();
                assertTrue(gap.has("nextStep"), gap.toString());
                assertTrue(gap.has("agency"));
            }
        }
        assertEquals(j.get("pointsLost").asDouble(), lost, 1e-6, "the gaps lose what the card loses");
        assertTrue(j.has("pointsAtRisk"));
        MainTest.Run csv = MainTest.run("gaps", "--methodology", M, "--evidence", EXAMPLE, "--format", "csv");
        assertTrue(csv.out().startsWith("component,main_indicator,name,value,points,max_points,points_lost,points_at_risk,"), csv.out());
        MainTest.Run table = MainTest.run("gaps", "--methodology", M, "--evidence", EXAMPLE);
        assertTrue(table.out().contains("next: "), table.out());
        assertTrue(table.out().contains("Points at risk (earned, but flagged)"), table.out());
    }

    @Test
    void targets_bundled_showsTheDistanceTo800() {
        MainTest.Run r = MainTest.run("targets", "--methodology", M, "--evidence", EXAMPLE, "--targets", TARGETS, "--cohort", COHORT);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*NOT  total>=800 .* points short.*"), r.out());
        assertTrue(r.out().contains("source: Kế hoạch nâng cao chỉ số xếp hạng"), r.out());
        assertTrue(r.out().contains(" targets met"), r.out());
    }

    @Test
    void plan_total800_thenWhatIfWithTheSameChanges_reaches800() throws IOException {
        Path out = tmp.resolve("plan.json");
        MainTest.Run r = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=800", "--format", "json", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode plan = DtiJson.mapper().readTree(out.toFile());
        assertTrue(plan.get("reached").asBoolean());
        assertTrue(plan.get("verified").asBoolean());
        List<String> args = new ArrayList<>(List.of("whatif", "--methodology", M, "--evidence", EXAMPLE, "--format", "json"));
        for (JsonNode st : plan.get("steps")) {
            args.add("--set");
            args.add(st.get("component").asText() + "=" + (st.get("documentOnly").asBoolean() ? "document" : st.get("valueAfter").asText()));
        }
        MainTest.Run w = MainTest.run(args.toArray(new String[0]));
        assertEquals(0, w.code(), w.err());
        JsonNode whatIf = DtiJson.mapper().readTree(w.out());
        assertTrue(whatIf.get("totalAfter").asDouble() >= 800, "whatif confirms the plan: " + whatIf.get("totalAfter"));
        MainTest.Run table = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=800");
        assertTrue(table.out().contains("The cheapest plan reaches every target"), table.out());
    }

    @Test
    void plan_unreachable_saysSo() throws IOException {
        Path effort = tmp.resolve("effort.json");
        Files.writeString(effort, "{\"components\": {\"7.1\": {\"fixed\": true, \"note\": \"no statistics\"}}}");
        MainTest.Run r = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=1000", "--effort", effort.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("NO PLAN REACHES THE TARGETS. The closest plan"), r.out());
    }

    @Test
    void whatif_withCohort_showsRanksBeforeAndAfter() {
        MainTest.Run r = MainTest.run("whatif", "--methodology", M, "--evidence", EXAMPLE, "--cohort", COHORT, "--set", "6.6=0.6", "--set", "7.1=10%");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Rank: "), r.out());
        assertTrue(r.out().matches("(?s).*  6\\.6 .*\\+50.*"), r.out());
    }

    @Test
    void sensitivity_sameSeed_sameResult() {
        MainTest.Run a = MainTest.run("sensitivity", "--methodology", M, "--cohort", COHORT, "--samples", "2000", "--seed", "42", "--format", "json");
        MainTest.Run b = MainTest.run("sensitivity", "--methodology", M, "--cohort", COHORT, "--samples", "2000", "--seed", "42", "--format", "json");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().contains("\"p95\""), a.out());
        MainTest.Run t = MainTest.run("sensitivity", "--methodology", M, "--cohort", COHORT, "--samples", "500");
        assertTrue(t.out().contains("5%–95%"), t.out());
    }

    @Test
    void score_xlsx_hasTheThreeSheets_withFilters() throws IOException {
        Path out = tmp.resolve("card.xlsx");
        MainTest.Run r = MainTest.run("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "xlsx", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Điểm", "Khoảng cách", "Phát hiện"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            for (int i = 0; i < 3; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + " has an autofilter");
            }
            Sheet score = wb.getSheet("Điểm");
            double total = Double.NaN;
            for (var row : score) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Tổng")) {
                    total = row.getCell(3).getNumericCellValue();
                }
            }
            JsonNode card = DtiJson.mapper().readTree(MainTest.run("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "json").out());
            assertEquals(card.get("totalPoints").asDouble(), total, 1e-9);
        }
        MainTest.Run noOut = MainTest.run("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "xlsx");
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().contains("--format xlsx needs --out"), noOut.err());
    }

    @Test
    void dashboard_writesOneSelfContainedPage() throws IOException {
        Path out = tmp.resolve("report.html");
        MainTest.Run r = MainTest.run("dashboard", "--methodology", M, "--evidence", EXAMPLE, "--cohort", COHORT, "--targets", TARGETS, "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("<link"), "nothing fetched");
        assertTrue(html.contains("data-key=\"needsWorkspace\""), "the workspace sections say they need one");
    }

    // ------------------------------------------------------------------ bad input: exit 2, names the file and field, writes nothing

    @Test
    void badTargetsFile_exit2_namesFileAndPath_writesNothing() throws IOException {
        Path targets = tmp.resolve("t.json");
        Files.writeString(targets, "{\"targets\": [\n  {\"target\": \"total>=800\"},\n  {\"target\": \"6.66>=0.6\"}\n]}");
        Path out = tmp.resolve("out.txt");
        for (String cmd : List.of("targets", "plan", "dashboard")) {
            MainTest.Run r = MainTest.run(cmd, "--methodology", M, "--evidence", EXAMPLE, "--targets", targets.toString(), "--out", out.toString());
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains(targets + ":3:") && r.err().contains("$.targets[1].target") && r.err().contains("6.66"), r.err());
            assertFalse(Files.exists(out), cmd + " wrote nothing");
        }
    }

    @Test
    void badEffortFile_exit2_namesFileAndField() throws IOException {
        Path effort = tmp.resolve("e.json");
        Files.writeString(effort, "{\"components\": {\"3.5\": {\"effort\": -2}}}");
        MainTest.Run r = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=800", "--effort", effort.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(effort.toString()) && r.err().contains("$.components.3.5.effort"), r.err());
    }

    @Test
    void badOptions_exit2_withUsage() throws IOException {
        Path out = tmp.resolve("o.txt");
        String[][] bad = {
            {"gaps", "--methodology", M, "--evidence", EXAMPLE, "--by", "region", "--out", out.toString()},
            {"whatif", "--methodology", M, "--evidence", EXAMPLE, "--set", "6.66=0.6", "--out", out.toString()},
            {"whatif", "--methodology", M, "--evidence", EXAMPLE, "--set", "7.1=document", "--out", out.toString()},
            {"plan", "--methodology", M, "--evidence", EXAMPLE, "--out", out.toString()},
            {"plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "rank<=20", "--out", out.toString()},
            {"plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total=>800", "--out", out.toString()},
            {"sensitivity", "--methodology", M, "--cohort", COHORT, "--samples", "1", "--out", out.toString()},
            {"dashboard", "--methodology", M, "--out", out.toString()},
            {"dashboard", "--methodology", M, "--workspace", tmp.toString(), "--out", out.toString()},
        };
        for (String[] args : bad) {
            MainTest.Run r = MainTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().startsWith("dti: "), r.err());
            assertFalse(Files.exists(out), String.join(" ", args) + " wrote nothing");
        }
    }

    @Test
    void badEvidence_exit2_namesFileAndLine() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(EXAMPLE)).replace("\"indicator\": \"3.4\"", "\"indicator\": \"3.44\""));
        for (String cmd : List.of("gaps", "whatif")) {
            MainTest.Run r = MainTest.run(cmd, "--methodology", M, "--evidence", bad.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().matches("(?s)dti: " + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: .*3\\.44.*"), r.err());
        }
    }

    @Test
    void out_thatIsAnInput_isRefused() throws IOException {
        Path targets = tmp.resolve("t.json");
        Files.copy(Path.of(TARGETS), targets);
        String before = Files.readString(targets);
        MainTest.Run r = MainTest.run("targets", "--methodology", M, "--evidence", EXAMPLE, "--targets", targets.toString(), "--out", targets.toString());
        assertEquals(2, r.code());
        assertEquals(before, Files.readString(targets));
    }
}
