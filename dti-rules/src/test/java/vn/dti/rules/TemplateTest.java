package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.dti.api.Evidence;
import vn.dti.api.FindingCode;
import vn.dti.api.ScoreCard;

class TemplateTest {
    private static ScoreCard scored(EvidenceTemplate.Fill fill) {
        Evidence e = EvidenceTemplate.create(Fixtures.province2025(), fill, Fixtures.KHANH_HOA, Fixtures.YEAR_2023);
        assertEquals(50, e.components().size());
        return Fixtures.province2025().score(e);
    }

    @Test
    void max_scores1000WithoutFindings() {
        ScoreCard card = scored(EvidenceTemplate.Fill.MAX);
        assertEquals(1000.0, card.totalPoints(), 1e-9);
        assertEquals(0, card.findings().size(), card.findings().toString());
    }

    @Test
    void zero_scores0WithoutMissingEvidence() {
        ScoreCard card = scored(EvidenceTemplate.Fill.ZERO);
        assertEquals(0.0, card.totalPoints(), 0);
        assertTrue(card.findings().stream().noneMatch(f -> f.code() == FindingCode.NO_EVIDENCE_DOCUMENT || f.code() == FindingCode.NOT_REPORTED));
    }

    @Test
    void empty_listsEveryComponentNotReported() {
        ScoreCard card = scored(EvidenceTemplate.Fill.EMPTY);
        assertEquals(0.0, card.totalPoints(), 0);
        assertEquals(47, card.findings().stream().filter(f -> f.code() == FindingCode.NOT_REPORTED).count());
    }

    @Test
    void notesAndHints_inTheRunsLanguage() {
        Evidence vi = EvidenceTemplate.create(Fixtures.province2025(), EvidenceTemplate.Fill.EMPTY, Fixtures.KHANH_HOA, Fixtures.YEAR_2023);
        assertEquals("Tệp số liệu mẫu: thay \"status\": \"NOT_REPORTED\" bằng \"value\" (giá trị) và \"documents\" (tài liệu kiểm chứng) của nó.", vi.note());
        assertEquals("Tỷ lệ thuê bao băng rộng di động/100 dân — 30 điểm; giá trị: một số trên 100 người.", note(vi, "3.3"));
        Evidence en = vn.dti.text.Language.during(vn.dti.text.Language.EN,
                () -> EvidenceTemplate.create(Fixtures.province2025(), EvidenceTemplate.Fill.EMPTY, Fixtures.KHANH_HOA, Fixtures.YEAR_2023));
        assertEquals("Template: replace \"status\": \"NOT_REPORTED\" with a \"value\" and its \"documents\".", en.note());
        assertEquals("Tỷ lệ thuê bao băng rộng di động/100 dân — 30 points; value: a number per 100 people.", note(en, "3.3"));
        Evidence max = EvidenceTemplate.create(Fixtures.province2025(), EvidenceTemplate.Fill.MAX, Fixtures.KHANH_HOA, Fixtures.YEAR_2023);
        assertTrue(max.note().startsWith("Mẫu đã điền để được điểm tối đa; "), max.note());
        assertEquals("Tài liệu mẫu: hãy thay bằng tài liệu kiểm chứng thật.", max.components().get(0).documents().get(0).summary());
    }

    private static String note(Evidence e, String id) {
        return e.components().stream().filter(c -> c.indicator().value().equals(id)).findFirst().orElseThrow().note();
    }
}
