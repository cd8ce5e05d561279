package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dti.api.EmulationRules;
import vn.dti.api.Period;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Language;
import vn.dti.text.Message;

/**
 * The emulation table on a small workspace, every figure by hand. Weights of the bundled
 * emulation.json: points 0.4, on time 0.25, completeness 0.2, appraisal 0.15.
 *
 * <p>2025-Q3 (due before 25/9/2025). Sở Tài chính leads 2.4 (20) and 6.9 (30) and cooperates on
 * 18 components; it reports 2.4 = yes with a document on 20/9 (on time). Công an tỉnh leads 5.1–5.6
 * (20, 20, 10 × 4) and 8.1 (50), 130 points, and cooperates on 11; it reports 5.1 = 90% with a
 * document on 30/9 (late) and 5.2 = 20% without a document on 20/9 (on time, earns nothing).
 */
class EmulationTest {
    private static final Period Q3 = Period.parse("2025-Q3");
    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);
    private final RuleScorer scorer = Fixtures.scorer();

    static Workspace.StoredFile submission(String agency, Period p, String reportedAt, String... components) {
        String json = "{\"methodology\": \"vn-dti-province-2025\", \"entity\": {\"id\": \"khanh-hoa\", \"name\": \"Khánh Hòa\", \"kind\": \"PROVINCE\"}, "
                + "\"period\": \"" + p.label() + "\", \"reportedAt\": \"" + reportedAt + "\", \"components\": [" + String.join(", ", components) + "]}";
        return new Workspace.StoredFile(p.label() + "/" + agency + ".json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A component reported by an agency, with a document or none, on a day. */
    static String component(String id, String value, String agency, boolean document, String reportedAt) {
        return "{\"indicator\": \"" + id + "\", \"source\": \"SELF_REPORTED\", \"reportedBy\": \"" + agency + "\", \"value\": " + value
                + ", \"reportedAt\": \"" + reportedAt + "\"" + (document ? ", \"documents\": [{\"number\": \"4100/BC-BCĐCĐS\", \"title\": \"Báo cáo kết quả "
                + "hoạt động chuyển đổi số tỉnh Khánh Hòa năm 2023\", \"date\": \"2023-12-05\", \"issuer\": \"Ban Chỉ đạo chuyển đổi số tỉnh Khánh Hòa\"}]" : "")
                + "}";
    }

    static List<Workspace.StoredFile> q3Files() {
        List<Workspace.StoredFile> files = new ArrayList<>();
        files.add(submission("Sở Tài chính", Q3, "2025-09-20", component("2.4", "true", "Sở Tài chính", true, "2025-09-20")));
        files.add(submission("Công an tỉnh", Q3, "2025-09-20", component("5.1", "0.9", "Công an tỉnh", true, "2025-09-30"),
                component("5.2", "0.2", "Công an tỉnh", false, "2025-09-20")));
        return files;
    }

    static Workspace workspace(List<Workspace.StoredFile> files, Workspace.StoredFile appraisal) {
        return Workspace.of("test", Fixtures.KHANH_HOA, Map.of(), Map.of(Q3, files), appraisal == null ? Map.of() : Map.of(Q3, appraisal));
    }

    private static Emulation.AgencyScore row(Emulation e, String agency) {
        return e.agencies().stream().filter(a -> a.agency().equals(agency)).findFirst().orElseThrow();
    }

    @Test
    void of_notAppraised_leavesAppraisalOutAndScalesTheOtherWeights() {
        Emulation e = Emulation.of(scorer, workspace(q3Files(), null), Q3, AS_OF);
        assertEquals(false, e.appraised());
        Emulation.AgencyScore tc = row(e, "Sở Tài chính");
        assertEquals(2, tc.leads());
        assertEquals(20, tc.points(), 1e-9);
        assertEquals(50, tc.maxPoints(), 1e-9);
        assertEquals(0.4, tc.pointsShare(), 1e-9);
        assertEquals(0.5, tc.onTimeShare(), 1e-9);
        assertEquals(20, tc.due());
        assertEquals(1, tc.complete());
        assertNull(tc.appraisal());
        // 100 × (0.4 × 0.4 + 0.25 × 0.5 + 0.2 × 1/20) / (0.4 + 0.25 + 0.2) = 29.5 / 0.85
        assertEquals(29.5 / 0.85, tc.score(), 1e-9);
        assertEquals(1, tc.rank());
        assertEquals("not-completed", tc.grade().id());

        Emulation.AgencyScore ca = row(e, "Công an tỉnh");
        assertEquals(7, ca.leads());
        assertEquals(18, ca.points(), 1e-9);   // 5.1: 90% × 20, late but scored; 5.2 without a document earns nothing
        assertEquals(130, ca.maxPoints(), 1e-9);
        assertEquals(1, ca.onTime());          // 5.2 on time, 5.1 six days late
        assertEquals(18, ca.due());
        assertEquals(1, ca.complete());        // 5.1 with its document
        assertEquals(100 * (0.4 * 18 / 130 + 0.25 / 7 + 0.2 / 18) / 0.85, ca.score(), 1e-9);
        assertEquals(2, ca.rank());

        // everyone else reported nothing: 0, sharing rank 3
        Emulation.AgencyScore nv = row(e, "Sở Nội vụ");
        assertEquals(0, nv.score(), 1e-9);
        assertEquals(3, nv.rank());
        assertEquals(e.agencies().size(), e.agencies().stream().filter(a -> a.rank() <= 3).count());
    }

    @Test
    void of_appraised_countsTheCouncilsAdjustment() {
        String decisions = "{\"methodology\": \"vn-dti-province-2025\", \"entity\": \"khanh-hoa\", \"period\": \"2025-Q3\", \"council\": \"Hội đồng\", "
                + "\"decisions\": [{\"indicator\": \"5.1\", \"decision\": \"VALUE_ADJUSTED\", \"value\": 0.8, \"reason\": \"số liệu cả quý\", \"date\": \"2025-10-10\"}]}";
        Workspace ws = workspace(q3Files(), new Workspace.StoredFile("2025-Q3/appraisal.json", decisions.getBytes(StandardCharsets.UTF_8)));
        Emulation e = Emulation.of(scorer, ws, Q3, AS_OF);
        assertTrue(e.appraised());
        Emulation.AgencyScore ca = row(e, "Công an tỉnh");
        assertEquals(16, ca.points(), 1e-9);        // 80% × 20
        assertEquals(18, ca.selfAssessed(), 1e-9);
        assertEquals(-2, ca.adjustment(), 1e-9);
        assertEquals(16.0 / 18, ca.appraisal(), 1e-9);
        assertEquals(100 * (0.4 * 16 / 130 + 0.25 / 7 + 0.2 / 18 + 0.15 * 16 / 18), ca.score(), 1e-9);
        Emulation.AgencyScore tc = row(e, "Sở Tài chính");
        assertEquals(1.0, tc.appraisal(), 1e-9);    // nothing adjusted on 2.4
        assertEquals(100 * (0.4 * 0.4 + 0.25 * 0.5 + 0.2 / 20 + 0.15), tc.score(), 1e-9);   // 44.5
        assertEquals(0.0, tc.adjustment(), 1e-9);
    }

    @Test
    void of_workedExample2025_sameAsTheDocsTable() {
        Emulation e = Emulation.of(scorer, Workspace.open(Fixtures.workedExample()), Period.parse("2025"), LocalDate.of(2026, 2, 1));
        Emulation.AgencyScore vh = e.agencies().get(0);
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", vh.agency());
        // 1.4 and 1.5 at their 20 points, both on time, 2 of its 19 components with documents, nothing adjusted
        assertEquals(100 * (0.4 + 0.25 + 0.2 * 2 / 19 + 0.15), vh.score(), 1e-9);
        Emulation.AgencyScore vp = row(e, "Văn phòng UBND tỉnh");
        assertEquals(-0.338, vp.adjustment(), 1e-9);   // 6.5: 46.69% × 20 = 9.338 → 45% × 20 = 9
        assertEquals(29, vp.points(), 1e-9);
        assertEquals(140, vp.maxPoints(), 1e-9);
    }

    @Test
    void score_weighsTheGivenSharesOnly() {
        EmulationRules.Weights w = new EmulationRules.Weights(0.4, 0.25, 0.2, 0.15);
        assertEquals(100, Emulation.score(w, 1.0, 1.0, 1.0, 1.0), 1e-9);
        assertEquals(50, Emulation.score(w, null, null, 0.5, null), 1e-9);
        assertEquals(100 * (0.25 * 0.5 + 0.2 * 0.05 + 0.15) / 0.6, Emulation.score(w, null, 0.5, 0.05, 1.0), 1e-9);
        assertEquals(0, Emulation.score(new EmulationRules.Weights(1.0, 0.0, 0.0, 0.0), null, 1.0, 1.0, 1.0), 1e-9);
    }

    @Test
    void formula_showsTheFoldersWeightsAsAProposal() {
        Emulation e = Emulation.of(scorer, workspace(q3Files(), null), Q3, AS_OF);
        String vi = Message.join("\n", e.formula()).in(Language.VI);
        assertTrue(vi.startsWith("Điểm thi đua = 100 × (0,4 × P + 0,25 × T + 0,2 × C + 0,15 × A)"), vi);
        assertTrue(vi.contains("đề xuất của dự án (ASSUMPTION)"), vi);
        assertTrue(vi.contains("Hoàn thành xuất sắc nhiệm vụ từ 90 điểm"), vi);
        String en = Message.join("\n", e.formula()).in(Language.EN);
        assertTrue(en.startsWith("Emulation score = 100 × (0.4 × P + 0.25 × T + 0.2 × C + 0.15 × A)"), en);
        assertTrue(en.contains("emulation.json"), en);
    }
}
