package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/** The clerks' and planners' slips of issue 20 (items 4 and 5), as the command line shows them. */
class SlipsTest {
    static final String M = MainTest.M;
    static final String EXAMPLE = MainTest.EXAMPLE;

    @TempDir
    Path tmp;

    @Test
    void evidenceTemplate_saysWhatItWrote() {
        Path xlsx = tmp.resolve("noi-vu.xlsx");
        MainTest.Run r = MainTest.run("evidence", "template", "--methodology", M, "--agency", "Sở Nội vụ", "--period", "2025-Q3", "--entity", "khanh-hoa",
                "--name", "Khánh Hòa", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(xlsx));
        assertEquals("dti: " + Messages.text(Language.VI, "cli.template.wroteAgency", "Sở Nội vụ", "2025-Q3", "Khánh Hòa", xlsx) + "\n",
                r.err().replace("\r\n", "\n"));
        assertTrue(r.err().contains(xlsx.toString()) && r.err().contains("2025-Q3") && r.err().contains("Sở Nội vụ"), r.err());

        Path json = tmp.resolve("all.json");
        MainTest.Run all = MainTest.en("evidence", "template", "--methodology", M, "--fill", "max", "--out", json.toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(all.err().startsWith("dti: wrote the evidence template of methodology " + M + ", period 2025, "), all.err());
        assertTrue(all.err().contains(json + " (every component at its max points)"), all.err());

        MainTest.Run toStdout = MainTest.run("evidence", "template", "--methodology", M, "--out", "-");
        assertEquals(0, toStdout.code(), toStdout.err());
        assertFalse(toStdout.err().contains("dti:"), toStdout.err());   // the file itself is the output
    }

    static final String TARGETS = PlanningCommandsTest.TARGETS;

    @Test
    void plan_bundledTargetsWithoutCohort_skipsTheRankTargetsWithANote() {
        MainTest.Run r = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--targets", TARGETS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(Messages.text(Language.VI, "cli.plan.rankSkipped", TARGETS, "top10>=4, rank<=20")), r.err());
        assertTrue(r.out().contains("total>=800"), r.out());
        assertFalse(r.out().contains("rank<=20"), r.out());
        // a rank target given on the command line still needs its cohort
        MainTest.Run given = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--targets", TARGETS, "--target", "rank<=20");
        assertEquals(2, given.code(), given.err());
    }

    @Test
    void merge_namesAValueWithNoDocument_fileAndRow_asAWarning() throws java.io.IOException {
        Path q1 = Files.createDirectories(tmp.resolve("ws/2025-Q1"));
        String csv = Files.readString(Path.of(WorkedExampleTest.WS, "2025-Q1", "Công an tỉnh.csv"));
        String documented = "%,90%,4100/BC-BCĐCĐS,Báo cáo kết quả hoạt động chuyển đổi số tỉnh Khánh Hòa năm 2023,5/12/2023,Ban Chỉ đạo chuyển đổi số tỉnh Khánh Hòa,";
        assertTrue(csv.contains(documented));
        Files.writeString(q1.resolve("Công an tỉnh.csv"), csv.replace(documented, "%,90%,,,,"));
        MainTest.Run r = MainTest.run("evidence", "merge", "--methodology", M, "--workspace", tmp.resolve("ws").toString(), "--period", "2025-Q1", "--out",
                tmp.resolve("q1.json").toString());
        assertEquals(0, r.code(), r.err());
        String where = q1.resolve("Công an tỉnh.csv") + ", dòng 12, cột G (Giá trị)";
        assertTrue(r.err().contains("dti: cảnh báo: " + where + ": chỉ số thành phần 5.1 (Công an tỉnh) có giá trị nhưng không có tài liệu kiểm chứng nào"),
                r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("dti: cảnh báo: ")).count(), r.err());
    }

    @Test
    void whatif_pointsShowAMiss_799_9997_isNot800() {
        Text en = new Text(Language.EN);
        assertEquals("799.9997", en.pointsExact(799.9997));
        assertEquals("799.99", en.pointsExact(799.99));
        assertEquals("800", en.pointsExact(800.0000000001));
        assertEquals("243.25", en.pointsExact(243.2466));
        assertEquals("799.999999", en.pointsExact(799.9999994));
        assertEquals("799,9997", new Text(Language.VI).pointsExact(799.9997));
    }

