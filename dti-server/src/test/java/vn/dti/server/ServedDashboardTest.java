package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.Period;
import vn.dti.cohort.CohortFiles;
import vn.dti.planning.Dashboard;
import vn.dti.planning.DashboardHtml;
import vn.dti.planning.Effort;
import vn.dti.planning.Situation;
import vn.dti.planning.TargetsFile;
import vn.dti.planning.WorkspaceDashboard;
import vn.dti.reporting.Workspace;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * The committee's served dashboard with {@code dti serve --cohort --targets}: the worked example's
 * 2025-Q3 submitted by its clerks, ranked in the bundled illustrative cohort and planned for the
 * bundled targets. The page is the library's on the example's folder (byte for byte): the rank, the
 * illustrative cohort said beside it, the rank after the plan, the interval, the targets in words;
 * its style sheet and script linked, the same as the file's inline ones.
 */
class ServedDashboardTest {
    static final Path DATA = Path.of("../dti-examples/data");
    static final Path COHORT = DATA.resolve("cohort-2025-illustrative.json");
    static final Path TARGETS = DATA.resolve("targets-khanh-hoa-2025.json");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestDatabase.options("served_dashboard").withDashboard(COHORT, TARGETS));
        TestServer.check(server.as("OFFICER").postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        ReportingYearTest.submitTheExamplesThirdQuarter(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theServedDashboard_ranksInTheCohort_andPlansForTheTargets_asTheLibraryDoes(@TempDir Path tmp) throws IOException {
        RuleScorer scorer = Methodologies.bundled("vn-dti-province-2025");
        // the folder 'dti dashboard --workspace' would read: the example's 2025-Q3 files, nothing else
        Path q3files = Files.createDirectories(tmp.resolve("2025-Q3"));
        for (String f : ReportingYearTest.FILES) {
            Files.copy(ReportingYearTest.WORKSPACE.resolve("2025-Q3").resolve(f), q3files.resolve(f));
        }
        Workspace folder = Workspace.open(tmp);
        Period q3 = Period.parse("2025-Q3");
        WorkspaceDashboard.Sections sections = WorkspaceDashboard.of(scorer, folder, q3, LocalDate.of(2025, 9, 30), Methodologies::resolve);
        Situation s = Situation.inCohort(scorer, CohortFiles.readCohort(COHORT), sections.evidence(), 10);
        Dashboard d = Dashboard.planned(s, TargetsFile.read(TARGETS, scorer.methodology()), "targets-khanh-hoa-2025.json", Effort.UNIFORM,
                sections.completeness(), sections.deadlines(), sections.trend(), sections.beforeAppraisal());
        // a reader who asks for no language: the page opens in Vietnamese, as the service's other pages do
        ApiClient.Response page = TestServer.check(server.as("VIEWER").inLanguage(null).get(ReportingYearTest.BASE + "/dashboard?asOf=2025-09-30"), 200);
        String html = page.text();
        assertEquals(DashboardHtml.renderServed(d, "/static/dashboard.css", "/static/dashboard.js"), html, "the library's page");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n"), html.substring(0, 60));
        // the figures a committee member asks for: the rank in the illustrative cohort, after the plan, and how sure it is
        assertEquals(6, d.rank());
        assertEquals(1, d.afterPlan().rank());
        assertTrue(html.contains("data-key=\"rank\">6</span>"), html);
        assertTrue(html.contains("data-key=\"rankAfter\"><span lang=\"vi\">6 → 1</span>"));
        assertTrue(html.contains("data-key=\"interval\"><span class=\"word\"><span lang=\"vi\">hạng " + d.interval().p5() + " đến " + d.interval().p95()
                + "</span>"));
        assertTrue(html.contains("data-key=\"rankIllustrative\"><span lang=\"vi\">nhóm minh họa, không phải kết quả công bố</span>"));
        assertTrue(html.contains("<span lang=\"vi\">Mọi số liệu trên trang là điểm tự đánh giá của các cơ quan, chưa được Hội đồng thẩm định.</span>"),
                "no decision yet: self-assessed");
        assertTrue(html.contains("Nguyên văn kế hoạch: “Năm 2025 phấn đấu DTI đạt ≥ 800/1000 điểm”"));
        assertFalse(html.contains("--cohort") || html.contains("--targets") || html.contains("--workspace"), "no flags in page text");
        assertFalse(html.contains("<style") || html.contains("<script>"), "no inline style or script");
        // the page follows the reader's language as the service's pages pick it: Accept-Language, then ?lang= (kept in a cookie)
        String en = TestServer.check(server.as("VIEWER").inLanguage("en").get(ReportingYearTest.BASE + "/dashboard?asOf=2025-09-30"), 200).text();
        assertEquals(DashboardHtml.renderServed(d, "/static/dashboard.css", "/static/dashboard.js", vn.dti.text.Language.EN), en);
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\" class=\"en\">\n"), en.substring(0, 60));
        String chosen = TestServer.check(server.as("VIEWER").inLanguage("en").get(ReportingYearTest.BASE + "/dashboard?asOf=2025-09-30&lang=vi"), 200)
                .text();
        assertTrue(chosen.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n"), chosen.substring(0, 60));
        // the linked style sheet and script are the file's own
        ApiClient anyone = new ApiClient(server.url());
        assertEquals(DashboardHtml.stylesheet(), TestServer.check(anyone.get("/static/dashboard.css"), 200).text());
        assertEquals(DashboardHtml.script(), TestServer.check(anyone.get("/static/dashboard.js"), 200).text());
    }
}
