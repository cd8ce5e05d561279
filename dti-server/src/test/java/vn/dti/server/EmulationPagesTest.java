package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.reporting.Emulation;
import vn.dti.reporting.Workspace;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Figure;
import vn.dti.text.Language;

/**
 * The committee's emulation page and the emulation API route on the worked example's third
 * quarter, submitted by each agency's clerk: the figures are the library's on the example's own
 * folder.
 */
class EmulationPagesTest {
    static final Path WORKSPACE = ReportingYearTest.WORKSPACE;
    static final Period Q3 = Period.parse("2025-Q3");
    private static TestServer server;
    private static RuleScorer scorer;

    @BeforeAll
    static void start() {
        server = TestServer.start("emulation_pages");
        scorer = Methodologies.bundled("vn-dti-province-2025");
        TestServer.check(server.as("OFFICER").postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        for (String f : ReportingYearTest.FILES) {
            String agency = f.substring(0, f.lastIndexOf('.'));
            TestServer.check(server.as("CLERK", agency).postForm(ReportingYearTest.agencyPath(agency) + "/submissions",
                    ApiClient.Part.file("file", WORKSPACE.resolve("2025-Q3").resolve(f))), 201);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void api_emulation_isTheLibrarysOnTheExamplesFolder() {
        Emulation expected = Emulation.of(scorer, Workspace.open(WORKSPACE), Q3, LocalDate.of(2025, 10, 15));
        assertEquals(DtiJson.write(expected, Language.EN),
                TestServer.check(server.as("VIEWER").get(ReportingYearTest.BASE + "/emulation?asOf=2025-10-15"), 200).text());
        // the example's third quarter: Sở Văn hóa, Thể thao và Du lịch first (1.4, 1.5 at 20/20, on time, 2 of 19 with documents; not appraised)
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", expected.agencies().get(0).agency());
        assertEquals(100 * (0.4 + 0.25 + 0.2 * 2 / 19) / 0.85, expected.agencies().get(0).score(), 1e-9);
    }

    @Test
    void page_showsTheTableTheFormulaAsAProposalAndTheTrend() {
        ApiClient.Response r = TestServer.check(server.as("COUNCIL").get("/committee/emulation?entity=khanh-hoa&period=2025-Q3&lang=vi"), 200);
        String html = r.text();
        Emulation e = Emulation.of(scorer, Workspace.open(WORKSPACE), Q3, LocalDate.now(Pages.ZONE));
        for (Emulation.AgencyScore a : e.agencies().subList(0, 3)) {
            String score = Figure.number(a.score(), 2).in(Language.VI);
            assertTrue(html.contains("<th scope=\"row\">" + a.agency().replace("&", "&amp;") + "</th>"), a.agency() + "\n" + html);
            assertTrue(html.contains("<strong>" + score + "</strong>"), score + "\n" + html);
        }
        assertTrue(html.contains("Hoàn thành tốt nhiệm vụ"), html);
        assertTrue(html.contains("đề xuất của dự án (ASSUMPTION)"), html);
        assertTrue(html.contains("Điểm thi đua = 100 × (0,4 × P + 0,25 × T + 0,2 × C + 0,15 × A)"), html);
        // the trend: the service holds the third quarter only; its total as dti history scores it (docs/reporting.md: 228.93)
        assertTrue(html.contains("<td class=\"num\">228,93</td>"), html);
        assertTrue(html.contains("<svg class=\"trend\""), html);
        assertTrue(html.contains("role=\"img\""), html);
        assertTrue(html.contains("<th scope=\"row\">Quý 3/2025</th>"), html);
        assertTrue(html.contains("<script") == html.contains("nonce="), "no script without the page's nonce");
        assertTrue(!html.contains("style=\""), "no inline style (the page's CSP allows none)");
    }

    @Test
    void committeePage_linksToTheEmulationPage() {
        String html = TestServer.check(server.as("VIEWER").get("/committee?entity=khanh-hoa&period=2025-Q3"), 200).text();
        assertTrue(html.contains("href=\"/committee/emulation?entity=khanh-hoa&amp;period=2025-Q3\""), html);
    }

    @Test
    void api_aBadDay_isAProblemNamingTheField() {
        ApiClient.Response r = server.as("VIEWER").get(ReportingYearTest.BASE + "/emulation?asOf=31/02/2025");
        assertTrue(r.status() >= 400 && r.status() < 500, r.toString());
        assertTrue(r.text().contains("asOf"), "names the field: " + r.text());
        assertFalse(r.text().contains("Exception") || r.text().contains("vn.dti."), "no class name: " + r.text());
    }

    @Test
    void page_inEnglish() {
        String html = TestServer.check(server.as("VIEWER").get("/committee/emulation?entity=khanh-hoa&period=2025-Q3&lang=en"), 200).text();
        assertTrue(html.contains("The agencies' emulation table (thi đua)") || html.contains("The agencies&#39; emulation table (thi đua)"), html);
        assertTrue(html.contains("Emulation score = 100 × (0.4 × P + 0.25 × T + 0.2 × C + 0.15 × A)"), html);
    }
}
