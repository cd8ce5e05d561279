package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.Evidence;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.ScoreCard;
import vn.dti.text.Language;

/** The appraisal council's decisions: the three figures, the findings and what each decision cost, and appraisals that do not fit. */
class AppraisalsTest {
    @TempDir
    Path tmp;

    static final Document A = Document.of("4100/BC-BCĐCĐS", "Báo cáo", LocalDate.of(2025, 9, 5), "Ban Chỉ đạo");
    static final Document B = Document.of("2690/QĐ-UBND", "Quyết định", LocalDate.of(2025, 8, 14), "UBND tỉnh");
    static final Document C = Document.of("07/NQ-HĐND", "Nghị quyết", LocalDate.of(2025, 7, 10), "HĐND tỉnh");

    static Evidence evidence() {
        return Evidence.of(Fixtures.KHANH_HOA, Fixtures.Q3, List.of(ComponentEvidence.of("6.5", 0.4669, A), ComponentEvidence.of("6.4", 1.0, A, B),
                ComponentEvidence.of("2.4", true, C)));
    }

    Path appraisal(String decisions) throws IOException {
        Path f = tmp.resolve("appraisal.json");
        Files.writeString(f, "{\n  \"methodology\": \"vn-dti-province-2025\",\n  \"entity\": \"khanh-hoa\",\n  \"period\": \"2025-Q3\",\n  \"decisions\": [\n"
                + decisions + "\n  ]\n}\n");
        return f;
    }

    static final String DECISIONS = String.join(",\n",
            "    {\"indicator\": \"6.5\", \"decision\": \"VALUE_ADJUSTED\", \"value\": 0.45, \"reason\": \"số liệu cả năm\", \"date\": \"2026-01-22\"}",
            "    {\"indicator\": \"6.4\", \"decision\": \"DOCUMENT_REJECTED\", \"document\": \"2690/QĐ-UBND\", \"reason\": \"không chứng minh\", \"date\": \"2026-01-22\"}",
            "    {\"indicator\": \"2.4\", \"decision\": \"DOCUMENT_REJECTED\", \"document\": \"07/nq-hđnd\", \"reason\": \"không phải chính sách\", \"date\": \"2026-01-22\"}");

    ScoreCard card() throws IOException {
        Path f = appraisal(DECISIONS);
        return Appraisals.score(Fixtures.scorer(), evidence(), Appraisals.read(f), f);
    }

    @Test
    void threeFigures_perComponentAndInTotal() throws IOException {
        ScoreCard card = card();
        ComponentScore c65 = card.component("6.5").orElseThrow();
        assertEquals(0.4669 * 20, c65.selfAssessedPoints(), 1e-9);                    // 9.338
        assertEquals(9.0, c65.appraisedPoints(), 1e-9);                              // 0.45 × 20
        assertEquals(9.0, c65.finalPoints(), 1e-9);
        assertEquals(20.0, card.component("6.4").orElseThrow().appraisedPoints(), 1e-9);
        assertEquals(20.0, card.component("2.4").orElseThrow().selfAssessedPoints(), 1e-9);
        assertEquals(0.0, card.component("2.4").orElseThrow().appraisedPoints(), 1e-9);
        assertEquals(49.338, card.selfAssessedPoints(), 1e-9);                       // 9.338 + 20 + 20
        assertEquals(29.0, card.appraisedPoints(), 1e-9);                            // 9 + 20 + 0
        assertEquals(29.0, card.totalPoints(), 1e-9);
        assertEquals(0.0, card.component("1.1").orElseThrow().selfAssessedPoints(), 0);
        assertTrue(c65.explanation().formula().in(Language.EN).endsWith("; council: value adjusted 0.4669 → 0.45 (số liệu cả năm), 2026-01-22"),
                c65.explanation().formula().in(Language.EN));
        // the council's decision keeps the place of the rule that scored it (the decision table's row)
        assertEquals(Fixtures.scorer().score(evidence()).component("6.5").orElseThrow().explanation().location(), c65.explanation().location());
        assertTrue(c65.explanation().location().startsWith("scoring.csv"), c65.explanation().location());
    }

