package vn.dti.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dti.json.DtiJson;

/**
 * A client of the service for tests, as another system or a browser would call it: with an API
 * token, or with the session cookie and its CSRF token. Multipart forms are written by hand (the
 * JDK's client has none), as RFC 7578 says.
 */
public final class ApiClient {
    private final String base;
    private final HttpClient http;
    private String token;
    private String csrf;

    public ApiClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client that sends this API token. */
    public ApiClient withToken(String value) {
        ApiClient c = new ApiClient(base);
        c.token = value;
        return c;
    }

    /** The answer: status, headers, body. */
    public record Response(int status, HttpHeaders headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return DtiJson.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + text(), e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length > 2000 ? text().substring(0, 2000) + "…" : text());
        }
    }

    /** A part of a form: a file (with its file name) or a text value. */
    public record Part(String name, String fileName, byte[] bytes) {
        public static Part file(String name, Path file) {
            try {
                return new Part(name, file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Part file(String name, String fileName, byte[] bytes) {
            return new Part(name, fileName, bytes);
        }

        public static Part text(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Signs in (keeping the cookie and the CSRF token); the answer. */
    public Response signIn(String name, String password) {
        Response r = send("POST", "/api/v1/session", json(Map.of("name", name, "password", password)), "application/json");
        if (r.status() == 200) {
            csrf = r.json().path("csrfToken").asText();
        }
        return r;
    }

    /** Changes the password (the session is replaced); the answer. */
    public Response changePassword(String current, String password) {
        Response r = send("PUT", "/api/v1/session/password", json(Map.of("current", current, "password", password)), "application/json");
        if (r.status() == 200) {
            csrf = r.json().path("csrfToken").asText();
        }
        return r;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response postJson(String path, Object body) {
        return send("POST", path, body instanceof byte[] b ? b : json(body), "application/json");
    }

    public Response putJson(String path, Object body) {
        return send("PUT", path, json(body), "application/json");
    }

    public Response patchJson(String path, Object body) {
        return send("PATCH", path, json(body), "application/json");
    }

    public Response postForm(String path, Part... parts) {
        return postForm(path, List.of(parts));
    }

    public Response postForm(String path, List<Part> parts) {
        String boundary = "dti-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Part p : parts) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                        + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\n"
                        + (p.fileName() == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(p.bytes());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send("POST", path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** Sends a request with the client's credentials (and its CSRF token on a changing request). */
    public Response send(String method, String path, byte[] body, String contentType) {
        return send(method, path, body, contentType, Map.of());
    }

    public Response send(String method, String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (csrf != null && !method.equals("GET")) {
            b.header("X-CSRF-Token", csrf);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A path segment, percent-encoded (agency names have spaces, '&' and Vietnamese letters). */
    public static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] json(Object o) {
        return DtiJson.write(o).getBytes(StandardCharsets.UTF_8);
    }

    /** The query string of name=value pairs, encoded. */
    public static String query(String... pairs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(pairs[i] + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return "?" + String.join("&", out);
    }
}
