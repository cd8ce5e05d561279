package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.server.ApiClient;
import vn.dti.server.TestDatabase;

/**
 * Passwords, API tokens, session ids and the database password never appear in the service's log
 * (the standard output and error of {@code dti serve}, run as a child process at log level
 * {@code info}) nor in any answer, except where one is shown once: the first admin's one-time
 * password on its start-up line, an account's one-time password in the answer that made or reset
 * it, a token's value in the answer that made it, a session id in the {@code Set-Cookie} of the
 * answer that started the session. Every secret is used as a client would, wrong ones too.
 */
class SecretsTest {
    static final Path WORKBOOK = Path.of("../dti-examples/data/workspace-khanh-hoa-2025/2025-Q3/Công an tỉnh.csv");
    static final String DATABASE_PASSWORD = "the database password 4f1d9c";

    /** Every answer, by what asked for it: its status line, headers and body as text. */
    private final Map<String, String> answers = new LinkedHashMap<>();
    /** Each secret, and the answers allowed to show it. */
    private final Map<String, Set<String>> secrets = new LinkedHashMap<>();

    private ApiClient.Response keep(String label, ApiClient.Response r) {
        StringBuilder sb = new StringBuilder().append(r.status()).append('\n');
        r.headers().map().forEach((k, v) -> sb.append(k).append(": ").append(String.join(", ", v)).append('\n'));
        answers.put(label, sb.append('\n').append(new String(r.body(), StandardCharsets.UTF_8)).toString());
        return r;
    }

    private ApiClient.Response ok(String label, ApiClient.Response r, int status) {
        keep(label, r);
        assertEquals(status, r.status(), label + ": " + r);
        return r;
    }

    private void secret(String value, String... shownIn) {
        assertTrue(value != null && value.length() >= 12, "a secret: " + value);
        secrets.put(value, new LinkedHashSet<>(List.of(shownIn)));
    }

