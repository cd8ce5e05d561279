package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The pages' security, over HTTP as a browser sends it: the Content-Security-Policy (a nonce for the
 * one script, nothing inline), the login form's token and every form's CSRF token, a new session id
 * at every login, the one-time password forcing a change, hostile names shown as text, a clerk's page
 * holding only the clerk's agency, an upload over the limit answered with a page saying so.
 */
class PageSecurityTest {
    static final String HOSTILE = "<script>alert(1)</script>";
    static final String HOSTILE_FILE = "<img src=x onerror=alert(1)>.csv";
    static final String ENTITY_NAME = "Khánh Hòa " + HOSTILE;
    static final String OWN = "Công an tỉnh";
    static final String OTHER = "Sở KH&CN";
    static final Path Q3 = Path.of("../dti-examples/data/workspace-khanh-hoa-2025/2025-Q3");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start("pages_security");
        TestServer.check(server.as("OFFICER").postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", ENTITY_NAME)), 201);
        PageSession.account(server, "ca-clerk", "CLERK", OWN);
        PageSession.account(server, "khcn-clerk", "CLERK", OTHER);
        PageSession.account(server, "committee", "VIEWER", null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String vi(String key, Object... args) {
        return Messages.text(Language.VI, "server.page." + key, args);
    }

    /** As jte writes text into HTML. */
    static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    static PageSession signedIn(String name) {
        PageSession s = new PageSession(server, null);
        ApiClient.Response r = s.login(name, PageSession.PASSWORD);
        assertEquals(303, r.status(), r.toString());
        return s;
    }

    @Test
    void everyPage_hasAScriptNonce_andNoInlineScript() {
        PageSession clerk = signedIn("ca-clerk");
        for (String path : List.of("/login", "/clerk?period=2025-Q3", "/password")) {
            ApiClient.Response r = TestServer.check(clerk.get(path), 200);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            Matcher nonce = Pattern.compile("script-src 'nonce-([A-Za-z0-9+/=]+)'").matcher(csp);
            assertTrue(nonce.find(), csp);
            assertFalse(csp.contains("unsafe-inline"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"), csp);
            List<String> scripts = Pattern.compile("<script[^>]*>").matcher(r.text()).results().map(m -> m.group()).toList();
            assertEquals(List.of("<script src=\"/static/dti.js\" nonce=\"" + nonce.group(1) + "\">"), scripts, path);
            assertFalse(Pattern.compile("<[^>]*\\son[a-z]+=").matcher(r.text()).find(), "no event handler attribute on " + path);
            assertFalse(r.text().contains("http://") || r.text().contains("https://"), "nothing from another host on " + path);
        }
        ApiClient.Response again = clerk.get("/login");
        assertNotEquals(again.headers().firstValue("Content-Security-Policy"), clerk.get("/login").headers().firstValue("Content-Security-Policy"),
                "a new nonce for every page");
    }

    @Test
    void theLoginForm_withoutItsToken_isRefused_andSignsNoOneIn() {
        PageSession s = new PageSession(server, null);
        ApiClient.Response r = s.post("/login", "name", "ca-clerk", "password", PageSession.PASSWORD);
        assertEquals(403, r.status(), r.toString());
        assertEquals("CSRF", r.headers().firstValue(Pages.PROBLEM_HEADER).orElse(""));
        assertTrue(r.text().contains(vi("login.expired")), r.toString());
        assertEquals(null, PageSession.cookie(r, Gate.COOKIE));
        assertEquals("/login", PageSession.location(s.get("/clerk")), "still not signed in");
    }

    @Test
    void aFormPost_withoutTheSessionsCsrfToken_isRefused() {
        PageSession clerk = signedIn("ca-clerk");
        ApiClient.Response logout = clerk.post("/logout");
        assertEquals(403, logout.status(), logout.toString());
        assertEquals("CSRF", logout.headers().firstValue(Pages.PROBLEM_HEADER).orElse(""));
        ApiClient.Response upload = clerk.postMultipart("/clerk/submissions", List.of(ApiClient.Part.text("period", "2025-Q3"),
                ApiClient.Part.file("file", Q3.resolve(OWN + ".csv"))));
        assertEquals(403, upload.status(), upload.toString());
        assertEquals(200, clerk.get("/clerk").status(), "still signed in: the refused logout changed nothing");
        String token = PageSession.csrf(clerk.get("/clerk"));
        ApiClient.Response out = clerk.post("/logout", "csrf", token);
        assertEquals("/login?out=1", PageSession.location(out));
        assertEquals("/login", PageSession.location(clerk.get("/clerk")), "signed out");
    }

    @Test
    void everyLogin_startsANewSession_andEndsTheOneTheBrowserHad() {
        PageSession s = new PageSession(server, null);
        ApiClient.Response first = s.login("committee", PageSession.PASSWORD);
        String one = PageSession.cookie(first, Gate.COOKIE);
        assertNotNull(one, first.toString());
        assertEquals("/", PageSession.location(first));
        ApiClient.Response second = s.login("committee", PageSession.PASSWORD);
        String two = PageSession.cookie(second, Gate.COOKIE);
        assertNotNull(two);
        assertNotEquals(one, two, "a new session id at login");
        PageSession stale = new PageSession(server, null);
        assertEquals("/login", PageSession.location(stale.get("/committee", Map.of("Cookie", Gate.COOKIE + "=" + one))), "the old id is ended");
        assertEquals(200, stale.get("/committee", Map.of("Cookie", Gate.COOKIE + "=" + two)).status());
        String cookie = second.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Gate.COOKIE)).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void aWrongPassword_andTooManyOfThem_areSaidOnTheLoginPage() {
        PageSession.account(server, "throttled", "VIEWER", null);
        PageSession s = new PageSession(server, null);
        ApiClient.Response wrong = s.login("throttled", "not the password at all");
        assertEquals(401, wrong.status());
        assertTrue(wrong.text().contains(escaped(Text.wrongPassword().in(Language.VI))), wrong.toString());
        assertTrue(wrong.text().contains("value=\"throttled\""), "the name stays in the form");
        ApiClient.Response last = wrong;
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
            last = s.login("throttled", "not the password at all");
        }
        assertEquals(429, last.status(), last.toString());
        String throttled = Text.tooManyAttempts(15).in(Language.VI);
        assertTrue(last.text().contains(escaped(throttled.substring(0, throttled.indexOf(';')))), last.toString());
    }

    @Test
    void aOneTimePassword_leadsToThePasswordPage_untilChanged() {
        String once = PageSession.accountWithOneTimePassword(server, "new-clerk", "CLERK", OWN);
        PageSession s = new PageSession(server, null);
        assertEquals("/", PageSession.location(s.login("new-clerk", once)));
        assertEquals("/password", PageSession.location(s.get("/")));
        assertEquals("/password", PageSession.location(s.get("/clerk")));
        ApiClient.Response page = TestServer.check(s.get("/password"), 200);
        assertTrue(page.text().contains(vi("password.forced")), page.toString());
        String token = PageSession.csrf(page);
        ApiClient.Response mismatch = s.post("/password", "csrf", token, "current", once, "password", PageSession.PASSWORD, "repeat", "something else");
        assertEquals(400, mismatch.status());
        assertTrue(mismatch.text().contains(vi("password.mismatch")));
        ApiClient.Response changed = s.post("/password", "csrf", token, "current", once, "password", PageSession.PASSWORD, "repeat", PageSession.PASSWORD);
        assertEquals("/clerk", PageSession.location(changed), changed.toString());
        assertEquals(200, s.get("/clerk").status());
    }

    @Test
    void hostileNames_showAsText() {
        PageSession clerk = signedIn("ca-clerk");
        String token = PageSession.csrf(clerk.get("/clerk?period=2025-Q3"));
        ApiClient.Response r = clerk.postMultipart("/clerk/submissions", List.of(ApiClient.Part.text("csrf", token), ApiClient.Part.text("period", "2025-Q3"),
                ApiClient.Part.file("file", HOSTILE_FILE, ApiClient.Part.file("x", Q3.resolve(OWN + ".csv")).bytes())));
        assertFalse(r.text().contains(HOSTILE_FILE), r.toString());
        assertTrue(r.text().contains(escaped(HOSTILE_FILE)), "the file name shown as text: " + r);
        ApiClient.Response committee = TestServer.check(signedIn("committee").get("/committee?period=2025-Q3"), 200);
        assertFalse(committee.text().contains(HOSTILE), committee.toString());
        assertTrue(committee.text().contains(escaped(ENTITY_NAME)), committee.toString());
    }

    @Test
    void aClerksPage_showsOnlyTheClerksAgency() {
        PageSession own = signedIn("ca-clerk");
        String token = PageSession.csrf(own.get("/clerk?period=2025-Q2"));
        ApiClient.Response sent = own.postMultipart("/clerk/submissions", List.of(ApiClient.Part.text("csrf", token), ApiClient.Part.text("period", "2025-Q2"),
                ApiClient.Part.file("file", Path.of("../dti-examples/data/workspace-khanh-hoa-2025/2025-Q2").resolve(OWN + ".csv"))));
        assertEquals(200, sent.status(), sent.toString());
        assertTrue(sent.text().contains("ca-clerk"), "the history names who sent it");
        PageSession other = signedIn("khcn-clerk");
        for (String path : List.of("/clerk?period=2025-Q2", "/clerk?period=2025-Q2&agency=" + ApiClient.segment(OWN))) {
            ApiClient.Response page = TestServer.check(other.get(path), 200);
            assertTrue(page.text().contains(escaped(vi("clerk.title", OTHER))), page.toString());
            assertFalse(page.text().contains("ca-clerk"), "another agency's history is not on the page");
            assertFalse(page.text().contains(OWN + ".csv"), "nor its files");
        }
        assertEquals(403, other.get("/committee").status(), "a clerk has no committee page");
    }

    @Test
    void anUploadOverTheLimit_isAnsweredWithAPage() {
        PageSession clerk = signedIn("ca-clerk");
        String token = PageSession.csrf(clerk.get("/clerk?period=2025-Q3"));
        byte[] big = new byte[(int) ReportingApi.MAX_WORKBOOK_BYTES + 1];
        ApiClient.Response r = clerk.postMultipart("/clerk/submissions", List.of(ApiClient.Part.text("csrf", token), ApiClient.Part.text("period", "2025-Q3"),
                ApiClient.Part.file("file", "big.xlsx", big)));
        assertEquals(413, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("text/html"), r.toString());
        assertTrue(r.text().contains(escaped(Text.tooLarge("big.xlsx", big.length, ReportingApi.MAX_WORKBOOK_BYTES).in(Language.VI))), r.toString());
        assertTrue(r.text().contains(vi("clerk.upload.submit")), "the form is there to try again");
    }

    @Test
    void vietnameseFirst_englishOnRequest_keptInACookie() {
        PageSession s = new PageSession(server, null);
        assertTrue(s.get("/login").text().contains("<html lang=\"vi\">"));
        ApiClient.Response en = s.get("/login?lang=en");
        assertTrue(en.text().contains("<html lang=\"en\">"), en.toString());
        assertTrue(en.text().contains(escaped(Messages.text(Language.EN, "server.page.login.intro"))));
        assertTrue(s.get("/login").text().contains("<html lang=\"en\">"), "the choice is kept");
        assertTrue(new PageSession(server, "en").get("/login").text().contains("<html lang=\"en\">"), "Accept-Language, when nothing was chosen");
    }

    @Test
    void theStyleSheet_andScript_areServedHere() {
        ApiClient.Response css = TestServer.check(new PageSession(server, null).get("/static/dti.css"), 200);
        assertTrue(css.contentType().startsWith("text/css"));
        assertTrue(css.text().contains("@media print") && css.text().contains("@page"));
        assertFalse(css.text().contains("@import") || css.text().contains("url(http"), "nothing from another host");
        assertTrue(TestServer.check(new PageSession(server, null).get("/static/dti.js"), 200).contentType().startsWith("text/javascript"));
        ApiClient.Response missing = new PageSession(server, null).get("/no-such-page");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("text/html"), missing.toString());
    }
}
