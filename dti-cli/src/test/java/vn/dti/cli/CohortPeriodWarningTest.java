package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rank read in a cohort of another period than the evidence's is warned about by every command
 * that shows one: {@code targets} (table and JSON), {@code plan} and the dashboard, as {@code rank}
 * warns of a cohort older than the methodology's edition. The example's 2023 evidence, relabelled
 * 2025, in the illustrative cohort of 2023.
 */
class CohortPeriodWarningTest {
    static final String M = MainTest.M;
    static final String COHORT = PlanningCommandsTest.COHORT;
    static final String TARGETS = PlanningCommandsTest.TARGETS;
    static final String EN = "The cohort's figures are of 2023, the entity's evidence of 2025: the rank compares the entity's 2025 figures with the others' of 2023.";
    static final String VI = "Số liệu của nhóm so sánh là của kỳ 2023, chứng cứ của đơn vị là của kỳ 2025: hạng so sánh số liệu kỳ 2025 của đơn vị với số liệu kỳ "
            + "2023 của các đơn vị khác.";

    @TempDir
    Path tmp;
    Path evidence2025;

    @BeforeEach
    void evidenceOf2025() throws IOException {
        String json = Files.readString(Path.of(MainTest.EXAMPLE), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"period\": \"2023\""));
        evidence2025 = tmp.resolve("khanh-hoa-2025.json");
        Files.writeString(evidence2025, json.replaceFirst("\"period\": \"2023\"", "\"period\": \"2025\""), StandardCharsets.UTF_8);
    }

    @Test
    void targets_tableAndJson_warn() {
        MainTest.Run table = MainTest.en("targets", "--methodology", M, "--evidence", evidence2025.toString(), "--targets", TARGETS, "--cohort", COHORT);
        assertTrue(table.out().contains(EN), table.out());
        MainTest.Run json = MainTest.en("targets", "--methodology", M, "--evidence", evidence2025.toString(), "--targets", TARGETS, "--cohort", COHORT,
                "--format", "json");
        assertTrue(json.out().contains(EN), json.out());
        MainTest.Run same = MainTest.en("targets", "--methodology", M, "--evidence", MainTest.EXAMPLE, "--targets", TARGETS, "--cohort", COHORT);
        assertFalse(same.out().contains("The cohort's figures are of"), "a cohort of the evidence's own period: no such warning");
    }

    @Test
    void plan_warns_inVietnameseByDefault() {
        MainTest.Run r = MainTest.run("plan", "--methodology", M, "--evidence", evidence2025.toString(), "--target", "total>=800", "--cohort", COHORT);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(VI), r.out());
    }

    @Test
    void dashboard_warns() throws IOException {
        Path out = tmp.resolve("d.html");
        MainTest.Run r = MainTest.en("dashboard", "--methodology", M, "--evidence", evidence2025.toString(), "--cohort", COHORT, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("<p class=\"warn\" data-key=\"warning\"><span lang=\"vi\">" + VI + "</span><span lang=\"en\">" + EN.replace("'", "&#39;")
                + "</span></p>"), html);
    }
}
