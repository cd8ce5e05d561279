package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the routes the server answers agree, both ways. */
class OpenApiTest {
    private static TestServer server;
    private static JsonNode doc;

    @BeforeAll
    static void start() {
        server = TestServer.start("openapi");
        ApiClient.Response r = TestServer.check(server.anonymous().get("/api/v1/openapi.json"), 200);
        doc = r.json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every "METHOD path" the document describes. */
    private static Set<String> documented() {
        Set<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> out.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey()));
        }
        return out;
    }

    @Test
    void document_isOpenApi31_andDescribesEveryRouteOfTheTable() {
        assertEquals("3.1.0", doc.path("openapi").asText());
        Set<String> table = new TreeSet<>();
        server.routes().stream().filter(r -> !r.page()).forEach(r -> table.add(r.key()));
        assertEquals(table, documented(), "the route table's API and the OpenAPI document list different routes");
        assertTrue(server.routes().stream().anyMatch(Route::page), "the pages are in the table too, not in the document");
    }

    @Test
    void everyDocumentedRoute_isAnsweredByTheServer() {
        List<String> unanswered = new ArrayList<>();
        for (String op : documented()) {
            String method = op.substring(0, op.indexOf(' '));
            String path = op.substring(op.indexOf(' ') + 1);
            for (Map.Entry<String, String> e : AuthorisationTest.SAMPLE.entrySet()) {
                path = path.replace("{" + e.getKey() + "}", ApiClient.segment(e.getValue()));
            }
            ApiClient.Response r = server.as("ADMIN").send(method, path, null, null);
            if (r.status() == 404 && AuthorisationTest.code(r).equals("NO_ROUTE") || r.status() == 405) {
                unanswered.add(op + " → " + r.status());
            }
        }
        assertTrue(unanswered.isEmpty(), "documented but not served: " + unanswered);
    }

    @Test
    void everyOperation_saysWhoMayCallIt_andHowToSignIn() {
        for (JsonNode path : doc.path("paths")) {
            for (JsonNode op : path) {
                assertTrue(op.path("x-dti-access").isTextual(), op.toString());
                assertTrue(op.path("description").asText().contains("Who: "), op.toString());
                assertTrue(op.path("responses").has("422"), op.toString());
            }
        }
        assertTrue(doc.path("components").path("securitySchemes").has("session"));
        assertTrue(doc.path("components").path("securitySchemes").has("token"));
        assertEquals("[]", doc.path("paths").path("/api/v1/session").path("post").path("security").toString(), "signing in needs no credentials");
    }

    @Test
    void anUnknownRoute_isAProblemNamingTheDocument() {
        ApiClient.Response r = server.as("ADMIN").get("/api/v1/no-such-thing");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.toString());
        assertEquals("NO_ROUTE", r.json().path("code").asText());
        assertTrue(r.json().path("detail").asText().contains("/api/v1/openapi.json"));
    }
}
