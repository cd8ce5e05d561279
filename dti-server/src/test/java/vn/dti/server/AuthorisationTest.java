package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of the server's own table, called by every role and by no one: allowed or refused as
 * this test's own matrix says. A route added without an entry here fails the test, so every new
 * route gets a reviewed rule; a rule that changes without the matrix changing fails too.
 */
class AuthorisationTest {
    /** Who calls: no one, each role, a clerk of the agency the path names, a clerk of another agency. */
    enum Caller { ANONYMOUS, ADMIN, OFFICER, CLERK_OWN, CLERK_OTHER, COUNCIL, VIEWER }

    static final String OWN = "Công an tỉnh";
    static final String OTHER = "Sở Nội vụ";

    private static final Set<Caller> ANYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    private static final Set<Caller> ADMIN_OFFICER = EnumSet.of(Caller.ADMIN, Caller.OFFICER);
    private static final Set<Caller> VIEWS = EnumSet.of(Caller.ADMIN, Caller.OFFICER, Caller.COUNCIL, Caller.VIEWER);
    private static final Set<Caller> READERS = EnumSet.of(Caller.ADMIN, Caller.OFFICER, Caller.COUNCIL, Caller.CLERK_OWN);
    private static final Set<Caller> COUNCIL = EnumSet.of(Caller.COUNCIL);
    private static final String PERIOD = "GET /api/v1/entities/{entity}/periods/{period}";
    private static final String AGENCY = PERIOD + "/agencies/{agency}";

