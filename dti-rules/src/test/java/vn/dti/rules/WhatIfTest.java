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
        // 7.1 digital economy share of GRDP: report 20% with a document (goal 0.20 → 50 points)
        Evidence better = kh.with(ComponentEvidence.of("7.1", 0.20, Fixtures.doc()));
        CohortScores then = now.withEvidence("khanh-hoa", better);
        CohortRanking after = then.rank(10);
        assertEquals(before.entity("khanh-hoa").orElseThrow().points() + 50, after.entity("khanh-hoa").orElseThrow().points(), 1e-9);
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
