package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.ScoreCard;

/** The bundled example, checked against points computed by hand from the decision table scoring.csv. */
class KhanhHoaExampleTest {
    private final ScoreCard card = Fixtures.province2025().score(Fixtures.khanhHoa2023());

    @Test
    void total_byHand() {
        double awareness = 10 + 10 + 10 + 10 + 10;                 // 1.1 head, 1.2 27 documents ≥ 3, 1.3–1.5 yes
        double institutions = 10 + 10 + 10 + 20;                   // 2.1 yes, 2.2 both, 2.3 latest, 2.4 yes
        double infrastructure = 30 + 0.872 / 0.90 * 30 + 15 + 10;  // 3.1 ratio 1, 3.4 goal 0.90, 3.5 traditional, 3.7 pilot
        double workforce = 0;                                      // 4.4 has no document: withheld
        double security = 20 + 0.30 * 20;                          // 5.1, 5.2
        double government = 20 + 0.4669 * 20 + 30;                // 6.4, 6.5, 6.9 above its reference
        double society = 0.425 * 50 + 0.0252 / 0.10 * 50;          // 8.1 ratio, 8.2 goal 0.10
        assertEquals(awareness + institutions + infrastructure + workforce + security + government + society, card.totalPoints(), 1e-9);
        assertEquals(1000.0, card.maxPoints(), 0);
        assertEquals("0.3033", vn.dti.api.Points.format4(card.index()));
        assertEquals(30 + 0.872 / 0.90 * 30 + 15 + 10, card.mainIndicator("3").orElseThrow().points(), 1e-9);
    }

    @Test
    void everyComponentScored() {
        assertEquals(50, card.components().size());
        assertEquals(47, card.components().stream().filter(c -> c.maxPoints() > 0).count());
        assertEquals(9, card.mainIndicators().size());
    }

    @Test
    void findings_realCompleteness() {
        Map<FindingCode, Long> byCode = card.findings().stream().collect(Collectors.groupingBy(Finding::code, Collectors.counting()));
        assertEquals(26L, byCode.get(FindingCode.NOT_REPORTED)); // 28 not reported, less 9.2 and 9.3 tracked at 0 points
        assertEquals(1L, byCode.get(FindingCode.NO_EVIDENCE_DOCUMENT));
        assertEquals(1L, byCode.get(FindingCode.STALE_EVIDENCE));
        Finding noDoc = card.findings().stream().filter(f -> f.code() == FindingCode.NO_EVIDENCE_DOCUMENT).findFirst().orElseThrow();
        assertEquals("4.4", noDoc.indicator().value());
        assertEquals("Sở Nội vụ", noDoc.agency());
        assertEquals(0.5 * 20, noDoc.pointsLost(), 1e-12);
        assertTrue(noDoc.rule().contains("completeness.drl"), noDoc.rule());
        Finding notReported = card.findings().stream().filter(f -> f.indicator().value().equals("7.1")).findFirst().orElseThrow();
        assertEquals(50.0, notReported.pointsLost(), 0);
        assertEquals("Sở KH&CN", notReported.agency());
    }

    @Test
    void version_isHashOfFolder() {
        assertTrue(card.methodology().version().matches("[0-9a-f]{16}"), card.methodology().version());
        assertEquals(Fixtures.PROVINCE_2025, card.methodology().id());
    }
}
