package vn.dti.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The dashboard as one self-contained HTML page: inline CSS, inline SVG charts and a few lines of
 * inline script (the language switch), nothing fetched, so it opens offline from a file or an
 * e-mail. Vietnamese first, English on a switch; numbers in Vietnamese format (303,25; 1.000);
 * printable on A4. Every text that comes from an input file is HTML-escaped, and a Content
 * Security Policy forbids any request.
 */
public final class DashboardHtml {
    private DashboardHtml() {
    }

    /** The page. */
    public static String render(Dashboard d) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                        + "img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>DTI — ").append(esc(d.entity())).append(" — ").append(esc(d.period())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<header><div><h1>").append(t("Bảng điều khiển DTI", "DTI dashboard")).append(" — <span data-key=\"entity\">").append(esc(d.entity()))
                .append("</span></h1><p class=\"sub\">").append(t("Kỳ", "Period")).append(' ').append(esc(d.period())).append(" · ")
                .append(esc(d.methodology())).append(" <span class=\"muted\">(").append(esc(d.methodologyId())).append(")</span></p></div>")
                .append("<button id=\"lang\" type=\"button\">").append(t("English", "Tiếng Việt")).append("</button></header>\n");
        for (String w : d.warnings()) {
            h.append("<p class=\"warn\">").append(esc(w)).append("</p>\n");
        }
        kpis(h, d);
        mains(h, d);
        targets(h, d);
        agencies(h, d);
        workspace(h, d);
        trend(h, d);
        plan(h, d);
        components(h, d);
        h.append("<footer>").append(t("Mọi công thức chấm điểm thành phần của bộ chỉ số này là giả định (công thức chính thức chưa được công bố); "
                + "\"điểm bị mất\" là điểm chưa đạt, \"điểm có rủi ro\" là điểm đã đạt nhưng bị cảnh báo.",
                "Every component formula of this methodology is an assumption (the official formulas are not published); \"points lost\" are "
                        + "points not earned, \"points at risk\" are points earned but flagged.")).append("</footer>\n");
        h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------ sections

    private static void kpis(StringBuilder h, Dashboard d) {
        h.append("<section class=\"kpis\">\n");
        kpi(h, t("Tổng điểm", "Total points"), "total", vn(d.totalPoints(), 2), "/ " + vn(d.maxPoints(), 2));
        kpi(h, t("Chỉ số DTI", "DTI index"), "index", vn4(d.index()), "");
        kpi(h, t("Điểm bị mất", "Points lost"), "pointsLost", vn(d.pointsLost(), 2), "");
        kpi(h, t("Điểm có rủi ro", "Points at risk"), "pointsAtRisk", vn(d.pointsAtRisk(), 2), "");
        if (d.rank() != null) {
            kpi(h, t("Xếp hạng", "Rank"), "rank", Integer.toString(d.rank()), "/ " + d.cohortSize());
            kpi(h, t("Chỉ số chính trong top " + d.top(), "Main indicators in the top " + d.top()), "mainsInTop", Integer.toString(d.mainsInTop()),
                    "/ " + d.mains().size());
        }
        h.append("</section>\n");
    }

    private static void kpi(StringBuilder h, String label, String key, String value, String suffix) {
        h.append("<div class=\"kpi\"><div class=\"label\">").append(label).append("</div><div class=\"value\"><span data-key=\"").append(key)
                .append("\">").append(value).append("</span> <small>").append(esc(suffix)).append("</small></div></div>\n");
    }

    private static void mains(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(t("Chỉ số chính", "Main indicators")).append("</h2>\n");
        int rowH = 26;
        int w = 640;
        int labelW = 230;
        int barW = w - labelW - 90;
        int height = d.mains().size() * rowH + 24;
        h.append("<svg class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append("Main indicators\">\n");
        int y = 4;
        for (Dashboard.MainRow m : d.mains()) {
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\" class=\"lbl\">").append(esc(m.id() + " " + cut(m.name(), 30))).append("</text>");
            h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"").append(barW).append("\" height=\"16\" class=\"track\"/>");
            h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"").append(fmt(barW * clamp(m.value())))
                    .append("\" height=\"16\" class=\"bar\"/>");
            if (m.cohortAverage() != null) {
                double ax = labelW + barW * clamp(m.cohortAverage());
                h.append("<line x1=\"").append(fmt(ax)).append("\" x2=\"").append(fmt(ax)).append("\" y1=\"").append(y).append("\" y2=\"").append(y + 22)
                        .append("\" class=\"avg\"/>");
                double bx = labelW + barW * clamp(m.cohortBest());
                h.append("<circle cx=\"").append(fmt(bx)).append("\" cy=\"").append(y + 11).append("\" r=\"4\" class=\"best\"/>");
            }
            h.append("<text x=\"").append(labelW + barW + 6).append("\" y=\"").append(y + 15).append("\" class=\"num\">").append(vn(m.points(), 2))
                    .append(" / ").append(vn(m.maxPoints(), 2)).append("</text>\n");
            y += rowH;
        }
        if (d.rank() != null) {
            h.append("<line x1=\"").append(labelW).append("\" x2=\"").append(labelW + 14).append("\" y1=\"").append(y + 10).append("\" y2=\"")
                    .append(y + 10).append("\" class=\"avg\"/><text x=\"").append(labelW + 18).append("\" y=\"").append(y + 14).append("\" class=\"lbl\">")
                    .append("TB / avg</text><circle cx=\"").append(labelW + 110).append("\" cy=\"").append(y + 10).append("\" r=\"4\" class=\"best\"/><text x=\"")
                    .append(labelW + 118).append("\" y=\"").append(y + 14).append("\" class=\"lbl\">cao nhất / best</text>");
        }
        h.append("</svg>\n<table><thead><tr><th>").append(t("Mã", "Id")).append("</th><th>").append(t("Chỉ số chính", "Main indicator"))
                .append("</th><th class=\"r\">").append(t("Điểm", "Points")).append("</th><th class=\"r\">").append(t("Giá trị", "Value")).append("</th>");
        if (d.rank() != null) {
            h.append("<th class=\"r\">").append(t("TB nhóm", "Cohort avg")).append("</th><th class=\"r\">").append(t("Cao nhất", "Best"))
                    .append("</th><th class=\"r\">").append(t("Hạng", "Rank")).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Dashboard.MainRow m : d.mains()) {
            h.append("<tr><td>").append(esc(m.id())).append("</td><td>").append(esc(m.name())).append("</td><td class=\"r\"><span data-key=\"main-")
                    .append(esc(m.id())).append("\">").append(vn(m.points(), 2)).append("</span> / ").append(vn(m.maxPoints(), 2))
                    .append("</td><td class=\"r\">").append(vn4(m.value())).append("</td>");
            if (m.cohortAverage() != null) {
                h.append("<td class=\"r\">").append(vn4(m.cohortAverage())).append("</td><td class=\"r\">").append(vn4(m.cohortBest()))
                        .append("</td><td class=\"r").append(Boolean.TRUE.equals(m.inTop()) ? " good" : "").append("\">").append(m.rank()).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void targets(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(t("Mục tiêu", "Targets")).append("</h2>\n");
        if (d.targets() == null) {
            h.append("<p class=\"muted\">").append(t("Chưa có tệp mục tiêu (--targets).", "No targets file given (--targets).")).append("</p></section>\n");
            return;
        }
        long met = d.targets().stream().filter(TargetResult::isMet).count();
        h.append("<p>").append(t("Đạt", "Met")).append(" <b data-key=\"targetsMet\">").append(met).append("</b> / ").append(d.targets().size())
                .append("</p>\n<table><thead><tr><th></th><th>").append(t("Mục tiêu", "Target")).append("</th><th class=\"r\">").append(t("Hiện tại", "Now"))
                .append("</th><th>").append(t("Khoảng cách", "Distance")).append("</th><th>").append(t("Nguồn", "Source")).append("</th></tr></thead><tbody>\n");
        for (TargetResult r : d.targets()) {
            String cls = r.met() == null ? "unknown" : r.met() ? "good" : "bad";
            String mark = r.met() == null ? "?" : r.met() ? "✓" : "✗";
            h.append("<tr class=\"").append(cls).append("\"><td>").append(mark).append("</td><td>").append(esc(r.target())).append("</td><td class=\"r\">")
                    .append(r.actual() == null ? "" : r.actual().equals("not reported") ? t("chưa báo cáo", "not reported") : esc(numText(r.actual())))
                    .append("</td><td>").append(distance(r)).append("</td><td class=\"src\">")
                    .append(esc(r.source() == null ? "" : r.source())).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void agencies(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(t("Điểm bị mất theo cơ quan phụ trách", "Points lost by responsible agency")).append("</h2>\n");
        double max = 1;
        for (Dashboard.AgencyGaps a : d.agencies()) {
            max = Math.max(max, a.pointsLost() + a.pointsAtRisk());
        }
        int w = 640;
        int labelW = 230;
        int barW = w - labelW - 110;
        int rowH = 24;
        h.append("<svg class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(d.agencies().size() * rowH + 8).append("\" role=\"img\" aria-label=\"")
                .append("Points lost by agency\">\n");
        int y = 4;
        for (Dashboard.AgencyGaps a : d.agencies()) {
            double lw = barW * a.pointsLost() / max;
            double rw = barW * a.pointsAtRisk() / max;
            h.append("<text x=\"0\" y=\"").append(y + 14).append("\" class=\"lbl\">").append(esc(cut(a.agency().isEmpty() ? "—" : a.agency(), 34)))
                    .append("</text><rect x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"").append(fmt(lw))
                    .append("\" height=\"16\" class=\"lost\"/><rect x=\"").append(fmt(labelW + lw)).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(fmt(rw)).append("\" height=\"16\" class=\"risk\"/><text x=\"").append(fmt(labelW + lw + rw + 6)).append("\" y=\"").append(y + 14)
                    .append("\" class=\"num\">−").append(vn(a.pointsLost(), 2)).append(a.pointsAtRisk() > 0 ? " · ⚠ " + vn(a.pointsAtRisk(), 2) : "")
                    .append("</text>\n");
            y += rowH;
        }
        h.append("</svg>\n<p class=\"legend\"><span class=\"sw lost\"></span>").append(t("điểm bị mất", "points lost"))
                .append(" <span class=\"sw risk\"></span>").append(t("điểm có rủi ro", "points at risk")).append("</p>\n");
        h.append("<table><thead><tr><th>").append(t("Cơ quan / thành phần", "Agency / component")).append("</th><th class=\"r\">")
                .append(t("Điểm", "Points")).append("</th><th class=\"r\">").append(t("Mất", "Lost")).append("</th><th class=\"r\">")
                .append(t("Rủi ro", "At risk")).append("</th><th>").append(t("Bước tiếp theo", "Next step")).append("</th></tr></thead><tbody>\n");
        for (Dashboard.AgencyGaps a : d.agencies()) {
            h.append("<tr class=\"group\"><td colspan=\"2\">").append(esc(a.agency().isEmpty() ? "—" : a.agency())).append("</td><td class=\"r\">")
                    .append(vn(a.pointsLost(), 2)).append("</td><td class=\"r\">").append(vn(a.pointsAtRisk(), 2)).append("</td><td></td></tr>\n");
            for (Gap g : a.gaps()) {
                h.append("<tr><td>").append(esc(g.component().value())).append(" ").append(esc(cut(g.name(), 70))).append("</td><td class=\"r\">")
                        .append(vn(g.points(), 2)).append(" / ").append(vn(g.maxPoints(), 2)).append("</td><td class=\"r\">").append(vn(g.pointsLost(), 2))
                        .append("</td><td class=\"r\">").append(g.pointsAtRisk() > 0 ? vn(g.pointsAtRisk(), 2) : "").append("</td><td>")
                        .append(next(g))
                        .append("</td></tr>\n");
            }
        }
        h.append("</tbody></table></section>\n");
    }

    private static void workspace(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(t("Mức độ đầy đủ và hạn báo cáo theo cơ quan", "Completeness and deadlines by agency")).append("</h2>\n");
        if (d.completeness() == null && d.deadlines() == null) {
            h.append("<p class=\"muted\" data-key=\"needsWorkspace\">").append(t("Cần không gian làm việc báo cáo (--workspace … --period …): tệp chứng cứ "
                    + "đơn lẻ không có thông tin theo từng cơ quan báo cáo.", "Needs a reporting workspace (--workspace … --period …): a single evidence "
                            + "file does not say what each agency reported when.")).append("</p></section>\n");
            return;
        }
        if (d.completeness() != null) {
            h.append("<table><thead><tr><th>").append(t("Cơ quan", "Agency")).append("</th><th class=\"r\">").append(t("Thành phần", "Components"))
                    .append("</th><th class=\"r\">").append(t("Đã báo cáo", "Reported")).append("</th><th class=\"r\">").append(t("Có tài liệu", "Documented"))
                    .append("</th></tr></thead><tbody>\n");
            for (Dashboard.AgencyCompleteness a : d.completeness()) {
                h.append("<tr><td>").append(esc(a.agency())).append("</td><td class=\"r\">").append(a.components()).append("</td><td class=\"r\">")
                        .append(a.reported()).append("</td><td class=\"r\">").append(a.documented()).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        if (d.deadlines() != null) {
            h.append("<table><thead><tr><th>").append(t("Cơ quan", "Agency")).append("</th><th>").append(t("Thành phần", "Component")).append("</th><th>")
                    .append(t("Hạn", "Due")).append("</th><th>").append(t("Trạng thái", "Status")).append("</th><th class=\"r\">").append(t("Trễ (ngày)", "Days late"))
                    .append("</th></tr></thead><tbody>\n");
            for (Dashboard.Deadline x : d.deadlines()) {
                h.append("<tr><td>").append(esc(x.agency())).append("</td><td>").append(esc(x.component())).append("</td><td>")
                        .append(x.due() == null ? "" : x.due().getDayOfMonth() + "/" + x.due().getMonthValue() + "/" + x.due().getYear()).append("</td><td>")
                        .append(esc(x.status())).append("</td><td class=\"r\">").append(x.daysLate()).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static void trend(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(t("Xu hướng qua các kỳ", "Trend across periods")).append("</h2>\n");
        if (d.trend() == null || d.trend().isEmpty()) {
            h.append("<p class=\"muted\">").append(t("Cần không gian làm việc báo cáo có nhiều kỳ (--workspace).", "Needs a reporting workspace with "
                    + "several periods (--workspace).")).append("</p></section>\n");
            return;
        }
        int w = 640;
        int ht = 160;
        int n = d.trend().size();
        h.append("<svg class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(ht + 30).append("\" role=\"img\" aria-label=\"Trend\">\n<polyline class=\"line\" points=\"");
        for (int i = 0; i < n; i++) {
            double x = 30 + (w - 60) * (n == 1 ? 0.5 : (double) i / (n - 1));
            double y = 10 + ht * (1 - d.trend().get(i).totalPoints() / d.maxPoints());
            h.append(fmt(x)).append(',').append(fmt(y)).append(' ');
        }
        h.append("\"/>\n");
        for (int i = 0; i < n; i++) {
            Dashboard.PeriodPoint p = d.trend().get(i);
            double x = 30 + (w - 60) * (n == 1 ? 0.5 : (double) i / (n - 1));
            double y = 10 + ht * (1 - p.totalPoints() / d.maxPoints());
            h.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3\" class=\"best\"/><text x=\"").append(fmt(x))
                    .append("\" y=\"").append(fmt(y - 8)).append("\" class=\"num\" text-anchor=\"middle\">").append(vn(p.totalPoints(), 2))
                    .append("</text><text x=\"").append(fmt(x)).append("\" y=\"").append(ht + 26).append("\" class=\"lbl\" text-anchor=\"middle\">")
                    .append(esc(p.period())).append("</text>\n");
        }
        h.append("</svg></section>\n");
    }

    private static void plan(StringBuilder h, Dashboard d) {
        h.append("<section class=\"break\"><h2>").append(t("Lộ trình ít công sức nhất để đạt mục tiêu", "The cheapest plan to the targets")).append("</h2>\n");
        Plan p = d.plan();
        if (p == null) {
            h.append("<p class=\"muted\">").append(t("Chưa có mục tiêu (--targets).", "No targets given (--targets).")).append("</p></section>\n");
            return;
        }
        h.append("<p>").append(p.reached() ? t("Lộ trình đạt mọi mục tiêu", "The plan reaches every target")
                : t("Không có lộ trình nào đạt mọi mục tiêu; lộ trình gần nhất", "No plan reaches every target; the closest plan")).append(": <b data-key=\"planSteps\">")
                .append(p.steps().size()).append("</b> ").append(t("bước, công sức", "steps, effort")).append(" <b>").append(vn(p.effort(), 2)).append("</b>; ")
                .append(t("tổng điểm", "total")).append(' ').append(vn(p.totalBefore(), 2)).append(" → <b data-key=\"planTotal\">").append(vn(p.totalAfter(), 2))
                .append("</b>").append(p.verified() ? " (" + t("đã kiểm tra bằng chấm điểm lại", "checked by scoring again") + ")" : "").append("</p>\n");
        h.append("<table><thead><tr><th>").append(t("Thành phần", "Component")).append("</th><th class=\"r\">").append(t("Hiện tại", "Now"))
                .append("</th><th class=\"r\">").append(t("Cần đạt", "Reach")).append("</th><th class=\"r\">").append(t("Thêm điểm", "Adds"))
                .append("</th><th class=\"r\">").append(t("Công sức", "Effort")).append("</th><th>").append(t("Cơ quan phụ trách", "Agency"))
                .append("</th></tr></thead><tbody>\n");
        java.util.Map<String, vn.dti.api.ValueKind> kinds = new java.util.HashMap<>();
        d.agencies().forEach(a -> a.gaps().forEach(g -> kinds.put(g.component().value(), g.valueKind())));
        for (PlanStep s : p.steps()) {
            vn.dti.api.ValueKind kind = kinds.get(s.component().value());
            h.append("<tr><td>").append(esc(s.component().value())).append(" ").append(esc(cut(s.name(), 60))).append("</td><td class=\"r\">")
                    .append(esc(shown(kind, s.valueBefore()))).append("</td><td class=\"r\">")
                    .append(s.documentOnly() ? t("bổ sung tài liệu", "add a document") : esc(shown(kind, s.valueAfter()))).append("</td><td class=\"r\">+")
                    .append(vn(s.adds(), 2)).append("</td><td class=\"r\">").append(vn(s.effort(), 2)).append("</td><td>").append(esc(s.agency()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        for (String n : p.notes()) {
            h.append("<p class=\"muted\">").append(esc(n)).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void components(StringBuilder h, Dashboard d) {
        h.append("<section class=\"break\"><h2>").append(t("Chỉ số thành phần và tài liệu kiểm chứng", "Components and evidence documents"))
                .append("</h2>\n<table class=\"small\"><thead><tr><th>").append(t("Mã", "Id")).append("</th><th>").append(t("Chỉ số thành phần", "Component"))
                .append("</th><th class=\"r\">").append(t("Giá trị", "Value")).append("</th><th class=\"r\">").append(t("Điểm", "Points")).append("</th><th>")
                .append(t("Tài liệu kiểm chứng", "Evidence documents")).append("</th></tr></thead><tbody>\n");
        for (Dashboard.ComponentRow c : d.components()) {
            h.append("<tr").append(c.findings() > 0 ? " class=\"flag\"" : "").append("><td>").append(esc(c.id())).append("</td><td>").append(esc(c.name()))
                    .append("</td><td class=\"r\">").append(c.value() == null ? "—" : esc(c.value())).append("</td><td class=\"r\">")
                    .append(vn(c.points(), 2)).append(" / ").append(vn(c.maxPoints(), 2)).append("</td><td>");
            for (int i = 0; i < c.documents().size(); i++) {
                h.append(i == 0 ? "" : "<br>").append(esc(c.documents().get(i)));
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    /** A target's distance, in both languages, numbers in Vietnamese format. */
    private static String distance(TargetResult r) {
        if (r.met() == null) {
            return t("cần nhóm so sánh (--cohort)", "needs a cohort (--cohort)");
        }
        if (r.met()) {
            return t("đạt", "met");
        }
        if ("not reported".equals(r.actual())) {
            return t("chưa báo cáo", "not reported");
        }
        String x = vn(r.distance(), 4);
        String target = r.target();
        if (target.startsWith("total")) {
            return t("thiếu " + vn(r.distance(), 2) + " điểm", vn(r.distance(), 2) + " points short");
        }
        if (target.startsWith("rank")) {
            return t("cần tăng " + x + " bậc", x + " places to climb");
        }
        if (target.startsWith("top")) {
            return t("thiếu " + x + " chỉ số chính trong nhóm dẫn đầu", x + " more main indicators needed in the top");
        }
        if (target.startsWith("index")) {
            return t("thiếu " + x, x + " short");
        }
        return t("còn thiếu " + x, x + " short");
    }

    /** A gap's next step, in both languages: the value to reach and the points it adds. */
    private static String next(Gap g) {
        if (g.nextStep() == null) {
            return "";
        }
        String adds = g.nextStep().adds() > 0 ? " (+" + vn(g.nextStep().adds(), 2) + ")" : "";
        if (g.reasons().contains(GapReason.NO_DOCUMENT) && g.value() != null && g.value().equals(g.nextStep().value())) {
            return t("bổ sung tài liệu kiểm chứng", "attach an evidence document") + adds;
        }
        if (g.nextStep().adds() <= 0 && g.pointsAtRisk() > 0) {
            return t("xử lý cảnh báo để giữ " + vn(g.pointsAtRisk(), 2) + " điểm", "resolve the finding to keep " + vn(g.pointsAtRisk(), 2) + " points");
        }
        if (g.nextStep().value() == null) {
            return t("báo cáo kèm tài liệu kiểm chứng", "report with evidence documents") + adds;
        }
        String v = esc(shown(g.valueKind(), g.nextStep().value()));
        return (g.value() == null ? t("báo cáo ", "report ") : t("đạt ", "reach ")) + v + adds;
    }

    /** A value as people read it: a share as a percentage (87,2%), a number in Vietnamese format, a code as it is. */
    static String shown(vn.dti.api.ValueKind kind, String value) {
        if (value == null) {
            return "—";
        }
        if (kind == vn.dti.api.ValueKind.RATIO) {
            try {
                return vn(Double.parseDouble(value) * 100, 2) + "%";
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (value.equals("yes")) {
            return "có / yes";
        }
        if (value.equals("no")) {
            return "không / no";
        }
        return numText(value);
    }

    // ------------------------------------------------------------------ helpers

    /** Vietnamese and English text: the page shows one, by the switch. Both are constants, never input. */
    private static String t(String vi, String en) {
        return "<span lang=\"vi\">" + vi + "</span><span lang=\"en\">" + en + "</span>";
    }

    /** Escapes text for HTML content and attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A number in Vietnamese format, rounded half-up to at most {@code decimals} decimals: "." groups
     * thousands and "," marks decimals (1.000; 303,25).
     */
    public static String vn(double d, int decimals) {
        BigDecimal b = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (b.scale() < 0) {
            b = b.setScale(0);
        }
        return group(b.toPlainString());
    }

    /** An index or value with exactly 4 decimals, Vietnamese format (0,3033). */
    public static String vn4(double d) {
        return group(BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).toPlainString());
    }

    private static String group(String plain) {
        boolean neg = plain.startsWith("-");
        String p = neg ? plain.substring(1) : plain;
        int dot = p.indexOf('.');
        String whole = dot < 0 ? p : p.substring(0, dot);
        String frac = dot < 0 ? "" : p.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(whole.charAt(i));
        }
        return (neg ? "−" : "") + sb + (frac.isEmpty() ? "" : "," + frac);
    }

    /** A value written in evidence (0.872, cloud) shown in Vietnamese format when it is a number. */
    private static String numText(String v) {
        try {
            return vn(Double.parseDouble(v), 6);
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static final String CSS = """
            :root { --ink: #1d2733; --muted: #5b6673; --line: #d5dbe2; --bar: #2f6fb3; --lost: #b3261e; --risk: #e8a317; --good: #1b7f3b; }
            * { box-sizing: border-box; }
            body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 980px;
                   padding: 16px 20px; font-size: 14px; line-height: 1.4; }
            header { display: flex; justify-content: space-between; align-items: flex-start; gap: 12px; border-bottom: 2px solid var(--bar);
                     margin-bottom: 12px; }
            h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 18px 0 8px; border-bottom: 1px solid var(--line); }
            .sub, .muted, .src, footer { color: var(--muted); } .src { font-size: 12px; }
            button#lang { font: inherit; padding: 4px 10px; border: 1px solid var(--bar); background: #fff; color: var(--bar); border-radius: 4px;
                          cursor: pointer; }
            html:not(.en) [lang="en"] { display: none; } html.en [lang="vi"] { display: none; }
            .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px; }
            .kpi { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
            .kpi .label { color: var(--muted); font-size: 12px; } .kpi .value { font-size: 22px; font-weight: 600; } .kpi small { font-size: 13px;
                          color: var(--muted); font-weight: 400; }
            table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; } th, td { border-bottom: 1px solid var(--line); padding: 3px 6px;
                    text-align: left; vertical-align: top; } th { background: #f2f5f8; font-weight: 600; } .r { text-align: right; white-space: nowrap; }
            table.small { font-size: 12px; } tr.group td { background: #f7f9fb; font-weight: 600; } tr.flag td:first-child { border-left: 3px solid var(--risk); }
            tr.good td:first-child, td.good { color: var(--good); font-weight: 600; } tr.bad td:first-child { color: var(--lost); font-weight: 600; }
            .warn { background: #fff4dc; border-left: 4px solid var(--risk); padding: 6px 10px; }
            svg.chart { width: 100%; height: auto; max-width: 760px; display: block; }
            .lbl { font-size: 12px; fill: var(--ink); } .num { font-size: 12px; fill: var(--muted); } .track { fill: #edf1f5; } .bar { fill: var(--bar); }
            .avg { stroke: var(--ink); stroke-width: 2; } .best { fill: var(--good); } .lost { fill: var(--lost); } .risk { fill: var(--risk); }
            .line { fill: none; stroke: var(--bar); stroke-width: 2; }
            .legend { font-size: 12px; color: var(--muted); } .sw { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; }
            .sw.lost { background: var(--lost); } .sw.risk { background: var(--risk); }
            footer { border-top: 1px solid var(--line); margin-top: 16px; padding-top: 6px; font-size: 12px; }
            @page { size: A4; margin: 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11px; } button#lang { display: none; } h2 { break-after: avoid; }
              tr, .kpi, svg.chart { break-inside: avoid; } section.break { break-before: page; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private static final String SCRIPT = """
            (function () {
              var b = document.getElementById('lang');
              b.addEventListener('click', function () {
                var h = document.documentElement;
                var en = h.classList.toggle('en');
                h.setAttribute('lang', en ? 'en' : 'vi');
              });
            })();
            """;
}
