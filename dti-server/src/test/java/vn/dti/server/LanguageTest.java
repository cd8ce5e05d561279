package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dti.text.Messages;

/** The service's texts: every key in both languages, Vietnamese by default, English when the request asks for it. */
class LanguageTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start("language");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyKey_isInBothLanguages_withTheSamePlaceholders() {
        assertEquals(Set.of(), Messages.problems("vn/dti/server/messages"));
    }

    @Test
    void problems_areInVietnameseByDefault_andInEnglishOnRequest() {
        ApiClient.Response vi = server.anonymous().inLanguage(null).get("/api/v1/methodologies");
        assertEquals(401, vi.status());
        assertEquals("Hãy đăng nhập trước (POST /api/v1/session), hoặc gửi mã truy cập API (Authorization: Bearer ...).", vi.json().path("detail").asText());
        assertEquals("vi", vi.headers().firstValue("Content-Language").orElse(""));
        ApiClient.Response en = server.anonymous().inLanguage("en-US,en;q=0.9,vi;q=0.5").get("/api/v1/methodologies");
        assertEquals("Sign in first (POST /api/v1/session), or send an API token (Authorization: Bearer ...).", en.json().path("detail").asText());
        assertEquals("en", en.headers().firstValue("Content-Language").orElse(""));
        ApiClient.Response limit = server.as("VIEWER").inLanguage("vi").postForm("/api/v1/validate",
                ApiClient.Part.file("folder", "x.zip", "không phải zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("x.zip: không phải tệp zip. Hãy nén thư mục bộ chỉ số (methodology.json, các tệp quy tắc, bảng và thư mục tests/) rồi gửi tệp zip.",
                limit.json().path("detail").asText());
    }
}
