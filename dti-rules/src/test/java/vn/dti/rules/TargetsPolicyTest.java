package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.Period;
import vn.dti.api.ScoreCard;
import vn.dti.api.ValueKind;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;
import vn.dti.text.Language;

/**
 * The 2025 methodology follows one policy: where the province's own 2025 plans set a target for a
 * component, full points are earned at that target (Kế hoạch nâng cao chỉ số DTI tỉnh Khánh Hòa
 * năm 2025, mục II.3; Kế hoạch chuyển đổi số tỉnh Khánh Hòa năm 2025, mục II.2), and the row says
 * where the target comes from.
 */
class TargetsPolicyTest {
    @TempDir
    Path tmp;

    private static ScoringRule rule(String id) {
        return Fixtures.province2025().scoringRule(IndicatorId.of(id)).orElseThrow();
    }

    @Test
    void componentsWithA2025Target_earnFullPointsAtTheTarget() {
        Map<String, Double> goals = Map.of("3.4", 0.90, "4.5", 5.0, "6.3", 0.95, "6.6", 0.60, "6.8", 0.90, "7.1", 0.10, "7.3", 0.80);
        assertEquals(Set.copyOf(GOALS_AT_TARGETS), goals.keySet());
        goals.forEach((id, goal) -> {
            assertEquals(new ScoringPattern.Goal(goal), rule(id).pattern(), id);
            assertTrue(rule(id).assumption().startsWith("Mục tiêu theo chỉ tiêu năm 2025"), id + ": " + rule(id).assumption());
            assertTrue(rule(id).assumption().contains("KH "), id + " cites its document: " + rule(id).assumption());
        });
        // targets of 100%: ratio × max is the same as a goal of 1
        for (String id : TARGETS_OF_100_PERCENT) {
            assertEquals(new ScoringPattern.Ratio(), rule(id).pattern(), id);
            assertTrue(rule(id).assumption().contains("chỉ tiêu năm 2025 là 100%"), id + ": " + rule(id).assumption());
        }
    }

