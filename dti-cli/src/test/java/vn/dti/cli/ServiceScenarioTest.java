package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.server.ApiClient;
import vn.dti.server.ScoringTables;

/**
 * Issue 15's "done when", end to end, on {@code dti serve} as an operator starts it (no options
 * but a free port; the embedded PostgreSQL in {@code dti-data/} of its working directory): the
 * admin creates an officer, a council member, a viewer and the clerks of Công an tỉnh and Sở KH&CN,
 * each of whom signs in with the one-time password and chooses their own; the clerks submit the
 * worked example's 2025-Q3 workbooks; status, the merged evidence and the score card are what
 * {@code dti status}, {@code dti evidence merge} and {@code dti score} print on a folder of the same
 * files; the Công an tỉnh clerk is refused Sở KH&CN's components; a council decision changes the
 * final card and not the self-assessed one; a broken {@code scoring.xlsx} is refused at its cell and
 * a good one activated; {@code kill -9} and a restart lose none of it. (Each step is tested in depth
 * elsewhere: ReportingYearTest, UploadRefusalsTest, MethodologyVersionsTest, SessionTest, CrashTest.)
 */
class ServiceScenarioTest {
    static final Path Q3 = Path.of("../dti-examples/data/workspace-khanh-hoa-2025/2025-Q3").toAbsolutePath().normalize();
    static final String M = "vn-dti-province-2025";
    static final String PERIOD = "/api/v1/entities/khanh-hoa/periods/2025-Q3";
    static final String POLICE = "Công an tỉnh";
    static final String SCIENCE = "Sở KH&CN";

    private static ApiClient.Response ok(ApiClient.Response r, int status) {
        assertEquals(status, r.status(), r.toString());
        return r;
    }

