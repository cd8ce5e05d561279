package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.text.Language;
import vn.dti.text.RefusedArgumentException;

class MethodologyTest {
    static Component ratio(String id, double max) {
        return new Component(IndicatorId.of(id), "Tỷ lệ " + id, null, max, ValueKind.RATIO, null, null, null, "Sở KH&CN", null, null);
    }

    static Component category(String id, double max) {
        return new Component(IndicatorId.of(id), "Mức " + id, null, max, ValueKind.CATEGORY, null, null,
                List.of(new CategoryOption("head", "Trưởng ban"), new CategoryOption("none", "Không")), "Sở KH&CN", null, null);
    }

    static Methodology small() {
        return new Methodology("test", "Thử", "1", 2025, EntityKind.PROVINCE, 30, null, null, List.of(
                new MainIndicator(IndicatorId.of("1"), "Một", null, 20, List.of(ratio("1.1", 10), category("1.2", 10))),
                new MainIndicator(IndicatorId.of("2"), "Hai", null, 10, List.of(ratio("2.1", 10)))));
    }

    @Test
    void mainIndicator_componentsMustAddUp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MainIndicator(IndicatorId.of("3"), "Hạ tầng số", null, 250, List.of(ratio("3.1", 100), ratio("3.2", 100))));
        assertEquals("The max points (250) of main indicator 3 (Hạ tầng số) exceed the sum of its components (200).\n"
                + "Maybe a component is missing, or a component's maxPoints is too low.", en(e));
    }

    @Test
    void methodology_mainsMustAddUpToTotal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Methodology("t", "T", "1", 2025,
                EntityKind.PROVINCE, 1000, null, null, List.of(new MainIndicator(IndicatorId.of("1"), "Một", null, 10, List.of(ratio("1.1", 10))))));
        assertTrue(en(e).startsWith("The total points (1000) of methodology t differ from the sum of its main indicators (10)."), en(e));
    }

    @Test
    void mainIndicator_rejectsForeignComponent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MainIndicator(IndicatorId.of("1"), "Một", null, 10, List.of(ratio("2.1", 10))));
        assertTrue(en(e).contains("Component 2.1 is listed under main indicator 1"), en(e));
    }

    @Test
    void methodology_rejectsDuplicateIds() {
        assertThrows(IllegalArgumentException.class, () -> new Methodology("t", "T", "1", 2025, EntityKind.PROVINCE, 20, null, null, List.of(
                new MainIndicator(IndicatorId.of("1"), "Một", null, 10, List.of(ratio("1.1", 10))),
                new MainIndicator(IndicatorId.of("1"), "Một", null, 10, List.of(ratio("1.2", 10))))));
    }

    @Test
    void checkEvidence_unknownIndicator() {
        Evidence e = Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2025), List.of(ComponentEvidence.of("1.3", 0.5)));
        assertEquals("$.components[0].indicator: không có chỉ số 1.3 — bộ chỉ số test không có chỉ số thành phần này. "
                + "Chỉ số chính 1 (Một) gồm các chỉ số thành phần 1.1, 1.2.", refusal(vn.dti.text.Language.VI, e));
        assertEquals("$.components[0].indicator: unknown indicator 1.3 — methodology test has no such component. "
                + "Main indicator 1 (Một) has 1.1, 1.2.", refusal(vn.dti.text.Language.EN, e));
        // thrown in one language, written in another: an embedding application asks for its own (e.message(Language.EN))
        InvalidEvidenceException viThrown = vn.dti.text.Language.during(vn.dti.text.Language.VI,
                () -> assertThrows(InvalidEvidenceException.class, () -> small().checkEvidence(e)));
        assertEquals(refusal(vn.dti.text.Language.EN, e), viThrown.message(vn.dti.text.Language.EN));
        Evidence far = Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2025), List.of(ComponentEvidence.of("9.1", 0.5)));
        assertTrue(refusal(vn.dti.text.Language.VI, far).endsWith("Các chỉ số chính là 1, 2."), refusal(vn.dti.text.Language.VI, far));
        assertTrue(refusal(vn.dti.text.Language.EN, far).endsWith("The main indicators are 1, 2."), refusal(vn.dti.text.Language.EN, far));
    }

    /** The refusal of evidence that checkEvidence finds wrong, written in a language. */
    private static String refusal(vn.dti.text.Language language, Evidence e) {
        return vn.dti.text.Language.during(language, () -> assertThrows(InvalidEvidenceException.class, () -> small().checkEvidence(e)).getMessage());
    }

    @Test
    void checkEvidence_mainIndicatorIdInsteadOfComponent() {
        Evidence e = Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2025), List.of(ComponentEvidence.of("2", 0.5)));
        assertTrue(refusal(vn.dti.text.Language.EN, e).contains("2 is a main indicator; report each of its components instead."), refusal(vn.dti.text.Language.EN, e));
        assertTrue(refusal(vn.dti.text.Language.VI, e).contains("2 là chỉ số chính; hãy báo cáo từng chỉ số thành phần của nó."), refusal(vn.dti.text.Language.VI, e));
    }

    @Test
    void checkEvidence_negativeRatio() {
        Evidence e = Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2025), List.of(ComponentEvidence.of("1.1", -0.2)));
        assertEquals("$.components[0].value (1.1): RATIO value [-0.2] is negative; write a share between 0 and 1 (87.20% is 0.872).",
                refusal(vn.dti.text.Language.EN, e));
        assertEquals("$.components[0].value (1.1): giá trị tỷ lệ (RATIO) [-0.2] là số âm; hãy ghi phần của 1, từ 0 đến 1 (87,20% là 0.872).",
                refusal(vn.dti.text.Language.VI, e));
    }

    @Test
    void checkEvidence_ratioAboveOnePasses() {
        Evidence e = Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2025), List.of(ComponentEvidence.of("1.1", 1.1122)));
        assertDoesNotThrow(() -> small().checkEvidence(e));
    }

    @Test
    void checkEvidence_categoryNotInList() {
        Evidence e = Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2025), List.of(ComponentEvidence.of("1.2", "deputy")));
        assertEquals("$.components[0].value (1.2): category [deputy] is not in the list; use one of [head, none].", refusal(vn.dti.text.Language.EN, e));
        assertEquals("$.components[0].value (1.2): mã loại [deputy] không có trong danh sách; hãy dùng một trong [head, none].",
                refusal(vn.dti.text.Language.VI, e));
    }

    @Test
    void checkEvidence_wrongKind() {
        Evidence e = Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2025), List.of(ComponentEvidence.of("1.1", true)));
        assertTrue(refusal(vn.dti.text.Language.EN, e).contains("expected a number (a RATIO component), got [true]"), refusal(vn.dti.text.Language.EN, e));
        assertTrue(refusal(vn.dti.text.Language.VI, e).contains("cần một số (chỉ số thành phần loại RATIO), nhận được [true]"), refusal(vn.dti.text.Language.VI, e));
    }

    @Test
    void value_rejectsNaN() {
        assertThrows(IllegalArgumentException.class, () -> ComponentEvidence.of("1.1", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ComponentEvidence.of("1.1", Double.POSITIVE_INFINITY));
    }

    @Test
    void evidence_rejectsDuplicateComponent() {
        Document d = Document.of("1/QĐ", "Quyết định", LocalDate.of(2025, 1, 1), "UBND");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Evidence.of(Entity.province("kh", "Khánh Hòa"),
                Period.year(2025), List.of(ComponentEvidence.of("1.1", 0.5, d), ComponentEvidence.of("1.1", 0.6, d))));
        assertTrue(en(e).contains("Component 1.1 is reported twice for kh"), en(e));
    }

    @Test
    void points_formatIsLocaleFree() {
        assertEquals("26.16", Points.format(26.16));
        assertEquals("30", Points.format(30.0));
        assertEquals("0.2778", Points.format4(0.27775));
        assertEquals(0.2778, Points.publish(0.27775));
    }

    /** A record's refusal in English (tests run in Vietnamese; the English texts are asserted as they were). */
    private static String en(Throwable e) {
        return e instanceof RefusedArgumentException r ? r.message(Language.EN) : e.getMessage();
    }
}
