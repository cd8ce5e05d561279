package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dti.server.ApiClient;
import vn.dti.server.ApiClient.Part;
import vn.dti.server.TestServer;

/**
 * {@code dti serve}: its help, the stateless API answering byte for byte what the command line
 * prints for the same files, and no server class loaded by any other command.
 */
class ServeCommandTest {
    static final Path DATA = Path.of("../dti-examples/data");
    static final Path EXAMPLE = DATA.resolve("khanh-hoa-2023.json");
    static final Path COHORT = DATA.resolve("cohort-2025-illustrative.json");
    static final Path TARGETS = DATA.resolve("targets-khanh-hoa-2025.json");
    static final String M = "vn-dti-province-2025";
    private static TestServer server;
    /** A system that sends no Accept-Language: it gets what the command line prints by default, Vietnamese. */
    private static ApiClient system;

    @BeforeAll
    static void start() {
        server = TestServer.start("cli_equality");
        system = server.as("VIEWER").inLanguage(null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String cli(String... args) {
        MainTest.Run r = MainTest.run(args);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    private static String api(String path, Part... parts) {
        ApiClient.Response r = system.postForm(path, parts);
        assertEquals(200, r.status(), r.toString());
        return r.text();
    }

    @Test
    void help_saysHowToRunItBehindAReverseProxyWithTls() {
        String help = cli("serve", "--help").replaceAll("\\s+", " ");   // the words, wherever the lines wrap
        for (String words : new String[] {"reverse proxy", "TLS", "--behind-proxy", "X-Forwarded-Proto", "--port", "--data", "--database",
                "DTI_DATABASE_PASSWORD", "admin password:", "listening on http://", "pg_dump"}) {
            assertTrue(help.contains(words), words + " in:\n" + help);
        }
    }

    @Test
    void badOptions_areUsageErrors() {
        MainTest.Run port = MainTest.en("serve", "--port", "70000");
        assertEquals(2, port.code());
        assertTrue(port.err().contains("--port must be between 0 and 65535; got [70000]."), port.err());
        MainTest.Run db = MainTest.en("serve", "--database", "postgres://x");
        assertEquals(2, db.code());
        assertTrue(db.err().contains("--database takes a PostgreSQL JDBC URL"), db.err());
    }

    @Test
    void score_isByteForByteTheCommandLines() throws IOException {
        String cli = cli("score", "--methodology", M, "--evidence", EXAMPLE.toString(), "--format", "json");
        assertEquals(cli, api("/api/v1/score", Part.file("evidence", EXAMPLE)));
        ApiClient.Response body = system.postJson("/api/v1/score", Files.readAllBytes(EXAMPLE));
        assertEquals(cli, body.text());
        assertTrue(cli.contains("\"formula\" : \"loại head"), "the default card is Vietnamese");
    }

    @Test
    void englishClient_getsWhatTheCommandLinePrintsWithLangEn() {
        String cli = cli("score", "--lang", "en", "--methodology", M, "--evidence", EXAMPLE.toString(), "--format", "json");
        ApiClient.Response r = system.inLanguage("en").postForm("/api/v1/score", Part.file("evidence", EXAMPLE));
        assertEquals(200, r.status(), r.toString());
        assertEquals(cli, r.text());
        assertTrue(cli.contains("\"formula\" : \"category head"), "the English card says category");
    }

    @Test
    void gapsWhatIfPlanTargetsRank_areByteForByteTheCommandLines() {
        assertEquals(cli("gaps", "--methodology", M, "--evidence", EXAMPLE.toString(), "--by", "agency", "--format", "json"),
                api("/api/v1/gaps", Part.file("evidence", EXAMPLE), Part.text("by", "agency")));
        assertEquals(cli("whatif", "--methodology", M, "--evidence", EXAMPLE.toString(), "--set", "6.6=0.6", "--set", "4.4=document", "--format", "json"),
                api("/api/v1/whatif", Part.file("evidence", EXAMPLE), Part.text("set", "6.6=0.6"), Part.text("set", "4.4=document")));
        assertEquals(cli("plan", "--methodology", M, "--evidence", EXAMPLE.toString(), "--target", "total>=800", "--format", "json"),
                api("/api/v1/plan", Part.file("evidence", EXAMPLE), Part.text("target", "total>=800")));
        assertEquals(cli("targets", "--methodology", M, "--evidence", EXAMPLE.toString(), "--targets", TARGETS.toString(), "--cohort", COHORT.toString(),
                        "--format", "json"),
                api("/api/v1/targets", Part.file("evidence", EXAMPLE), Part.file("targets", TARGETS), Part.file("cohort", COHORT),
                        Part.file("cohortEvidence", EXAMPLE)));
        assertEquals(cli("rank", "--methodology", M, "--cohort", COHORT.toString(), "--format", "json"),
                api("/api/v1/rank", Part.file("cohort", COHORT), Part.file("cohortEvidence", EXAMPLE)));
    }

    /**
     * A whole {@code dti score} and {@code dti status} in a fresh JVM, every class load logged: none of
     * the server's (Javalin, Jetty, JDBI, Flyway, HikariCP, the PostgreSQL driver, zonky, dti-server).
     */
    @Test
    void otherCommands_loadNoServerClass() throws Exception {
        for (List<String> command : List.of(
                List.of("score", "--methodology", M, "--evidence", EXAMPLE.toString()),
                List.of("status", "--methodology", M, "--workspace", DATA.resolve("workspace-khanh-hoa-2025").toString(), "--period", "2025-Q2",
                        "--as-of", "2025-07-01"))) {
            List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:class+load=info",
                    "-cp", System.getProperty("java.class.path"), "vn.dti.cli.Main"));
            args.addAll(command);
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), log.length() > 3000 ? log.substring(log.length() - 3000) : log);
            assertTrue(log.contains("vn.dti.cli.ScoreCommand") || log.contains("vn.dti.cli.StatusCommand"), "the log lists classes");
            List<String> server = log.lines().filter(l -> l.matches(".*\\] (io\\.javalin|org\\.eclipse\\.jetty|org\\.jdbi|org\\.flywaydb|com\\.zaxxer"
                    + "|org\\.postgresql|io\\.zonky|vn\\.dti\\.server|kotlin)\\..*")).toList();
            assertTrue(server.isEmpty(), command.get(0) + " loaded server classes: " + server.subList(0, Math.min(5, server.size())));
        }
    }
}