    /**
     * A new account's holder: signs in with the one-time password the admin passed on, and chooses
     * their own; asking for answers in this language (null: none asked, Vietnamese, as the command line).
     */
    private static ApiClient account(ApiClient admin, String base, String name, String role, String agency, String language) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "role", role));
        if (agency != null) {
            body.put("agency", agency);
        }
        String oneTime = ok(admin.postJson("/api/v1/accounts", body), 201).json().path("password").asText();
        ApiClient holder = new ApiClient(base).inLanguage(language);
        ok(holder.signIn(name, oneTime), 200);
        ok(holder.changePassword(oneTime, name + "'s own password"), 200);
        return holder;
    }

    private static String submissions(String agency) {
        return PERIOD + "/agencies/" + ApiClient.segment(agency) + "/submissions";
    }

    private static String cli(String... args) {
        MainTest.Run r = MainTest.run(args);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void theIssuesDoneWhen_endToEnd(@TempDir Path tmp) throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws/2025-Q3"));
        Path cwd = Files.createDirectories(tmp.resolve("operator"));
        ServeProcess serve = ServeProcess.start(cwd, tmp, "first", Map.of());
        String version;
        try {
            String base = serve.url();
            ApiClient admin = new ApiClient(base);
            String oneTime = serve.adminPassword().orElseThrow();
            ok(admin.signIn("admin", oneTime), 200);
            ok(admin.changePassword(oneTime, "the admin's own password"), 200);
            ApiClient officer = account(admin, base, "officer", "OFFICER", null, "en");
            ApiClient council = account(admin, base, "council", "COUNCIL", null, null);
            ApiClient viewer = account(admin, base, "viewer", "VIEWER", null, null);
            ApiClient police = account(admin, base, "congan", "CLERK", POLICE, null);
            ApiClient science = account(admin, base, "khcn", "CLERK", SCIENCE, null);
            ok(officer.postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);

            // the clerks submit their 2025-Q3 workbooks; the folder of the same files is what the command line reads
            for (Map.Entry<ApiClient, String> c : Map.of(police, POLICE + ".csv", science, SCIENCE + ".xlsx").entrySet()) {
                String agency = c.getValue().substring(0, c.getValue().lastIndexOf('.'));
                ok(c.getKey().postForm(submissions(agency), ApiClient.Part.file("file", Q3.resolve(c.getValue()))), 201);
                Files.copy(Q3.resolve(c.getValue()), ws.resolve(c.getValue()));
            }
            String folder = ws.getParent().toString();
            assertEquals(cli("status", "--methodology", M, "--workspace", folder, "--period", "2025-Q3", "--as-of", "2025-09-30", "--format", "json"),
                    ok(viewer.get(PERIOD + "/status?asOf=2025-09-30"), 200).text(), "dti status");
            Path merged = tmp.resolve("merged.json");
            cli("evidence", "merge", "--methodology", M, "--workspace", folder, "--period", "2025-Q3", "--out", merged.toString());
            assertEquals(Files.readString(merged), ok(council.get(PERIOD + "/evidence"), 200).text(), "dti evidence merge");
            String selfAssessed = ok(viewer.get(PERIOD + "/cards/self-assessed"), 200).text();
            assertEquals(cli("score", "--methodology", M, "--evidence", merged.toString(), "--format", "json"), selfAssessed, "dti score");

            // the Công an tỉnh clerk is refused Sở KH&CN's components, whichever way it tries
            ApiClient.Response other = police.postForm(submissions(SCIENCE), ApiClient.Part.file("file", Q3.resolve(SCIENCE + ".xlsx")));
            assertEquals(403, other.status(), other.toString());
            ApiClient.Response asOwn = police.postForm(submissions(POLICE), ApiClient.Part.file("file", POLICE + ".xlsx",
                    Files.readAllBytes(Q3.resolve(SCIENCE + ".xlsx"))));
            assertEquals(422, asOwn.status(), asOwn.toString());
            assertEquals(1, ok(officer.get(submissions(POLICE)), 200).json().size(), "nothing stored");

            // a council decision changes the final card, not the self-assessed one
            ok(council.postJson(PERIOD + "/appraisal/decisions", Map.of("indicator", "8.1", "decision", "VALUE_ADJUSTED", "value", 0.30,
                    "reason", "số liệu chưa khớp báo cáo", "date", "2025-10-15")), 201);
            assertEquals(selfAssessed, ok(viewer.get(PERIOD + "/cards/self-assessed"), 200).text());
            JsonNode fin = ok(viewer.get(PERIOD + "/cards/final"), 200).json();
            assertTrue(fin.path("totalPoints").asDouble() < viewer.get(PERIOD + "/cards/self-assessed").json().path("totalPoints").asDouble(), fin.toString());

            // an officer's broken scoring.xlsx is refused at its cell; a good one is activated
            byte[] table = ScoringTables.of(ok(officer.get("/api/v1/methodologies/" + M + "/export?xlsx=true"), 200).body());
            ApiClient.Response broken = officer.postForm("/api/v1/methodology-versions", ApiClient.Part.file("table", "scoring.xlsx",
                    ScoringTables.edit(table, "3.4", ScoringTables.GOAL, "chín mươi phần trăm")));
            assertEquals(422, broken.status(), broken.toString());
            // the officer's client asks for English: the cell's place in English words
            String cell = broken.json().path("problems").get(0).asText();
            assertTrue(cell.contains("scoring.xlsx") && cell.contains("row " + ScoringTables.rowOf(table, "3.4")) && cell.contains("column E"), cell);   // the goal: the officer's sheet has the name and max points in A and B
            JsonNode good = ok(officer.postForm("/api/v1/methodology-versions", ApiClient.Part.file("table", "scoring.xlsx",
                    ScoringTables.edit(table, "8.2", ScoringTables.GOAL, "0.05"))), 201).json();
            version = good.path("version").path("version").asText();
            ok(officer.postJson("/api/v1/methodology-versions/" + version + "/activation", Map.of()), 201);
            assertEquals(version, ok(viewer.get(PERIOD + "/cards/final"), 200).json().path("methodology").path("version").asText());

            serve.kill();   // kill -9
        } finally {
            serve.close();
        }

        ServeProcess again = ServeProcess.start(cwd, tmp, "second", Map.of());
        try {
            ApiClient officer = new ApiClient(again.url());
            ok(officer.signIn("officer", "officer's own password"), 200);
            ApiClient.Response latest = ok(officer.get(PERIOD + "/submissions"), 200);
            assertEquals(List.of(POLICE, SCIENCE), latest.json().findValuesAsText("agency").stream().sorted().toList(), latest.toString());
            assertEquals(1, ok(officer.get(PERIOD + "/appraisal"), 200).json().path("decisions").size());
            JsonNode versions = ok(officer.get("/api/v1/methodology-versions"), 200).json();
            assertEquals(version, versions.path("active").asText());
        } finally {
            assertEquals(143, again.stop());
        }
        assertTrue(Files.isDirectory(cwd.resolve("dti-data/postgres")), "dti serve with no --data keeps its record in dti-data/");
    }
}
