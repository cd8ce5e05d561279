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
}