    /** Components whose 2025 target is 100% (ratio × max); with the goals above, the only rows not marked as assumptions. */
    private static final List<String> TARGETS_OF_100_PERCENT = List.of("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "6.4", "8.3");
    private static final List<String> GOALS_AT_TARGETS = List.of("3.4", "4.5", "6.3", "6.6", "6.8", "7.1", "7.3");

    @Test
    void everyOtherRow_isMarkedAsAnAssumption() {
        // the policy's rule 4 and 5: a sentence with no number (3.2, 3.3: "hoàn thành 100% các mục tiêu về …"; 6.5, 6.7:
        // "đạt điểm tối đa") or a number for another measure (3.3: smartphones; 8.1: users of online services; 8.2: adults with a
        // digital or electronic signature; 3.1: only the villages in coverage gaps with grid power) is no target
        for (ScoringRule r : Fixtures.province2025().scoringRules()) {
            String id = r.component().value();
            boolean target = TARGETS_OF_100_PERCENT.contains(id) || GOALS_AT_TARGETS.contains(id);
            assertEquals(!target, Assumptions.marks(r.assumption()), id + ": " + r.assumption());
        }
        for (String id : List.of("3.1", "3.2", "3.3", "6.5", "6.7", "8.1", "8.2")) {
            assertTrue(rule(id).assumption().startsWith(Assumptions.MARK_VI + ":"), id);
        }
    }

    @Test
    void twoNumbersForOneMeasure_the2025PlanWins() {
        // 3.4: KH CĐS 2025 sets 90% of households connected; Nghị quyết 16-NQ/TU (2021)'s "trên 80%" is fibre coverage of
        // households, another measure, and the row says so
        assertEquals(new ScoringPattern.Goal(0.90), rule("3.4").pattern());
        assertTrue(rule("3.4").assumption().contains("16-NQ/TU") && rule("3.4").assumption().contains("được phủ cáp quang"), rule("3.4").assumption());
        // 8.1 and 8.2 alike: the nearest figure is the goal, marked, each naming the population the plan counts
        assertTrue(rule("8.1").assumption().contains("người sử dụng dịch vụ công trực tuyến"), rule("8.1").assumption());
        assertTrue(rule("8.2").assumption().contains("người trưởng thành có chữ ký số hoặc chữ ký điện tử"), rule("8.2").assumption());
        assertEquals(new ScoringPattern.Goal(0.10), rule("8.2").pattern());
        assertEquals(new ScoringPattern.Ratio(), rule("8.1").pattern());
    }

    @Test
    void byHand_atAndBelowTheTargets() {
        ScoreCard c = Fixtures.province2025().score(Fixtures.evidence(
                ComponentEvidence.of("4.5", 5.0, Fixtures.doc()),     // 5 members per 100 people: the target → 10
                ComponentEvidence.of("7.1", 0.05, Fixtures.doc()),    // half the 10% target → 25 of 50
                ComponentEvidence.of("7.3", 0.80, Fixtures.doc()),    // the 80% target → 20
                ComponentEvidence.of("6.3", 0.475, Fixtures.doc()))); // half of 95% → 10 of 20
        assertEquals(10.0, c.component("4.5").orElseThrow().points(), 1e-12);
        assertEquals(25.0, c.component("7.1").orElseThrow().points(), 1e-12);
        assertEquals(20.0, c.component("7.3").orElseThrow().points(), 1e-12);
        assertEquals(10.0, c.component("6.3").orElseThrow().points(), 1e-12);
        // 1 member per 100 people, full points before, is a fifth of the target now
        assertEquals(2.0, Fixtures.province2025().score(Fixtures.evidence(ComponentEvidence.of("4.5", 1.0, Fixtures.doc()))).component("4.5")
                .orElseThrow().points(), 1e-12);
    }

    @Test
    void budgetForDigitalGovernment_isAShareOfTheBudget_fullPointsAt1Percent() {
        assertEquals(ValueKind.RATIO, Fixtures.province2025().methodology().component(IndicatorId.of("6.9")).orElseThrow().valueKind());
        assertEquals(new ScoringPattern.Goal(0.01), rule("6.9").pattern());
        ScoreCard half = Fixtures.province2025().score(Fixtures.evidence(ComponentEvidence.of("6.9", 0.005, Fixtures.doc())));
        assertEquals(15.0, half.component("6.9").orElseThrow().points(), 1e-12);
        // an amount in millions (Khánh Hòa planned 260,033 for 2023) is no longer a value: a ratio above 2 (200%) is refused, not full points
        // earned quietly; one between 1 and 2 is flagged
        vn.dti.api.InvalidEvidenceException e = org.junit.jupiter.api.Assertions.assertThrows(vn.dti.api.InvalidEvidenceException.class,
                () -> Fixtures.province2025().score(Fixtures.evidence(ComponentEvidence.of("6.9", 260033, Fixtures.doc()))));
        assertTrue(e.getMessage().startsWith("$.components[0].value (6.9): ") && e.getMessage().contains("[260033]")
                && e.getMessage().contains(" 2 (200%)"), e.getMessage());
        ScoreCard over = Fixtures.province2025().score(Fixtures.evidence(ComponentEvidence.of("6.9", 1.5, Fixtures.doc())));
        assertEquals(vn.dti.api.FindingCode.OUT_OF_RANGE, over.component("6.9").orElseThrow().findings().get(0).code());
    }

    @Test
    void periodAfterANewerBundledEdition_isWarned() throws IOException {
        // an older edition of the same family (a copy of the 2025 folder named for 2023): 2026 evidence falls after vn-dti-province-2025
        Path dir = tmp.resolve("vn-dti-province-2023");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        MethodologyFolderTest.edit(dir.resolve("methodology.json"), "\"id\": \"vn-dti-province-2025\"", "\"id\": \"vn-dti-province-2023\"");
        MethodologyFolderTest.edit(dir.resolve("methodology.json"), "\"year\": 2025", "\"year\": 2023");
        Evidence e = Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2026), List.of());
        ScoreCard card = Methodologies.load(dir).score(e);
        assertEquals(List.of("Period 2026 falls after a newer edition of this methodology: vn-dti-province-2025 applies from 2025 "
                + "(--methodology vn-dti-province-2025)."), card.warnings().stream().map(w -> w.in(Language.EN)).toList());
        assertEquals(List.of(), Fixtures.province2025().score(Evidence.of(Entity.province("kh", "Khánh Hòa"), Period.year(2025), List.of())).warnings());
    }
}
