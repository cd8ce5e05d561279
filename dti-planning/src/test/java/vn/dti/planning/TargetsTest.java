package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.rules.Assumptions;

/** Targets: parsing, the bundled Khánh Hòa file, distances. */
class TargetsTest {
    private final Methodology m = Example.scorer().methodology();

    @TempDir
    Path tmp;

    @Test
    void parse_everySubject() {
        assertEquals(Target.Subject.TOTAL, Target.parse("total>=800", m).subject());
        assertEquals(0.8, Target.parse("index ≥ 80%", m).number(), 1e-12);
        assertEquals(20, Target.parse("rank<=20", m).number(), 0);
        Target top = Target.parse("top10>=4", m);
        assertEquals(10, top.top());
        assertEquals("3.4", Target.parse("3.4>=90%", m).component());
        assertEquals("0.9", Target.parse("3.4>=90%", m).value());
        assertEquals("cloud", Target.parse("3.5=cloud", m).value());
        assertEquals("yes", Target.parse("2.4=có", m).value());
    }

    @Test
    void parse_aboveTheMaximum_isRefusedStrictOrNot() {
        // total>1000 asks for what no score reaches, as total>=1001 does
        String strict = assertThrows(IllegalArgumentException.class, () -> Target.parse("total>1000", m)).getMessage();
        assertEquals(vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "planning.target.aboveMax", "total>1000", "total", "1000", m.id()),
                strict);
        assertThrows(IllegalArgumentException.class, () -> Target.parse("total>=1001", m));
        assertThrows(IllegalArgumentException.class, () -> Target.parse("index>1", m));
        assertThrows(IllegalArgumentException.class, () -> Target.parse("index>100%", m));
        assertEquals("1000", Target.parse("total>=1000", m).value());
        assertEquals("999.5", Target.parse("total>999,5", m).value());
    }

    @Test
    void parse_vietnameseDecimals_asTheWorkbooksReadThem() {
        assertEquals(800.5, Target.parse("total>=800,5", m).number(), 0);
        assertEquals(800.5, Target.parse("total>=800.5", m).number(), 0);
        assertEquals(0.805, Target.parse("index>=80,5%", m).number(), 0);
        assertEquals(0.8, Target.parse("index>=0,8", m).number(), 0);
        assertEquals("0.955", Target.parse("6.3>=95,5%", m).value());
        assertEquals(12.5, Target.parse("points(6.5)>=12,5", m).number(), 0);
        // what the workbooks refuse as ambiguous is refused here too, with the workbooks' advice
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("total>=800.125", m)).getMessage().contains("hai cách"));
    }

    @Test
    void parse_badTargets_sayWhatIsWrong() throws Throwable {
        Example.inEnglish(() -> {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("total=>800", m)).getMessage().contains("subject op value"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("total>=1200", m)).getMessage().contains("1000"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("rank>=3", m)).getMessage().contains("rank<=3"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("top10>=9", m)).getMessage().contains("8 scored main"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("3.44>=1", m)).getMessage().contains("3.4"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("3.5=sky", m)).getMessage().contains("cloud"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("3.5>=cloud", m)).getMessage().contains("3.5=cloud"));
        });
    }

    @Test
    void bundledFile_everyTargetCitesItsDocument_andChecks() {
        TargetsFile f = TargetsFile.read(Example.data("targets-khanh-hoa-2025.json"), m);
        for (TargetsFile.Entry e : f.targets()) {
            assertTrue(e.source() != null && e.source().startsWith("Kế hoạch"), e.target() + " cites its document");
        }
        Situation s = Example.inCohort();
        List<TargetResult> results = Targets.check(s, f.parsed(m), f::sourceOf);
        TargetResult total = results.get(0);
        assertEquals("total>=800", total.target());
        assertEquals(800 - s.card().totalPoints(), total.distance(), 1e-9);
        assertFalse(total.isMet());
        assertTrue(total.source().contains("mục I.2"));
        // the illustrative cohort has 6 entities: every one ranks 20th or better, and every main indicator is in its top 10
        TargetResult rank = results.stream().filter(r -> r.target().equals("rank<=20")).findFirst().orElseThrow();
        assertEquals(TargetResult.Status.CANNOT_TELL, rank.status());
        assertNull(rank.met());
        TargetResult top = results.stream().filter(r -> r.target().equals("top10>=4")).findFirst().orElseThrow();
        assertEquals(TargetResult.Status.CANNOT_TELL, top.status());
    }

    @Test
    void bundledFile_hasThePlansTargets_asTheDocumentsWordThem() {
        TargetsFile f = TargetsFile.read(Example.data("targets-khanh-hoa-2025.json"), m);
        List<String> written = f.targets().stream().map(TargetsFile.Entry::target).toList();
        // Kế hoạch Chuyển đổi số tỉnh Khánh Hòa năm 2025 …, mục II.2.a: "100% thủ tục hành chính (TTHC) đủ điều kiện được công bố trực tuyến toàn trình"
        assertTrue(written.contains("6.4>=1"), written.toString());
        // Kế hoạch nâng cao chỉ số DTI …, mục II.3.6: "bảo đảm đạt điểm tối đa các chỉ tiêu về" 6.4 to 6.8
        for (String id : List.of("6.4", "6.5", "6.6", "6.7", "6.8")) {
            assertTrue(written.contains("points(" + id + ")>=max"), id);
            TargetsFile.Entry e = f.targets().get(written.indexOf("points(" + id + ")>=max"));
            assertTrue(e.source().endsWith("mục II.3.6") && e.note().contains("đạt điểm tối đa"), e.toString());
        }
        // "trên 95%", "trên 80%": strictly above
        assertEquals(Target.Op.ABOVE, Target.parse(written.get(written.indexOf("6.3>0.95")), m).op());
        assertEquals(Target.Op.ABOVE, Target.parse(written.get(written.indexOf("7.3>0.8")), m).op());
        assertTrue(f.title() != null && f.source() != null && f.source().contains("Kế hoạch"));
    }

    @Test
    void bundledFile_aValueTarget_onlyWhereTheMethodologyReadsATarget() {
        // a value target (3.4>=0.9) only on a component whose scoring row is not marked GIẢ ĐỊNH, read from the table at run time:
        // "hoàn thành 100% các mục tiêu về … tỷ lệ thôn, bản được phủ băng rộng cố định" (KH nâng cao DTI 2025, mục II.3.3) names
        // targets without a number, so 3.2 is an assumption and has no value target
        TargetsFile f = TargetsFile.read(Example.data("targets-khanh-hoa-2025.json"), m);
        for (Target t : f.parsed(m)) {
            if (t.subject() == Target.Subject.COMPONENT) {
                String row = Example.scorer().scoringRule(IndicatorId.of(t.component())).orElseThrow().assumption();
                assertFalse(Assumptions.marks(row), t.text() + " targets a component the methodology marks: " + row);
            }
        }
        // 3.1, 8.1, 8.2: the plans' nearest targets count other populations (villages in coverage gaps with grid power; users of
        // online public services; adults with a digital or electronic signature), so the methodology marks them and no target names them
        List<String> components = f.parsed(m).stream().filter(t -> t.subject() == Target.Subject.COMPONENT).map(Target::component).toList();
        for (String id : List.of("3.1", "8.1", "8.2")) {
            assertFalse(components.contains(id), id + " has no value target: " + components);
            assertTrue(Example.scorer().scoringRule(IndicatorId.of(id)).orElseThrow().assumption().startsWith(Assumptions.MARK_VI + ":"), id);
        }
        // 5.4 and 5.5: "triển khai thực hiện đầy đủ việc kiểm tra, đánh giá an toàn thông tin hằng năm đầy đủ các nội dung và hình thức"
        // (Kế hoạch số 4636/KH-UBND ngày 29/9/2025, mục II.3.5), 100% as the table reads it
        for (String id : List.of("5.4", "5.5")) {
            TargetsFile.Entry e = f.targets().stream().filter(x -> x.target().equals(id + ">=1")).findFirst().orElseThrow();
            assertTrue(e.source().startsWith("Kế hoạch số 4636/KH-UBND ngày 29/9/2025") && e.source().endsWith("mục II.3.5"), e.source());
            assertTrue(e.note().contains("kiểm tra, đánh giá an toàn thông tin hằng năm"), e.note());
        }
    }

    @Test
    void bundledFile_citesTheDtiPlanByItsNumber_andTheRevisedPlanAsADraft() {
        TargetsFile f = TargetsFile.read(Example.data("targets-khanh-hoa-2025.json"), m);
        for (TargetsFile.Entry e : f.targets()) {
            for (String part : e.source().split("; ")) {
                assertTrue(part.startsWith("Kế hoạch số 4636/KH-UBND ngày 29/9/2025 nâng cao chỉ số xếp hạng đánh giá chuyển đổi số (DTI)")
                        || part.startsWith("Kế hoạch Chuyển đổi số tỉnh Khánh Hòa năm 2025 sửa đổi phù hợp với mô hình chính quyền mới (dự thảo), mục"),
                        e.target() + ": " + part);
            }
        }
    }

    @Test
    void rankTargets_inACohortOfNOrFewer_cannotBeTold_withTheReason() throws Throwable {
        Example.inEnglish(() -> {
            Situation s = Example.inCohort();
            int n = s.ranking().orElseThrow().entities().size();
            List<TargetResult> r = Targets.check(s, List.of(Target.parse("rank<=" + n, m), Target.parse("rank<=" + (n - 1), m), Target.parse("top" + n + ">=1", m),
                    Target.parse("top" + (n - 1) + ">=1", m)), null);
            assertEquals(TargetResult.Status.CANNOT_TELL, r.get(0).status());
            assertEquals(n, r.get(0).cohortSize());
            assertTrue(r.get(0).detail().contains("the cohort has " + n + " entities") && r.get(0).detail().contains("the national cohort of 34 provinces"),
                    r.get(0).detail());
            assertTrue(r.get(1).met() != null, "a rank below the cohort's size can be told");
            assertEquals(TargetResult.Status.CANNOT_TELL, r.get(2).status());
            assertTrue(r.get(3).met() != null);
        });
    }

    @Test
    void strictTargets_andPointsTargets() throws Throwable {
        Example.inEnglish(() -> {
            Situation s = Example.alone();
            // 3.4 reports 0.872: > 0.872 is not met (at it, not above), >= 0.872 is
            TargetResult above = Targets.check(s, List.of(Target.parse("3.4>0.872", m)), null).get(0);
            assertFalse(above.isMet());
            assertTrue(above.detail().contains("must be above 87.2%"), above.detail());
            assertTrue(Targets.check(s, List.of(Target.parse("3.4>=0.872", m)), null).get(0).isMet());
            assertTrue(Targets.check(s, List.of(Target.parse("3.4<0.9", m)), null).get(0).isMet());
            assertEquals(20, Target.parse("rank<21", m).number(), 0);
            assertEquals(Target.Op.AT_MOST, Target.parse("rank<21", m).op());
            assertEquals(4, Target.parse("top10>3", m).number(), 0);
            assertTrue(Targets.check(s, List.of(Target.parse("total>243", m)), null).get(0).isMet(), "243.25 > 243");
            // points: 3.4 earns 0.872 / 0.9 × 30 = 29.0667 of 30
            Target full = Target.parse("points(3.4)>=max", m);
            assertEquals(30, full.number(), 0);
            TargetResult r = Targets.check(s, List.of(full), null).get(0);
            assertFalse(r.isMet());
            assertEquals(30 - 0.872 / 0.9 * 30, r.distance(), 1e-9);
            assertTrue(Targets.check(s, List.of(Target.parse("points(3.4)>29", m)), null).get(0).isMet());
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("points(3.4)>=31", m)).getMessage().contains("at most 30"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("rank>3", m)).getMessage().contains("ceiling"));
        });
    }

    @Test
    void aTargetsFileForAnotherEntity_isRefused_forAnotherPeriod_warns() throws Throwable {
        Example.inEnglish(() -> {
            Path f = tmp.resolve("t.json");
            Files.writeString(f, "{\"entity\": \"ha-noi\", \"targets\": [{\"target\": \"total>=800\"}]}");
            TargetsFile other = TargetsFile.read(f, m);
            InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> other.against(f, Example.khanhHoa()));
            assertTrue(e.getMessage().startsWith(f + ": $.entity: ") && e.getMessage().contains("ha-noi") && e.getMessage().contains("khanh-hoa"),
                    e.getMessage());
            Files.writeString(f, "{\"entity\": \"khanh-hoa\", \"period\": \"2025\", \"targets\": [{\"target\": \"total>=800\"}]}");
            List<String> w = TargetsFile.read(f, m).against(f, Example.khanhHoa());
            assertEquals(1, w.size());
            assertTrue(w.get(0).contains("for period 2025; the evidence is of 2023"), w.get(0));
            Files.writeString(f, "{\"period\": \"2023\", \"targets\": [{\"target\": \"total>=800\"}]}");
            assertTrue(TargetsFile.read(f, m).against(f, Example.khanhHoa()).isEmpty());
            Files.writeString(f, "{\"period\": \"năm 2025\", \"targets\": [{\"target\": \"total>=800\"}]}");
            assertTrue(assertThrows(InvalidEvidenceException.class, () -> TargetsFile.read(f, m)).getMessage().contains("$.period"));
        });
    }

    @Test
    void rankTargets_withoutACohort_areNotChecked() {
        List<TargetResult> r = Targets.check(Example.alone(), List.of(Target.parse("rank<=20", m), Target.parse("top10>=4", m)), null);
        assertNull(r.get(0).met());
        assertNull(r.get(1).met());
        assertTrue(r.get(0).detail().contains("--cohort"));
    }

    @Test
    void rankTarget_missed_saysHowManyPlacesAndPoints() throws Throwable {
        Example.inEnglish(() -> {
            Situation s = Example.inCohort();
            int rank = s.ranking().orElseThrow().entity("khanh-hoa").orElseThrow().rank();
            if (rank == 1) {
                return;
            }
            TargetResult r = Targets.check(s, List.of(Target.parse("rank<=1", m)), null).get(0);
            assertFalse(r.isMet());
            assertEquals(rank - 1, r.distance(), 0);
            assertTrue(r.detail().contains("more points"), r.detail());
        });
    }

    @Test
    void badFile_namesFileLineAndPath() throws IOException {
        Path f = tmp.resolve("t.json");
        Files.writeString(f, "{\"targets\": [{\"target\": \"total>=800\"},\n {\"target\": \"3.44>=1\", \"source\": \"x\"}]}");
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> TargetsFile.read(f, m));
        assertTrue(e.getMessage().startsWith(f + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("$.targets[1].target"), e.getMessage());
        Files.writeString(f, "{\"targets\": [{\"taget\": \"total>=800\"}]}");
        assertTrue(assertThrows(InvalidEvidenceException.class, () -> TargetsFile.read(f, m)).getMessage().contains("taget"));
    }

    @Test
    void refusalsAndDistances_inVietnamese_byDefault() {
        // the tests run under vi_VN without DTI_LANG: the library writes the run's language, Vietnamese
        assertEquals("chỉ tiêu [rank>3]: chỉ tiêu xếp hạng là mức trần (1 là hạng nhất): hãy ghi rank<=3",
                assertThrows(IllegalArgumentException.class, () -> Target.parse("rank>3", m)).getMessage());
        assertEquals("chỉ tiêu [3.4>=1,5]: chỉ số thành phần 3.4 là tỷ lệ, tối đa 100%: hãy ghi 3.4>=1",
                assertThrows(IllegalArgumentException.class, () -> Target.parse("3.4>=1,5", m)).getMessage());
        TargetResult above = Targets.check(Example.alone(), List.of(Target.parse("3.4>0.872", m)), null).get(0);
        assertEquals("phải trên 87,2%, không chỉ bằng", above.detail());
        TargetResult points = Targets.check(Example.alone(), List.of(Target.parse("points(3.4)>=max", m)), null).get(0);
        assertEquals("còn thiếu 0,93 điểm (đạt 29,07/30)", points.detail());
    }
}
