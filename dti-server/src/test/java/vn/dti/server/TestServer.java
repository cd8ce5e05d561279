package vn.dti.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running service for a test class: its own database in the shared embedded PostgreSQL, on
 * 127.0.0.1 and a free port; the first admin signed in with a password of its own; and an API token
 * for each role, made through the API itself.
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "the admin's own password";
    private static final Pattern ADMIN_LINE = Pattern.compile("(?m)^admin password: (\\S+)$");

    private final DtiServer server;
    private final String startOutput;
    private final ApiClient admin;
    private final Map<String, ApiClient> tokens = new LinkedHashMap<>();

    private TestServer(DtiServer server, String startOutput) {
        this.server = server;
        this.startOutput = startOutput;
        this.admin = new ApiClient(server.url());
        Matcher m = ADMIN_LINE.matcher(startOutput);
        if (m.find()) {
            check(admin.signIn("admin", m.group(1)), 200);
            check(admin.changePassword(m.group(1), ADMIN_PASSWORD), 200);
        } else {
            check(admin.signIn("admin", ADMIN_PASSWORD), 200);   // a database a TestServer started before
        }
    }

    public static TestServer start(String purpose) {
        return start(TestDatabase.options(purpose));
    }

    /** Another server on a database a TestServer has started before (the admin has its password). */
    public static TestServer startWithoutAdmin(ServerOptions options) {
        return start(options);
    }

    public static TestServer start(ServerOptions options) {
        StringWriter out = new StringWriter();
        try {
            DtiServer s = DtiServer.start(options, new PrintWriter(out, true));
            return new TestServer(s, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's own route table. */
    java.util.List<Route> routes() {
        return server.routes();
    }

    public String url() {
        return server.url();
    }

    /** What the server printed as it started. */
    public String startOutput() {
        return startOutput;
    }

    /** The admin, signed in with a session cookie. */
    public ApiClient admin() {
        return admin;
    }

    /** A client with no credentials. */
    public ApiClient anonymous() {
        return new ApiClient(server.url());
    }

    /** A client with an API token of this role (a clerk's: of this agency), made once through the API. */
    public synchronized ApiClient as(String role, String agency) {
        String key = role + "/" + agency;
        return tokens.computeIfAbsent(key, k -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "test " + k);
            body.put("role", role);
            if (agency != null) {
                body.put("agency", agency);
            }
            ApiClient.Response r = check(admin.postJson("/api/v1/tokens", body), 201);
            return new ApiClient(server.url()).withToken(r.json().path("value").asText());
        });
    }

    public ApiClient as(String role) {
        return as(role, null);
    }

    /** The response, if it has the status; else a failure showing it. */
    public static ApiClient.Response check(ApiClient.Response r, int status) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + ", got " + r);
        }
        return r;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
