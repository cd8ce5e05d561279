package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dti.rules.Methodologies;

/**
 * The officers' methodology: the active folder's scoring table exported as a workbook, edited as an
 * officer would (POI writes the cells), and uploaded over the active version. A broken cell is
 * refused at that cell and nothing is stored; an edit whose test cases fail is stored but cannot be
 * activated; a good edit is stored with its diff and its effect on the province's 2025-Q3 evidence,
 * activated, and scores every new request, each card naming the new version. The tests run in order:
 * each builds on the versions the one before stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MethodologyVersionsTest {
    private static final String ID = "vn-dti-province-2025";
    private static final String VERSIONS = "/api/v1/methodology-versions";
    private static final int GOAL = ScoringTables.GOAL;
    private static TestServer server;
    private static ApiClient officer;
    private static String bundled;
    private static String edited;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start("methodology_versions");
        officer = server.as("OFFICER");
        bundled = Methodologies.bundledVersion(ID);
        TestServer.check(officer.postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        ReportingYearTest.submitTheExamplesThirdQuarter(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The active version's scoring table, as the export writes it for officers (?xlsx=true). */
    private static byte[] scoringTable() throws IOException {
        return ScoringTables.of(TestServer.check(officer.get("/api/v1/methodologies/" + ID + "/export?xlsx=true"), 200).body());
    }

    private static byte[] edit(byte[] xlsx, String component, int column, String value) throws IOException {
        return ScoringTables.edit(xlsx, component, column, value);
    }

    private static int rowOf(byte[] xlsx, String component) throws IOException {
        return ScoringTables.rowOf(xlsx, component);
    }

    private static ApiClient.Response upload(String name, byte[] table) {
        return officer.postForm(VERSIONS, ApiClient.Part.file("table", name, table));
    }

    private static JsonNode change(JsonNode diff, String indicator) {
        for (JsonNode c : diff.path("changes")) {
            if (c.path("indicator").asText().equals(indicator)) {
                return c;
            }
        }
        throw new AssertionError("no change of " + indicator + " in " + diff);
    }

    @Test
    @Order(1)
    void theDatabaseStartsWithTheBundledVersion_active_andItsOwnFolderIsThatVersion() throws IOException {
        JsonNode list = TestServer.check(officer.get(VERSIONS), 200).json();
        assertEquals(bundled, list.path("active").asText());
        assertEquals(1, list.path("versions").size());
        assertEquals("bundled " + ID, list.path("versions").get(0).path("origin").asText());
        // the active folder sent back as a zip is the version stored: 200, nothing new
        byte[] zip = TestServer.check(officer.get("/api/v1/methodologies/" + ID + "/export"), 200).body();
        ApiClient.Response again = TestServer.check(officer.postForm(VERSIONS, ApiClient.Part.file("folder", ID + ".zip", zip)), 200);
        assertEquals(bundled, again.json().path("version").path("version").asText());
        assertTrue(again.json().path("active").asBoolean());
        assertTrue(again.json().path("diff").path("changes").isEmpty(), again.toString());
        assertEquals(1, TestServer.check(officer.get(VERSIONS), 200).json().path("versions").size());
    }

    @Test
    @Order(2)
    void badUploads_areRefusedNamingTheCellOrThePart_andNothingIsStored() throws IOException {
        byte[] table = scoringTable();
        byte[] broken = edit(table, "3.4", GOAL, "chín mươi phần trăm");
        ApiClient.Response r = upload("scoring.xlsx", broken);
        assertEquals(422, r.status(), r.toString());
        assertEquals("INVALID_METHODOLOGY", r.json().path("code").asText());
        String first = r.json().path("problems").get(0).asText();
        assertTrue(first.startsWith(ID + "/scoring.xlsx") && first.contains("row " + rowOf(table, "3.4")) && first.contains("column E"), r.toString());   // the goal: the officer's sheet has the name and max points in A and B
        assertEquals(400, officer.postForm(VERSIONS, ApiClient.Part.file("table", "scoring.xlsx", table),
                ApiClient.Part.file("folder", "x.zip", new byte[] {1})).status(), "a folder and a table: one or the other");
        ApiClient.Response csv = upload("scoring.csv", "RuleSet,x".getBytes(StandardCharsets.UTF_8));
        assertEquals("NOT_A_TABLE", csv.json().path("code").asText(), csv.toString());
        ApiClient.Response other = upload("bands.xlsx", table);
        assertEquals(422, other.status());
        assertTrue(other.json().path("detail").asText().contains("has no table bands; its tables are scoring.csv"), other.toString());
        ApiClient.Response hostile = officer.postForm(VERSIONS, ApiClient.Part.file("folder", "escape.zip", StatelessApiTest.zip(new java.util.TreeMap<>(
                Map.of("../methodology.json", "{}".getBytes(StandardCharsets.UTF_8))))));
        assertEquals("BAD_ZIP", hostile.json().path("code").asText(), hostile.toString());
        assertEquals(403, server.as("CLERK", "Sở KH&CN").postForm(VERSIONS, ApiClient.Part.file("table", "scoring.xlsx", table)).status());
        assertEquals(1, TestServer.check(officer.get(VERSIONS), 200).json().path("versions").size(), "nothing stored");
    }

    @Test
    @Order(3)
    void anEditWhoseTestCasesFail_isStored_butCannotBeActivated() throws IOException {
        // 3.4's goal 90% → 80%: the folder's own case "3.4 at 72% earns 24" now gives 27
        JsonNode c = TestServer.check(upload("scoring.xlsx", edit(scoringTable(), "3.4", GOAL, "0.8")), 201).json();
        assertFalse(c.path("version").path("testsPassed").asBoolean(), c.toString());
        assertFalse(c.path("active").asBoolean());
        assertEquals("scoring.xlsx over " + bundled, c.path("version").path("origin").asText());
        assertTrue(c.path("check").path("tests").findValuesAsText("passed").contains("false"), c.toString());
        JsonNode goal = change(c.path("diff"), "3.4");
        assertTrue(goal.path("before").asText().contains("0.9") && goal.path("after").asText().contains("0.8"), goal.toString());
        String version = c.path("version").path("version").asText();
        ApiClient.Response refused = officer.postJson(VERSIONS + "/" + version + "/activation", Map.of());
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("NOT_READY", refused.json().path("code").asText());
        assertEquals(bundled, TestServer.check(server.anonymous().get("/api/v1/health"), 200).json().path("version").asText(), "still the bundled one");
    }

    @Test
    @Order(4)
    void aGoodEdit_isStoredWithItsEffectOnTheCurrentEvidence_activated_andScoresEveryNewRequest() throws IOException {
        // 8.2's goal 10% → 5%: Khánh Hòa's 2,2% in 2025-Q3 earns 2.2/5 × 50 = 22 points instead of 2.2/10 × 50 = 11
        byte[] table = edit(scoringTable(), "8.2", GOAL, "0.05");
        JsonNode c = TestServer.check(upload("scoring.xlsx", table), 201).json();
        assertTrue(c.path("version").path("testsPassed").asBoolean(), c.toString());
        edited = c.path("version").path("version").asText();
        assertNotEquals(bundled, edited);
        assertEquals(bundled, c.path("against").asText());
        change(c.path("diff"), "8.2");
        JsonNode effect = c.path("diff").path("evidence").get(0);
        assertEquals("khanh-hoa 2025-Q3", effect.path("file").asText(), effect.toString());
        JsonNode c82 = effect.path("components").get(0);
        assertEquals("8.2", c82.path("id").asText(), effect.toString());
        assertEquals(11.0, c82.path("oldPoints").asDouble(), 1e-9);
        assertEquals(22.0, c82.path("newPoints").asDouble(), 1e-9);
        assertEquals(11.0, effect.path("newTotal").asDouble() - effect.path("oldTotal").asDouble(), 1e-9);
        assertEquals(200, upload("scoring.xlsx", table).status(), "the same table again is the version stored");

        JsonNode activation = TestServer.check(officer.postJson(VERSIONS + "/" + edited + "/activation", Map.of()), 201).json();
        assertEquals(edited, activation.path("version").asText());
        assertTrue(activation.path("activatedBy").isTextual(), activation.toString());
        assertEquals(409, officer.postJson(VERSIONS + "/" + edited + "/activation", Map.of()).status(), "active already");
        assertEquals(edited, TestServer.check(server.anonymous().get("/api/v1/health"), 200).json().path("version").asText());
        // every new request scores with it, and its card says so
        JsonNode card = TestServer.check(server.as("VIEWER").get(ReportingYearTest.BASE + "/cards/self-assessed"), 200).json();
        assertEquals(edited, card.path("methodology").path("version").asText());
        assertEquals(22.0, ReportingYearTest.component(card, "8.2").path("points").asDouble(), 1e-9);
        JsonNode scored = TestServer.check(server.as("VIEWER").postForm("/api/v1/score", ApiClient.Part.file("evidence", "khanh-hoa.json",
                TestServer.check(server.as("COUNCIL").get(ReportingYearTest.BASE + "/evidence"), 200).body())), 200).json();
        assertEquals(edited, scored.path("methodology").path("version").asText());
        assertEquals(card.path("totalPoints").asDouble(), scored.path("totalPoints").asDouble(), 1e-9);
        // the previous version stays stored, and can be scored with by name
        JsonNode old = TestServer.check(server.as("VIEWER").postForm("/api/v1/score?methodology=" + bundled, ApiClient.Part.file("evidence",
                "khanh-hoa.json", TestServer.check(server.as("COUNCIL").get(ReportingYearTest.BASE + "/evidence"), 200).body())), 200).json();
        assertEquals(11.0, ReportingYearTest.component(old, "8.2").path("points").asDouble(), 1e-9);
    }

    @Test
    @Order(5)
    void theRecord_listsEveryVersionAndActivation_andTheAuditLogEachChange() {
        JsonNode list = TestServer.check(officer.get(VERSIONS), 200).json();
        assertEquals(edited, list.path("active").asText());
        assertEquals(3, list.path("versions").size(), "the bundled one, the edit whose tests fail, the good edit");
        assertEquals(2, list.path("activations").size());
        assertEquals(bundled, list.path("activations").get(0).path("version").asText());
        assertEquals(edited, list.path("activations").get(1).path("version").asText());
        JsonNode one = TestServer.check(officer.get(VERSIONS + "/" + bundled), 200).json();
        assertEquals(edited, one.path("against").asText(), "compared with the active version");
        assertEquals(22.0, one.path("diff").path("evidence").get(0).path("components").get(0).path("oldPoints").asDouble(), 1e-9);
        assertEquals(404, officer.get(VERSIONS + "/0123456789abcdef").status());
        JsonNode uploads = TestServer.check(server.admin().get("/api/v1/audit?action=methodology.upload"), 200).json();
        assertEquals(2, uploads.size(), uploads.toString());
        JsonNode activations = TestServer.check(server.admin().get("/api/v1/audit?action=methodology.activate"), 200).json();
        assertEquals(2, activations.size(), "the first start's and the officer's");
        assertTrue(activations.get(0).path("before").asText().contains(bundled), activations.toString());
        // back to the bundled version: an activation like any other, appended
        TestServer.check(officer.postJson(VERSIONS + "/" + bundled + "/activation", Map.of()), 201);
        assertEquals(bundled, TestServer.check(server.anonymous().get("/api/v1/health"), 200).json().path("version").asText());
        assertEquals(3, TestServer.check(officer.get(VERSIONS), 200).json().path("activations").size());
    }
}
