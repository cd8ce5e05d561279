package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortComparison;
import vn.dti.cohort.CohortEntity;
import vn.dti.cohort.CohortRanker;
import vn.dti.cohort.CohortScores;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;
import vn.dti.cohort.Merger;
import vn.dti.cohort.MergerMap;

/** Hand-computed cohorts for each index formula, with ties, groups, regions, mergers and bad input. */
class CohortRankingTest {
    static Map<String, Double> values(String ids, double... v) {
        Map<String, Double> m = new LinkedHashMap<>();
        String[] id = ids.split(",");
        for (int i = 0; i < id.length; i++) {
            m.put(id[i], v[i]);
        }
        return m;
    }

    static final String M2025 = "1,2,3,4,5,6,7,8";
    static final String M2022 = "1,2,3,4,5,7,8,9";

    static CohortEntity pub(String id, String region, String ids, double... v) {
        return CohortEntity.published(id, id.toUpperCase(java.util.Locale.ROOT), region, values(ids, v));
    }

    @Test
    void dti2025_pointsOverMax_withTie() {
        // index = Σ value × max / 1000; maxes 50, 50, 200, 100, 100, 200, 150, 150
        Cohort c = Cohort.of(List.of(
                pub("a", null, M2025, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),            // 50+50+100+50+50+100+75+75 = 550
                pub("b", null, M2025, 0, 0, 1, 1, 1, 0.25, 0.2, 0.5),                 // 0+0+200+100+100+50+30+75 = 555
                pub("c", null, M2025, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),            // 550, tie with a
                pub("d", null, M2025, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2)));      // 200
        CohortRanking r = CohortScores.rank(Methodologies.bundled("vn-dti-province-2025"), c, 10);
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
        CohortRanking r = CohortScores.rank(Methodologies.bundled("vn-dti-province-2025"), c, 1);
        assertEquals(8, r.entity("a").orElseThrow().mainIndicatorsInTop());
        assertEquals(0, r.entity("b").orElseThrow().mainIndicatorsInTop());
        assertEquals(2, r.entity("c").orElseThrow().mainIndicatorsInTop()); // ties a on 1 and 8
    }

    @Test
    void dti2022_pillarsAreOverlappingViews() {
        // index = 0.1·(v1+…+v5) + 0.2·v7 + 0.15·(v8+v9)
        CohortRanking r = CohortScores.rank(Methodologies.bundled("vn-dti-province-2022"),
                Cohort.of(List.of(pub("x", null, M2022, 0.8, 0.6, 0.5, 0.4, 0.3, 0.5, 0.2, 0.1), pub("y", null, M2022, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5))), 10);
        EntityRanking x = r.entity("x").orElseThrow();
        assertEquals(0.1 * (0.8 + 0.6 + 0.5 + 0.4 + 0.3) + 0.2 * 0.5 + 0.15 * (0.2 + 0.1), x.value(), 1e-12);
        // CQS = (foundation 260 + Hoạt động CQS 100) / 700; KTS = (260 + 30) / 650; XHS = (260 + 15) / 650
        assertEquals(360.0 / 700, x.pillar("CQS").value(), 1e-12);
        assertEquals(290.0 / 650, x.pillar("KTS").value(), 1e-12);
        assertEquals(275.0 / 650, x.pillar("XHS").value(), 1e-12);
        assertEquals(2, x.pillar("KTS").rank());    // y: 325/650 = 0.5
        assertEquals(1, x.pillar("CQS").rank());    // 360/700 = 0.5143 above y's 350/700
    }