    /** The session id the answer's Set-Cookie starts. */
    private static String sessionId(ApiClient.Response r) {
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("dti_session=")).findFirst().orElseThrow();
        return cookie.substring("dti_session=".length(), cookie.indexOf(';'));
    }

    @Test
    void secrets_appearInNoLogAndNoAnswer_butTheOneThatShowsThemOnce(@TempDir Path tmp) throws Exception {
        String url = TestDatabase.newDatabase("secrets");
        ServeProcess serve = ServeProcess.start(tmp, "serve", Map.of("DTI_DATABASE_USER", "postgres", "DTI_DATABASE_PASSWORD", DATABASE_PASSWORD),
                "--database", url, "--data", tmp.resolve("unused").toString());
        String oneTime;
        try {
            String base = serve.url();
            oneTime = serve.adminPassword().orElseThrow();
            secret(oneTime);
            secret(DATABASE_PASSWORD);

            ApiClient admin = new ApiClient(base);
            String guess = "a wrong guess at it " + oneTime.substring(0, 4);
            secret(guess);
            ok("admin: a wrong password", admin.signIn("admin", guess), 401);
            String firstSession = sessionId(ok("admin: signs in", admin.signIn("admin", oneTime), 200));
            secret(firstSession, "admin: signs in");
            String adminPassword = "the admin s own long password";
            secret(adminPassword);
            String secondSession = sessionId(ok("admin: changes its password", admin.changePassword(oneTime, adminPassword), 200));
            secret(secondSession, "admin: changes its password");
            // a password sent unquoted: the JSON parser's words would quote it back
            ok("admin: a malformed sign-in", admin.send("POST", "/api/v1/session",
                    ("{\"name\": \"admin\", \"password\": " + adminPassword.replace(' ', '_') + "}").getBytes(StandardCharsets.UTF_8),
                    "application/json"), 400);
            secret(adminPassword.replace(' ', '_'));

            String officerOneTime = ok("admin: creates an officer", admin.postJson("/api/v1/accounts", Map.of("name", "officer.le", "role", "OFFICER")),
                    201).json().path("password").asText();
            secret(officerOneTime, "admin: creates an officer");
            ApiClient officer = new ApiClient(base);
            String officerSession = sessionId(ok("officer: signs in", officer.signIn("officer.le", officerOneTime), 200));
            secret(officerSession, "officer: signs in");
            String officerPassword = "the officer's own password";
            secret(officerPassword);
            String officerSession2 = sessionId(ok("officer: changes its password", officer.changePassword(officerOneTime, officerPassword), 200));
            secret(officerSession2, "officer: changes its password");
            ok("officer: adds the province", officer.postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
            ok("officer: the accounts", officer.get("/api/v1/accounts"), 200);
            ok("officer: signs out", officer.delete("/api/v1/session"), 204);
            ok("officer: the old session is refused", officer.get("/api/v1/accounts"), 401);
            String reset = ok("admin: resets the officer's password", admin.postJson("/api/v1/accounts/officer.le/password", Map.of()), 200)
                    .json().path("password").asText();
            secret(reset, "admin: resets the officer's password");

            String clerkToken = ok("admin: a clerk's token", admin.postJson("/api/v1/tokens",
                    Map.of("name", "Công an tỉnh's reporting", "role", "CLERK", "agency", "Công an tỉnh")), 201).json().path("value").asText();
            secret(clerkToken, "admin: a clerk's token");
            String viewerToken = ok("admin: a viewer's token", admin.postJson("/api/v1/tokens", Map.of("name", "the portal", "role", "VIEWER")), 201)
                    .json().path("value").asText();
            secret(viewerToken, "admin: a viewer's token");
            ApiClient clerk = new ApiClient(base).withToken(clerkToken);
            ok("clerk: submits", clerk.postForm("/api/v1/entities/khanh-hoa/periods/2025-Q3/agencies/" + ApiClient.segment("Công an tỉnh")
                    + "/submissions", ApiClient.Part.file("file", WORKBOOK)), 201);
            ok("clerk: refused another agency's", clerk.get("/api/v1/entities/khanh-hoa/periods/2025-Q3/agencies/" + ApiClient.segment("Sở KH&CN")
                    + "/submissions"), 403);
            ApiClient viewer = new ApiClient(base).withToken(viewerToken);
            ok("viewer: the status", viewer.get("/api/v1/entities/khanh-hoa/periods/2025-Q3/status?asOf=2025-09-30"), 200);
            ok("viewer: the final card", viewer.get("/api/v1/entities/khanh-hoa/periods/2025-Q3/cards/final"), 200);
            String forged = "dti_" + clerkToken.substring(4, 20) + "forgedforgedforgedforged";
            secret(forged);
            ok("a forged token", new ApiClient(base).withToken(forged).get("/api/v1/entities"), 401);
            ok("a session id sent as a token", new ApiClient(base).withToken(secondSession).get("/api/v1/entities"), 401);
            long token = -1;
            for (var t : ok("admin: the tokens", admin.get("/api/v1/tokens"), 200).json()) {
                if (t.path("role").asText().equals("CLERK")) {
                    token = t.path("id").asLong();
                }
            }
            ok("admin: revokes the clerk's token", admin.delete("/api/v1/tokens/" + token), 204);
            ok("clerk: the revoked token", clerk.get("/api/v1/entities"), 401);
            ok("admin: the accounts", admin.get("/api/v1/accounts"), 200);
            ok("admin: its session", admin.get("/api/v1/session"), 200);
            ok("admin: the audit log", admin.get("/api/v1/audit?limit=1000"), 200);
            ok("admin: the OpenAPI document", admin.get("/api/v1/openapi.json"), 200);
        } finally {
            assertEquals(143, serve.stop(), "SIGTERM: the JVM's exit code after its shutdown hooks");
        }

        String stdout = serve.stdout();
        String stderr = serve.stderr();
        assertTrue(stderr.contains("POST /api/v1/session 200"), "the log has a line a request:\n" + stderr);
        assertTrue(stderr.contains("GET /api/v1/entities 401"), stderr);
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, Set<String>> s : secrets.entrySet()) {
            String secret = s.getKey();
            String out = stdout.replace("admin password: " + oneTime + "\n", "");
            if (out.contains(secret) || stderr.contains(secret)) {
                leaks.add("the log shows " + secret);
            }
            for (Map.Entry<String, String> a : answers.entrySet()) {
                if (a.getValue().contains(secret) && !s.getValue().contains(a.getKey())) {
                    leaks.add("the answer to '" + a.getKey() + "' shows " + secret + ":\n" + a.getValue());
                }
            }
            for (String shown : s.getValue()) {
                assertTrue(answers.get(shown).contains(secret), "'" + shown + "' shows it once");
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        assertEquals(1, stdout.split("admin password: ", -1).length - 1, "the one-time password is printed once:\n" + stdout);
        assertFalse(stdout.contains(DATABASE_PASSWORD), stdout);
    }
}
