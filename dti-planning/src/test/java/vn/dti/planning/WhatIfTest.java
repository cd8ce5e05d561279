package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.scoring.ScoringPattern;

/** What-if on the bundled example: expected points from the table's own parameters. */
class WhatIfTest {
    private final Methodology m = Example.scorer().methodology();

    @Test
    void noChange_changesNothing() {
        Situation s = Example.inCohort();
        WhatIfResult r = WhatIf.run(s, List.of());
        assertEquals(0, r.totalChange(), 0);
        assertEquals(r.rankBefore(), r.rankAfter());
        assertTrue(r.components().isEmpty());
        assertEquals(s.card(), r.card());
    }

    @Test
    void goalReached_earnsMax_andTheRankMoves() throws Throwable {
        Example.inEnglish(() -> {
            Situation s = Example.inCohort();
            double goal = ((ScoringPattern.Goal) Example.pattern("6.6")).goal();
            double before = s.card().component("6.6").orElseThrow().points();
            WhatIfResult r = WhatIf.run(s, List.of(Change.parse("6.6=" + goal, m)));
            assertEquals(50 - before, r.totalChange(), 1e-9);
            WhatIfResult.ComponentChange c = r.components().get(0);
            assertEquals("6.6", c.id().value());
            assertEquals(50, c.pointsAfter(), 1e-9);
            assertTrue(r.rankAfter() <= r.rankBefore());
            WhatIfResult.MainChange main6 = r.mainIndicators().stream().filter(x -> x.id().value().equals("6")).findFirst().orElseThrow();
            assertEquals(50 - before, main6.change(), 1e-9);
            assertTrue(r.notes().get(0).contains("planned evidence document"));
        });
    }

    @Test
    void halfTheGoal_earnsHalf() {
        double goal = ((ScoringPattern.Goal) Example.pattern("7.1")).goal();
        WhatIfResult r = WhatIf.run(Example.alone(), List.of(Change.parse("7.1=" + goal / 2, m)));
        assertEquals(25, r.components().get(0).pointsAfter(), 1e-9);
    }

    @Test
    void document_onAValueWithout_earnsWhatTheValueEarns() {
        // the example's 4.4 (0.5) without its document earns nothing; "4.4=document" gives back 0.5 × 20
        Evidence kh = Example.khanhHoa();
        var ev = kh.component(vn.dti.api.IndicatorId.of("4.4")).orElseThrow();
        Situation s = Situation.alone(Example.scorer(), kh.with(new vn.dti.api.ComponentEvidence(ev.indicator(), ev.status(), ev.value(), ev.source(),
                List.of(), ev.reportedBy(), ev.reportedAt(), ev.note())));
        WhatIfResult r = WhatIf.run(s, List.of(Change.parse("4.4=document", m)));
        assertEquals(0.5 * 20, r.totalChange(), 1e-9);
    }

    @Test
    void aRatioAbove100_addsItsFinding_andThePointsAtRisk() {
        Situation s = Example.alone();
        WhatIfResult r = WhatIf.run(s, List.of(Change.parse("6.6=1.5", m)));
        // 150% is scored as 100%: full points (50), flagged OUT_OF_RANGE, the 50 points at risk
        assertEquals(50, r.components().get(0).pointsAfter(), 1e-9);
        assertEquals(50, r.components().get(0).pointsAtRiskAfter(), 1e-9);
        assertEquals(s.card().pointsAtRisk() + 50, r.pointsAtRiskAfter(), 1e-9);
        assertEquals(s.card().pointsAtRisk(), r.pointsAtRiskBefore(), 1e-9);
        assertEquals(s.card().pointsLost() - r.totalChange(), r.pointsLostAfter(), 1e-9);
        vn.dti.api.Finding added = r.findingsAdded().stream().filter(f -> f.indicator().value().equals("6.6")).findFirst().orElseThrow();
        assertEquals(vn.dti.api.FindingCode.OUT_OF_RANGE, added.code());
        assertEquals(50, added.pointsAtRisk(), 1e-9);
        // the value reported removes "not reported"
        assertTrue(r.findingsRemoved().stream().anyMatch(f -> f.indicator().value().equals("6.6") && f.code() == vn.dti.api.FindingCode.NOT_REPORTED),
                r.findingsRemoved().toString());
    }

    @Test
    void aDocument_onAComponentThatHasOne_changesNothing_andSaysSo() throws Throwable {
        Example.inEnglish(() -> {
            Situation s = Example.alone();
            assertFalse(s.evidence().component(vn.dti.api.IndicatorId.of("4.4")).orElseThrow().documents().isEmpty(), "the example's 4.4 has its document");
            WhatIfResult r = WhatIf.run(s, List.of(Change.parse("4.4=document", m)));
            assertEquals(0, r.totalChange(), 0);
            assertEquals(s.card(), r.card());
            assertEquals(List.of("4.4 already has an evidence document: no change."), r.notes());
        });
    }

    @Test
    void mainIndicatorsInTheTopN_inACohortOfNOrFewer_cannotBeTold() throws Throwable {
        Example.inEnglish(() -> {
            WhatIfResult r = WhatIf.run(Example.inCohort(), List.of(Change.parse("6.6=0.6", m)));
            assertTrue(r.topCannotTell() != null && r.topCannotTell().contains("cannot tell"), String.valueOf(r.topCannotTell()));
            WhatIfResult top3 = WhatIf.run(Situation.inCohort(Example.scorer(), Example.cohort(), Example.khanhHoa(), 3), List.of());
            assertNull(top3.topCannotTell(), "a top 3 in a cohort of 6 can be told");
        });
    }

    @Test
    void changes_takeVietnameseDecimals_asTheWorkbooksDo() {
        assertEquals(vn.dti.api.Value.number(0.605), Change.parse("6.6=60,5%", m).value());
        assertEquals(vn.dti.api.Value.number(0.605), Change.parse("6.6=0,605", m).value());
        assertEquals(vn.dti.api.Value.number(0.6), Change.parse("6.6=0.6", m).value());
        assertEquals(vn.dti.api.Value.number(0.6), Change.parse("6.6=60%", m).value());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Change.parse("6.6=60,5", m)).getMessage().contains("6.6"));
    }

    @Test
    void badChanges_sayWhatIsWrong() throws Throwable {
        Example.inEnglish(() -> {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Change.parse("6.6", m)).getMessage().contains("component=value"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Change.parse("6.66=0.6", m)).getMessage().contains("6.6"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Change.parse("2.4=maybe", m)).getMessage().contains("yes or no"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Change.parse("6.6=-1", m)).getMessage().contains("at least 0"));
            assertTrue(assertThrows(InvalidEvidenceException.class, () -> WhatIf.run(Example.alone(), List.of(Change.parse("7.1=document", m))))
                    .getMessage().contains("no value"));
        });
    }
}
