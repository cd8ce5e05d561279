package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.ScoreCard;
import vn.dti.scoring.FormulaText;
import vn.dti.scoring.ScoringPattern;

/** Gaps on the bundled example, checked against the score card and the methodology's own table. */
class GapsTest {
    private final Situation s = Example.alone();
    private final List<Gap> gaps = Gaps.of(s);

    private Gap gap(String id) {
        return gaps.stream().filter(g -> g.component().value().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no gap for " + id));
    }

    @Test
    void everyComponentBelowMax_isListed_andLostAddsUpToTheCard() {
        ScoreCard card = s.card();
        Set<String> below = card.components().stream().filter(c -> c.maxPoints() > 0 && c.points() < c.maxPoints() - 1e-9)
                .map(c -> c.id().value()).collect(Collectors.toSet());
        Set<String> listed = gaps.stream().filter(g -> g.pointsLost() > 0).map(g -> g.component().value()).collect(Collectors.toSet());
        assertEquals(below, listed);
        assertEquals(card.pointsLost(), Gaps.lost(gaps), 1e-9);
        assertEquals(card.pointsAtRisk(), Gaps.risk(gaps), 1e-9);
        for (Gap g : gaps) {
            assertNotNull(g.nextStep(), g.component() + " has a next step");
            assertTrue(g.pointsLost() > 0 || g.pointsAtRisk() > 0, g.component().value());
        }
    }

    @Test
    void goal_nextStepIsTheGoal_forFullPoints() {
        for (Gap g : gaps) {
            if (Example.pattern(g.component().value()) instanceof ScoringPattern.Goal goal && g.fullPoints() != null) {
                assertEquals(FormulaText.num(goal.goal()), g.fullPoints().value(), g.component().value());
                assertEquals(g.maxPoints(), g.fullPoints().pointsAfter(), 1e-9);
                assertEquals(g.maxPoints() - g.points(), g.fullPoints().adds(), 1e-9);
            }
        }
        Gap fibre = gap("3.4");
        assertEquals(List.of(GapReason.BELOW_GOAL), fibre.reasons());
        double goal = ((ScoringPattern.Goal) Example.pattern("3.4")).goal();
        assertEquals(30 / (goal * 100), fibre.pointsPerPercentagePoint(), 1e-9);
    }

    @Test
    void ratio_pointsPerPercentagePoint_isMaxOver100() {
        for (Gap g : gaps) {
            if (Example.pattern(g.component().value()) instanceof ScoringPattern.Ratio) {
                assertEquals(g.maxPoints() / 100, g.pointsPerPercentagePoint(), 1e-12, g.component().value());
                assertEquals("1", g.fullPoints().value());
            }
        }
    }

    @Test
    void category_nextStepIsTheNextCategoryUp() {
        ScoringPattern.Categories p = (ScoringPattern.Categories) Example.pattern("3.5");
        Gap dc = gap("3.5");
        assertEquals(List.of(GapReason.LOWER_CATEGORY), dc.reasons());
        String value = dc.value();
        String next = p.points().entrySet().stream().filter(e -> e.getValue() > p.points().get(value)).min(Map.Entry.comparingByValue()).orElseThrow()
                .getKey();
        assertEquals(next, dc.nextStep().value());
        assertEquals(p.points().get(next) - dc.points(), dc.nextStep().adds(), 1e-9);
    }

    @Test
    void withheldValue_nextStepIsADocument_worthWhatThePatternGives() {
        // the example's 4.4 (0.5 of officials trained) without its document: the value is withheld
        Evidence kh = Example.khanhHoa();
        ComponentEvidence c44 = kh.component(IndicatorId.of("4.4")).orElseThrow();
        Situation withheld = Situation.alone(Example.scorer(), kh.with(new ComponentEvidence(c44.indicator(), c44.status(), c44.value(), c44.source(),
                List.of(), c44.reportedBy(), c44.reportedAt(), c44.note())));
        Gap g = Gaps.of(withheld).stream().filter(x -> x.component().value().equals("4.4")).findFirst().orElseThrow();
        assertTrue(g.reasons().contains(GapReason.NO_DOCUMENT), g.reasons().toString());
        assertEquals("0.5", g.value());
        assertEquals(20, g.pointsLost(), 1e-9);          // the whole max: 10 withheld, 10 below the ratio
        assertEquals(0.5 * 20, g.nextStep().adds(), 1e-9);
        assertTrue(g.nextStep().action().startsWith("bổ sung tài liệu kiểm chứng cho giá trị 50%: khi đó được 10 điểm"), g.nextStep().action());
        Gap en = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> Gaps.of(withheld)).stream().filter(x -> x.component().value().equals("4.4"))
                .findFirst().orElseThrow();
        assertEquals("attach an evidence document (tài liệu kiểm chứng) to the value 50%: it then earns 10", en.nextStep().action());
    }

    @Test
    void notReported_reasonAndAgencies_fromTheCatalogue() {
        for (Gap g : gaps) {
            var c = s.methodology().component(g.component()).orElseThrow();
            assertEquals(c.responsibleAgency(), g.agency());
            assertEquals(c.cooperatingAgencies(), g.cooperatingAgencies());
            if (g.value() == null) {
                assertTrue(g.reasons().contains(GapReason.NOT_REPORTED) || g.reasons().contains(GapReason.NOT_APPLICABLE), g.component().value());
                assertEquals(g.maxPoints(), g.pointsLost(), 1e-9);
            }
        }
    }

    @Test
    void flaggedOnly_losesNothing_hasPointsAtRisk() {
        for (Gap g : gaps) {
            if (g.pointsLost() == 0) {
                assertEquals(List.of(GapReason.FLAGGED), g.reasons(), g.component().value());
                assertNull(g.fullPoints(), g.component().value());
                assertTrue(g.pointsAtRisk() > 0);
                assertNull(g.fullPoints());
            }
        }
    }

    @Test
    void atMaxButFlagged_noPercentagePointStep() {
        // 5.1 at 120%: scored as 100% (20 of 20) and flagged OUT_OF_RANGE: nothing to gain per percentage point, 20 points at risk
        Evidence kh = Example.khanhHoa();
        ComponentEvidence c51 = kh.component(IndicatorId.of("5.1")).orElseThrow();
        Situation over = Situation.alone(Example.scorer(), kh.with(c51.withValue(vn.dti.api.Value.number(1.2))));
        Gap g = Gaps.of(over).stream().filter(x -> x.component().value().equals("5.1")).findFirst().orElseThrow();
        assertEquals(0, g.pointsLost(), 0);
        assertEquals(20, g.pointsAtRisk(), 1e-9);
        assertNull(g.pointsPerPercentagePoint(), "no next percentage point on a component already at max");
        assertEquals(0, g.nextStep().adds(), 0);
        assertTrue(g.nextStep().action().startsWith("xử lý cảnh báo ("), g.nextStep().action());
    }

    @Test
    void byAgency_sortedByPointsLost() {
        var by = Gaps.byAgency(gaps);
        double last = Double.POSITIVE_INFINITY;
        for (var e : by.values()) {
            assertTrue(Gaps.lost(e) <= last + 1e-9);
            last = Gaps.lost(e);
        }
        assertEquals(gaps.size(), by.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void notReportedCategory_nextStepIsTheLowestCategoryThatEarnsPoints() {
        // 2.3 is not reported in the example; "none" earns 0, so the next step is "outdated" (5 of 10)
        Gap g = gap("2.3");
        assertEquals("outdated", g.nextStep().value());
        assertEquals(5, g.nextStep().adds(), 1e-9);
        assertEquals("latest", g.fullPoints().value());
    }
}
