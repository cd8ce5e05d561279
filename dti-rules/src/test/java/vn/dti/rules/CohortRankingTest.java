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
    void egdi_zScoredThenScaled_meanOfThree() {
        RuleScorer egdi = Methodologies.bundled("un-egdi");
        // OSI raw 0.1, 0.2, 0.4 → z-scaled (x − 0.1) / 0.3: 0, 1/3, 1. TII 0.5, 0.5, 0.5 (all equal) → 1 each. HCI 0.1, 0.15, 0.3 → 0, 0.25, 1
        // (the UN publishes each between 0 and 1: ratios)
        List<CohortEntity> es = new ArrayList<>();
        double[][] raw = {{0.1, 0.5, 0.1}, {0.2, 0.5, 0.15}, {0.4, 0.5, 0.3}};
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
        // Khánh Hòa: 243.25… plus 7.5 relative to the cohort's best 20000: 5000 / 20000 × 30 = 7.5
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
    void egdi_veryHighIsAbove075_exactly075IsHigh() {
        // UN EGDI classes: very high > 0.75, high 0.50–0.75 (published values, 4 decimals)
        RuleScorer egdi = Methodologies.bundled("un-egdi");
        Cohort c = Cohort.of(List.of(pub("at", null, "OSI,TII,HCI", 0.75, 0.75, 0.75), pub("above", null, "OSI,TII,HCI", 0.7501, 0.7501, 0.7501),
                pub("half", null, "OSI,TII,HCI", 0.5, 0.5, 0.5), pub("below", null, "OSI,TII,HCI", 0.4999, 0.4999, 0.4999)));
        CohortRanking r = CohortScores.rank(egdi, c, 10);
        assertEquals("high", r.entity("at").orElseThrow().group());
        assertEquals("very-high", r.entity("above").orElseThrow().group());
        assertEquals("high", r.entity("half").orElseThrow().group());
        assertEquals("middle", r.entity("below").orElseThrow().group());
    }
}
