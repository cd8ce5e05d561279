package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.ScoreCard;
import vn.dti.text.Language;

/** The bundled example, checked against points computed by hand from the decision table scoring.csv. */
class KhanhHoaExampleTest {
    private final ScoreCard card = Fixtures.province2025().score(Fixtures.khanhHoa2023());

    @Test
    void total_byHand() {
        double awareness = 10 + 10 + 10 + 10 + 10;                 // 1.1 head, 1.2 27 documents ≥ 3, 1.3–1.5 yes
        double institutions = 10 + 10 + 20;                        // 2.1 yes, 2.2 both, 2.4 yes; 2.3 not reported
        double infrastructure = 0.872 / 0.90 * 30 + 15 + 10;       // 3.4 goal 0.90, 3.5 traditional, 3.7 pilot; 3.1 not reported
        double workforce = 0.5 * 20;                               // 4.4 ratio, with the report as its document
        double security = 20 + 0.30 * 20;                          // 5.1, 5.2
        double government = 20 + 0.4669 * 20;                      // 6.4, 6.5; 6.9 not reported
        double society = 0.425 * 50 + 0.0252 / 0.10 * 50;          // 8.1 ratio, 8.2 goal 0.10
        assertEquals(awareness + institutions + infrastructure + workforce + security + government + society, card.totalPoints(), 1e-9);
        assertEquals(243.2547, vn.dti.api.Points.publish(card.totalPoints()), 0);
        assertEquals(1000.0, card.maxPoints(), 0);
        assertEquals("0.2433", vn.dti.api.Points.format4(card.index()));
        assertEquals(0.872 / 0.90 * 30 + 15 + 10, card.mainIndicator("3").orElseThrow().points(), 1e-9);
        assertEquals(1000 - card.totalPoints(), card.pointsLost(), 1e-9);
        assertEquals(0.0, card.pointsAtRisk(), 0, "nothing earned is flagged");
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
        // 31 not reported, less 9.2 and 9.3 tracked at 0 points; every reported value has its document, none stale
        assertEquals(Map.of(FindingCode.NOT_REPORTED, 29L), byCode);
        Finding notReported = card.findings().stream().filter(f -> f.indicator().value().equals("7.1")).findFirst().orElseThrow();
        assertEquals(50.0, notReported.pointsLost(), 0);
        assertEquals("Sở KH&CN", notReported.agency());
        assertEquals(java.util.List.of("Thống kê tỉnh", "Sở Tài chính"), notReported.cooperatingAgencies());
        assertTrue(notReported.rule().contains("completeness.drl"), notReported.rule());
        // the three values the documents do not support are not reported: 2.3 (no architecture in force in 2023),
        // 3.1 (population coverage, not villages), 6.9 (planned amounts for all digital transformation)
        for (String id : new String[] {"2.3", "3.1", "6.9"}) {
            assertEquals(FindingCode.NOT_REPORTED, card.component(id).orElseThrow().findings().get(0).code(), id);
        }
        assertTrue(card.warnings().get(0).in(Language.EN).startsWith("Period 2023 precedes this methodology's edition"), card.warnings().toString());
    }

    @Test
    void version_isHashOfFolder() {
        assertTrue(card.methodology().version().matches("[0-9a-f]{16}"), card.methodology().version());
        assertEquals(Fixtures.PROVINCE_2025, card.methodology().id());
    }
}