    @Test
    void findings_carryWhatEachDecisionCost() throws IOException {
        ScoreCard card = card();
        Finding adjusted = card.component("6.5").orElseThrow().findings().stream().filter(f -> f.code() == FindingCode.APPRAISAL_ADJUSTED).findFirst()
                .orElseThrow();
        assertEquals(0.338, adjusted.pointsLost(), 0);                                 // exactly: 9.338 − 9 is 0.3379999999999992 in doubles
        assertTrue(vn.dti.json.DtiJson.write(card).contains("\"pointsLost\" : 0.338,"), "no binary noise in the JSON");
        assertEquals("The appraisal council adjusted component 6.5 from 0.4669 to 0.45 (số liệu cả năm, 2026-01-22): 9.34 → 9 points, 0.34 lost.",
                adjusted.message().in(Language.EN));
        assertEquals("Hội đồng thẩm định điều chỉnh chỉ số thành phần 6.5 từ 0.4669 thành 0.45 (số liệu cả năm, ngày 22/01/2026): 9,34 → 9 điểm, "
                + "mất 0,34 điểm.", adjusted.message().in(Language.VI));
        // the decision's file and date: the same in every language
        assertEquals("appraisal.json (2026-01-22)", adjusted.rule());
        assertEquals("Văn phòng UBND tỉnh", adjusted.agency());
        Finding kept = card.component("6.4").orElseThrow().findings().get(0);
        assertEquals(FindingCode.DOCUMENT_REJECTED, kept.code());
        assertEquals(0.0, kept.pointsLost(), 0);                                       // another document stands
        List<FindingCode> codes24 = card.component("2.4").orElseThrow().findings().stream().map(Finding::code).toList();
        assertEquals(List.of(FindingCode.NO_EVIDENCE_DOCUMENT, FindingCode.DOCUMENT_REJECTED), codes24);
        assertEquals(20.0, card.component("2.4").orElseThrow().findings().get(1).pointsLost(), 0);
        assertEquals(50.0, card.pointsLostByAgency().get("Sở Tài chính"), 1e-9);      // 2.4 counted once (20), 6.9 not reported (30)
    }

    @Test
    void decisionsThatDoNotFit_namedWithFileLineAndColumn() throws IOException {
        Path f = appraisal(String.join(",\n",
                "    {\"indicator\": \"6.55\", \"decision\": \"ACCEPTED\", \"date\": \"2026-01-22\"}",
                "    {\"indicator\": \"6.5\", \"decision\": \"VALUE_ADJUSTED\", \"value\": \"nhiều\", \"reason\": \"x\", \"date\": \"2026-01-22\"}",
                "    {\"indicator\": \"6.4\", \"decision\": \"DOCUMENT_REJECTED\", \"document\": \"9/QĐ\", \"reason\": \"x\", \"date\": \"2026-01-22\"}",
                "    {\"indicator\": \"3.4\", \"decision\": \"ACCEPTED\", \"date\": \"2026-01-22\"}"));
        String vi = assertThrows(InvalidEvidenceException.class, () -> Appraisals.score(Fixtures.scorer(), evidence(), Appraisals.read(f), f)).getMessage();
        String[] viLines = vi.split("\n");
        assertEquals(4, viLines.length, vi);
        assertTrue(viLines[0].startsWith(f + ":6:5: $.decisions[0] (6.55): không có chỉ số thành phần 6.55 — "), viLines[0]);
        assertTrue(viLines[1].startsWith(f + ":7:5: $.decisions[1] (6.5): giá trị điều chỉnh: cần một số (chỉ số thành phần loại RATIO)"), viLines[1]);
        assertTrue(viLines[2].startsWith(f + ":8:5: $.decisions[2] (6.4): tài liệu kiểm chứng [9/QĐ] không nằm trong các tài liệu kiểm chứng của 6.4 "
                + "(4100/BC-BCĐCĐS; 2690/QĐ-UBND)"), viLines[2]);
        String m = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> assertThrows(InvalidEvidenceException.class,
                () -> Appraisals.score(Fixtures.scorer(), evidence(), Appraisals.read(f), f))).getMessage();
        String[] lines = m.split("\n");
        assertEquals(4, lines.length, m);
        assertTrue(lines[0].startsWith(f + ":6:5: $.decisions[0] (6.55): unknown component 6.55"), lines[0]);
        assertTrue(lines[1].startsWith(f + ":7:5: $.decisions[1] (6.5): the adjusted value: expected a number (a RATIO component)"), lines[1]);
        assertTrue(lines[2].startsWith(f + ":8:5: $.decisions[2] (6.4): document [9/QĐ] is not among the documents of 6.4 (4100/BC-BCĐCĐS; 2690/QĐ-UBND)"),
                lines[2]);
        assertTrue(lines[3].startsWith(f + ":9:5: $.decisions[3] (3.4): component 3.4 has no reported value"), lines[3]);
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"period\": \"2025-Q3\", \"decisions\": [{\"indicator\": \"6.5\", \"decision\": \"VALUE_ADJUSTED\", \"date\": \"2026-01-22\"}]}");
        String shape = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> assertThrows(InvalidEvidenceException.class, () -> Appraisals.read(bad)))
                .getMessage();
        assertTrue(shape.startsWith(bad + ":1:") && shape.contains("is VALUE_ADJUSTED but gives no \"value\""), shape);
        String shapeVi = assertThrows(InvalidEvidenceException.class, () -> Appraisals.read(bad)).getMessage();
        assertTrue(shapeVi.contains("Quyết định về 6.5 là VALUE_ADJUSTED nhưng không có \"value\""), shapeVi);
        Path other = appraisal(DECISIONS.replace("", ""));
        Files.writeString(other, Files.readString(other).replace("\"2025-Q3\"", "\"2025-Q2\""));
        String period = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> assertThrows(InvalidEvidenceException.class,
                () -> Appraisals.score(Fixtures.scorer(), evidence(), Appraisals.read(other), other))).getMessage();
        assertTrue(period.startsWith(other + ":4:13: $.period: the appraisal is of period 2025-Q2, but the evidence reports 2025-Q3"), period);
    }
}
