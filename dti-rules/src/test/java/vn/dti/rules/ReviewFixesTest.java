package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Entity;
import vn.dti.api.EntityKind;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.ScoreCard;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortComparison;
import vn.dti.cohort.CohortEntity;
import vn.dti.cohort.CohortRanker;
import vn.dti.cohort.CohortScores;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.Merger;
import vn.dti.json.DtiJson;
import vn.dti.text.Language;

/** Inputs that must be refused or scored carefully: the cases an independent review found. */
class ReviewFixesTest {
    @TempDir
    Path tmp;

    @Test
    void relative_loneEvidenceEntityAmongPublished_usesReference() {
        Evidence kh = Fixtures.khanhHoa2023().with(ComponentEvidence.of("7.5", 5000, Fixtures.doc()));
        Cohort c = Cohort.of(List.of(CohortEntity.withEvidence("khanh-hoa", "Khánh Hòa", null, kh),
                CohortRankingTest.pub("a", null, CohortRankingTest.M2025, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5)));
        ScoreCard card = vn.dti.cohort.CohortScores.score(Fixtures.province2025(), c).scoreCard("khanh-hoa").orElseThrow();
        // not its own "best" (which would give 30): 5000 / reference 10000 × 30
        assertEquals(15.0, card.component("7.5").orElseThrow().points(), 1e-12);
    }

    @Test
    void cohortEvidence_forAnotherEntityKindOrMethodology_refused() {
        RuleScorer s = Fixtures.province2025();
        Evidence wrongId = Fixtures.khanhHoa2023();
        InvalidEvidenceException id = assertThrows(InvalidEvidenceException.class,
                () -> CohortScores.rank(s, Cohort.of(List.of(CohortEntity.withEvidence("ninh-thuan", "Ninh Thuận", null, wrongId))), 10));
        assertTrue(id.message(Language.EN).contains("$.entities[0] (ninh-thuan): its evidence is for entity [khanh-hoa], not ninh-thuan"), id.message(Language.EN));
        Evidence commune = Fixtures.khanhHoa2023().forEntity(new Entity("khanh-hoa", "Khánh Hòa", EntityKind.COMMUNE));
        InvalidEvidenceException kind = assertThrows(InvalidEvidenceException.class,
                () -> CohortScores.rank(s, Cohort.of(List.of(CohortEntity.withEvidence("khanh-hoa", "Khánh Hòa", null, commune))), 10));
        assertTrue(kind.message(Language.EN).contains("its evidence is for a COMMUNE, but methodology vn-dti-province-2025 scores a PROVINCE"), kind.message(Language.EN));
        Evidence ict = new Evidence("vn-ict-index", Fixtures.KHANH_HOA, Fixtures.YEAR_2023, null, null, List.of(ComponentEvidence.of("2.1", 0.5, Fixtures.doc())));
        InvalidEvidenceException other = assertThrows(InvalidEvidenceException.class,
                () -> CohortScores.rank(s, Cohort.of(List.of(CohortEntity.withEvidence("khanh-hoa", "Khánh Hòa", null, ict))), 10));
        assertTrue(other.message(Language.EN).contains("its evidence reports against methodology [vn-ict-index], not vn-dti-province-2025"), other.message(Language.EN));
    }

