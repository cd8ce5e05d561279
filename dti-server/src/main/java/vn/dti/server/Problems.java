package vn.dti.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.api.DtiException;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.json.DtiJson;

/**
 * Turns whatever a request ends with into an RFC 9457 {@code application/problem+json} answer:
 * a {@link Problem} as it is; the library's refusals (a file, a value, a methodology) as 422 with
 * the library's own words, one problem a line; anything else as 500 with an incident number whose
 * details (the stack trace) go to the server's log only. An answer never holds a stack trace, SQL or
 * a class name.
 */
final class Problems {
    static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** The problem for anything thrown by a handler. */
    static Problem of(Throwable t) {
        if (t instanceof Problem p) {
            return p;
        }
        if (t instanceof InvalidMethodologyException m) {
            return Problem.unprocessable("INVALID_METHODOLOGY", m.problems());
        }
        if (t instanceof DtiException d) {
            return Problem.unprocessable("INVALID_INPUT", List.of(d.getMessage().split("\n")));
        }
        if (cause(t, "exceeds") != null) {
            // Jetty's multipart limits, reached on a request that gave no length (or lied about it)
            return Problem.tooLarge(Text.requestTooLarge(Http.MAX_REQUEST_BYTES));
        }
        String incident = Long.toString(System.nanoTime() & 0xffffffffL, 36);
        LOG.error("incident {}", incident, t);
        return new Problem(500, "INTERNAL_ERROR", Text.internalError(incident), null);
    }

    /** A cause whose message says a size was exceeded (Jetty's multipart limits), or null. */
    private static Throwable cause(Throwable t, String word) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && c.getMessage().toLowerCase(java.util.Locale.ROOT).contains(word)) {
                return c;
            }
        }
        return null;
    }

    /** Writes the problem as the answer. */
    static void write(Context ctx, Problem p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(p.status()));
        body.put("status", p.status());
        body.put("detail", p.detail());
        body.put("instance", ctx.path());
        body.put("code", p.code());
        if (!p.problems().isEmpty()) {
            body.put("problems", p.problems());
        }
        if (p.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"dti\"");
        }
        ctx.status(p.status()).contentType(MEDIA_TYPE + "; charset=utf-8").result(DtiJson.write(body).getBytes(StandardCharsets.UTF_8));
    }

    /** The status's reason phrase, as RFC 9457 asks of "about:blank" problems. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Internal Server Error";
        };
    }
}
