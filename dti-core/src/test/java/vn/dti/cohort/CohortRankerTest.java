package vn.dti.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dti.cohort.CohortFixtures.M2025;
import static vn.dti.cohort.CohortFixtures.pub;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.Scorer;
import vn.dti.text.Language;
import vn.dti.text.RefusedArgumentException;

/**
 * Ranking on its own, without a rule engine (a stub scorer over methodologies shaped like the
 * bundled ones): hand-computed cohorts for each index formula, ties, groups, mergers (whole and
 * partial), year over year, and bad input.
 */
class CohortRankerTest {
    static final Scorer DTI_2025 = CohortFixtures.stub(CohortFixtures.dti2025());

    @Test
    void dti2025_pointsOverMax_withTie() {
        // index = Σ value × max / 1000; maxes 50, 50, 200, 100, 100, 200, 150, 150
        Cohort c = Cohort.of(List.of(
                pub("a", null, M2025, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),            // 50+50+100+50+50+100+75+75 = 550
                pub("b", null, M2025, 0, 0, 1, 1, 1, 0.25, 0.2, 0.5),                 // 0+0+200+100+100+50+30+75 = 555
                pub("c", null, M2025, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),            // 550, tie with a
                pub("d", null, M2025, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2)));      // 200
        CohortRanking r = CohortScores.rank(DTI_2025, c, 10);
        assertEquals(List.of("b", "a", "c", "d"), r.entities().stream().map(EntityRanking::id).toList());
        assertEquals(List.of(1, 2, 2, 4), r.entities().stream().map(EntityRanking::rank).toList());
        assertEquals(0.555, r.entity("b").orElseThrow().value(), 1e-12);
        assertEquals(550.0, r.entity("a").orElseThrow().points(), 1e-9);
        assertEquals((0.55 + 0.555 + 0.55 + 0.2) / 4, r.average(), 1e-12);
        assertEquals(0.4638, r.publishedAverage(), 0);
        assertEquals(3, r.aboveAverage());
        // main indicator 3: b 1.0 (1), a/c 0.5 (2, 2), d 0.2 (4)
        assertEquals(2, r.entity("c").orElseThrow().mainIndicator("3").rank());
        assertEquals(4, r.entity("d").orElseThrow().mainIndicator("3").rank());
        // main 1: a, c 1.0 (1, 1); d 0.2 (3); b 0 (4)
        assertEquals(4, r.entity("b").orElseThrow().mainIndicator("1").rank());
    }


