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
import java.util.Map;
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
        MainTest.Run r = MainTest.en(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: dti " + command), r.out());
        assertTrue(r.out().contains("--methodology"), r.out());
    }

    @Test
    void gaps_json_everyComponentBelowMax_withNextStep() throws IOException {
        Path out = tmp.resolve("gaps.json");
        MainTest.Run r = MainTest.en("gaps", "--methodology", M, "--evidence", EXAMPLE, "--format", "json", "--by", "agency", "--out", out.toString());
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
        MainTest.Run csv = MainTest.en("gaps", "--methodology", M, "--evidence", EXAMPLE, "--format", "csv");
        assertTrue(csv.out().startsWith("component,main_indicator,name,value,points,max_points,points_lost,points_at_risk,"), csv.out());
        MainTest.Run table = MainTest.en("gaps", "--methodology", M, "--evidence", EXAMPLE);
        assertTrue(table.out().contains("next: "), table.out());
        assertTrue(table.out().contains("Points at risk (earned, but flagged)"), table.out());
    }

    @Test
    void targets_bundled_showsTheDistanceTo800() {
        MainTest.Run r = MainTest.en("targets", "--methodology", M, "--evidence", EXAMPLE, "--targets", TARGETS, "--cohort", COHORT);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*NOT  total>=800 .* points short.*"), r.out());
        assertTrue(r.out().contains("source: Kế hoạch số 4636/KH-UBND ngày 29/9/2025 nâng cao chỉ số xếp hạng"), r.out());
        assertTrue(r.out().contains(" targets met"), r.out());
    }

    @Test
    void plan_total800_thenWhatIfWithTheSameChanges_reaches800() throws IOException {
        Path out = tmp.resolve("plan.json");
        MainTest.Run r = MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=800", "--format", "json", "--out",
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
        MainTest.Run w = MainTest.en(args.toArray(new String[0]));
        assertEquals(0, w.code(), w.err());
        JsonNode whatIf = DtiJson.mapper().readTree(w.out());
        assertTrue(whatIf.get("totalAfter").asDouble() >= 800, "whatif confirms the plan: " + whatIf.get("totalAfter"));
        MainTest.Run table = MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=800");
        assertTrue(table.out().contains("The cheapest plan reaches every target"), table.out());
    }

    @Test
    void plan_unreachable_saysSo() throws IOException {
        Path effort = tmp.resolve("effort.json");
        Files.writeString(effort, "{\"components\": {\"7.1\": {\"fixed\": true, \"note\": \"no statistics\"}}}");
        MainTest.Run r = MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=1000", "--effort", effort.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("NO PLAN REACHES THE TARGETS. The closest plan"), r.out());
    }

    @Test
    void whatif_andPlan_anUnknownComponent_isOneSentenceWithOneFullStop() {
        MainTest.Run r = MainTest.en("whatif", "--methodology", M, "--evidence", EXAMPLE, "--set", "99.9=1");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("dti: --set [99.9=1]: methodology vn-dti-province-2025 has no component [99.9]. The main indicators are 1, 2, "), r.err());
        assertFalse(r.err().lines().findFirst().orElseThrow().contains(".."), r.err());
        MainTest.Run vi = MainTest.run("whatif", "--methodology", M, "--evidence", EXAMPLE, "--set", "99.9=1");
        assertTrue(vi.err().startsWith("dti: --set [99.9=1]: bộ chỉ số vn-dti-province-2025 không có chỉ số thành phần [99.9]. Các chỉ số chính là 1, 2, "),
                vi.err());
        assertFalse(vi.err().lines().findFirst().orElseThrow().contains(".."), vi.err());
        MainTest.Run t = MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "1.9>=1");
        assertEquals(2, t.code(), t.err());
        assertTrue(t.err().contains("has no component [1.9]. Main indicator 1 (Nhận thức số) has 1.1, 1.2"), t.err());
        assertFalse(t.err().lines().findFirst().orElseThrow().contains(".."), t.err());
    }

    @Test
    void whatif_withCohort_showsRanksBeforeAndAfter() {
        MainTest.Run r = MainTest.en("whatif", "--methodology", M, "--evidence", EXAMPLE, "--cohort", COHORT, "--set", "6.6=0.6", "--set", "7.1=10%");
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
        MainTest.Run r = MainTest.en("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "xlsx", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Điểm", "Khoảng cách", "Phát hiện"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            for (int i = 0; i < 3; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + " has an autofilter");
                // printed on A4 landscape, one page wide, its header row on every page (issue 20 item 3)
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize(), s.getSheetName());
                assertTrue(s.getPrintSetup().getLandscape() && s.getFitToPage() && s.getPrintSetup().getFitWidth() == 1
                        && s.getPrintSetup().getFitHeight() == 0, s.getSheetName());
                assertEquals("1:1", s.getRepeatingRows().formatAsString().replace("$", ""), s.getSheetName());
            }
            Sheet score = wb.getSheet("Điểm");
            double total = Double.NaN;
            for (var row : score) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Tổng")) {
                    total = row.getCell(3).getNumericCellValue();
                }
            }
            JsonNode card = DtiJson.mapper().readTree(MainTest.en("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "json").out());
            assertEquals(card.get("totalPoints").asDouble(), total, 1e-9);
        }
        MainTest.Run noOut = MainTest.en("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "xlsx");
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().contains("--format xlsx needs --out"), noOut.err());
    }

    @Test
    void score_xlsx_numbersAreNumbers_valuesAndDocuments_vietnameseLabelsWithTheirCodes() throws IOException {
        Path out = tmp.resolve("card.xlsx");
        assertEquals(0, MainTest.run("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "xlsx", "--out", out.toString()).code());
        vn.dti.api.Methodology m = vn.dti.rules.Methodologies.bundled(M).methodology();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet score = wb.getSheet("Điểm");
            Map<String, Integer> sc = columns(score);
            var r34 = row(score, "3.4");
            var value = r34.getCell(sc.get("Giá trị báo cáo"));
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, value.getCellType(), "3.4's value is a number");
            assertEquals(0.872, value.getNumericCellValue(), 1e-12);
            assertTrue(value.getCellStyle().getDataFormatString().contains("%"), "a share formatted as a percentage");
            String docs = r34.getCell(sc.get("Tài liệu kiểm chứng")).getStringCellValue();
            assertTrue(docs.matches(".* — \\d{2}/\\d{2}/\\d{4}.*"), docs);
            String code35 = row(score, "3.5").getCell(sc.get("Giá trị báo cáo")).getStringCellValue();
            assertTrue(m.component(vn.dti.api.IndicatorId.of("3.5")).orElseThrow().categories().stream().anyMatch(c -> c.name().equals(code35)), code35);
            numeric(score, sc.get("Điểm"));
            numeric(score, sc.get("Tối đa"));

            Sheet gaps = wb.getSheet("Khoảng cách");
            Map<String, Integer> gc = columns(gaps);
            var g34 = row(gaps, "3.4");
            assertEquals(0.872, g34.getCell(gc.get("Giá trị")).getNumericCellValue(), 1e-12);
            assertEquals(0.9, g34.getCell(gc.get("Giá trị cần đạt")).getNumericCellValue(), 1e-12);
            assertEquals(0.9, g34.getCell(gc.get("Giá trị để đạt tối đa")).getNumericCellValue(), 1e-12);
            assertEquals("dưới mục tiêu", g34.getCell(gc.get("Lý do")).getStringCellValue());
            assertEquals("BELOW_GOAL", g34.getCell(gc.get("Mã lý do")).getStringCellValue());
            assertEquals("đạt 90% (+0,93)", g34.getCell(gc.get("Bước tiếp theo")).getStringCellValue());
            assertEquals(String.join("; ", m.component(vn.dti.api.IndicatorId.of("3.4")).orElseThrow().cooperatingAgencies()),
                    g34.getCell(gc.get("Cơ quan phối hợp")).getStringCellValue());
            for (String col : List.of("Điểm", "Tối đa", "Điểm bị mất", "Điểm có rủi ro")) {
                numeric(gaps, gc.get(col));
            }
            for (var r : gaps) {
                if (r.getRowNum() > 0 && r.getCell(gc.get("Giá trị")) != null) {
                    var kind = m.component(vn.dti.api.IndicatorId.of(r.getCell(0).getStringCellValue())).orElseThrow().valueKind();
                    assertEquals(kind.numeric(), r.getCell(gc.get("Giá trị")).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC,
                            "row " + r.getRowNum());
                }
            }

            Sheet findings = wb.getSheet("Phát hiện");
            Map<String, Integer> fc = columns(findings);
            boolean notReported = false;
            for (var r : findings) {
                if (r.getRowNum() > 0 && r.getCell(fc.get("Mã phát hiện")).getStringCellValue().equals("NOT_REPORTED")) {
                    assertEquals("Chưa báo cáo", r.getCell(fc.get("Loại")).getStringCellValue());
                    assertTrue(r.getCell(fc.get("Nội dung")).getStringCellValue().startsWith("Chưa có giá trị"));
                    notReported = true;
                }
            }
            assertTrue(notReported);
            numeric(findings, fc.get("Điểm bị mất"));
        }
    }

    private static Map<String, Integer> columns(Sheet s) {
        Map<String, Integer> out = new java.util.HashMap<>();
        s.getRow(0).forEach(c -> out.put(c.getStringCellValue(), c.getColumnIndex()));
        return out;
    }

    private static org.apache.poi.ss.usermodel.Row row(Sheet s, String id) {
        for (var r : s) {
            if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id + " in " + s.getSheetName());
    }

    /** Every cell of the column below the header is a number. */
    private static void numeric(Sheet s, int col) {
        for (var r : s) {
            if (r.getRowNum() > 0 && r.getCell(col) != null) {
                assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, r.getCell(col).getCellType(), s.getSheetName() + " row " + r.getRowNum()
                        + " column " + col);
            }
        }
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

    @Test
    void targets_rankTargetsInTheSixEntityCohort_cannotBeTold_sharesAsPercentages() throws IOException {
        MainTest.Run r = MainTest.en("targets", "--methodology", M, "--evidence", EXAMPLE, "--targets", TARGETS, "--cohort", COHORT);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\?    rank<=20 +cannot tell: the cohort has 6 entities.*the national cohort of 34 provinces.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\?    top10>=4 +cannot tell: the cohort has 6 entities.*"), r.out());
        assertTrue(r.out().matches("(?s).*NOT  3\\.4>=0\\.9 +87\\.2% +2\\.8 percentage points short.*"), r.out());
        assertTrue(r.out().contains("2 cannot be told in this cohort"), r.out());
        assertTrue(r.out().contains("Source: Kế hoạch số 4636/KH-UBND ngày 29/9/2025 nâng cao chỉ số xếp hạng"), "the file's source");
        // the targets are for 2025, the example's evidence is of 2023: a warning in the header
        assertTrue(r.out().contains("WARNING: The targets (targets-khanh-hoa-2025.json) are for period 2025; the evidence is of 2023"), r.out());
        JsonNode j = DtiJson.mapper().readTree(MainTest.en("targets", "--methodology", M, "--evidence", EXAMPLE, "--targets", TARGETS, "--cohort", COHORT,
                "--format", "json").out());
        assertEquals(2, j.get("cannotTell").asInt());
        boolean seen = false;
        for (JsonNode t : j.get("targets")) {
            if (t.get("target").asText().equals("rank<=20")) {
                assertEquals("CANNOT_TELL", t.get("status").asText());
                assertEquals(6, t.get("cohortSize").asInt());
                assertTrue(!t.has("met") || t.get("met").isNull(), t.toString());
                seen = true;
            }
        }
        assertTrue(seen);
        assertTrue(j.get("warnings").toString().contains("for period 2025"), j.toString());
    }

    @Test
    void targets_ofAnotherEntity_areRefused() throws IOException {
        Path t = tmp.resolve("ha-noi.json");
        Files.writeString(t, "{\"entity\": \"ha-noi\", \"targets\": [{\"target\": \"total>=800\"}]}");
        for (String cmd : List.of("targets", "plan", "dashboard")) {
            Path out = tmp.resolve("out-" + cmd);
            MainTest.Run r = MainTest.en(cmd, "--methodology", M, "--evidence", EXAMPLE, "--targets", t.toString(), "--out", out.toString());
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains(t + ": $.entity: the targets are for [ha-noi]"), r.err());
            assertFalse(Files.exists(out));
            MainTest.Run vi = MainTest.run(cmd, "--methodology", M, "--evidence", EXAMPLE, "--targets", t.toString(), "--out", out.toString());
            assertEquals(2, vi.code(), cmd + ": " + vi.err());
            assertTrue(vi.err().contains(t + ": $.entity: chỉ tiêu dành cho [ha-noi], nhưng số liệu là của khanh-hoa (Khánh Hòa)"), vi.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void plan_aRankTargetEveryEntityOfTheCohortMeets_isRefused_namingTheTargetAndTheCohort() {
        MainTest.Run r = MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--cohort", COHORT, "--target", "rank<=20");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("--target rank<=20 constrains nothing in the cohort " + COHORT) && r.err().contains("6 entities"), r.err());
        MainTest.Run file = MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--cohort", COHORT, "--targets", TARGETS);
        assertEquals(2, file.code(), file.out());
        assertTrue(file.err().contains("--targets " + TARGETS + ": target top10>=4 constrains nothing in the cohort " + COHORT), file.err());
    }

    @Test
    void plan_noPlanReachesEveryTarget_saysItFirst_reachedFalse_listsWhy() throws IOException {
        Path effort = tmp.resolve("effort.json");
        Files.writeString(effort, "{\"default\": 1, \"components\": {\"7.1\": {\"fixed\": true, \"note\": \"no statistics\"}, \"8.3\": {\"fixed\": true}, "
                + "\"3.1\": {\"effort\": 3}, \"3.2\": {\"effort\": 3}, \"3.3\": {\"effort\": 3}, \"6.6\": {\"maxValue\": 0.5}, "
                + "\"8.2\": {\"steps\": [{\"value\": 0.05, \"effort\": 1}, {\"value\": 0.1, \"effort\": 4}]}}}");
        MainTest.Run r = MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=800", "--target", "7.1>=0.2", "--effort",
                effort.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("NO PLAN REACHES EVERY TARGET"), r.out());
        assertTrue(r.out().contains("effort 34"), r.out());
        assertTrue(r.out().contains("7.1>=0.2: the effort file fixes 7.1 (no statistics)"), r.out());
        JsonNode j = DtiJson.mapper().readTree(MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=800", "--target",
                "7.1>=0.2", "--effort", effort.toString(), "--format", "json").out());
        assertFalse(j.get("reached").asBoolean());
        assertEquals(34, j.get("effort").asDouble(), 1e-9);
        assertEquals("7.1>=0.2", j.get("unreached").get(0).get("target").asText());
    }

    @Test
    void plan_aStepThatLosesPoints_isSignedOnce_sharesAsPercentages() {
        // 6.5 reports 46.69%: a ceiling of 30% lowers it to 30%, 20 × (0.4669 − 0.3) = 3.338 points fewer
        MainTest.Run r = MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "6.5<=0.3");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("+-"), r.out());
        assertTrue(r.out().matches("(?s).*  6\\.5 +46\\.69% +30% +−3\\.34 .*"), r.out());
    }

    @Test
    void whatif_aRatioAbove100_showsThePointsAtRiskAndTheFinding() throws IOException {
        MainTest.Run r = MainTest.en("whatif", "--methodology", M, "--evidence", EXAMPLE, "--set", "6.6=1.5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Points at risk (earned, but flagged): 0 → 50"), r.out());
        assertTrue(r.out().matches("(?s).*Findings the change adds:\n  6\\.6 +OUT_OF_RANGE +50 points at risk\\. .*"), r.out());
        assertTrue(r.out().matches("(?s).*  6\\.6 +— +150% .*"), "the value as a percentage: " + r.out());
        JsonNode j = DtiJson.mapper().readTree(MainTest.en("whatif", "--methodology", M, "--evidence", EXAMPLE, "--set", "6.6=1.5", "--format", "json").out());
        assertEquals(50, j.get("pointsAtRiskAfter").asDouble(), 1e-9);
        assertEquals(0, j.get("pointsAtRiskBefore").asDouble(), 1e-9);
        assertEquals("OUT_OF_RANGE", j.get("findingsAdded").get(0).get("code").asText());
        assertTrue(j.has("totalAfter") && j.has("components"), "the fields that were there stay");
        MainTest.Run doc = MainTest.en("whatif", "--methodology", M, "--evidence", EXAMPLE, "--set", "4.4=document");
        assertTrue(doc.out().contains("Note: 4.4 already has an evidence document: no change."), doc.out());
        assertFalse(doc.out().contains("assumed"), doc.out());
    }

    @Test
    void gaps_json_carriesTheEditionWarning_tableHasNoMinusZero() throws IOException {
        JsonNode j = DtiJson.mapper().readTree(MainTest.en("gaps", "--methodology", M, "--evidence", EXAMPLE, "--format", "json").out());
        assertTrue(j.get("warnings").get(0).asText().startsWith("Period 2023 precedes this methodology's edition"), j.toString());
        // the CSV: a last column "warnings", the same text on every row (as dti rank's)
        String[] csv = MainTest.en("gaps", "--methodology", M, "--evidence", EXAMPLE, "--format", "csv").out().split("\r\n");
        assertTrue(csv[0].endsWith(",points_per_percentage_point,warnings"), csv[0]);
        String warning = "\"" + j.get("warnings").get(0).asText().replace("\"", "\"\"") + "\"";
        for (int i = 1; i < csv.length; i++) {
            assertTrue(csv[i].endsWith("," + warning), csv[i]);
        }
        // 5.1 at 120%: 20 of 20, flagged: no points lost, no "each percentage point"
        Path ev = tmp.resolve("over.json");
        Files.writeString(ev, Files.readString(Path.of(EXAMPLE)).replace("\"indicator\": \"5.1\",\n      \"value\": 1.0,", "\"indicator\": \"5.1\",\n      \"value\": 1.2,"));
        MainTest.Run r = MainTest.en("gaps", "--methodology", M, "--evidence", ev.toString());
        assertEquals(0, r.code(), r.err());
        String g51 = r.out().substring(r.out().indexOf("  5.1 "));
        g51 = g51.substring(0, g51.indexOf("\n  5.2 "));
        assertTrue(g51.matches("(?s)  5\\.1 +20 / 20 +20 risk  FLAGGED\n.*"), g51);
        assertFalse(g51.contains("-0") || g51.contains("each percentage point"), g51);
        assertTrue(g51.contains("value: 120%"), g51);
    }

    @Test
    void sensitivity_table_flagsTheSplitMedian_withTheSharesByRank() {
        MainTest.Run t = MainTest.en("sensitivity", "--methodology", M, "--cohort", COHORT, "--samples", "10000", "--seed", "3");
        assertEquals(0, t.code(), t.err());
        String kh = t.out().lines().filter(l -> l.contains("Khánh Hòa")).findFirst().orElseThrow();
        assertTrue(kh.matches(" +\\d+ +\\d+–\\d+ split .*Khánh Hòa .*%.*"), kh);
        assertTrue(t.out().contains("A split median"), t.out());
        // only what the methodology marks as an assumption: 3.4's goal (the province's own 90%) is not varied
        assertFalse(t.out().contains("3.4 goal  "), t.out());
        assertTrue(t.out().contains("Not varied: ") && t.out().contains("3.4 goal 0.9"), t.out());
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
