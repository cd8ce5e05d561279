package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The clerk's web form over HTTP, as a browser sends it: values typed the Vietnamese way are read
 * and stored as a CSV submission with its scans, the answer is the upload's, the history has the
 * new version; a value that reads two ways is refused naming its component and field in
 * Vietnamese, with nothing stored; another agency's component cannot be posted; the form needs the
 * session's CSRF token.
 */
class ClerkFormTest {
    static final String OWN = "Công an tỉnh";
    static final byte[] PDF = "%PDF-1.4\n% a scan\n".getBytes(StandardCharsets.US_ASCII);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start("clerk_form");
        TestServer.check(server.as("OFFICER").postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        PageSession.account(server, "ca-form", "CLERK", OWN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String vi(String key, Object... args) {
        return PageSecurityTest.vi(key, args);
    }

    private static PageSession clerk() {
        PageSession s = new PageSession(server, null);
        assertEquals(303, s.login("ca-form", PageSession.PASSWORD).status());
        return s;
    }

    /** The agency's submissions of a period through the API. */
    private static JsonNode versions(String period) {
        return TestServer.check(server.admin().get("/api/v1/entities/khanh-hoa/periods/" + period + "/agencies/" + ApiClient.segment(OWN)
                + "/submissions"), 200).json();
    }

    /** The form's parts: its token and period, then name, value pairs. */
    private static List<ApiClient.Part> parts(String token, String period, String... pairs) {
        List<ApiClient.Part> out = new ArrayList<>();
        out.add(ApiClient.Part.text("csrf", token));
        out.add(ApiClient.Part.text("entity", "khanh-hoa"));
        out.add(ApiClient.Part.text("period", period));
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(ApiClient.Part.text(pairs[i], pairs[i + 1]));
        }
        return out;
    }

    @Test
    void theForm_showsTheAgencysComponents_inBothRoles_withTheirKindAndUnit() {
        ApiClient.Response page = TestServer.check(clerk().get("/clerk/form?period=2025-Q4"), 200);
        String t = page.text();
        assertTrue(t.contains(PageSecurityTest.escaped("Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn")), "5.1 by its official name");
        assertTrue(t.contains("name=\"v-5.1\"") && t.contains("name=\"n-5.1\"") && t.contains("name=\"t-5.1\"") && t.contains("name=\"d-5.1\"")
                && t.contains("name=\"s-5.1\" type=\"file\""), "the value, the document's number, title, date and scan of 5.1");
        assertTrue(t.contains(vi("clerk.role.RESPONSIBLE")) && t.contains(vi("clerk.role.COOPERATING")), "both roles");
        assertTrue(t.contains(vi("form.kind.RATIO")) && t.contains(vi("form.unit", "%")), "5.1 is a percent");
        assertTrue(t.contains(vi("form.kind.YES_NO")) && t.contains("<option value=\"Có\">" + vi("yes") + "</option>"), "1.3 is yes or no, chosen");
        assertFalse(t.contains("name=\"v-6.5\""), "6.5 is Sở KH&CN's, not on Công an tỉnh's form");
        assertTrue(t.contains("name=\"csrf\" value=\""), "the form carries the session's token");
    }

    @Test
    void valuesTypedTheVietnameseWay_areStoredAsTheWorkbookWouldBe_andTheHistoryHasTheNewVersion() throws Exception {
        PageSession clerk = clerk();
        String token = PageSession.csrf(clerk.get("/clerk/form?period=2025-Q3"));
        List<ApiClient.Part> parts = parts(token, "2025-Q3", "v-5.1", "46,69%", "n-5.1", "4100/BC-BCĐCĐS", "t-5.1", "Báo cáo kết quả năm 2023",
                "d-5.1", "5/12/2023", "i-5.1", "Ban Chỉ đạo", "v-1.3", "Có", "n-1.3", "12/QĐ-UBND", "d-1.3", "1/8/2025", "m-1.3", "chuyên mục CĐS");
        parts.add(ApiClient.Part.file("s-5.1", "scan 5.1.pdf", PDF));
        ApiClient.Response r = clerk.postMultipart("/clerk/form", parts);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.text().contains(vi("clerk.accepted", 1, 2)), "the upload's answer: version 1, two components read");
        assertTrue(r.text().contains(PageSecurityTest.escaped(vi("clerk.read", "5.1", "Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn",
                "46,69%", 1))), r.text());
        assertTrue(r.text().contains(vi("history.first")), "the history on the clerk's page");

        JsonNode v = versions("2025-Q3");
        assertEquals(1, v.size());
        assertEquals(OWN + ".csv", v.get(0).path("fileName").asText());
        assertEquals("CSV", v.get(0).path("format").asText());
        assertEquals("scan 5.1.pdf", v.get(0).path("documents").get(0).path("fileName").asText());
        JsonNode read = TestServer.check(server.admin().get("/api/v1/entities/khanh-hoa/periods/2025-Q3/agencies/" + ApiClient.segment(OWN)
                + "/submissions/1"), 200).json().path("read");
        JsonNode e51 = read.path("components").get(0).path("evidence");
        assertEquals("5.1", e51.path("indicator").asText());
        assertEquals(0.4669, e51.path("value").asDouble(), 0);
        assertEquals("2023-12-05", e51.path("documents").get(0).path("date").asText());
        assertEquals("scan 5.1.pdf", e51.path("documents").get(0).path("link").asText(), "the document names its scan");
        JsonNode e13 = read.path("components").get(1).path("evidence");
        assertEquals(true, e13.path("value").asBoolean());
        assertEquals("chuyên mục CĐS", e13.path("note").asText());

        // the form again: the last values, and the scan kept; sent with 5.1 changed, version 2 keeps the scan
        ApiClient.Response again = clerk.get("/clerk/form?period=2025-Q3");
        String t = again.text();
        assertTrue(t.contains(vi("form.current", "46,69%")), "the value from the last submission");
        assertTrue(t.contains("name=\"v-5.1\" value=\"46,69%\""), "prefilled as it reads back");
        Matcher keep = Pattern.compile("name=\"k-5\\.1\" value=\"([0-9a-f]{64})\"").matcher(t);
        assertTrue(keep.find(), "the scan kept");
        ApiClient.Response second = clerk.postMultipart("/clerk/form", parts(PageSession.csrf(again), "2025-Q3", "v-5.1", "50%", "n-5.1",
                "4100/BC-BCĐCĐS", "t-5.1", "Báo cáo kết quả năm 2023", "d-5.1", "5/12/2023", "l-5.1", "scan 5.1.pdf", "k-5.1", keep.group(1),
                "v-1.3", "Có", "n-1.3", "12/QĐ-UBND", "d-1.3", "1/8/2025", "m-1.3", "chuyên mục CĐS"));
        assertEquals(200, second.status(), second.toString());
        assertTrue(second.text().contains(vi("clerk.accepted", 2, 2)), second.toString());
        assertTrue(second.text().contains(vi("history.changed", "5.1")), "the history says 5.1 changed");
        JsonNode v2 = versions("2025-Q3").get(1);
        assertEquals(1, v2.path("documents").size(), "the kept scan is the new version's too");
        assertEquals("scan 5.1.pdf", v2.path("documents").get(0).path("fileName").asText());
    }

