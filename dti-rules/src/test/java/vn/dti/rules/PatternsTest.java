package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dti.rules.Fixtures.doc;
import static vn.dti.rules.Fixtures.evidence;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Evidence;
import vn.dti.api.ScoreCard;
import vn.dti.text.Language;

/** One hand-computed case per scoring pattern of the bundled 2025 rules (the decision table scoring.csv). */
class PatternsTest {
    private static ComponentScore scoreOf(ComponentEvidence ce) {
        ScoreCard card = Fixtures.province2025().score(evidence(ce));
        return card.component(ce.indicator().value()).orElseThrow();
    }

    @Test
    void ratio_timesMax() {
        // 5.2: ratio × 20; 30% of systems → 6 points
        ComponentScore s = scoreOf(ComponentEvidence.of("5.2", 0.30, doc()));
        assertEquals(6.0, s.points(), 1e-12);
        assertEquals("5.2", s.explanation().rule());
        assertEquals("scoring.csv", s.explanation().file());
        assertEquals("ratio × max = 0.3 × 20 = 6", s.explanation().formula().in(Language.EN));
        assertEquals(0.30, (Double) s.explanation().inputs().get("value"), 0);
    }

    @Test
    void goal_cappedAtOne() {
        // 3.4: min(1, 0.872 / 0.90) × 30 = 29.0666…
        assertEquals(0.872 / 0.90 * 30, scoreOf(ComponentEvidence.of("3.4", 0.872, doc())).points(), 1e-12);
        assertEquals(30.0, scoreOf(ComponentEvidence.of("3.4", 0.95, doc())).points(), 0);
        // 3.3 rate: 85 subscriptions per 100 people against 100 → 25.5 of 30
        assertEquals(25.5, scoreOf(ComponentEvidence.of("3.3", 85, doc())).points(), 1e-12);
    }

    @Test
    void bands_countOfDocuments() {
        // 1.2: "3:10, 2:7, 1:4"
        assertEquals(10.0, scoreOf(ComponentEvidence.of("1.2", 27, doc())).points(), 0);
        assertEquals(7.0, scoreOf(ComponentEvidence.of("1.2", 2, doc())).points(), 0);
        assertEquals(4.0, scoreOf(ComponentEvidence.of("1.2", 1, doc())).points(), 0);
        ComponentScore none = scoreOf(ComponentEvidence.of("1.2", 0, doc()));
        assertEquals(0.0, none.points(), 0);
        assertTrue(none.explanation().formula().in(Language.EN).startsWith("value 0 is below the lowest band → 0"), none.explanation().formula().in(Language.EN));
    }

    @Test
    void yesNo() {
        assertEquals(20.0, scoreOf(ComponentEvidence.of("2.4", true, doc())).points(), 0);
        assertEquals(0.0, scoreOf(ComponentEvidence.of("2.4", false, doc())).points(), 0);
    }

    @Test
    void category_share() {
        // 1.1: head → 10, deputy → 5, other → 2.5, none → 0
        assertEquals(10.0, scoreOf(ComponentEvidence.of("1.1", "head", doc())).points(), 0);
        assertEquals(5.0, scoreOf(ComponentEvidence.of("1.1", "deputy", doc())).points(), 0);
        assertEquals(2.5, scoreOf(ComponentEvidence.of("1.1", "other", doc())).points(), 0);
        assertEquals(0.0, scoreOf(ComponentEvidence.of("1.1", "none", doc())).points(), 0);
    }

    @Test
    void relative_aloneAgainstReference() {
        // 7.5 alone: min(1, 5000 / 10000) × 30 = 15
        ComponentScore s = scoreOf(ComponentEvidence.of("7.5", 5000, doc()));
        assertEquals(15.0, s.points(), 1e-12);
        assertEquals(10000.0, (Double) s.explanation().inputs().get("reference"), 0);
    }

    @Test
    void relative_inCohortAgainstBest() {
        // 7.5 in a cohort whose best is 20000: 5000 / 20000 × 30 = 7.5; the best earns 30
        Evidence a = evidence(ComponentEvidence.of("7.5", 5000, doc()));
        Evidence b = evidence(ComponentEvidence.of("7.5", 20000, doc())).forEntity(vn.dti.api.Entity.province("ha-noi", "Hà Nội"));
        List<ScoreCard> cards = Fixtures.province2025().scoreCohort(List.of(a, b));
        assertEquals(7.5, cards.get(0).component("7.5").orElseThrow().points(), 1e-12);
        assertEquals(30.0, cards.get(1).component("7.5").orElseThrow().points(), 1e-12);
        assertEquals(20000.0, (Double) cards.get(0).component("7.5").orElseThrow().explanation().inputs().get("cohortBest"), 0);
    }
}