    @Test
    void score_evidenceForAnotherMethodology_refused() {
        Evidence ict = new Evidence("vn-ict-index", Fixtures.KHANH_HOA, Fixtures.YEAR_2023, null, null, List.of(ComponentEvidence.of("2.1", 0.5, Fixtures.doc())));
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> Fixtures.province2025().score(ict));
        assertEquals("$.methodology: the evidence of khanh-hoa reports against methodology [vn-ict-index], but vn-dti-province-2025 is scoring it; use "
                + "--methodology vn-ict-index, or change or remove the evidence's \"methodology\" field.", e.message(Language.EN));
        assertEquals("$.methodology: số liệu của khanh-hoa báo cáo theo bộ chỉ số [vn-ict-index], nhưng vn-dti-province-2025 đang chấm điểm; hãy dùng "
                + "--methodology vn-ict-index, hoặc sửa hay xóa trường \"methodology\" của tệp số liệu.", e.message(Language.VI));
    }

    @Test
    void score_mainLevelMethodology_refused() {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class,
                () -> Methodologies.bundled("vn-dti-province-2022").score(Evidence.of(Fixtures.KHANH_HOA, Period.year(2022), List.of())));
        assertEquals("Methodology vn-dti-province-2022 has no components: its entities are given at main-indicator level (published values), so it "
                + "ranks cohorts (dti rank) but scores no evidence.", e.message(vn.dti.text.Language.EN));
        assertTrue(e.message(vn.dti.text.Language.VI).startsWith("Bộ chỉ số vn-dti-province-2022 không có chỉ số thành phần: "), e.getMessage());
        assertThrows(InvalidEvidenceException.class, () -> EvidenceTemplate.create(Methodologies.bundled("vn-dti-province-2022"),
                EvidenceTemplate.Fill.MAX, Fixtures.KHANH_HOA, Period.year(2022)));
    }

    @Test
    void mergers_sameNewIdTwice_orRegionOutsideTheList_refused() {
        RuleScorer s = Fixtures.province2025();
        List<CohortEntity> es = List.of(CohortRankingTest.pub("a", "NTB", CohortRankingTest.M2025, 1, 1, 1, 1, 1, 1, 1, 1),
                CohortRankingTest.pub("b", "NTB", CohortRankingTest.M2025, 1, 1, 1, 1, 1, 1, 1, 1),
                CohortRankingTest.pub("c", "NTB", CohortRankingTest.M2025, 1, 1, 1, 1, 1, 1, 1, 1));
        InvalidEvidenceException twice = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(s, new Cohort(null, null, null, null, null,
                List.of(new Merger("x", null, null, List.of("a")), new Merger("x", null, null, List.of("b"))), es, null), 10));
        assertTrue(twice.message(Language.EN).contains("Merger x is listed twice"), twice.message(Language.EN));
        InvalidEvidenceException region = assertThrows(InvalidEvidenceException.class, () -> CohortScores.rank(s, new Cohort(null, null, null,
                List.of("NTB"), null, List.of(new Merger("x", null, "Tây Bắc", List.of("a", "b"))), es, null), 10));
        assertTrue(region.message(Language.EN).contains("Merger x has region [Tây Bắc], which is not one of the cohort's regions [NTB]"), region.message(Language.EN));
    }

    @Test
    void compare_acrossEditions_pairsOnlyTheIndex() {
        CohortRanking y2022 = CohortScores.rank(Methodologies.bundled("vn-dti-province-2022"),
                Cohort.of(List.of(CohortRankingTest.pub("a", null, CohortRankingTest.M2022, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5))), 10);
        CohortRanking y2025 = CohortScores.rank(Fixtures.province2025(),
                Cohort.of(List.of(CohortRankingTest.pub("a", null, CohortRankingTest.M2025, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6))), 10);
        CohortComparison c = Language.during(Language.EN, () -> CohortComparison.compare(y2022, y2025));
        assertEquals(0.1, c.entities().get(0).valueChange(), 1e-12);
        assertTrue(c.entities().get(0).mainIndicators().isEmpty());
        assertEquals("The rankings come from different methodologies (vn-dti-province-2022, vn-dti-province-2025): main indicators are not paired, only "
                + "the index.", c.note());
        assertEquals("Hai bảng xếp hạng theo hai bộ chỉ số khác nhau (vn-dti-province-2022, vn-dti-province-2025): chỉ so sánh chỉ số tổng hợp, "
                + "không ghép cặp các chỉ số chính.", CohortComparison.compare(y2022, y2025).note());
        assertNull(CohortComparison.compare(y2025, y2025).note());
    }

    @Test
    void json_emptyOrNull_isAClearError() {
        InvalidEvidenceException empty = assertThrows(InvalidEvidenceException.class,
                () -> vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> DtiJson.readEvidence(new ByteArrayInputStream(new byte[0]), "e.json")));
        assertEquals("e.json: the file is empty; expected a JSON object. " + DtiJson.EVIDENCE_SHAPE, empty.getMessage());
        InvalidEvidenceException nul = assertThrows(InvalidEvidenceException.class,
                () -> vn.dti.text.Language.during(vn.dti.text.Language.EN,
                        () -> DtiJson.readEvidence(new ByteArrayInputStream("null".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "e.json")));
        assertEquals("e.json:1:1: expected an object {...} here, but found null. " + DtiJson.EVIDENCE_SHAPE, nul.getMessage());
        InvalidEvidenceException vi = assertThrows(InvalidEvidenceException.class,
                () -> DtiJson.readEvidence(new ByteArrayInputStream(new byte[0]), "e.json"));
        assertTrue(vi.getMessage().startsWith("e.json: tệp trống; cần một đối tượng JSON. Một tệp số liệu là một đối tượng JSON: "), vi.getMessage());
    }

    @Test
    void resolve_prefersAFolderOverTheBundledIdOfTheSameName() throws Exception {
        Path dir = tmp.resolve(Fixtures.PROVINCE_2025);
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        String old = System.getProperty("user.dir");
        RuleScorer s = Methodologies.resolve(dir.toString());
        assertEquals(dir.toString(), s.source());
        assertTrue(Methodologies.resolve(Fixtures.PROVINCE_2025).source().startsWith("classpath:"), old);
    }

    @Test
    void pointsAtRisk_countEachComponentOnce_andApartFromPointsLost() {
        // a ratio above 1 with a stale document: two findings on one component, 50 points at risk once
        ScoreCard card = Fixtures.province2025().score(Fixtures.evidence(ComponentEvidence.of("8.1", 1.2, Fixtures.doc(java.time.LocalDate.of(2025, 1, 1)))));
        assertEquals(2, card.component("8.1").orElseThrow().findings().size());
        assertEquals(50, card.pointsAtRisk(), 1e-9);
        // every other component is not reported: 950 points lost, none of them "at risk"
        double notReported = card.findings().stream().filter(f -> f.code() == vn.dti.api.FindingCode.NOT_REPORTED).mapToDouble(f -> f.pointsLost()).sum();
        assertEquals(950, notReported, 1e-9);
        assertEquals(950, card.pointsLost(), 1e-9);
    }
}
