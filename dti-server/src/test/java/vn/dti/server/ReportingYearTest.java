package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.planning.Dashboard;
import vn.dti.planning.DashboardHtml;
import vn.dti.planning.Effort;
import vn.dti.planning.Situation;
import vn.dti.planning.WorkspaceDashboard;
import vn.dti.reporting.ReportingHistory;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.text.Language;
import vn.dti.reporting.EvidenceMerge;
import vn.dti.reporting.ReportingStatus;
import vn.dti.reporting.Workspace;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * The worked example's third quarter submitted through the API by each agency's clerk: the status,
 * the merged evidence and the score cards are the library's answers on the example's own folder
 * (byte for byte); a council decision changes the final card and not the self-assessed one; a
 * resubmission is a new version that counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingYearTest {
    static final Path WORKSPACE = Path.of("../dti-examples/data/workspace-khanh-hoa-2025");
    static final Period Q3 = Period.parse("2025-Q3");
    static final String BASE = "/api/v1/entities/khanh-hoa/periods/2025-Q3";
    static final List<String> FILES = List.of("Công an tỉnh.csv", "Sở KH&CN.xlsx", "Sở Tài chính.json", "Sở Văn hóa, Thể thao và Du lịch.csv",
            "Văn phòng UBND tỉnh.csv");
    private static TestServer server;
    private static RuleScorer scorer;

    @BeforeAll
    static void start() {
        server = TestServer.start("reporting_year");
        scorer = Methodologies.bundled("vn-dti-province-2025");
        TestServer.check(server.as("OFFICER").postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        for (String f : FILES) {
            String agency = f.substring(0, f.lastIndexOf('.'));
            ApiClient.Response r = TestServer.check(server.as("CLERK", agency).postForm(agencyPath(agency) + "/submissions",
                    ApiClient.Part.file("file", WORKSPACE.resolve("2025-Q3").resolve(f))), 201);
            assertEquals(agency, r.json().path("read").path("agency").asText());
            assertEquals(1, r.json().path("submission").path("number").asInt());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Each agency's clerk submits the worked example's 2025-Q3 file, on an entity khanh-hoa the server already has. */
    static void submitTheExamplesThirdQuarter(TestServer server) {
        for (String f : FILES) {
            String agency = f.substring(0, f.lastIndexOf('.'));
            TestServer.check(server.as("CLERK", agency).postForm(agencyPath(agency) + "/submissions",
                    ApiClient.Part.file("file", WORKSPACE.resolve("2025-Q3").resolve(f))), 201);
        }
    }

    static String agencyPath(String agency) {
        return BASE + "/agencies/" + ApiClient.segment(agency);
    }

    @Test
    void statusEvidenceAndCard_areTheLibrarysOnTheExamplesFolder() {
        Workspace folder = Workspace.open(WORKSPACE);
        ApiClient viewer = server.as("VIEWER");
        assertEquals(DtiJson.write(ReportingStatus.of(scorer, folder, Q3, LocalDate.of(2025, 9, 30)), Language.EN),
                TestServer.check(viewer.get(BASE + "/status?asOf=2025-09-30"), 200).text());
        // merged in the request's language (the tests' clients ask for English): the notes a merge writes are in the run's language
        var merged = Language.during(Language.EN, () -> EvidenceMerge.merge(scorer, folder, Q3).evidence());
        assertEquals(DtiJson.write(merged, Language.EN), TestServer.check(server.as("COUNCIL").get(BASE + "/evidence"), 200).text());
        assertEquals(DtiJson.write(scorer.score(merged), Language.EN), TestServer.check(viewer.get(BASE + "/cards/self-assessed"), 200).text());
        JsonNode card = TestServer.check(viewer.get(BASE + "/cards/final"), 200).json();
        assertEquals(228.93, Math.round(card.path("totalPoints").asDouble() * 100) / 100.0, "docs/reporting.md: 2025-Q3 totals 228.93");
        assertEquals(Methodologies.bundledVersion("vn-dti-province-2025"), card.path("methodology").path("version").asText());
    }

    @Test
    void aCouncilDecision_changesTheFinalCard_notTheSelfAssessedOne() {
        String self = TestServer.check(server.as("VIEWER").get(BASE + "/cards/self-assessed"), 200).text();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("indicator", "6.4");
        d.put("decision", "DOCUMENT_REJECTED");
        d.put("document", "no such document");
        d.put("reason", "không chứng minh");
        ApiClient council = server.as("COUNCIL");
        ApiClient.Response refused = council.postJson(BASE + "/appraisal/decisions", d);
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.json().path("detail").asText().contains("document [no such document] is not among the documents of 6.4"), refused.toString());
        d.put("indicator", "8.1");
        d.put("decision", "VALUE_ADJUSTED");
        d.remove("document");
        d.put("value", 0.30);
        d.put("date", "2025-10-15");
        JsonNode recorded = TestServer.check(council.postJson(BASE + "/appraisal/decisions", d), 201).json();
        JsonNode fin = TestServer.check(server.as("VIEWER").get(BASE + "/cards/final"), 200).json();
        assertEquals(self, TestServer.check(server.as("VIEWER").get(BASE + "/cards/self-assessed"), 200).text(), "the self-assessed card stands");
        JsonNode c81 = component(fin, "8.1");
        assertEquals(15.0, c81.path("points").asDouble(), 1e-9, "8.1 at 30% of 50 points");
        assertTrue(c81.path("selfAssessedPoints").asDouble() > c81.path("points").asDouble(), c81.toString());
        assertEquals(fin.path("totalPoints").asDouble(), fin.path("appraisedPoints").asDouble(), 1e-9);
        TestServer.check(council.postJson(BASE + "/appraisal/decisions/" + recorded.path("id").asLong() + "/withdrawal", Map.of("reason", "nhầm")), 201);
        assertEquals(self, TestServer.check(server.as("VIEWER").get(BASE + "/cards/final"), 200).text(), "withdrawn: final is self-assessed again");
        JsonNode view = TestServer.check(server.as("VIEWER").get(BASE + "/appraisal"), 200).json();
        assertEquals(1, view.path("decisions").size());
        assertTrue(view.path("decisions").get(0).path("withdrawn").isTextual(), view.toString());
    }

    @Test
    void aResubmission_isANewVersion_andTheLatestCounts() throws IOException {
        String agency = "Văn phòng UBND tỉnh";
        byte[] first = Files.readAllBytes(WORKSPACE.resolve("2025-Q3/" + agency + ".csv"));
        ApiClient clerk = server.as("CLERK", agency);
        JsonNode again = TestServer.check(clerk.postForm(agencyPath(agency) + "/submissions", ApiClient.Part.file("file", agency + ".csv", first),
                ApiClient.Part.file("document", "4100-BC.pdf", "%PDF-1.4 a scan".getBytes(java.nio.charset.StandardCharsets.UTF_8))), 201).json();
        assertEquals(2, again.path("submission").path("number").asInt());
        assertEquals("application/pdf", again.path("submission").path("documents").get(0).path("contentType").asText());
        JsonNode history = TestServer.check(clerk.get(agencyPath(agency) + "/submissions"), 200).json();
        assertEquals(2, history.size());
        assertArrayEquals(first, TestServer.check(clerk.get(agencyPath(agency) + "/submissions/1/file"), 200).body());
        String sha = again.path("submission").path("documents").get(0).path("sha256").asText();
        ApiClient.Response doc = TestServer.check(clerk.get(agencyPath(agency) + "/submissions/2/documents/" + sha), 200);
        assertEquals("%PDF-1.4 a scan", doc.text());
        assertTrue(doc.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals(404, clerk.get(agencyPath(agency) + "/submissions/1/documents/" + sha).status(), "the document is version 2's");
        JsonNode latest = TestServer.check(server.as("OFFICER").get(BASE + "/submissions"), 200).json();
        assertEquals(FILES.size(), latest.size());
        for (JsonNode s : latest) {
            assertEquals(s.path("agency").asText().equals(agency) ? 2 : 1, s.path("number").asInt(), s.toString());
        }
    }

    @Test
    void theDashboardPageAndHistory_areTheLibrarysOnAFolderOfTheSameFiles(@TempDir Path tmp) throws IOException {
        // the folder 'dti dashboard --workspace' and 'dti history' would read: the example's 2025-Q3 files, nothing else
        Path q3 = Files.createDirectories(tmp.resolve("2025-Q3"));
        for (String f : FILES) {
            Files.copy(WORKSPACE.resolve("2025-Q3").resolve(f), q3.resolve(f));
        }
        Workspace folder = Workspace.open(tmp);
        LocalDate asOf = LocalDate.of(2025, 9, 30);
        WorkspaceDashboard.Sections sections = WorkspaceDashboard.of(scorer, folder, Q3, asOf, Methodologies::resolve);
        String expected = DashboardHtml.renderServed(Dashboard.planned(Situation.alone(scorer, sections.evidence()), null, null, Effort.UNIFORM,
                sections.completeness(), sections.deadlines(), sections.trend(), sections.beforeAppraisal()), "/static/dashboard.css", "/static/dashboard.js");
        ApiClient.Response page = TestServer.check(server.as("VIEWER").inLanguage(null).get(BASE + "/dashboard?asOf=2025-09-30"), 200);
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertEquals(expected, page.text(), "the page 'dti dashboard --workspace … --period 2025-Q3 --as-of 2025-09-30' writes");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'") && !csp.contains("unsafe-inline"), "no inline script or style: " + csp);
        assertEquals(DtiJson.write(ReportingHistory.of(folder, scorer, Methodologies::resolve)),
                TestServer.check(server.as("VIEWER").get("/api/v1/entities/khanh-hoa/history"), 200).text(), "dti history --format json");
    }

    @Test
    @Order(Integer.MAX_VALUE)   // last: it adds a period (2025-Q2) the history test's folder does not have
    void aFinalisedPeriod_takesNoMoreSubmissionsOrDecisions_andEveryChangeIsAudited() {
        String q2 = "/api/v1/entities/khanh-hoa/periods/2025-Q2";
        String agency = "Công an tỉnh";
        ApiClient clerk = server.as("CLERK", agency);
        ApiClient.Part file = ApiClient.Part.file("file", WORKSPACE.resolve("2025-Q2").resolve(agency + ".csv"));
        TestServer.check(clerk.postForm(q2 + "/agencies/" + ApiClient.segment(agency) + "/submissions", file), 201);
        ApiClient council = server.as("COUNCIL");
        JsonNode done = TestServer.check(council.postJson(q2 + "/finalisation", Map.of()), 201).json();
        assertTrue(done.path("at").isTextual(), done.toString());
        ApiClient.Response late = clerk.postForm(q2 + "/agencies/" + ApiClient.segment(agency) + "/submissions", file);
        assertEquals(409, late.status(), late.toString());
        assertEquals("PERIOD_FINALISED", late.json().path("code").asText());
        assertEquals(1, TestServer.check(clerk.get(q2 + "/agencies/" + ApiClient.segment(agency) + "/submissions"), 200).json().size(), "nothing stored");
        Map<String, Object> d = Map.of("indicator", "5.1", "decision", "ACCEPTED", "reason", "đủ hồ sơ");
        assertEquals(409, council.postJson(q2 + "/appraisal/decisions", d).status());
        assertEquals(409, council.postJson(q2 + "/finalisation", Map.of()).status(), "finalised once");
        JsonNode view = TestServer.check(server.as("VIEWER").get(q2 + "/appraisal"), 200).json();
        assertEquals(0, view.path("decisions").size());
        assertTrue(view.path("finalised").path("by").isTextual(), view.toString());
        JsonNode audit = TestServer.check(server.admin().get("/api/v1/audit?action=period.finalise"), 200).json();
        assertEquals(1, audit.size(), audit.toString());
        assertEquals("period khanh-hoa/2025-Q2", audit.get(0).path("target").asText());
        JsonNode submitted = TestServer.check(server.admin().get("/api/v1/audit?action=submission.add"), 200).json();
        assertTrue(submitted.findValuesAsText("target").contains("submission khanh-hoa/2025-Q2/" + agency + "/1"), submitted.toString());
    }

    static JsonNode component(JsonNode card, String id) {
        for (JsonNode c : card.path("components")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no component " + id);
    }
}
