package vn.dti.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser, for the page tests: it keeps cookies as a browser does, posts the
 * forms the pages hold with the tokens they carry, and never follows a redirect by itself.
 */
final class PageSession {
    static final String PASSWORD = "a page test's own password";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final ApiClient http;

    PageSession(TestServer server, String language) {
        this.http = new ApiClient(server.url()).inLanguage(language);
    }

    /** An account made through the API, its one-time password already changed to {@link #PASSWORD}. */
    static void account(TestServer server, String name, String role, String agency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("role", role);
        if (agency != null) {
            body.put("agency", agency);
        }
        String once = TestServer.check(server.admin().postJson("/api/v1/accounts", body), 201).json().path("password").asText();
        ApiClient c = new ApiClient(server.url());
        TestServer.check(c.signIn(name, once), 200);
        TestServer.check(c.changePassword(once, PASSWORD), 200);
    }

    /** An account made through the API with its one-time password, returned. */
    static String accountWithOneTimePassword(TestServer server, String name, String role, String agency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("role", role);
        if (agency != null) {
            body.put("agency", agency);
        }
        return TestServer.check(server.admin().postJson("/api/v1/accounts", body), 201).json().path("password").asText();
    }

    ApiClient.Response get(String path) {
        return http.get(path);
    }

    ApiClient.Response get(String path, Map<String, String> headers) {
        return http.send("GET", path, null, null, headers);
    }

    /** Posts a form (application/x-www-form-urlencoded) of name, value pairs. */
    ApiClient.Response post(String path, String... pairs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return http.send("POST", path, String.join("&", out).getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    ApiClient.Response postMultipart(String path, List<ApiClient.Part> parts) {
        return http.postForm(path, parts);
    }

    /** The login page's form posted with its own token: the answer (303 to / when signed in). */
    ApiClient.Response login(String name, String password) {
        String token = csrf(TestServer.check(get("/login"), 200));
        return post("/login", "csrf", token, "name", name, "password", password);
    }

    /** The CSRF token of the first form of a page. */
    static String csrf(ApiClient.Response page) {
        Matcher m = CSRF.matcher(page.text());
        if (!m.find()) {
            throw new AssertionError("no form token on the page: " + page);
        }
        return m.group(1);
    }

    /** The value a response sets for a cookie, or null. */
    static String cookie(ApiClient.Response r, String name) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            if (c.startsWith(name + "=")) {
                return c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        return null;
    }

    static String location(ApiClient.Response r) {
        return r.headers().firstValue("Location").orElse("");
    }
}
