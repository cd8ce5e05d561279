package vn.dti.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.json.DtiJson;

/**
 * The OpenAPI 3.1 document of the route table ({@code GET /api/v1/openapi.json}): one operation per
 * route, with its parameters, body, answers, security and who may call it ({@code x-dti-access},
 * {@code x-dti-roles}). Made from the same {@link Route}s the server registers, so the two cannot
 * disagree.
 */
final class OpenApi {
    private OpenApi() {
    }

    static byte[] document(List<Route> routes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "dti: the province's Digital Transformation Index service", "version", "v1",
                "description", "Score evidence, plan, and run the reporting year: agencies' submissions, status, the appraisal council's "
                        + "decisions, history and the dashboard. Errors are RFC 9457 problems (application/problem+json). docs/server.md."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route r : routes) {
            if (r.page()) {
                continue;   // the pages are for people, not an API (docs/pages.md)
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<String, Object>());
            item.put(r.method().name().toLowerCase(java.util.Locale.ROOT), operation(r));
        }
        doc.put("paths", paths);
        doc.put("components", components());
        try {
            // keys sorted: the same document, byte for byte, on every start
            return DtiJson.mapper().writer(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).withDefaultPrettyPrinter().writeValueAsString(doc)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document does not write as JSON", e);
        }
    }

    private static Map<String, Object> operation(Route r) {
        Route.Doc d = r.doc();
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", operationId(r));
        op.put("tags", List.of(d.tag()));
        op.put("summary", d.summary());
        op.put("description", d.description() + " Who: " + r.access().describe() + ".");
        List<Object> params = new ArrayList<>();
        for (String p : r.pathParams()) {
            params.add(Map.of("name", p, "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        for (Route.Param q : d.query()) {
            params.add(Map.of("name", q.name(), "in", "query", "required", q.required(), "description", q.description(), "schema", Map.of("type", "string")));
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (d.body() != null) {
            op.put("requestBody", body(d.body()));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(String.valueOf(d.success()), d.success() == 204 ? Map.of("description", "Done.")
                : Map.of("description", "Done.", "content", Map.of(d.produces().replace("; charset=utf-8", ""), Map.of("schema", Map.of()))));
        for (int status : new int[] {400, 401, 403, 404, 409, 413, 415, 422, 429}) {
            responses.put(String.valueOf(status), Map.of("$ref", "#/components/responses/Problem"));
        }
        op.put("responses", responses);
        op.put("security", r.access().anyone() ? List.of() : List.of(Map.of("session", List.of()), Map.of("token", List.of())));
        op.put("x-dti-access", r.access().describe());
        op.put("x-dti-roles", r.access().roles().stream().sorted().map(Role::name).toList());
        return op;
    }

    private static Map<String, Object> body(Route.Body b) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String type : b.mediaTypes()) {
            if (type.equals(Http.MULTIPART)) {
                Map<String, Object> props = new LinkedHashMap<>();
                List<String> required = new ArrayList<>();
                for (Route.Param p : b.fields()) {
                    Map<String, Object> one = p.file() ? Map.of("type", "string", "format", "binary", "description", p.description())
                            : Map.of("type", "string", "description", p.description());
                    props.put(p.name(), p.repeated() ? Map.of("type", "array", "items", one) : one);
                    if (p.required()) {
                        required.add(p.name());
                    }
                }
                content.put(type, Map.of("schema", Map.of("type", "object", "properties", props, "required", required)));
            } else if (b.fields().stream().anyMatch(p -> !p.file())) {
                Map<String, Object> props = new LinkedHashMap<>();
                List<String> required = new ArrayList<>();
                for (Route.Param p : b.fields()) {
                    props.put(p.name(), Map.of("description", p.description()));
                    if (p.required()) {
                        required.add(p.name());
                    }
                }
                content.put(type, Map.of("schema", Map.of("type", "object", "properties", props, "required", required)));
            } else {
                content.put(type, Map.of("schema", Map.of("type", "object", "description", b.description() == null ? "" : b.description())));
            }
        }
        return Map.of("required", true, "content", content);
    }

    /** "POST /api/v1/entities/{entity}/…" → "post_entities_entity_…": unique, stable. */
    static String operationId(Route r) {
        String path = r.path().replaceFirst("^/api/v1", "").replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        return r.method().name().toLowerCase(java.util.Locale.ROOT) + "_" + path;
    }

    private static Map<String, Object> components() {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "object");
        problem.put("description", "RFC 9457: type, title, status, detail (in the library's words), instance, code (stable, for programs), "
                + "problems (every problem, each naming its file and place).");
        problem.put("properties", Map.of("type", Map.of("type", "string"), "title", Map.of("type", "string"), "status", Map.of("type", "integer"),
                "detail", Map.of("type", "string"), "instance", Map.of("type", "string"), "code", Map.of("type", "string"),
                "problems", Map.of("type", "array", "items", Map.of("type", "string"))));
        return Map.of("schemas", Map.of("Problem", problem),
                "responses", Map.of("Problem", Map.of("description", "Refused: the problem says why.",
                        "content", Map.of(Problems.MEDIA_TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))))),
                "securitySchemes", Map.of("session", Map.of("type", "apiKey", "in", "cookie", "name", Gate.COOKIE,
                                "description", "The session cookie set by POST /api/v1/session; changing requests also send X-CSRF-Token."),
                        "token", Map.of("type", "http", "scheme", "bearer", "description", "An API token (POST /api/v1/tokens).")));
    }
}