    @Test
    void dti2020_weightedPillars_andGroups() {
        // DTI = 0.4·CQS + 0.3·KTS + 0.3·XHS; groups: 3 = [0.25, 0.325) (seed 003), others assumed
        CohortRanking r = CohortScores.rank(Methodologies.bundled("vn-dti-province-2020"), Cohort.of(List.of(
                pub("khanh-hoa", null, "1,2,3", 0.30, 0.25, 0.2757),       // 0.12 + 0.075 + 0.08271 = 0.27771 → 0.2777
                pub("p", null, "1,2,3", 0.2500, 0.2500, 0.2500),            // 0.25 → group 3 (lower bound)
                pub("q", null, "1,2,3", 0.3250, 0.3250, 0.3250),            // 0.3250 → still group 3 (bounds included, as seed 003 prints them)
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
    void egdi_zScoredThenScaled_meanOfThree() {
        RuleScorer egdi = Methodologies.bundled("un-egdi");
        // OSI raw 10, 20, 40 → z-scaled (x − 10) / 30: 0, 1/3, 1. TII 5, 5, 5 (all equal) → 1 each. HCI 1, 1.5, 3 → 0, 0.25, 1
        List<CohortEntity> es = new ArrayList<>();
        double[][] raw = {{10, 5, 1}, {20, 5, 1.5}, {40, 5, 3}};
        for (int i = 0; i < 3; i++) {
            Evidence e = Evidence.of(new Entity("c" + i, "Country " + i, vn.dti.api.EntityKind.COUNTRY), Period.year(2024), List.of(
                    ComponentEvidence.of("OSI.1", raw[i][0]), ComponentEvidence.of("TII.1", raw[i][1]), ComponentEvidence.of("HCI.1", raw[i][2])));
            es.add(CohortEntity.withEvidence("c" + i, "Country " + i, null, e));
        }
        CohortRanking r = CohortScores.rank(egdi, Cohort.of(es), 10);
        assertEquals((0 + 1 + 0) / 3.0, r.entity("c0").orElseThrow().value(), 1e-12);
        assertEquals((1.0 / 3 + 1 + 0.25) / 3.0, r.entity("c1").orElseThrow().value(), 1e-12);
        assertEquals((1 + 1 + 1) / 3.0, r.entity("c2").orElseThrow().value(), 1e-12);
        assertEquals("middle", r.entity("c0").orElseThrow().group());
        assertEquals("high", r.entity("c1").orElseThrow().group());
        assertEquals("very-high", r.entity("c2").orElseThrow().group());
        assertEquals(List.of("c2", "c1", "c0"), r.entities().stream().map(EntityRanking::id).toList());
    }

    @Test
    void ictIndex_illustrative_rankedAcrossCohort() {
        RuleScorer ict = Methodologies.bundled("vn-ict-index");
        List<CohortEntity> es = new ArrayList<>();
        double[][] raw = {{0.2, 0.4, 0.6, 0.8, 0.5, 0.5}, {0.4, 0.4, 0.2, 0.8, 0.1, 0.9}};
        String[] ids = {"2.1", "2.2", "3.1", "3.2", "4.1", "4.2"};
        for (int i = 0; i < 2; i++) {
            List<ComponentEvidence> ce = new ArrayList<>();
            for (int k = 0; k < ids.length; k++) {
                ce.add(ComponentEvidence.of(ids[k], raw[i][k]));
            }
            es.add(CohortEntity.withEvidence("p" + i, "P" + i, null, Evidence.of(Entity.province("p" + i, "P" + i), Period.year(2020), ce)));
        }
        CohortRanking r = CohortScores.rank(ict, Cohort.of(es), 10);
        // two entities: the higher of each pair earns 0.5, the lower 0; equal values (2.2, 3.2) earn 0.5 each
        // p0: 2.1 0, 2.2 0.5, 3.1 0.5, 3.2 0.5, 4.1 0.5, 4.2 0 → 2 / 3; p1: 0.5 + 0.5 + 0 + 0.5 + 0 + 0.5 → 2 / 3: a tie
        assertEquals((0 + 0.5 + 0.5 + 0.5 + 0.5 + 0) / 3, r.entity("p0").orElseThrow().value(), 1e-12);
        assertEquals((0.5 + 0.5 + 0 + 0.5 + 0 + 0.5) / 3, r.entity("p1").orElseThrow().value(), 1e-12);
        assertEquals(1, r.entity("p0").orElseThrow().rank());
        assertEquals(1, r.entity("p1").orElseThrow().rank());
    }

    @Test
    void mixedEvidenceAndPublished_cohortRelativeRuleSeesTheEvidenceCohort() {
        Evidence kh = Fixtures.khanhHoa2023();
        Evidence other = Fixtures.evidence(ComponentEvidence.of("7.5", 20000, Fixtures.doc())).forEntity(Entity.province("ha-noi", "Hà Nội"));
        Cohort c = Cohort.of(List.of(CohortEntity.withEvidence("khanh-hoa", "Khánh Hòa", "NTB", kh.with(ComponentEvidence.of("7.5", 5000, Fixtures.doc()))),
                CohortEntity.withEvidence("ha-noi", "Hà Nội", "ĐBSH", other),
                pub("pub", "NTB", M2025, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5)));
        CohortRanking r = CohortScores.rank(Methodologies.bundled("vn-dti-province-2025"), c, 10);
        // Khánh Hòa: 303.25… plus 7.5 relative to the cohort's best 20000: 5000 / 20000 × 30 = 7.5
        assertEquals(Fixtures.province2025().score(kh).totalPoints() + 7.5, r.entity("khanh-hoa").orElseThrow().points(), 1e-9);
        assertEquals(30.0, r.entity("ha-noi").orElseThrow().points(), 1e-9);
        assertEquals("evidence", r.entity("ha-noi").orElseThrow().source());
        assertEquals(1, r.entity("pub").orElseThrow().rank());
        CohortRanking ntb = CohortRanker.region(r, "NTB");
        assertEquals(List.of("pub", "khanh-hoa"), ntb.entities().stream().map(EntityRanking::id).toList());
        assertEquals(2, ntb.entities().get(1).regionRank());
        assertEquals(1, r.entity("ha-noi").orElseThrow().regionRank());
        assertNull(CohortScores.rank(Methodologies.bundled("vn-dti-province-2025"), Cohort.of(List.of(pub("alone", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1))), 10)
                .entity("alone").orElseThrow().regionRank());
    }

    @Test
    void mergers_meanOfFormerValues() {
        Cohort c = new Cohort(null, "2024", null, null, null, List.of(new Merger("khanh-hoa", "Khánh Hòa", null, List.of("khanh-hoa", "ninh-thuan"))),
                List.of(pub("khanh-hoa", null, M2025, 1, 1, 0.4, 0.2, 0.3, 0.3, 0.1, 0.2), pub("ninh-thuan", null, M2025, 0.5, 0.8, 0.6, 0.4, 0.5, 0.5, 0.3, 0.4),
                        pub("ha-noi", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1)), null);
        CohortRanking r = CohortScores.rank(Methodologies.bundled("vn-dti-province-2025"), c, 10);
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
        CohortRanking r = CohortScores.rank(Methodologies.bundled("vn-dti-province-2025"), c, 10);
        assertEquals(34, r.entities().size());
        assertEquals("Thành phố Hồ Chí Minh", r.entity("ho-chi-minh").orElseThrow().name());
        assertEquals(List.of("ninh-binh", "ha-nam", "nam-dinh"), r.entity("ninh-binh").orElseThrow().mergedFrom());
    }

    @Test
    void badInput_namesEntityAndField() {
        RuleScorer s = Methodologies.bundled("vn-dti-province-2025");
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> Cohort.of(List.of(pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1), pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1))));
        assertTrue(dup.getMessage().contains("$.entities[1].id: entity a is listed twice"), dup.getMessage());
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class, () -> new CohortEntity("z", null, null, null, null, null, null));
        assertTrue(neither.getMessage().contains("Entity z has neither"), neither.getMessage());
        InvalidEvidenceException range = assertThrows(InvalidEvidenceException.class,
                () -> CohortScores.rank(s, Cohort.of(List.of(pub("a", null, M2025, 1, 1, 1.2, 1, 1, 1, 1, 1))), 10));
        assertTrue(range.getMessage().contains("$.entities[0] (a).mainIndicators.3: value [1.2] is outside [0, 1]"), range.getMessage());
        InvalidEvidenceException pts = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(s,
                new Cohort(null, null, CohortEntity.MainScale.POINTS, null, null, null, List.of(pub("a", null, M2025, 50, 50, 250, 1, 1, 1, 1, 1)), null), 10));
        assertTrue(pts.getMessage().contains("mainIndicators.3: points [250.0] are outside [0, 200]"), pts.getMessage());
        InvalidEvidenceException unknownMain = assertThrows(InvalidEvidenceException.class,
                () -> CohortScores.rank(s, Cohort.of(List.of(pub("a", null, "1,2,3,4,5,6,7,8,10", 1, 1, 1, 1, 1, 1, 1, 1, 1))), 10));
        assertTrue(unknownMain.getMessage().contains("mainIndicators.10: unknown main indicator 10"), unknownMain.getMessage());
        InvalidEvidenceException missing = assertThrows(InvalidEvidenceException.class,
                () -> CohortScores.rank(s, Cohort.of(List.of(pub("a", null, "1,2,3,4,5,6,7", 1, 1, 1, 1, 1, 1, 1))), 10));
        assertTrue(missing.getMessage().contains("mainIndicators.8: missing"), missing.getMessage());
        IllegalArgumentException region = assertThrows(IllegalArgumentException.class, () -> new Cohort(null, null, null, List.of("NTB"), null, null,
                List.of(pub("a", "Tây Bắc", M2025, 1, 1, 1, 1, 1, 1, 1, 1)), null));
        assertTrue(region.getMessage().contains("$.entities[0].region: entity a has region [Tây Bắc], which is not one of the cohort's regions [NTB]"),
                region.getMessage());
        InvalidEvidenceException unknownMerged = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(s, new Cohort(null, null, null, null,
                null, List.of(new Merger("m", null, null, List.of("a", "ghost"))), List.of(pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1)), null), 10));
        assertTrue(unknownMerged.getMessage().contains("Merger m names entity ghost, which the cohort does not have."), unknownMerged.getMessage());
        InvalidEvidenceException twice = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(s, new Cohort(null, null, null, null, null,
                List.of(new Merger("m", null, null, List.of("a", "b")), new Merger("n", null, null, List.of("a"))),
                List.of(pub("a", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1), pub("b", null, M2025, 1, 1, 1, 1, 1, 1, 1, 1)), null), 10));
        assertTrue(twice.getMessage().contains("Merger n names entity a, already merged elsewhere"), twice.getMessage());
        InvalidEvidenceException evidenceAtMainLevel = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(Methodologies.bundled("vn-dti-province-2022"),
                Cohort.of(List.of(CohortEntity.withEvidence("a", "A", null, Fixtures.evidence()))), 10));
        assertTrue(evidenceAtMainLevel.getMessage().contains("entities are given at main-indicator level"), evidenceAtMainLevel.getMessage());
    }

    @Test
    void compare_yearOverYear() {
        RuleScorer s = Methodologies.bundled("vn-dti-province-2025");
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
}
