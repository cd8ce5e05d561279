package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.json.DtiJson;
import vn.dti.text.Language;
import vn.dti.text.RefusedArgumentException;

/** The three figures of an appraised card, and the shape of a card without them. */
class AppraisedScoreTest {
    static final IndicatorId ID = IndicatorId.of("6.5");
    static final AppraisalDecision ADJUSTED = new AppraisalDecision(ID, AppraisalDecision.Outcome.VALUE_ADJUSTED, Value.number(0.45), null, "số liệu cả năm",
            LocalDate.of(2026, 1, 22));

    static ScoreCard card(Double self, Double appraised, double points) {
        ComponentScore c = new ComponentScore(ID, "Tỷ lệ hồ sơ nộp trực tuyến", points, 20, null, null, self, appraised, self == null ? null : List.of(ADJUSTED));
        return new ScoreCard(new MethodologyRef("m", "v"), Entity.province("kh", "Khánh Hòa"), Period.year(2025), points, 20, points / 20,
                List.of(new MainIndicatorScore(IndicatorId.of("6"), "Chính quyền số", points, 20)), List.of(c), null, null, self, appraised);
    }

    @Test
    void appraisedCard_carriesSelfAppraisedAndFinal() throws Exception {
        ScoreCard card = card(9.338, 9.0, 9.0);
        assertTrue(card.appraised());
        assertEquals(9.0, card.components().get(0).finalPoints(), 0);
        String json = DtiJson.write(card);
        assertTrue(json.contains("\"selfAssessedPoints\" : 9.338"), json);
        assertTrue(json.contains("\"appraisedPoints\" : 9.0"), json);
        assertTrue(json.contains("\"decision\" : \"VALUE_ADJUSTED\""), json);
        assertEquals(card, DtiJson.mapper().readValue(json, ScoreCard.class));
    }

    @Test
    void plainCard_hasNoAppraisalFields_andTheOldConstructorsStillBuildIt() {
        ScoreCard card = card(null, null, 9.338);
        assertFalse(card.appraised());
        String json = DtiJson.write(card);
        assertFalse(json.contains("selfAssessedPoints"), json);
        assertFalse(json.contains("appraisal"), json);
        ComponentScore old = new ComponentScore(ID, "x", 1, 20, null, null);
        assertEquals(null, old.appraisedPoints());
    }

    @Test
    void finalPoints_mustBeTheAppraisedPoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ComponentScore(ID, "x", 9.338, 20, null, null, 9.338, 9.0, List.of(ADJUSTED)));
        assertTrue(en(e).contains("must be the appraised points"), en(e));
        assertThrows(IllegalArgumentException.class, () -> card(9.0, null, 9.0));
        ComponentScore c = new ComponentScore(ID, "x", 9.0, 20, null, null, 9.338, 9.0, List.of(ADJUSTED));
        e = assertThrows(IllegalArgumentException.class, () -> new ScoreCard(new MethodologyRef("m", "v"), Entity.province("kh", "Khánh Hòa"),
                Period.year(2025), 9, 20, 0.45, List.of(new MainIndicatorScore(IndicatorId.of("6"), "Chính quyền số", 9, 20)), List.of(c), null, null, 8.0, 9.0));
        assertTrue(en(e).contains("must be the sum of the components'"), en(e));
    }

    @Test
    void decision_checkedWhenBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AppraisalDecision(ID, AppraisalDecision.Outcome.VALUE_ADJUSTED,
                null, null, "x", LocalDate.of(2026, 1, 1)));
        assertTrue(en(e).contains("gives no \"value\""), en(e));
        e = assertThrows(IllegalArgumentException.class, () -> new AppraisalDecision(ID, AppraisalDecision.Outcome.DOCUMENT_REJECTED, null, "1/QĐ", null,
                LocalDate.of(2026, 1, 1)));
        assertTrue(en(e).contains("gives no \"reason\""), en(e));
        assertEquals("council: value adjusted 0.4669 → 0.45 (số liệu cả năm), 2026-01-22", ADJUSTED.describe(Value.number(0.4669)).in(Language.EN));
    }

    /** A record's refusal in English (tests run in Vietnamese; the English texts are asserted as they were). */
    private static String en(Throwable e) {
        return e instanceof RefusedArgumentException r ? r.message(Language.EN) : e.getMessage();
    }
}
