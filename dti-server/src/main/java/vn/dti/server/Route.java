package vn.dti.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of the API: its method and path, who may call it, its OpenAPI description and its
 * handler, declared together so that no route exists without a rule and a description. The
 * server, the OpenAPI document ({@link OpenApi}) and the tests all read the same table
 * ({@link Routes}).
 */
record Route(HandlerType method, String path, Access access, Doc doc, Action action) {
    private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");

    /** What a route does once the caller is known and allowed. */
    @FunctionalInterface
    interface Action {
        void handle(Context ctx, Principal who) throws Exception;
    }

    /**
     * A query parameter, a form's part or a JSON body's field, for the OpenAPI document.
     *
     * @param file     a file part (else a text value)
     * @param repeated may be given several times
     */
    record Param(String name, String description, boolean required, boolean file, boolean repeated) {
        static Param query(String name, String description) {
            return new Param(name, description, false, false, false);
        }

        static Param file(String name, String description, boolean required) {
            return new Param(name, description, required, true, false);
        }

        static Param text(String name, String description, boolean required) {
            return new Param(name, description, required, false, false);
        }

        static Param repeated(String name, String description) {
            return new Param(name, description, false, false, true);
        }

        static Param files(String name, String description) {
            return new Param(name, description, false, true, true);
        }
    }

    /**
     * A request body: its media types (multipart parts or JSON) and what it holds.
     *
     * @param fields the parts of a multipart form (files and values), or the JSON object's fields
     */
    record Body(List<String> mediaTypes, String description, List<Param> fields, long maxBytes) {
        Body {
            mediaTypes = List.copyOf(mediaTypes);
            fields = List.copyOf(fields);
        }
    }

    /**
     * The route's OpenAPI description.
     *
     * @param produces the media type of a successful answer
     * @param success  the status of a successful answer (200, 201, 204)
     */
    record Doc(String tag, String summary, String description, List<Param> query, Body body, String produces, int success) {
        Doc {
            query = List.copyOf(query);
        }

        /** A route answering 200 with JSON, no body, no query. */
        static Doc of(String tag, String summary, String description) {
            return new Doc(tag, summary, description, List.of(), null, Http.JSON, 200);
        }

        Doc query(Param... params) {
            return new Doc(tag, summary, description, List.of(params), body, produces, success);
        }

        /** A multipart form of these parts, at most {@code maxBytes} in all. */
        Doc form(long maxBytes, Param... parts) {
            return new Doc(tag, summary, description, query, new Body(List.of(Http.MULTIPART), null, List.of(parts), maxBytes), produces, success);
        }

        /** A JSON object of these fields. */
        Doc json(Param... fields) {
            return new Doc(tag, summary, description, query, new Body(List.of("application/json"), null, List.of(fields), Http.MAX_JSON_BYTES), produces,
                    success);
        }

        /** Several media types (e.g. a JSON evidence body, or a form with it as a part). */
        Doc body(Body b) {
            return new Doc(tag, summary, description, query, b, produces, success);
        }

        Doc produces(String mediaType) {
            return new Doc(tag, summary, description, query, body, mediaType, success);
        }

        Doc status(int code) {
            return new Doc(tag, summary, description, query, body, produces, code);
        }
    }

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "a route without an access rule");
        Objects.requireNonNull(doc, "a route without a description");
        Objects.requireNonNull(action, "action");
    }

    /** The path's parameters, in order: {@code entity}, {@code period}, … */
    List<String> pathParams() {
        List<String> out = new ArrayList<>();
        Matcher m = PARAM.matcher(path);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** "POST /api/v1/…", as the tests and the log name it. */
    String key() {
        return method.name() + " " + path;
    }

    /** A page for people (HTML, not under {@code /api/v1}): not in the OpenAPI document; refusals are pages too. */
    boolean page() {
        return !path.startsWith(Routes.API + "/");
    }

    /** A changing request (not GET or HEAD): needs the CSRF token when sent with a session cookie. */
    boolean changes() {
        return method != HandlerType.GET && method != HandlerType.HEAD;
    }
}
