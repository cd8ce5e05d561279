package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dti.json.DtiJson;
import vn.dti.text.Language;
import vn.dti.text.RefusedArgumentException;

/** A document needs a date, unless it is a web page given by its link. */
class DocumentTest {
    @Test
    void aWebPageByItsLink_mayGoWithoutADate() {
        Document page = new Document(null, "Chuyên mục chuyển đổi số", null, "Báo và Phát thanh, Truyền hình Khánh Hòa", "https://baokhanhhoa.vn/chuyen-doi-so",
                null);
        assertNull(page.date());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Document("1/BC", null, null, null, null, null));
        assertTrue(en(e).startsWith("Document [1/BC] has no date; write it as yyyy-mm-dd (only a document given by its link, a web page, may go "
                + "without one)."), en(e));
        String json = "{\"entity\": {\"id\": \"kh\", \"kind\": \"PROVINCE\"}, \"period\": \"2025\", \"components\": [{\"indicator\": \"1.3\", \"value\": true, "
                + "\"documents\": [{\"title\": \"Chuyên trang\", \"link\": \"https://khanhhoa.gov.vn/cds\"}]}]}";
        Evidence ev = DtiJson.readEvidence(json.getBytes(StandardCharsets.UTF_8), "e.json");
        assertNull(ev.components().get(0).documents().get(0).date());
    }

    /** A record's refusal in English (tests run in Vietnamese; the English texts are asserted as they were). */
    private static String en(Throwable e) {
        return e instanceof RefusedArgumentException r ? r.message(Language.EN) : e.getMessage();
    }
}