    @Test
    void dti2025_topN_countsMainIndicators() {
        Cohort c = Cohort.of(List.of(pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1), pub("b", null, M2025, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9),
                pub("c", null, M2025, 1, 0, 0, 0, 0, 0, 0, 1)));
        CohortRanking r = CohortScores.rank(DTI_2025, c, 1);
        assertEquals(8, r.entity("a").orElseThrow().mainIndicatorsInTop());
        assertEquals(0, r.entity("b").orElseThrow().mainIndicatorsInTop());
        assertEquals(2, r.entity("c").orElseThrow().mainIndicatorsInTop()); // ties a on 1 and 8
    }


    @Test
    void dti2020_weightedPillars_andGroups() {
        // DTI = 0.4·CQS + 0.3·KTS + 0.3·XHS; groups: 3 = 0.25–0.325 (as Khánh Hòa's 2022 letter on DTI prints it), others assumed
        CohortRanking r = CohortScores.rank(CohortFixtures.stub(CohortFixtures.dti2020()), Cohort.of(List.of(
                pub("khanh-hoa", null, "1,2,3", 0.30, 0.25, 0.2757),       // 0.12 + 0.075 + 0.08271 = 0.27771 → 0.2777
                pub("p", null, "1,2,3", 0.2500, 0.2500, 0.2500),            // 0.25 → group 3 (lower bound)
                pub("q", null, "1,2,3", 0.3250, 0.3250, 0.3250),            // 0.3250 → still group 3 (bounds included, as the source prints them)
                pub("r", null, "1,2,3", 0.3251, 0.3251, 0.3251),            // 0.3251 → group 2 (assumed)
                pub("s", null, "1,2,3", 0.2, 0.2, 0.2),                     // group 4
                pub("t", null, "1,2,3", 0.9, 0.6, 0.5))), 10);              // 0.36 + 0.18 + 0.15 = 0.69 → group 1
        EntityRanking kh = r.entity("khanh-hoa").orElseThrow();
        assertEquals(0.4 * 0.30 + 0.3 * 0.25 + 0.3 * 0.2757, kh.value(), 1e-12);
        assertEquals(0.2777, kh.publishedValue(), 0);
        assertEquals("3", kh.group());
        assertEquals("3", r.entity("p").orElseThrow().group());
        assertEquals("3", r.entity("q").orElseThrow().group());
        assertEquals("2", r.entity("r").orElseThrow().group());
        assertEquals("4", r.entity("s").orElseThrow().group());
        assertEquals("1", r.entity("t").orElseThrow().group());
        assertEquals(4, kh.rank());
        assertEquals(0.30, kh.pillar("CQS").value(), 1e-12);
    }


    @Test
    void mergers_meanOfFormerValues() {
        Cohort c = new Cohort(null, "2024", null, null, null, List.of(new Merger("khanh-hoa", "Khánh Hòa", null, List.of("khanh-hoa", "ninh-thuan"))),
                List.of(pub("khanh-hoa", null, M2025, 1, 1, 0.4, 0.2, 0.3, 0.3, 0.1, 0.2), pub("ninh-thuan", null, M2025, 0.5, 0.8, 0.6, 0.4, 0.5, 0.5, 0.3, 0.4),
                        pub("ha-noi", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1)), null);
        CohortRanking r = CohortScores.rank(DTI_2025, c, 10);
        assertEquals(2, r.entities().size());
        EntityRanking kh = r.entity("khanh-hoa").orElseThrow();
        assertEquals("merged", kh.source());
        assertEquals(List.of("khanh-hoa", "ninh-thuan"), kh.mergedFrom());
        assertEquals(0.75, kh.mainIndicator("1").value(), 1e-12);
        assertEquals(0.5, kh.mainIndicator("3").value(), 1e-12);
        double points = 0.75 * 50 + 0.9 * 50 + 0.5 * 200 + 0.3 * 100 + 0.4 * 100 + 0.4 * 200 + 0.2 * 150 + 0.3 * 150;
        assertEquals(points / 1000, kh.value(), 1e-12);
    }


    @Test
    void mergers_bundled2025Map_63to34() {
        MergerMap map = MergerMap.bundled("vn-provinces-2025");
        assertEquals(23, map.mergers().size());
        assertEquals(11, map.unchanged().size());
        assertEquals(63, map.formerNames().size());
        List<CohortEntity> es = new ArrayList<>();
        int i = 0;
        for (String id : map.formerNames().keySet()) {
            double v = (i++ % 10) / 10.0;
            es.add(pub(id, null, M2025, v, v, v, v, v, v, v, v));
        }
        Cohort c = new Cohort(null, "2024", null, null, "vn-provinces-2025", null, es, null);
        CohortRanking r = CohortScores.rank(DTI_2025, c, 10);
        assertEquals(34, r.entities().size());
        assertEquals("Thành phố Hồ Chí Minh", r.entity("ho-chi-minh").orElseThrow().name());
        assertEquals(List.of("ninh-binh", "ha-nam", "nam-dinh"), r.entity("ninh-binh").orElseThrow().mergedFrom());
    }


    @Test
    void badInput_namesEntityAndField() {
        Scorer s = DTI_2025;
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> Cohort.of(List.of(pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1), pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1))));
        assertTrue(en(dup).contains("$.entities[1].id: entity a is listed twice"), en(dup));
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class, () -> new CohortEntity("z", null, null, null, null, null, null));
        assertTrue(en(neither).contains("Entity z has neither"), en(neither));
        InvalidEvidenceException range = assertThrows(InvalidEvidenceException.class,
                () -> CohortScores.rank(s, Cohort.of(List.of(pub("a", null, M2025, 1, 1, 1.2, 1, 1, 1, 1, 1))), 10));
        assertTrue(en(range).contains("$.entities[0] (a).mainIndicators.3: value [1.2] is outside [0, 1]"), en(range));
        InvalidEvidenceException pts = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(s,
                new Cohort(null, null, CohortEntity.MainScale.POINTS, null, null, null, List.of(pub("a", null, M2025, 50, 50, 250, 1, 1, 1, 1, 1)), null), 10));
        assertTrue(en(pts).contains("mainIndicators.3: points [250.0] are outside [0, 200]"), en(pts));
        InvalidEvidenceException unknownMain = assertThrows(InvalidEvidenceException.class,
                () -> CohortScores.rank(s, Cohort.of(List.of(pub("a", null, "1,2,3,4,5,6,7,8,10", 1, 1, 1, 1, 1, 1, 1, 1, 1))), 10));
        assertTrue(en(unknownMain).contains("mainIndicators.10: unknown main indicator 10"), en(unknownMain));
        InvalidEvidenceException missing = assertThrows(InvalidEvidenceException.class,
                () -> CohortScores.rank(s, Cohort.of(List.of(pub("a", null, "1,2,3,4,5,6,7", 1, 1, 1, 1, 1, 1, 1))), 10));
        assertTrue(en(missing).contains("mainIndicators.8: missing"), en(missing));
        IllegalArgumentException region = assertThrows(IllegalArgumentException.class, () -> new Cohort(null, null, null, List.of("NTB"), null, null,
                List.of(pub("a", "Tây Bắc", M2025, 1, 1, 1, 1, 1, 1, 1, 1)), null));
        assertTrue(en(region).contains("$.entities[0].region: entity a has region [Tây Bắc], which is not one of the cohort's regions [NTB]"),
                en(region));
        InvalidEvidenceException unknownMerged = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(s, new Cohort(null, null, null, null,
                null, List.of(new Merger("m", null, null, List.of("a", "ghost"))), List.of(pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1)), null), 10));
        assertTrue(en(unknownMerged).contains("Merger m names entity ghost, which the cohort does not have."), en(unknownMerged));
        InvalidEvidenceException twice = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(s, new Cohort(null, null, null, null, null,
                List.of(new Merger("m", null, null, List.of("a", "b")), new Merger("n", null, null, List.of("a"))),
                List.of(pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1), pub("b", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1)), null), 10));
        assertTrue(en(twice).contains("Merger n names entity a, already merged elsewhere"), en(twice));
        InvalidEvidenceException evidenceAtMainLevel = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(CohortFixtures.stub(CohortFixtures.dti2020()),
                Cohort.of(List.of(CohortEntity.withEvidence("a", "A", null, Evidence.of(Entity.province("a", "A"), Period.year(2020), List.of())))), 10));
        assertTrue(en(evidenceAtMainLevel).contains("entities are given at main-indicator level"), en(evidenceAtMainLevel));
    }


    @Test
    void compare_yearOverYear() {
        Scorer s = DTI_2025;
        CohortRanking y1 = CohortScores.rank(s, Cohort.of(List.of(pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1), pub("b", null, M2025, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),
                pub("gone", null, M2025, 0, 0, 0, 0, 0, 0, 0, 0))), 10);
        CohortRanking y2 = CohortScores.rank(s, Cohort.of(List.of(pub("a", null, M2025, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4), pub("b", null, M2025, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6),
                pub("new", null, M2025, 0, 0, 0, 0, 0, 0, 0, 0))), 10);
        CohortComparison c = CohortComparison.compare(y1, y2);
        CohortComparison.Change b = c.entities().stream().filter(e -> e.id().equals("b")).findFirst().orElseThrow();
        assertEquals(0.1, b.valueChange(), 1e-12);
        assertEquals(2, b.oldRank());
        assertEquals(1, b.newRank());
        assertEquals(1, b.rankChange());
        assertEquals(1, b.mainIndicators().get(0).rankChange());
        assertEquals(-0.6, c.entities().stream().filter(e -> e.id().equals("a")).findFirst().orElseThrow().valueChange(), 1e-12);
        assertEquals(List.of("new"), c.added());
        assertEquals(List.of("gone"), c.removed());
    }

    @Test
    void bundledMergerMap_appliesToWholeMergersOnly_andSaysWhichWereNot() {
        // a planner with only part of the country: Khánh Hòa and Ninh Thuận (whole), Bình Định without Gia Lai, and Hà Nội (unchanged)
        Cohort c = new Cohort(null, "2024", null, null, "vn-provinces-2025", null, List.of(
                pub("khanh-hoa", null, M2025, 1, 1, 0.4, 0.2, 0.3, 0.3, 0.1, 0.2), pub("ninh-thuan", null, M2025, 0.5, 0.8, 0.6, 0.4, 0.5, 0.5, 0.3, 0.4),
                pub("binh-dinh", null, M2025, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5), pub("ha-noi", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1)), null);
        CohortRanking r = CohortScores.rank(DTI_2025, c, 10);
        assertEquals(List.of("ha-noi", "binh-dinh", "khanh-hoa"), r.entities().stream().map(EntityRanking::id).toList());
        EntityRanking kh = r.entity("khanh-hoa").orElseThrow();
        assertEquals("merged", kh.source());
        assertEquals(List.of("khanh-hoa", "ninh-thuan"), kh.mergedFrom());
        assertEquals("published", r.entity("binh-dinh").orElseThrow().source());
        MergerReport m = r.mergers();
        assertEquals("vn-provinces-2025", m.map());
        assertEquals(List.of("khanh-hoa"), m.merged());
        assertEquals(1, m.notMerged().size());
        MergerReport.Partial gl = m.notMerged().get(0);
        assertEquals(List.of("binh-dinh"), gl.present());
        assertTrue(gl.missing().size() == 1, gl.toString());
        assertNull(CohortScores.rank(DTI_2025, Cohort.of(List.of(pub("x", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1))), 10).mergers());
    }

    @Test
    void evidenceEntities_scoredTogether_besidePublishedOnes() {
        Evidence e = Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2025),
                List.of(ComponentEvidence.of("3.1", 0.5), ComponentEvidence.of("6.1", 1.0)));
        Cohort c = Cohort.of(List.of(CohortEntity.withEvidence("kh", "Khánh Hòa", null, e), pub("p", null, M2025, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)));
        CohortScores scores = CohortScores.score(DTI_2025, c);
        CohortRanking r = scores.rank(10);
        // 0.5 × 200 + 1.0 × 200 = 300 points; p: 0.1 × 1000 = 100
        assertEquals(300, r.entity("kh").orElseThrow().points(), 1e-9);
        assertEquals(1, r.entity("kh").orElseThrow().rank());
        assertEquals(300, scores.scoreCard("kh").orElseThrow().totalPoints(), 1e-9);
        CohortRanking what = scores.withEvidence("kh", e.with(ComponentEvidence.of("3.1", 0.0))).rank(10);
        assertEquals(200, what.entity("kh").orElseThrow().points(), 1e-9);
    }

    /** A record's or the cohort's refusal in English (tests run in Vietnamese; the English texts are asserted as they were). */
    private static String en(Throwable e) {
        return e instanceof RefusedArgumentException r ? r.message(Language.EN) : e instanceof vn.dti.api.DtiException d ? d.message(Language.EN) : e.getMessage();
    }
}