    @Test
    void aValueThatReadsTwoWays_isRefused_namingItsComponentAndField_inVietnamese_andNothingIsStored() {
        PageSession clerk = clerk();
        String token = PageSession.csrf(clerk.get("/clerk/form?period=2025-Q2"));
        ApiClient.Response r = clerk.postMultipart("/clerk/form", parts(token, "2025-Q2", "v-5.2", "46,69", "d-5.2", "31/2/2025", "n-5.2", "1/BC"));
        assertEquals(422, r.status(), r.toString());
        String t = r.text();
        assertTrue(t.contains(vi("form.refused", 2)), t);
        assertTrue(t.contains("5.2 " + PageSecurityTest.escaped("Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm An toàn thông tin")),
                "the component by id and name");
        assertTrue(t.contains(vi("form.fieldProblem", vi("form.field.VALUE"), "")), "the value's field, in Vietnamese");
        assertTrue(t.contains(vi("form.fieldProblem", vi("form.field.DOCUMENT_DATE"), "")), "the date's field");
        assertTrue(t.contains("46,69%"), "what to write: the percent with its sign");
        assertTrue(t.contains("name=\"v-5.2\" value=\"46,69\""), "what was typed, kept to correct");
        assertTrue(t.contains("aria-invalid=\"true\""), "the field marked");
        assertEquals(0, versions("2025-Q2").size(), "nothing stored");
    }

    @Test
    void anotherAgencysComponent_cannotBePosted() {
        PageSession clerk = clerk();
        String token = PageSession.csrf(clerk.get("/clerk/form?period=2025-Q1"));
        ApiClient.Response r = clerk.postMultipart("/clerk/form", parts(token, "2025-Q1", "v-5.1", "40%", "v-6.5", "Có"));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.text().contains("6.5"), r.text());
        assertTrue(r.text().contains(PageSecurityTest.escaped(Messages.text(Language.VI, "reporting.form.notOwn", "6.5", OWN, "").split(":")[0])),
                "named as not the agency's, in Vietnamese");
        assertEquals(0, versions("2025-Q1").size(), "nothing stored");
        // nor by the path or a field naming another agency: the agency is the account's
        ApiClient.Response other = clerk.postMultipart("/clerk/form", parts(token, "2025-Q1", "agency", "Sở KH&CN", "v-5.1", "40%"));
        assertEquals(200, other.status(), other.toString());
        assertEquals(1, versions("2025-Q1").size(), "stored as Công an tỉnh's");
    }

    @Test
    void theForm_withoutTheSessionsToken_isRefused() {
        PageSession clerk = clerk();
        List<ApiClient.Part> parts = new ArrayList<>(parts("not the token", "2025-Q4", "v-5.1", "40%"));
        ApiClient.Response r = clerk.postMultipart("/clerk/form", parts.subList(1, parts.size()));
        assertEquals(403, r.status(), r.toString());
        assertEquals("CSRF", r.headers().firstValue(Pages.PROBLEM_HEADER).orElse(""));
        ApiClient.Response wrong = clerk.postMultipart("/clerk/form", parts);
        assertEquals(403, wrong.status(), wrong.toString());
        assertEquals(0, versions("2025-Q4").size(), "nothing stored");
    }

    @Test
    void aScanOverTheLimit_isAnsweredWithThePage_andTheTypedValuesKept() {
        PageSession clerk = clerk();
        String token = PageSession.csrf(clerk.get("/clerk/form?period=2024-Q4"));
        byte[] big = new byte[(int) Documents.MAX_FILE_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        List<ApiClient.Part> parts = parts(token, "2024-Q4", "v-5.1", "40%");
        parts.add(ApiClient.Part.file("s-5.1", "big.pdf", big));
        ApiClient.Response r = clerk.postMultipart("/clerk/form", parts);
        assertEquals(413, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("text/html"), r.toString());
        assertTrue(r.text().contains(PageSecurityTest.escaped(Text.tooLarge("big.pdf", big.length, Documents.MAX_FILE_BYTES).in(Language.VI))), r.text());
        assertTrue(r.text().contains("name=\"v-5.1\" value=\"40%\""), "the form again, as typed");
    }
}