    @Test
    void whatif_targets_saysMetOrNotForEachTarget() throws java.io.IOException {
        MainTest.Run r = MainTest.en("whatif", "--methodology", M, "--evidence", EXAMPLE, "--set", "6.6=60,5%", "--targets", TARGETS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nTargets after the changes (--targets): "), r.out());
        assertTrue(r.out().matches("(?s).*\n  NOT  total>=800 .*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  met  6.6>=0.6 .*"), r.out());
        MainTest.Run json = MainTest.en("whatif", "--methodology", M, "--evidence", EXAMPLE, "--set", "6.6=60,5%", "--targets", TARGETS, "--format", "json");
        assertEquals(0, json.code(), json.err());
        com.fasterxml.jackson.databind.JsonNode j = vn.dti.json.DtiJson.mapper().readTree(json.out());
        assertTrue(j.has("totalAfter"), "the what-if's own fields stay");
        boolean sixSix = false;
        for (com.fasterxml.jackson.databind.JsonNode t : j.at("/targets/targets")) {
            sixSix |= t.at("/target").asText().equals("6.6>=0.6") && t.at("/status").asText().equals("MET");
        }
        assertTrue(sixSix, "6.6>=0.6 met after 6.6=60,5%");
    }

    @Test
    void rank_topNInACohortTooSmall_cannotTell() throws java.io.IOException {
        String cohort = PlanningCommandsTest.COHORT;   // 6 entities
        MainTest.Run r = MainTest.run("rank", "--methodology", M, "--cohort", cohort);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(Messages.text(Language.VI, "cli.rank.topCannotTell", 10, 6)), r.out());
        assertTrue(r.out().contains("không đánh giá được"), r.out());
        for (String line : r.out().split("\n")) {
            if (line.matches("\\s+\\d+ .*")) {
                assertTrue(line.endsWith(" ?"), line);   // the Top10 column says nothing here
            }
        }
        MainTest.Run en = MainTest.en("rank", "--methodology", M, "--cohort", cohort, "--region", "Đông Nam Bộ");
        assertTrue(en.out().contains("Top10: cannot tell: the cohort has 6 entities"), en.out());   // the national cohort's size, for a region too
        // a top N the cohort can tell
        MainTest.Run top3 = MainTest.run("rank", "--methodology", M, "--cohort", cohort, "--top", "3");
        assertFalse(top3.out().contains("không đánh giá được"), top3.out());
    }

    @Test
    void plan_margin_isInTheHelp_andANegativeOneIsAUsageError() {
        MainTest.Run help = MainTest.en("plan", "--help");
        assertTrue(help.out().contains("--margin=<points>") && help.out().contains("tie"), help.out());
        MainTest.Run bad = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=800", "--margin", "-1");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains(Messages.text(Language.VI, "cli.plan.margin", "-1.0")), bad.err());
        MainTest.Run ok = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--cohort", PlanningCommandsTest.COHORT, "--target", "rank<=3",
                "--margin", "2,5".replace(',', '.'));
        assertEquals(0, ok.code(), ok.err());
    }

    @Test
    void plan_stepsCarryUnits() {
        MainTest.Run r = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "3.3>=100");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\n  3\\.3 +\\S.* +100 thuê bao/100 dân +\\+.*"), r.out());
        MainTest.Run en = MainTest.en("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "3.3>=100");
        assertTrue(en.out().contains(" 100 thuê bao per 100 people "), en.out());
    }

    /** The bundled 2025 methodology names the units of its rates (3.3, 4.5, 7.2): a plan says what the number counts. */
    @Test
    void plan_carriesTheBundledUnits() {
        MainTest.Run r = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--target", "total>=800");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("100 thuê bao/100 dân"), r.out());
        assertTrue(r.out().contains("1 doanh nghiệp/1.000 dân"), r.out());
    }
}
