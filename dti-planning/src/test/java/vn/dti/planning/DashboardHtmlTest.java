package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.Methodology;
import vn.dti.api.ReportingRole;
import vn.dti.text.Language;

/** The dashboard page: Vietnamese first, one language per cell, Vietnamese numbers and dates, escaping, the workspace sections. */
class DashboardHtmlTest {
    private final Methodology m = Example.scorer().methodology();

    @Test
    void vietnameseNumbers() {
        assertEquals("303,25", DashboardHtml.vn(303.2546666, 2));
        assertEquals("1.000", DashboardHtml.vn(1000, 2));
        assertEquals("1.234.567,89", DashboardHtml.vn(1234567.891, 2));
        assertEquals("0,3033", DashboardHtml.vn4(0.30325));
        assertEquals("0,0000", DashboardHtml.vn4(0));
        assertEquals("−12,5", DashboardHtml.vn(-12.5, 2));
        assertEquals("05/12/2023", VietnameseFormat.date(LocalDate.of(2023, 12, 5)));
        assertEquals("quý 4/2025", DashboardHtml.periodVi("2025-Q4"));
    }

    @Test
    void everyInputText_isEscaped() {
        String hostile = "<script>alert(1)</script>\"'&";
        Evidence e = Example.khanhHoa();
        Evidence bad = new Evidence(e.methodology(), new Entity(e.entity().id(), hostile, e.entity().kind()), e.period(), e.reportedAt(), e.note(),
                e.components()).with(ComponentEvidence.of("3.4", 0.8, new Document("1/" + hostile, hostile, LocalDate.of(2023, 12, 1), hostile, null, null)));
        Situation s = Situation.alone(Example.scorer(), bad);
        String html = DashboardHtml.render(Dashboard.of(s, null, null));
        assertFalse(html.contains(hostile), "raw input never reaches the page");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"));
        assertEquals(1, html.split("<script>", -1).length - 1, "one script: the page's own");
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void workspaceSections_needAWorkspace_orShowTheirRecords_oneLanguagePerCell() {
        Situation s = Example.alone();
        String without = DashboardHtml.render(Dashboard.of(s, null, null));
        assertTrue(without.contains("data-key=\"needsWorkspace\""));
        String with = DashboardHtml.render(Dashboard.of(s, null, null,
                List.of(new Dashboard.AgencyCompleteness("Sở Nội vụ", ReportingRole.RESPONSIBLE, 6, 4, 3)),
                List.of(new Dashboard.Deadline("Sở Nội vụ", ReportingRole.RESPONSIBLE, "4.2", LocalDate.of(2026, 1, 10), Dashboard.DeadlineState.MISSING, 0, 4)),
                List.of(new Dashboard.PeriodPoint("2024", 520, 0.52, 25), new Dashboard.PeriodPoint("2025", 610.5, 0.6105, 21))));
        assertFalse(with.contains("needsWorkspace"));
        assertTrue(with.contains(">10/01/2026<"), "a date as dd/mm/yyyy");
        assertTrue(with.contains("<span lang=\"vi\">chưa nộp, còn 4 ngày</span><span lang=\"en\">missing, 4 days left</span>"));
        assertTrue(with.contains("<span lang=\"vi\">chủ trì</span><span lang=\"en\">responsible</span>"));
        assertFalse(with.contains(" / missing") || with.contains("có / yes"), "never two languages in one text");
        assertTrue(with.contains("data-key=\"trend-2025\">610,5<"));
        assertTrue(with.contains("<polyline"));
        // the axis is labelled and scaled to the figures: 520 and 610,5 are far apart on it, not squeezed into 0..1000
        assertTrue(with.contains(">Tổng điểm</text>") && with.contains(">Total points</text>"));
        double y520 = dotY(with, 0);
        double y610 = dotY(with, 1);
        assertTrue(y520 - y610 > 60, "the two points are " + (y520 - y610) + " px apart");
    }

    @Test
    void trend_withATotalTarget_drawsTheTargetLine() {
        Situation s = Example.alone();
        List<TargetResult> targets = Targets.check(s, List.of(Target.parse("total>=800", m)), null);
        String html = DashboardHtml.render(Dashboard.of(s, null, targets, null, List.of(), null, null,
                List.of(new Dashboard.PeriodPoint("2025-Q1", 214.67, 0.2147, null), new Dashboard.PeriodPoint("2025-Q2", 222.77, 0.2228, null))));
        assertTrue(html.contains("class=\"goal\""), "the target line");
        assertTrue(html.contains("data-key=\"trendTarget\">mục tiêu 800 điểm<"), html);
        assertTrue(html.contains(">quý 1/2025<"), "the periods in Vietnamese");
        assertTrue(dotY(html, 0) - dotY(html, 1) > 20, "8 points apart still show as apart");
    }

    /** The y of the n-th point of the trend. */
    private static double dotY(String html, int n) {
        Matcher x = Pattern.compile("<circle cx=\"[0-9.]+\" cy=\"([0-9.]+)\" r=\"3.5\" class=\"dot\"/>").matcher(html);
        List<Double> ys = new ArrayList<>();
        while (x.find()) {
            ys.add(Double.parseDouble(x.group(1)));
        }
        return ys.get(n);
    }

    @Test
    void editionWarning_inVietnamese_englishOnTheSwitch() {
        Situation s = Example.alone();
        assertFalse(s.card().warnings().isEmpty(), "the 2023 example scored by the 2025 methodology carries a warning");
        String html = DashboardHtml.render(Dashboard.of(s, null, null));
        assertTrue(html.contains("<span lang=\"vi\">Kỳ 2023 trước phiên bản của bộ chỉ số này (vn-dti-province-2025 áp dụng từ năm 2025)"), html);
        assertTrue(html.contains("<span lang=\"en\">" + DashboardHtml.esc(s.card().warnings().get(0).in(Language.EN)) + "</span>"));
        assertFalse(html.contains("(tiếng Anh)"), "every sentence of the example has its Vietnamese");
    }

    @Test
    void categories_byTheirVietnameseNames_yesNo_inOneLanguage() {
        Situation s = Example.alone();
        String html = DashboardHtml.render(Dashboard.of(s, null, null));
        String code = Values.text(s.evidence().component(IndicatorId.of("3.5")).orElseThrow().value());
        String name = m.component(IndicatorId.of("3.5")).orElseThrow().category(code).name();
        assertTrue(html.contains("<span lang=\"vi\">" + name + "</span><span lang=\"en\">" + code + "</span>"), name);
        // the next step of 3.5 is the next category up, by its Vietnamese name
        String cloud = m.component(IndicatorId.of("3.5")).orElseThrow().category("cloud").name();
        assertTrue(html.contains("<span lang=\"vi\">đạt " + cloud + " (+15)</span><span lang=\"en\">reach cloud (+15)</span>"), cloud);
        assertFalse(html.contains("đạt cloud") || html.contains("báo cáo outdated"), "no code in the Vietnamese view");
        assertTrue(html.contains("<span lang=\"vi\">có</span><span lang=\"en\">yes</span>"));
    }

    @Test
    void targets_inVietnamese_withTheirFileTitleAndSource_rankTargetsInASmallCohort_cannotBeTold() {
        Situation s = Example.inCohort();
        TargetsFile file = TargetsFile.read(Example.data("targets-khanh-hoa-2025.json"), m);
        String html = bundledTargetsPage(s, null);
        assertTrue(html.contains("data-key=\"targetsTitle\">Mục tiêu chỉ số DTI năm 2025 của tỉnh Khánh Hòa<"));
        assertTrue(html.contains("data-key=\"targetsSource\">" + DashboardHtml.esc(file.source()) + "<"));
        // targets in words: the component's official name, never a code (3.4 ≥ 90%, points(6.5)>=max)
        for (String vi : List.of("Tổng điểm ≥ 800", "3.4 Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang ≥ 90%",
                "6.3 Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức tại Tỉnh. &gt; 95%",
                "7.3 Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử &gt; 80%", "6.5 Tỷ lệ hồ sơ nộp trực tuyến: đạt điểm tối đa (20 điểm)", "Xếp hạng ≤ 20",
                "Số chỉ số chính trong top 10 ≥ 4")) {
            assertTrue(html.contains("<span lang=\"vi\">" + vi + "</span>"), vi);
        }
        assertTrue(html.contains("<span lang=\"en\">6.5 Tỷ lệ hồ sơ nộp trực tuyến: full points (20 points)</span>"), "English words too");
        // the plan's own words and its citation beside each target
        assertTrue(html.contains("<span lang=\"vi\">Nguyên văn kế hoạch: “tỷ lệ hộ gia đình có kết nối Internet băng thông rộng cáp quang đạt 90%”</span>"));
        assertTrue(html.contains("<td class=\"src\">Kế hoạch Chuyển đổi số tỉnh Khánh Hòa năm 2025 sửa đổi phù hợp với mô hình chính quyền mới (dự thảo), mục II.2.c</td>"));
        for (String code : List.of("3.4 ≥ 90%", "points(", "&gt;=", "--cohort", "--targets", "--workspace", "--period")) {
            assertFalse(html.replaceAll("<span lang=\"en\">[^<]*</span>", "").contains(code), "no code or flag in the page's words: " + code);
        }
        assertTrue(html.contains("<span lang=\"vi\">còn thiếu 2,8 điểm phần trăm</span>"), "3.4: 87,2% of 90%");
        // the illustrative cohort has 6 entities: rank<=20 and top10>=4 say nothing in it
        int cohort = s.ranking().orElseThrow().entities().size();
        assertTrue(html.contains("<span lang=\"vi\">chưa đánh giá được: nhóm so sánh chỉ có " + cohort + " đơn vị, đơn vị nào cũng xếp hạng 20 trở lên; "
                + "cần nhóm hơn 20 đơn vị (toàn quốc: 34 tỉnh, thành phố)</span>"), html);
        assertTrue(html.contains("data-key=\"mainsInTop\"><span class=\"word\"><span lang=\"vi\">chưa đánh giá được</span>"), "the top card says so too");
        assertFalse(html.contains("data-key=\"mainsInTop\">8<"));
    }

    @Test
    void targetsLeftOutOfThePlan_areNamedInVietnamese() {
        Situation s = Example.inCohort();
        String html = bundledTargetsPage(s, Planner.plan(s, List.of(Target.parse("total>=800", m)), Effort.UNIFORM));
        assertTrue(html.contains("<span lang=\"vi\">Không đưa vào lộ trình (chưa đánh giá được trong nhóm so sánh này): "
                + "Số chỉ số chính trong top 10 ≥ 4; Xếp hạng ≤ 20</span><span lang=\"en\">Left out of the plan (cannot be told in this cohort): "
                + "Main indicators in the top 10 ≥ 4; Rank ≤ 20</span>"), html);
    }

    /** The page with the bundled Khánh Hòa 2025 targets checked in the situation, and the plan if given. */
    private String bundledTargetsPage(Situation s, Plan plan) {
        TargetsFile file = TargetsFile.read(Example.data("targets-khanh-hoa-2025.json"), m);
        return DashboardHtml.render(Dashboard.of(s, file, Targets.check(s, file.parsed(m), file::sourceOf), plan, List.of(), null, null, null));
    }

    @Test
    void aPlanThatCannotReachEveryTarget_saysSoFirst_andWhy_inVietnamese() {
        Situation s = Example.alone();
        List<Target> targets = List.of(Target.parse("total>=800", m), Target.parse("7.1>=0.1", m));
        Effort fixed = new Effort(null, 1.0, java.util.Map.of("7.1", new Effort.ComponentEffort(null, true, null, null, "chưa có số liệu")));
        Plan p = Planner.plan(s, targets, fixed);
        String html = DashboardHtml.render(Dashboard.of(s, null, Targets.check(s, targets, null), p, List.of(), null, null, null));
        int warn = html.indexOf("data-key=\"planUnreached\"><span lang=\"vi\">KHÔNG CÓ LỘ TRÌNH NÀO ĐẠT MỌI MỤC TIÊU.");
        assertTrue(warn > 0 && warn < html.indexOf("data-key=\"planSteps\""), "said first in the plan section");
        assertTrue(html.contains("<li data-key=\"unreached\"><span lang=\"vi\">7.1 Tỷ trọng kinh tế số trong GRDP ≥ 10%</span><span lang=\"en\">"
                + "7.1 Tỷ trọng kinh tế số trong GRDP ≥ 10%</span>: <span lang=\"vi\">"
                + "tệp công sức cố định chỉ số thành phần 7.1 (chưa có số liệu)</span>"), html);
        assertTrue(html.contains("<span lang=\"vi\">Không có phương án nào đạt mọi chỉ tiêu. Đây là phương án gần nhất: đạt nhiều chỉ tiêu nhất (1/2)"));
        assertFalse(html.contains("(tiếng Anh)"));
    }

    @Test
    void keyFigures_markedForReaders() {
        Situation s = Example.inCohort();
        String html = DashboardHtml.render(Dashboard.of(s, null, null));
        assertTrue(html.contains("data-key=\"total\">" + DashboardHtml.vn(s.card().totalPoints(), 2) + "<"));
        assertTrue(html.contains("data-key=\"index\">" + DashboardHtml.vn4(s.card().index()) + "<"));
        assertTrue(html.contains("data-key=\"rank\">"));
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing to fetch");
    }

    @Test
    void ticks_areRound_andCoverTheRange() {
        double[] t = DashboardHtml.ticks(209.67, 238.25);
        assertEquals(200, t[0], 1e-9);
        assertEquals(240, t[t.length - 1], 1e-9);
        assertEquals(10, t[1] - t[0], 1e-9);
        assertEquals(5, t.length);
    }

    /** The text of a key-marked element, one language (the other's spans and the tags taken out). */
    private static String shown(String html, String key, String lang) {
        int at = html.indexOf("data-key=\"" + key + "\"");
        assertTrue(at > 0, key);
        String rest = html.substring(html.indexOf('>', at) + 1);
        rest = rest.substring(0, rest.indexOf("</div>") < 0 ? rest.length() : rest.indexOf("</div>"));
        String other = lang.equals("vi") ? "en" : "vi";
        return rest.replaceAll("<span lang=\"" + other + "\">[^<]*</span>", "").replaceAll("<[^>]+>", "").strip();
    }

    @Test
    void illustrativeCohort_rankAfterThePlan_andItsInterval_fromTheBundledExample() {
        Situation s = Example.inCohort();
        TargetsFile file = TargetsFile.read(Example.data("targets-khanh-hoa-2025.json"), m);
        Dashboard d = Dashboard.planned(s, file, "targets-khanh-hoa-2025.json", Effort.UNIFORM, null, null, null, null);
        String html = DashboardHtml.render(d);
        // Khánh Hòa's 2023 evidence is last of the 6 in the illustrative cohort; the plan to 800 points puts it first (scored and ranked again)
        assertEquals(6, d.rank());
        assertEquals(1, d.afterPlan().rank());
        assertEquals(d.plan().rankAfter(), d.afterPlan().rank(), "the plan's own rank after");
        assertEquals("6 → 1", shown(html, "rankAfter", "vi"));
        assertTrue(shown(html, "afterPlan", "vi").startsWith("Sau lộ trình (chấm điểm và xếp hạng lại): tổng điểm 243,25 → 800,05; xếp hạng 6 → 1;"),
                shown(html, "afterPlan", "vi"));
        // how sure: the 5th–95th percentile of 10,000 samples, the assumed formulas ± 20% (as dti sensitivity, seed 1)
        SensitivityResult.EntityInterval expected = Sensitivity.run(Example.scorer(), s.cohort().orElseThrow(), 10_000, 1, 0.2).entities().stream()
                .filter(e -> e.id().equals("khanh-hoa")).findFirst().orElseThrow();
        assertEquals(2, d.interval().p5());
        assertEquals(6, d.interval().p95());
        assertEquals(expected.p5(), d.interval().p5());
        assertEquals(expected.p95(), d.interval().p95());
        assertEquals(expected.median(), d.interval().median());
        assertEquals("hạng 2 đến 6", shown(html, "interval", "vi"));
        assertEquals("ranks 2 to 6", shown(html, "interval", "en"));
        assertTrue(shown(html, "intervalNote", "vi").contains("trung vị " + DashboardHtml.vn(expected.median(), 1) + ": chấm lại 10.000 lần"));
        // the cohort is illustrative: said beside the rank, and its members listed
        assertTrue(d.cohortNote().illustrative());
        assertEquals("nhóm minh họa, không phải kết quả công bố", shown(html, "rankIllustrative", "vi"));
        assertTrue(html.contains("data-key=\"cohortIllustrative\"><span lang=\"vi\">Nhóm so sánh MINH HỌA"));
        assertTrue(html.contains("<span lang=\"vi\">6 đơn vị, theo thứ tự xếp hạng: Tỉnh C (minh họa), Tỉnh A (minh họa), Tỉnh D (minh họa), "
                + "Tỉnh E (minh họa), Tỉnh B (minh họa), Khánh Hòa.</span>"), "members in rank order");
        // an evidence file alone: self-assessed, said once for the page and beside every figure
        assertFalse(d.stages().appraised());
        assertTrue(shown(html, "basis", "vi").startsWith("Mọi số liệu trên trang là điểm tự đánh giá"));
        assertTrue(html.contains("data-key=\"notAppraised\""));
        assertTrue(html.contains("<span lang=\"vi\">Tổng điểm</span><span lang=\"en\">Total points</span> <span class=\"stage\">(<span lang=\"vi\">tự đánh giá"));
    }

    @Test
    void cohortOfAnotherPeriod_isWarnedAbout() {
        Situation s = Example.inCohort();
        // the illustrative cohort is of 2023, as the example's evidence: no period warning
        assertTrue(CohortWarnings.of(s).stream().noneMatch(w -> w.key() != null && w.key().equals("planning.cohort.otherPeriod")));
        Evidence e = Example.khanhHoa();
        Evidence of2025 = new Evidence(e.methodology(), e.entity(), vn.dti.api.Period.parse("2025"), e.reportedAt(), e.note(), e.components());
        Situation later = Situation.inCohort(Example.scorer(), Example.cohort(), of2025, 10);
        List<String> vi = CohortWarnings.of(later).stream().map(w -> w.in(Language.VI)).toList();
        assertTrue(vi.contains("Số liệu của nhóm so sánh là của kỳ 2023, chứng cứ của đơn vị là của kỳ 2025: hạng so sánh số liệu kỳ 2025 của đơn vị "
                + "với số liệu kỳ 2023 của các đơn vị khác."), vi.toString());
        assertTrue(DashboardHtml.render(Dashboard.of(later, null, null)).contains("hạng so sánh số liệu kỳ 2025 của đơn vị"));
    }

    @Test
    void servedPage_hasNoInlineStyleOrScript() {
        String html = DashboardHtml.renderServed(Dashboard.of(Example.alone(), null, null), "/s/d.css", "/s/d.js");
        assertFalse(html.contains("<style"), "no inline style");
        assertFalse(html.contains("style=\""), "no style attribute");
        assertFalse(html.contains("<script>"), "no inline script");
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/s/d.css\">"));
        assertTrue(html.contains("<script src=\"/s/d.js\"></script>"));
        assertTrue(DashboardHtml.stylesheet().contains("html.en [lang=\"vi\"]"));
        assertTrue(DashboardHtml.script().contains("classList.toggle('en')"));
        assertTrue(html.contains("data-key=\"noCohort\""), "no cohort: said in words");
    }

    @Test
    void appraisedWorkspace_showsTheThreeStagesSideBySide() {
        var scorer = Example.scorer();
        var ws = vn.dti.reporting.Workspace.open(Example.data("workspace-khanh-hoa-2025"));
        WorkspaceDashboard.Sections sections = WorkspaceDashboard.of(scorer, ws, vn.dti.api.Period.parse("2025"), LocalDate.of(2025, 12, 31),
                vn.dti.rules.Methodologies::resolve);
        assertTrue(sections.appraised(), "the example's council decided on 2025");
        Situation s = Situation.alone(scorer, sections.evidence());
        Dashboard d = Dashboard.planned(s, null, null, Effort.UNIFORM, sections.completeness(), sections.deadlines(), sections.trend(),
                sections.beforeAppraisal());
        String html = DashboardHtml.render(d);
        // the agencies reported 233,25 points; the council's decision on 6.5 (45% where the agency reported 46,69%) takes 0,34 of main indicator 6
        assertEquals(scorer.score(sections.selfAssessed()).totalPoints(), d.stages().total().selfAssessed(), 1e-9);
        assertEquals("233,25", DashboardHtml.vn(d.stages().total().selfAssessed(), 2));
        assertEquals("232,92", DashboardHtml.vn(d.stages().total().appraised(), 2));
        assertEquals(d.totalPoints(), d.stages().total().finalPoints(), 1e-9, "final: the appraised total");
        assertTrue(html.contains("<tr data-key=\"stage-total\"><td><span lang=\"vi\">Tổng điểm</span><span lang=\"en\">Total points</span></td>"
                + "<td class=\"r\">233,25</td><td class=\"r\">232,92</td><td class=\"r\"><b>232,92</b> / 1.000</td><td class=\"r down\">−0,34</td></tr>"), html);
        assertTrue(html.contains("<tr data-key=\"stage-6\"><td>6 Hoạt động Chính quyền số</td><td class=\"r\">29,34</td><td class=\"r\">29</td>"));
        assertTrue(shown(html, "basis", "vi").startsWith("Số liệu trên trang là điểm cuối cùng"));
        assertTrue(html.contains("<span class=\"stage\">(<span lang=\"vi\">cuối cùng</span><span lang=\"en\">final</span>)</span>"));
        assertTrue(html.contains("data-key=\"noCohort\""));
        assertTrue(html.contains("data-key=\"noTargets\""));
    }

    @Test
    void thePagesOwnWords_comeFromTheCatalogue_noInlinePairs() throws java.io.IOException {
        // every label of the page is a planning.* key (planning.dashboard.label.*, …): no Vietnamese/English pair written in the code
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/vn/dti/planning/DashboardHtml.java"));
        assertFalse(java.util.regex.Pattern.compile("\\bt\\(\"").matcher(source).find(), "an inline t(\"…\", \"…\") pair");
        assertFalse(java.util.regex.Pattern.compile("svgText\\([^;]*, \"[^\"]*\", \"[^\"]*\"\\);").matcher(source).find(), "an inline chart label pair");
        String html = DashboardHtml.render(Dashboard.of(Example.inCohort(), null, null));
        assertTrue(html.contains("<span lang=\"vi\">Điểm bị mất theo cơ quan phụ trách</span><span lang=\"en\">Points lost by responsible agency</span>"), html);
        assertTrue(html.contains("<span lang=\"vi\">" + DashboardHtml.esc(vn.dti.text.Messages.text(Language.VI, "planning.dashboard.label.footer"))
                + "</span><span lang=\"en\">" + DashboardHtml.esc(vn.dti.text.Messages.text(Language.EN, "planning.dashboard.label.footer")) + "</span>"));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n"));
        String served = DashboardHtml.renderServed(Dashboard.of(Example.inCohort(), null, null), "/s.css", "/s.js", Language.EN);
        assertTrue(served.startsWith("<!DOCTYPE html>\n<html lang=\"en\" class=\"en\">\n"), served.substring(0, 60));
    }
}