    /** The matrix: route → who may call it. */
    static final Map<String, Set<Caller>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/v1/openapi.json", ANYONE),
            Map.entry("GET /api/v1/health", ANYONE),
            Map.entry("POST /api/v1/session", ANYONE),
            Map.entry("GET /api/v1/session", SIGNED_IN),
            Map.entry("DELETE /api/v1/session", SIGNED_IN),
            Map.entry("PUT /api/v1/session/password", SIGNED_IN),
            Map.entry("GET /api/v1/accounts", ADMIN_OFFICER),
            Map.entry("POST /api/v1/accounts", ADMIN_OFFICER),
            Map.entry("PATCH /api/v1/accounts/{name}", ADMIN_OFFICER),
            Map.entry("POST /api/v1/accounts/{name}/password", ADMIN_OFFICER),
            Map.entry("GET /api/v1/tokens", ADMIN),
            Map.entry("POST /api/v1/tokens", ADMIN),
            Map.entry("DELETE /api/v1/tokens/{id}", ADMIN),
            Map.entry("GET /api/v1/audit", ADMIN),
            Map.entry("POST /api/v1/score", SIGNED_IN),
            Map.entry("POST /api/v1/gaps", SIGNED_IN),
            Map.entry("POST /api/v1/whatif", SIGNED_IN),
            Map.entry("POST /api/v1/plan", SIGNED_IN),
            Map.entry("POST /api/v1/targets", SIGNED_IN),
            Map.entry("POST /api/v1/rank", SIGNED_IN),
            Map.entry("POST /api/v1/validate", SIGNED_IN),
            Map.entry("GET /api/v1/methodologies", SIGNED_IN),
            Map.entry("GET /api/v1/methodologies/{methodology}", SIGNED_IN),
            Map.entry("GET /api/v1/methodologies/{methodology}/export", SIGNED_IN),
            Map.entry("GET /api/v1/methodology-versions", ADMIN_OFFICER),
            Map.entry("POST /api/v1/methodology-versions", EnumSet.of(Caller.OFFICER)),
            Map.entry("GET /api/v1/methodology-versions/{version}", ADMIN_OFFICER),
            Map.entry("POST /api/v1/methodology-versions/{version}/activation", EnumSet.of(Caller.OFFICER)),
            Map.entry("GET /api/v1/entities", SIGNED_IN),
            Map.entry("POST /api/v1/entities", ADMIN_OFFICER),
            Map.entry("GET /api/v1/entities/{entity}/history", VIEWS),
            Map.entry(AGENCY + "/template", EnumSet.of(Caller.ADMIN, Caller.OFFICER, Caller.CLERK_OWN)),
            Map.entry("POST " + AGENCY.substring(4) + "/submissions", EnumSet.of(Caller.CLERK_OWN)),
            Map.entry(AGENCY + "/submissions", READERS),
            Map.entry(AGENCY + "/submissions/{number}", READERS),
            Map.entry(AGENCY + "/submissions/{number}/file", READERS),
            Map.entry(AGENCY + "/submissions/{number}/documents/{document}", READERS),
            Map.entry(PERIOD + "/submissions", EnumSet.of(Caller.ADMIN, Caller.OFFICER, Caller.COUNCIL)),
            Map.entry(PERIOD + "/status", VIEWS),
            Map.entry(PERIOD + "/evidence", EnumSet.of(Caller.ADMIN, Caller.OFFICER, Caller.COUNCIL)),
            Map.entry(PERIOD + "/cards/{view}", VIEWS),
            Map.entry(PERIOD + "/dashboard", VIEWS),
            Map.entry(PERIOD + "/emulation", VIEWS),
            Map.entry(PERIOD + "/appraisal", VIEWS),
            Map.entry("POST " + PERIOD.substring(4) + "/appraisal/decisions", COUNCIL),
            Map.entry("POST " + PERIOD.substring(4) + "/appraisal/decisions/{decision}/withdrawal", COUNCIL),
            Map.entry("POST " + PERIOD.substring(4) + "/finalisation", COUNCIL),
            // the pages (docs/pages.md): refused to no one is sent to the login page
            Map.entry("GET /", SIGNED_IN),
            Map.entry("GET /login", ANYONE),
            Map.entry("POST /login", ANYONE),
            Map.entry("POST /logout", SIGNED_IN),
            Map.entry("GET /password", SIGNED_IN),
            Map.entry("POST /password", SIGNED_IN),
            Map.entry("GET /clerk", EnumSet.of(Caller.CLERK_OWN, Caller.CLERK_OTHER)),
            Map.entry("GET /clerk/workbook", EnumSet.of(Caller.CLERK_OWN, Caller.CLERK_OTHER)),
            Map.entry("POST /clerk/submissions", EnumSet.of(Caller.CLERK_OWN, Caller.CLERK_OTHER)),
            Map.entry("GET /clerk/form", EnumSet.of(Caller.CLERK_OWN, Caller.CLERK_OTHER)),
            Map.entry("POST /clerk/form", EnumSet.of(Caller.CLERK_OWN, Caller.CLERK_OTHER)),
            Map.entry("GET /committee", VIEWS),
            Map.entry("GET /committee/emulation", VIEWS),
            Map.entry("GET /council", COUNCIL),
            Map.entry("POST /council/decisions", COUNCIL),
            Map.entry("POST /council/finalisation", COUNCIL),
            Map.entry("GET /officer", ADMIN_OFFICER),
            Map.entry("POST /officer/versions", EnumSet.of(Caller.OFFICER)),
            Map.entry("POST /officer/activation", EnumSet.of(Caller.OFFICER)),
            Map.entry("GET /admin", ADMIN),
            Map.entry("POST /admin/accounts", ADMIN),
            Map.entry("POST /admin/accounts/state", ADMIN),
            Map.entry("POST /admin/accounts/password", ADMIN),
            Map.entry("GET /admin/audit", ADMIN),
            Map.entry("GET /static/dti.css", ANYONE),
            Map.entry("GET /static/dti.js", ANYONE),
            Map.entry("GET /static/dashboard.css", ANYONE),
            Map.entry("GET /static/dashboard.js", ANYONE)));

    /** A value for each path parameter: the agency is the own clerk's. */
    static final Map<String, String> SAMPLE = Map.ofEntries(
            Map.entry("entity", "khanh-hoa"), Map.entry("period", "2025-Q3"), Map.entry("agency", OWN),
            Map.entry("methodology", "vn-dti-province-2025"), Map.entry("name", "nobody"), Map.entry("id", "0"),
            Map.entry("version", "0000000000000000"), Map.entry("view", "final"), Map.entry("number", "1"),
            Map.entry("document", "0000000000000000000000000000000000000000000000000000000000000000"), Map.entry("decision", "0"));

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start("authorisation");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRouteOfTheTable_hasARuleInTheMatrix() {
        Set<String> table = new TreeSet<>();
        server.routes().forEach(r -> table.add(r.key()));
        assertEquals(EXPECTED.keySet(), table, "a route added or removed: give it its row in EXPECTED (who may call it)");
    }

    @Test
    void everyRouteInEveryRole_isAllowedOrRefusedAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Route r : server.routes()) {
            Set<Caller> allowed = EXPECTED.get(r.key());
            if (allowed == null) {
                continue;   // the test above fails
            }
            String path = path(r);
            for (Caller c : Caller.values()) {
                ApiClient.Response answer = client(c).send(r.method().name(), path, null, null);
                boolean toLogin = r.page() && answer.status() == 303 && answer.headers().firstValue("Location").orElse("").equals("/login");
                boolean refused = answer.status() == 401 || toLogin || answer.status() == 403 && !code(answer).equals("CSRF");
                int refusal = c != Caller.ANONYMOUS ? 403 : r.page() ? 303 : 401;
                if (allowed.contains(c) == refused) {
                    wrong.add(r.key() + " as " + c + ": expected " + (allowed.contains(c) ? "allowed" : "refused") + ", got " + answer);
                } else if (refused && answer.status() != refusal) {
                    wrong.add(r.key() + " as " + c + ": refused with " + answer.status() + ", not " + refusal);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** A problem's code (a page's: its X-Dti-Problem header); "" for an answer that is not a problem. */
    static String code(ApiClient.Response r) {
        if (r.contentType().startsWith(Problems.MEDIA_TYPE)) {
            return r.json().path("code").asText();
        }
        return r.headers().firstValue(Pages.PROBLEM_HEADER).orElse("");
    }

    static String path(Route r) {
        String p = r.path();
        for (String name : r.pathParams()) {
            p = p.replace("{" + name + "}", ApiClient.segment(SAMPLE.get(name)));
        }
        return p;
    }

    private static ApiClient client(Caller c) {
        return switch (c) {
            case ANONYMOUS -> server.anonymous();
            case CLERK_OWN -> server.as("CLERK", OWN);
            case CLERK_OTHER -> server.as("CLERK", OTHER);
            default -> server.as(c.name());
        };
    }
}
