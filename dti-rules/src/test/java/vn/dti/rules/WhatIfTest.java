package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.ScoreCard;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortEntity;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.CohortScores;

/** "What rank would a change buy?": CohortScores, and streaming many entities with scoreEach. */
class WhatIfTest {
    @Test
    void withEvidence_rescoresAndReranks() {
        Evidence kh = Fixtures.khanhHoa2023();
        Cohort cohort = Cohort.of(List.of(CohortEntity.withEvidence("khanh-hoa", "Khánh Hòa", null, kh),
                CohortRankingTest.pub("a", null, CohortRankingTest.M2025, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.3, 0.3),
                CohortRankingTest.pub("b", null, CohortRankingTest.M2025, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.2, 0.2)));
        CohortScores now = CohortScores.score(Fixtures.province2025(), cohort);
        CohortRanking before = now.rank(10);
        assertEquals(3, before.entity("khanh-hoa").orElseThrow().rank());
        // a: 0.5 × 700 + 0.3 × 300 = 440; b: 0.4 × 700 + 0.2 × 300 = 340; Khánh Hòa 243.25.
        // Reach two 2025 targets: 7.1 digital economy 10% of GRDP (goal 0.10 → 50) and 6.6 60% of dossiers fully online (goal 0.60 → 50)
        Evidence better = kh.with(ComponentEvidence.of("7.1", 0.10, Fixtures.doc())).with(ComponentEvidence.of("6.6", 0.60, Fixtures.doc()));
        CohortScores then = now.withEvidence("khanh-hoa", better);
        CohortRanking after = then.rank(10);
        assertEquals(before.entity("khanh-hoa").orElseThrow().points() + 100, after.entity("khanh-hoa").orElseThrow().points(), 1e-9);
        assertEquals(2, after.entity("khanh-hoa").orElseThrow().rank());
        assertEquals(50.0, then.scoreCard("khanh-hoa").orElseThrow().component("7.1").orElseThrow().points(), 0);
        // the snapshot it came from is unchanged
        assertEquals(before, now.rank(10));
        assertThrows(InvalidEvidenceException.class, () -> now.withEvidence("nobody", better));
    }

    @Test
    void withMainIndicators_whatIfForPublishedEntity() {
        Cohort cohort = Cohort.of(List.of(CohortRankingTest.pub("a", null, CohortRankingTest.M2025, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),
                CohortRankingTest.pub("b", null, CohortRankingTest.M2025, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4)));
        CohortScores s = CohortScores.score(Fixtures.province2025(), cohort);
        CohortRanking r = s.withMainIndicators("b", CohortRankingTest.values(CohortRankingTest.M2025, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6)).rank(10);
        assertEquals(1, r.entity("b").orElseThrow().rank());
        assertEquals(2, r.entity("a").orElseThrow().rank());
    }

    @Test
    void scoreEach_streamsInInputOrder_sameCardsAsScoreAll() {
        List<Evidence> many = new ArrayList<>();
        Evidence kh = Fixtures.khanhHoa2023();
        for (int i = 0; i < 130; i++) {
            many.add(kh.forEntity(Entity.province("p" + i, "Tỉnh " + i)).with(ComponentEvidence.of("6.5", (i % 100) / 100.0, Fixtures.doc())));
        }
        List<ScoreCard> streamed = new ArrayList<>();
        Fixtures.province2025().scoreEach(many.iterator(), streamed::add);
        assertEquals(Fixtures.province2025().scoreAll(many), streamed);
        assertTrue(streamed.get(1).totalPoints() > streamed.get(0).totalPoints());
    }
}
