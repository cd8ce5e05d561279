package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts, sessions and tokens as a browser and another system meet them: the first admin, the
 * one-time password, the cookie's attributes, a new session id at every sign-in, CSRF, sign-out,
 * the sign-in limits, disabled accounts, and nothing secret stored in clear.
 */
class SessionTest {
    private static final Pattern SET_COOKIE = Pattern.compile("dti_session=([^;]*)");
    private static ServerOptions options;
    private static TestServer server;

    @BeforeAll
    static void start() {
        options = TestDatabase.options("session");
        server = TestServer.start(options);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Creates an account through the API (as the admin); its one-time password. */
    private static String account(String name, String role, String agency) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("name", name, "role", role));
        if (agency != null) {
            body.put("agency", agency);
        }
        ApiClient.Response r = TestServer.check(server.admin().postJson("/api/v1/accounts", body), 201);
        assertEquals(name, r.json().path("account").path("name").asText());
        assertTrue(r.json().path("account").path("mustChangePassword").asBoolean());
        return r.json().path("password").asText();
    }

    private static ApiClient.Response signIn(String name, String password, String cookie) {
        ApiClient c = server.anonymous();
        return c.send("POST", "/api/v1/session", ApiClient.json(Map.of("name", name, "password", password)), "application/json",
                cookie == null ? Map.of() : Map.of("Cookie", "dti_session=" + cookie));
    }

    private static String cookieOf(ApiClient.Response r) {
        String header = r.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher m = SET_COOKIE.matcher(header);
        assertTrue(m.find(), header);
        return m.group(1);
    }

    private static ApiClient.Response withCookie(String method, String path, String cookie, String csrf, byte[] body) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Cookie", "dti_session=" + cookie));
        if (csrf != null) {
            headers.put("X-CSRF-Token", csrf);
        }
        return server.anonymous().send(method, path, body, body == null ? null : "application/json", headers);
    }

    @Test
    void firstStart_printsTheAdminPasswordOnce_andTheAddress() {
        assertTrue(server.startOutput().lines().anyMatch(l -> l.matches("admin password: \\S{20}")), server.startOutput());
        assertTrue(server.startOutput().lines().anyMatch(l -> l.equals("listening on " + server.url())), server.startOutput());
        try (TestServer again = TestServer.startWithoutAdmin(options)) {
            assertFalse(again.startOutput().contains("admin password:"), again.startOutput());
            assertTrue(again.startOutput().contains("listening on http://127.0.0.1:"), again.startOutput());
        }
    }

    @Test
    void oneTimePassword_opensOnlyThePasswordChange() {
        String once = account("council-1", "COUNCIL", null);
        ApiClient c = server.anonymous();
        TestServer.check(c.signIn("council-1", once), 200);
        ApiClient.Response refused = c.get("/api/v1/methodologies");
        assertEquals(403, refused.status());
        assertEquals("PASSWORD_CHANGE_REQUIRED", refused.json().path("code").asText());
        TestServer.check(c.get("/api/v1/session"), 200);
        assertEquals("WEAK_PASSWORD", TestServer.check(c.changePassword(once, "short"), 400).json().path("code").asText());
        TestServer.check(c.changePassword(once, "a council member's own password"), 200);
        TestServer.check(c.get("/api/v1/methodologies"), 200);
    }

    @Test
    void cookie_isHttpOnlyStrictAndNotSecureOverPlainHttp_andANewIdAtEverySignIn() {
        String once = account("viewer-1", "VIEWER", null);
        ApiClient.Response first = signIn("viewer-1", once, null);
        String header = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(header.contains("HttpOnly"), header);
        assertTrue(header.contains("SameSite=Strict"), header);
        assertTrue(header.contains("Path=/"), header);
        assertFalse(header.contains("Secure"), "plain http: " + header);
        String a = cookieOf(first);
        ApiClient.Response second = signIn("viewer-1", once, a);
        assertEquals(200, second.status(), second.toString());
        String b = cookieOf(second);
        assertNotEquals(a, b);
        assertEquals(401, withCookie("GET", "/api/v1/session", a, null, null).status(), "the session signed in over is ended");
        assertEquals(200, withCookie("GET", "/api/v1/session", b, null, null).status());
    }

    @Test
    void changingRequestsWithTheCookie_needTheCsrfToken_andSignOutEndsTheSession() {
        ApiClient.Response in = signIn("admin", TestServer.ADMIN_PASSWORD, null);
        String cookie = cookieOf(in);
        String csrf = in.json().path("csrfToken").asText();
        byte[] body = ApiClient.json(Map.of("name", "csrf-test", "role", "VIEWER"));
        ApiClient.Response without = withCookie("POST", "/api/v1/accounts", cookie, null, body);
        assertEquals(403, without.status());
        assertEquals("CSRF", without.json().path("code").asText());
        assertEquals(403, withCookie("POST", "/api/v1/accounts", cookie, csrf + "x", body).status());
        assertEquals(201, withCookie("POST", "/api/v1/accounts", cookie, csrf, body).status());
        assertEquals(204, withCookie("DELETE", "/api/v1/session", cookie, csrf, null).status());
        assertEquals(401, withCookie("GET", "/api/v1/session", cookie, null, null).status());
    }

    @Test
    void signIn_isLimitedPerAccountAndAddress() {
        String once = account("clerk-limits", "CLERK", "Sở Y tế");
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
            assertEquals(401, signIn("clerk-limits", "not the password", null).status());
        }
        ApiClient.Response blocked = signIn("clerk-limits", once, null);
        assertEquals(429, blocked.status(), "even the right password waits");
        assertTrue(blocked.json().path("detail").asText().startsWith("Too many failed sign-ins; try again in 15 minutes"), blocked.toString());
        assertEquals(200, signIn("admin", TestServer.ADMIN_PASSWORD, null).status(), "another account from the same address still signs in");
    }

    @Test
    void wrongPassword_andUnknownAccount_getTheSameAnswer() {
        ApiClient.Response wrong = signIn("admin", "not the password at all", null);
        ApiClient.Response unknown = signIn("no-such-account", "not the password at all", null);
        assertEquals(401, wrong.status());
        assertEquals(wrong.json().path("detail"), unknown.json().path("detail"));
    }

    @Test
    void anOfficer_createsClerksOnly_andAClerkIsBoundToAKnownAgency() {
        ApiClient officer = server.as("OFFICER");
        TestServer.check(officer.postJson("/api/v1/accounts", Map.of("name", "clerk-cat", "role", "CLERK", "agency", "cong an tinh")), 400);
        ApiClient.Response made = TestServer.check(officer.postJson("/api/v1/accounts", Map.of("name", "clerk-cat", "role", "CLERK", "agency",
                "Công an Tỉnh")), 201);
        assertEquals("Công an tỉnh", made.json().path("account").path("agency").asText(), "the methodology's own spelling");
        assertEquals(403, officer.postJson("/api/v1/accounts", Map.of("name", "council-2", "role", "COUNCIL")).status());
        ApiClient.Response unknown = officer.postJson("/api/v1/accounts", Map.of("name", "clerk-x", "role", "CLERK", "agency", "Sở Khoa học"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().path("detail").asText().contains("Sở KH&CN"), "names the closest agencies: " + unknown);
    }

    @Test
    void aDisabledAccount_losesItsSessionsAndTokens() {
        String once = account("officer-2", "OFFICER", null);
        ApiClient c = server.anonymous();
        TestServer.check(c.signIn("officer-2", once), 200);
        TestServer.check(c.changePassword(once, "the officer's own password"), 200);
        TestServer.check(c.get("/api/v1/session"), 200);   // looked up, and kept for a moment (Accounts.REMEMBERED)
        TestServer.check(server.admin().patchJson("/api/v1/accounts/officer-2", Map.of("disabled", true)), 200);
        assertEquals(401, c.get("/api/v1/session").status());
        assertEquals(401, c.signIn("officer-2", "the officer's own password").status());
    }

    @Test
    void tokens_areShownOnce_storedHashed_andRevocable() throws Exception {
        ApiClient.Response made = TestServer.check(server.admin().postJson("/api/v1/tokens", Map.of("name", "cổng dịch vụ công", "role", "VIEWER")), 201);
        String value = made.json().path("value").asText();
        assertTrue(value.startsWith("dti_") && value.length() == 47, value);
        ApiClient system = server.anonymous().withToken(value);
        TestServer.check(system.get("/api/v1/methodologies"), 200);
        assertFalse(TestServer.check(server.admin().get("/api/v1/tokens"), 200).text().contains(value));
        try (Connection db = DriverManager.getConnection(options.databaseUrl(), "postgres", null)) {
            ResultSet rs = db.createStatement().executeQuery("select token_hash from api_token");
            while (rs.next()) {
                assertNotEquals(value, new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(32, rs.getBytes(1).length, "SHA-256");
            }
            ResultSet hashes = db.createStatement().executeQuery("select password_hash from account");
            while (hashes.next()) {
                assertTrue(hashes.getString(1).startsWith("$2a$11$"), "bcrypt: " + hashes.getString(1).substring(0, 7));
            }
        }
        TestServer.check(server.admin().delete("/api/v1/tokens/" + made.json().path("token").path("id").asText()), 204);
        assertEquals(401, system.get("/api/v1/methodologies").status());
    }
}
