package vn.dti.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.dti.api.AppraisalDecision;
import vn.dti.api.Document;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.cohort.CohortFiles;
import vn.dti.text.Language;
import vn.dti.text.Messages;
import vn.dti.text.RefusedArgumentException;

/**
 * The records' own refusals (a field an evidence or cohort file lacks, a value out of range) are
 * written in the run's language, by the JSON readers too (issue 20 item 1).
 */
class RefusalLanguageTest {
    private static String evidenceRefusal(Language language, String json) {
        return Language.during(language, () -> assertThrows(InvalidEvidenceException.class,
                () -> DtiJson.readEvidence(json.getBytes(StandardCharsets.UTF_8), "e.json")).getMessage());
    }

    private static String cohortRefusal(Language language, String json) {
        return Language.during(language, () -> assertThrows(InvalidEvidenceException.class,
                () -> CohortFiles.readCohort(json.getBytes(StandardCharsets.UTF_8), "c.json", f -> null)).getMessage());
    }

    @Test
    void bundles_haveEveryKeyInBothLanguages() {
        assertEquals(Set.of(), Messages.problems("vn/dti/api/messages"));
        assertEquals(Set.of(), Messages.problems("vn/dti/cohort/messages"));
    }

    @Test
    void evidenceWithoutEntity_inTheRunsLanguage() {
        String json = "{\"period\": \"2025\", \"components\": []}";
        assertEquals("e.json:1:36: Bằng chứng không có \"entity\" (đơn vị báo cáo). Một tệp số liệu là một đối tượng JSON: {\"entity\": {\"id\": …, "
                + "\"kind\": …}, \"period\": \"2025\", \"components\": [{\"indicator\": \"3.4\", \"value\": 0.872, \"documents\": […]}, …]} (docs/formats.md).",
                evidenceRefusal(Language.VI, json));
        assertEquals("e.json:1:36: The evidence has no \"entity\". An evidence file is one JSON object: {\"entity\": {\"id\": …, \"kind\": …}, "
                + "\"period\": \"2025\", \"components\": [{\"indicator\": \"3.4\", \"value\": 0.872, \"documents\": […]}, …]} (docs/formats.md).",
                evidenceRefusal(Language.EN, json));
    }

    @Test
    void evidenceEntryWithoutValue_inTheRunsLanguage() {
        String json = "{\"entity\": {\"id\": \"khanh-hoa\", \"kind\": \"PROVINCE\"}, \"period\": \"2025\", \"components\": "
                + "[{\"indicator\": \"3.4\", \"status\": \"REPORTED\"}]}";
        String vi = evidenceRefusal(Language.VI, json);
        String en = evidenceRefusal(Language.EN, json);
        assertEquals(true, vi.contains("$.components[0]: Chỉ số thành phần 3.4 có trạng thái REPORTED (đã báo cáo) nhưng không có giá trị; hãy ghi "
                + "\"value\" hoặc đặt \"status\" là NOT_REPORTED."), vi);
        assertEquals(true, en.contains("$.components[0]: Component 3.4 is REPORTED but has no value; give a \"value\" or set \"status\" to NOT_REPORTED."), en);
    }

    @Test
    void cohortEntityWithoutId_inTheRunsLanguage() {
        String json = "{\"period\": \"2024\", \"entities\": [{\"name\": \"Khánh Hòa\", \"mainIndicators\": {\"1\": 0.5}}]}";
        String vi = cohortRefusal(Language.VI, json);
        String en = cohortRefusal(Language.EN, json);
        assertEquals("c.json:1:85: tại $.entities[0]: Một đơn vị không có \"id\".", vi.lines().findFirst().orElseThrow(), vi);
        assertEquals("c.json:1:85: at $.entities[0]: An entity has no \"id\".", en.lines().findFirst().orElseThrow(), en);
        String none = cohortRefusal(Language.VI, "{\"period\": \"2024\", \"entities\": []}");
        assertEquals(true, none.contains("Nhóm so sánh không liệt kê đơn vị nào.") && none.contains("Tệp nhóm so sánh là một đối tượng JSON"), none);
    }

    @Test
    void recordRefusal_keepsBothLanguages() {
        Supplier<RefusedArgumentException> adjusted = () -> assertThrows(RefusedArgumentException.class,
                () -> new AppraisalDecision(vn.dti.api.IndicatorId.of("6.5"), AppraisalDecision.Outcome.VALUE_ADJUSTED, null, null, "biên bản",
                        LocalDate.of(2025, 12, 1)));
        RefusedArgumentException e = Language.during(Language.VI, adjusted);
        assertEquals("Quyết định về 6.5 là VALUE_ADJUSTED nhưng không có \"value\"; hãy ghi giá trị hội đồng xác định.", e.getMessage());
        assertEquals("The decision on 6.5 is VALUE_ADJUSTED but gives no \"value\"; write the value the council sets.", e.message(Language.EN));
        RefusedArgumentException noDate = assertThrows(RefusedArgumentException.class, () -> new Document("12/QĐ-UBND", null, null, null, null, null));
        assertEquals("Tài liệu kiểm chứng [12/QĐ-UBND] không có ngày; hãy ghi ngày theo dạng yyyy-mm-dd (chỉ tài liệu ghi bằng đường dẫn, một trang web, "
                + "mới được để trống ngày).", noDate.message(Language.VI));
        RefusedArgumentException weight = assertThrows(RefusedArgumentException.class,
                () -> new vn.dti.api.Pillar("CQS", null, java.util.List.of(vn.dti.api.IndicatorId.of("1")), -1));
        assertEquals("Pillar CQS has weight [-1.0]; use a number of at least 0.", weight.message(Language.EN));
        assertEquals("Trụ cột CQS có trọng số [-1.0]; hãy ghi một số từ 0 trở lên.", weight.message(Language.VI));
    }
}
