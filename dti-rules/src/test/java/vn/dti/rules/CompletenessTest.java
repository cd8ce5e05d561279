package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dti.rules.Fixtures.doc;
import static vn.dti.rules.Fixtures.evidence;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.IndicatorId;
import vn.dti.api.ReportStatus;
import vn.dti.text.Language;

/** The bundled completeness.drl: missing values, missing documents, out-of-range and stale evidence. */
class CompletenessTest {
    private static ComponentScore scoreOf(ComponentEvidence ce) {
        return Fixtures.province2025().score(evidence(ce)).component(ce.indicator().value()).orElseThrow();
    }

    private static List<FindingCode> codes(ComponentScore s) {
        return s.findings().stream().map(Finding::code).toList();
    }

    @Test
    void noDocument_withholdsPoints() {
        ComponentScore s = scoreOf(ComponentEvidence.of("3.4", 0.9));
        assertEquals(0.0, s.points(), 0);
        assertEquals(List.of(FindingCode.NO_EVIDENCE_DOCUMENT), codes(s));
        assertEquals(30.0, s.findings().get(0).pointsLost(), 1e-12);
        assertEquals(0.0, s.findings().get(0).pointsAtRisk(), 0);
        assertTrue(s.explanation().formula().in(Language.EN).endsWith("withheld → 0 (see findings)"), s.explanation().formula().in(Language.EN));
    }

    @Test
    void noDocument_automaticMeasurementIsExempt() {
        ComponentScore s = scoreOf(ComponentEvidence.of("3.4", 0.9).withSource(EvidenceSource.AUTOMATIC));
        assertEquals(30.0, s.points(), 1e-12);
        assertEquals(List.of(), codes(s));
    }

    @Test
    void ratioAboveOne_cappedAndFlagged() {
        // Báo cáo 4100/BC-BCĐCĐS really reports 111.22% (households with a smartphone)
        ComponentScore s = scoreOf(ComponentEvidence.of("8.1", 1.1122, doc()));
        assertEquals(50.0, s.points(), 0);
        assertEquals(List.of(FindingCode.OUT_OF_RANGE), codes(s));
        assertTrue(s.findings().get(0).message().in(Language.EN).contains("111.22%"), s.findings().get(0).message().in(Language.EN));
        assertEquals(50.0, s.findings().get(0).pointsAtRisk(), 0);   // earned, but in doubt
        assertEquals(0.0, s.findings().get(0).pointsLost(), 0);
    }

    @Test
    void budgetShareOfDigitalGovernment_aboveTenPercent_isFlagged_notAtOnePercent() {
        // 6.9: full points at 1% of the state budget; 12% is not believable, a percent typed as a share (0.12 for 0.0012?) or a wrong denominator
        ComponentScore high = scoreOf(ComponentEvidence.of("6.9", 0.12, doc()));
        assertEquals(30.0, high.points(), 0);
        assertEquals(List.of(FindingCode.OUT_OF_RANGE), codes(high));
        assertTrue(high.findings().get(0).message().in(Language.EN).startsWith("Component 6.9 reports 12.0% of the state budget"), high.findings().get(0).message().in(Language.EN));
        assertEquals(30.0, high.findings().get(0).pointsAtRisk(), 0);
        assertEquals(List.of(), codes(scoreOf(ComponentEvidence.of("6.9", 0.10, doc()))), "exactly 10% is not above 10%");
        assertEquals(List.of(FindingCode.OUT_OF_RANGE), codes(scoreOf(ComponentEvidence.of("6.9", 0.1001, doc()))));
        ComponentScore plausible = scoreOf(ComponentEvidence.of("6.9", 0.008, doc()));
        assertEquals(0.008 / 0.01 * 30, plausible.points(), 1e-9);
        assertEquals(List.of(), codes(plausible));
    }

    @Test
    void staleEvidence_afterThePeriod() {
        ComponentScore late = scoreOf(ComponentEvidence.of("2.4", true, doc(LocalDate.of(2024, 3, 1))));
        assertEquals(20.0, late.points(), 0);
        assertEquals(List.of(FindingCode.STALE_EVIDENCE), codes(late));
        // within the 31 days allowed for the year's report (due before 10 January)
        assertEquals(List.of(), codes(scoreOf(ComponentEvidence.of("2.4", true, doc(LocalDate.of(2024, 1, 9))))));
    }

    @Test
    void staleEvidence_longBeforeThePeriod() {
        ComponentScore old = scoreOf(ComponentEvidence.of("2.1", true, doc(LocalDate.of(2019, 12, 1))));
        assertEquals(List.of(FindingCode.STALE_EVIDENCE), codes(old));
        assertEquals(10.0, old.points(), 0);
        // one current document among old ones is enough
        assertEquals(List.of(), codes(scoreOf(ComponentEvidence.of("2.1", true, doc(LocalDate.of(2019, 12, 1)), doc()))));
    }

    @Test
    void notReported_andAbsent_loseMax() {
        ComponentScore explicit = scoreOf(ComponentEvidence.notReported("7.1"));
        assertEquals(List.of(FindingCode.NOT_REPORTED), codes(explicit));
        assertEquals(50.0, explicit.findings().get(0).pointsLost(), 0);
        assertEquals(0.0, explicit.findings().get(0).pointsAtRisk(), 0);
        ComponentScore absent = Fixtures.province2025().score(evidence()).component("7.2").orElseThrow();
        assertEquals(List.of(FindingCode.NOT_REPORTED), codes(absent));
        assertEquals("not reported → 0 of 30", absent.explanation().formula().in(Language.EN));
    }

    @Test
    void notApplicable_earnsZeroAndFlagged() {
        ComponentScore s = scoreOf(new ComponentEvidence(IndicatorId.of("5.8"), ReportStatus.NOT_APPLICABLE, null, null, null, null, null, null));
        assertEquals(0.0, s.points(), 0);
        assertEquals(List.of(FindingCode.NOT_APPLICABLE), codes(s));
    }

    @Test
    void smartCity_trackedNotScored() {
        ComponentScore s = scoreOf(ComponentEvidence.notReported("9.1"));
        assertEquals(0.0, s.maxPoints(), 0);
        assertEquals(List.of(), codes(s));
    }
}
