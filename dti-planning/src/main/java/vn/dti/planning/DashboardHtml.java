package vn.dti.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.Document;
import vn.dti.api.ReportingRole;
import vn.dti.api.ValueKind;
import vn.dti.text.Language;
import vn.dti.text.Message;
import vn.dti.text.Messages;
import vn.dti.text.ShownText;

/**
 * The dashboard as one self-contained HTML page: inline CSS, inline SVG charts and a few lines of
 * inline script (the language switch), nothing fetched, so it opens offline from a file or an
 * e-mail. Vietnamese first, English on a switch, one language per cell; numbers in Vietnamese
 * format (303,25; 1.000; 87,2%), dates dd/mm/yyyy, category codes by their Vietnamese names from
 * the catalogue; printable on A4. Every text that comes from an input file is HTML-escaped, and a
 * Content Security Policy forbids any request.
 */
public final class DashboardHtml {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private DashboardHtml() {
    }

    /**
     * The page: one self-contained HTML file (no request leaves it), Vietnamese first with an English
     * switch, printable on A4.
     *
     * @param d the dashboard
     * @return the HTML, every text from an input escaped
     */
    public static String render(Dashboard d) {
        return render(d, null, null, Language.VI);
    }

    /**
     * The page as a server sends it under a Content-Security-Policy without {@code 'unsafe-inline'}:
     * the same page as {@link #render(Dashboard)}, its style sheet ({@link #stylesheet()}) and script
     * ({@link #script()}) linked from the server instead of written inline.
     *
     * @param d         the dashboard
     * @param styleHref the address the server serves {@link #stylesheet()} at
     * @param scriptHref the address the server serves {@link #script()} at
     * @return the HTML, with no inline style or script, every text from an input escaped
     */
    public static String renderServed(Dashboard d, String styleHref, String scriptHref) {
        return renderServed(d, styleHref, scriptHref, Language.VI);
    }

    /**
     * {@link #renderServed(Dashboard, String, String)} opening in the language the reader chose for
     * the service's pages (its {@code ?lang=}, cookie or {@code Accept-Language}); the page's switch
     * still shows the other.
     *
     * @param d          the dashboard
     * @param styleHref  the address the server serves {@link #stylesheet()} at
     * @param scriptHref the address the server serves {@link #script()} at
     * @param language   the language the page opens in
     * @return the HTML, with no inline style or script, every text from an input escaped
     */
    public static String renderServed(Dashboard d, String styleHref, String scriptHref, Language language) {
        return render(d, java.util.Objects.requireNonNull(styleHref, "styleHref"), java.util.Objects.requireNonNull(scriptHref, "scriptHref"),
                java.util.Objects.requireNonNull(language, "language"));
    }

    /** {@return the page's style sheet, for a server to serve at the address given to {@link #renderServed}} */
    public static String stylesheet() {
        return CSS;
    }

    /** {@return the page's script (the language switch), for a server to serve at the address given to {@link #renderServed}} */
    public static String script() {
        return SCRIPT;
    }

    private static String render(Dashboard d, String styleHref, String scriptHref, Language language) {
        StringBuilder h = new StringBuilder(64 * 1024);
        // the style sheet shows the cells of the html element's language; the switch toggles its class "en"
        h.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append(language == Language.EN ? "\" class=\"en\">" : "\">")
                .append("\n<head>\n<meta charset=\"utf-8\">\n");
        if (styleHref == null) {
            h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                    + "img-src data:\">\n");
        }
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>DTI — ").append(esc(d.entity())).append(" — ").append(esc(d.period())).append("</title>\n");
        if (styleHref == null) {
            h.append("<style>\n").append(CSS).append("</style>\n");
        } else {
            h.append("<link rel=\"stylesheet\" href=\"").append(esc(styleHref)).append("\">\n");
        }
        h.append("</head>\n<body>\n");
        h.append("<header><div><h1>").append(w("planning.dashboard.label.dtiDashboard")).append(" — <span data-key=\"entity\">").append(esc(d.entity()))
                .append("</span></h1><p class=\"sub\">").append(w("planning.dashboard.label.period")).append(' ').append(period(d.period())).append(" · ")
                .append(esc(d.methodology())).append(" <span class=\"muted\">(").append(esc(d.methodologyId())).append(")</span></p></div>")
                .append("<button id=\"lang\" type=\"button\">").append(w("planning.dashboard.label.switchLanguage")).append("</button></header>\n");
        h.append("<main>\n");
        h.append("<p class=\"basis\" data-key=\"basis\">").append(w(d.stages().appraised() ? "planning.dashboard.basis.final"
                : "planning.dashboard.basis.self")).append("</p>\n");
        for (Message w : d.warnings()) {
            h.append("<p class=\"warn\" data-key=\"warning\">").append(sentence(w)).append("</p>\n");
        }
        kpis(h, d);
        stages(h, d);
        cohort(h, d);
        mains(h, d);
        targets(h, d);
        agencies(h, d);
        workspace(h, d);
        trend(h, d);
        plan(h, d);
        components(h, d);
        h.append("</main>\n<footer>").append(w("planning.dashboard.label.footer")).append("</footer>\n");
        if (scriptHref == null) {
            h.append("<script>\n").append(SCRIPT).append("</script>\n");
        } else {
            h.append("<script src=\"").append(esc(scriptHref)).append("\"></script>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------ sections

    private static void kpis(StringBuilder h, Dashboard d) {
        h.append("<section class=\"kpis\">\n");
        String stage = stage(d);
        kpi(h, w("planning.dashboard.label.totalPoints") + stage, "total", vn(d.totalPoints(), 2), "/ " + vn(d.maxPoints(), 2), null);
        kpi(h, w("planning.dashboard.label.dtiIndex") + stage, "index", vn4(d.index()), "", null);
        kpi(h, w("planning.dashboard.label.pointsLost") + stage, "pointsLost", vn(d.pointsLost(), 2), "", null);
        kpi(h, w("planning.dashboard.label.pointsAtRisk") + stage, "pointsAtRisk", vn(d.pointsAtRisk(), 2), "", null);
        if (d.rank() != null) {
            Dashboard.CohortNote c = d.cohortNote();
            String marker = c != null && c.illustrative() ? "<br><b class=\"illustrative\" data-key=\"rankIllustrative\">"
                    + w("planning.dashboard.cohort.illustrativeShort") + "</b>" : c != null && c.source() != null ? "<br>" + w("planning.dashboard.cohort.sourceShort", c.source()) : "";
            kpi(h, w("planning.dashboard.label.rank") + stage, "rank", Integer.toString(d.rank()), "/ " + d.cohortSize(),
                    w("planning.dashboard.rank.in", d.cohortSize()) + marker);
            if (d.interval() != null) {
                Dashboard.RankInterval r = d.interval();
                kpi(h, w("planning.dashboard.interval.label"), "interval", "<span class=\"word\">" + w("planning.dashboard.interval.value", r.p5(), r.p95())
                        + "</span>", "", w("planning.dashboard.interval.note", vn(r.median(), 1), vn(r.samples(), 0), vn(r.range() * 100, 0)));
            }
            if (d.afterPlan() != null && d.afterPlan().rank() != null) {
                kpi(h, w("planning.dashboard.after.rank"), "rankAfter", w("planning.dashboard.after.rankValue", d.rank(), d.afterPlan().rank()), "", null);
            }
            String label = w("planning.dashboard.label.mainsInTop", d.top());
            if (d.topCannotTell()) {
                kpi(h, label, "mainsInTop", "<span class=\"word\">" + w("planning.dashboard.label.cannotTell") + "</span>", "", each("planning.dashboard.label.topCannotTell", d.cohortSize(), d.top(), national(d, true), d.cohortSize(), d.top(),
                        national(d, false)));
            } else {
                kpi(h, label, "mainsInTop", Integer.toString(d.mainsInTop()), "/ " + d.mains().size(), null);
                if (d.afterPlan() != null && d.afterPlan().mainsInTop() != null) {
                    kpi(h, w("planning.dashboard.after.mains", d.top()), "mainsInTopAfter", w("planning.dashboard.after.rankValue", d.mainsInTop(),
                            d.afterPlan().mainsInTop()), "/ " + d.mains().size(), null);
                }
            }
        }
        h.append("</section>\n");
    }

    /** " (tự đánh giá)" or " (cuối cùng)": which stage the page's figures are, beside each label. */
    private static String stage(Dashboard d) {
        return " <span class=\"stage\">(" + w(d.stages().appraised() ? "planning.dashboard.stage.final" : "planning.dashboard.stage.self") + ")</span>";
    }

    /** The total and the main indicators self-assessed, appraised and final, side by side; or that nothing is appraised yet. */
    private static void stages(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(w("planning.dashboard.stages.title")).append("</h2>\n");
        if (!d.stages().appraised()) {
            h.append("<p data-key=\"notAppraised\">").append(w("planning.dashboard.stages.notAppraised")).append("</p></section>\n");
            return;
        }
        h.append("<table><thead><tr><th>").append(w("planning.dashboard.label.indicator")).append("</th><th class=\"r\">").append(w("planning.dashboard.stage.selfTitle"))
                .append("</th><th class=\"r\">").append(w("planning.dashboard.stage.appraisedTitle")).append("</th><th class=\"r\">")
                .append(w("planning.dashboard.stage.finalTitle")).append("</th><th class=\"r\">").append(w("planning.dashboard.stages.difference"))
                .append("</th></tr></thead><tbody>\n");
        List<Dashboard.Stage> rows = new ArrayList<>();
        rows.add(d.stages().total());
        rows.addAll(d.stages().mains());
        for (Dashboard.Stage st : rows) {
            double diff = st.appraised() - st.selfAssessed();
            String cls = Math.abs(diff) < 0.005 ? "" : diff > 0 ? " up" : " down";
            h.append("<tr data-key=\"stage-").append(esc(st.id())).append("\"><td>").append(st.id().equals("total") ? w("planning.dashboard.stages.total")
                    : esc(st.id() + " " + st.name())).append("</td><td class=\"r\">").append(vn(st.selfAssessed(), 2)).append("</td><td class=\"r\">")
                    .append(vn(st.appraised(), 2)).append("</td><td class=\"r\"><b>").append(vn(st.finalPoints(), 2)).append("</b> / ")
                    .append(vn(st.maxPoints(), 2)).append("</td><td class=\"r").append(cls).append("\">")
                    .append(Math.abs(diff) < 0.005 ? "0" : signed(diff)).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    /** The cohort the rank is read in: illustrative or real (its source), its period and members; or that there is none. */
    private static void cohort(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(w("planning.dashboard.cohort.title")).append("</h2>\n");
        Dashboard.CohortNote c = d.cohortNote();
        if (c == null) {
            h.append("<p class=\"muted\" data-key=\"noCohort\">").append(w("planning.dashboard.cohort.none")).append("</p></section>\n");
            return;
        }
        if (c.illustrative()) {
            h.append("<p class=\"warn\" data-key=\"cohortIllustrative\">").append(w("planning.dashboard.cohort.illustrative")).append("</p>\n");
        } else if (c.source() != null) {
            h.append("<p data-key=\"cohortSource\">").append(w("planning.dashboard.cohort.real", c.source())).append("</p>\n");
        } else {
            h.append("<p class=\"warn\" data-key=\"cohortSource\">").append(w("planning.dashboard.cohort.noSource")).append("</p>\n");
        }
        if (c.illustrative() && c.source() != null) {
            h.append("<p class=\"src\">").append(w("planning.dashboard.cohort.sourceShort", c.source())).append("</p>\n");
        }
        if (c.period() != null) {
            h.append("<p>").append(w("planning.dashboard.cohort.period", periodVi(c.period()))).append("</p>\n");
        }
        h.append("<p data-key=\"cohortMembers\">").append(w("planning.dashboard.cohort.members", c.members().size(), String.join(", ", c.members())))
                .append("</p>\n</section>\n");
    }

    /** ", the national cohort of 34" in either language, for a province. */
    private static String national(Dashboard d, boolean vi) {
        if (!d.province()) {
            return "";
        }
        return " (" + Messages.text(vi ? Language.VI : Language.EN, "planning.targets.national", Targets.NATIONAL_PROVINCES) + ")";
    }

    private static void kpi(StringBuilder h, String label, String key, String value, String suffix, String note) {
        h.append("<div class=\"kpi\"><div class=\"label\">").append(label).append("</div><div class=\"value\"><span data-key=\"").append(key)
                .append("\">").append(value).append("</span> <small>").append(esc(suffix)).append("</small></div>");
        if (note != null) {
            h.append("<div class=\"note\" data-key=\"").append(key).append("Note\">").append(note).append("</div>");
        }
        h.append("</div>\n");
    }

    private static void mains(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(w("planning.dashboard.label.mainIndicators")).append("</h2>\n");
        int rowH = 26;
        int w = 640;
        int labelW = 230;
        int barW = w - labelW - 90;
        int height = d.mains().size() * rowH + 24;
        h.append("<svg class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(esc(vi("planning.dashboard.label.mainIndicators"))).append("\">\n");
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
                    .append(y + 10).append("\" class=\"avg\"/>");
            svgText(h, labelW + 18, y + 14, "lbl", "", vi("planning.dashboard.label.cohortAverage"), Messages.text(Language.EN, "planning.dashboard.label.cohortAverage"));
            h.append("<circle cx=\"").append(labelW + 150).append("\" cy=\"").append(y + 10).append("\" r=\"4\" class=\"best\"/>");
            svgText(h, labelW + 158, y + 14, "lbl", "", vi("planning.dashboard.label.cohortBest"), Messages.text(Language.EN, "planning.dashboard.label.cohortBest"));
        }
        h.append("</svg>\n<table><thead><tr><th>").append(w("planning.dashboard.label.id")).append("</th><th>").append(w("planning.dashboard.label.mainIndicator"))
                .append("</th><th class=\"r\">").append(w("planning.dashboard.label.points")).append(stage(d)).append("</th><th class=\"r\">").append(w("planning.dashboard.label.value")).append("</th>");
        if (d.rank() != null) {
            h.append("<th class=\"r\">").append(w("planning.dashboard.label.cohortAvg")).append("</th><th class=\"r\">").append(w("planning.dashboard.label.best"))
                    .append("</th><th class=\"r\">").append(w("planning.dashboard.label.rankShort")).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Dashboard.MainRow m : d.mains()) {
            h.append("<tr><td>").append(esc(m.id())).append("</td><td>").append(esc(m.name())).append("</td><td class=\"r\"><span data-key=\"main-")
                    .append(esc(m.id())).append("\">").append(vn(m.points(), 2)).append("</span> / ").append(vn(m.maxPoints(), 2))
                    .append("</td><td class=\"r\">").append(vn4(m.value())).append("</td>");
            if (m.cohortAverage() != null) {
                h.append("<td class=\"r\">").append(vn4(m.cohortAverage())).append("</td><td class=\"r\">").append(vn4(m.cohortBest()))
                        .append("</td><td class=\"r").append(Boolean.TRUE.equals(m.inTop()) && !d.topCannotTell() ? " good" : "").append("\">")
                        .append(m.rank()).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void targets(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(w("planning.dashboard.label.targets")).append("</h2>\n");
        if (d.targets() == null) {
            h.append("<p class=\"muted\" data-key=\"noTargets\">").append(w("planning.dashboard.targets.none")).append("</p></section>\n");
            return;
        }
        if (d.targetsTitle() != null) {
            h.append("<p class=\"title\" data-key=\"targetsTitle\">").append(esc(d.targetsTitle())).append("</p>\n");
        }
        if (d.targetsSource() != null) {
            h.append("<p class=\"src\">").append(w("planning.dashboard.label.source")).append(" <span data-key=\"targetsSource\">").append(esc(d.targetsSource()))
                    .append("</span></p>\n");
        }
        long met = d.targets().stream().filter(TargetResult::isMet).count();
        long undecided = d.targets().stream().filter(r -> r.status() == TargetResult.Status.CANNOT_TELL).count();
        h.append("<p>").append(w("planning.dashboard.label.met")).append(" <b data-key=\"targetsMet\">").append(met).append("</b> / ").append(d.targets().size());
        if (undecided > 0) {
            h.append("; ").append(w("planning.dashboard.label.undecided", undecided));
        }
        h.append("</p>\n<table><thead><tr><th></th><th>").append(w("planning.dashboard.label.target")).append("</th><th class=\"r\">").append(w("planning.dashboard.label.now"))
                .append("</th><th>").append(w("planning.dashboard.label.distance")).append("</th><th>").append(w("planning.dashboard.label.sourceColumn")).append("</th></tr></thead><tbody>\n");
        for (int i = 0; i < d.targets().size(); i++) {
            TargetResult r = d.targets().get(i);
            Target def = d.targetDefinitions() == null ? null : d.targetDefinitions().get(i);
            String cls = r.met() == null ? "unknown" : r.met() ? "good" : "bad";
            String mark = r.met() == null ? "?" : r.met() ? "✓" : "✗";
            String words = d.targetNotes() == null || d.targetNotes().get(i) == null ? ""
                    : "<br><span class=\"words\" data-key=\"target-" + i + "-words\">" + w("planning.dashboard.target.words", d.targetNotes().get(i)) + "</span>";
            h.append("<tr class=\"").append(cls).append("\" data-key=\"target-").append(i).append("\"><td>").append(mark).append("</td><td>")
                    .append(def == null ? esc(r.target()) : targetWords(d, def)).append(words).append("</td><td class=\"r\">")
                    .append(actual(d, r, def)).append("</td><td data-key=\"target-").append(i).append("-distance\">").append(distance(d, r, def))
                    .append("</td><td class=\"src\">").append(esc(r.source() == null ? "" : r.source())).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void agencies(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(w("planning.dashboard.label.pointsLostByResponsibleAgency")).append(stage(d)).append("</h2>\n");
        double max = 1;
        for (Dashboard.AgencyGaps a : d.agencies()) {
            max = Math.max(max, a.pointsLost() + a.pointsAtRisk());
        }
        int w = 640;
        int labelW = 230;
        int barW = w - labelW - 110;
        int rowH = 24;
        h.append("<svg class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(d.agencies().size() * rowH + 8).append("\" role=\"img\" aria-label=\"")
                .append(esc(vi("planning.dashboard.label.lostByAgencyChart"))).append("\">\n");
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
        h.append("</svg>\n<p class=\"legend\"><span class=\"sw lost\"></span>").append(w("planning.dashboard.label.pointsLostLegend"))
                .append(" <span class=\"sw risk\"></span>").append(w("planning.dashboard.label.pointsAtRiskLegend")).append("</p>\n");
        h.append("<table><thead><tr><th>").append(w("planning.dashboard.label.agencyComponent")).append("</th><th class=\"r\">")
                .append(w("planning.dashboard.label.points")).append("</th><th class=\"r\">").append(w("planning.dashboard.label.lost")).append("</th><th class=\"r\">")
                .append(w("planning.dashboard.label.atRisk")).append("</th><th>").append(w("planning.dashboard.label.nextStep")).append("</th></tr></thead><tbody>\n");
        for (Dashboard.AgencyGaps a : d.agencies()) {
            h.append("<tr class=\"group\"><td colspan=\"2\">").append(esc(a.agency().isEmpty() ? "—" : a.agency())).append("</td><td class=\"r\">")
                    .append(vn(a.pointsLost(), 2)).append("</td><td class=\"r\">").append(vn(a.pointsAtRisk(), 2)).append("</td><td></td></tr>\n");
            for (Gap g : a.gaps()) {
                h.append("<tr><td>").append(esc(g.component().value())).append(" ").append(esc(cut(g.name(), 70))).append("</td><td class=\"r\">")
                        .append(vn(g.points(), 2)).append(" / ").append(vn(g.maxPoints(), 2)).append("</td><td class=\"r\">")
                        .append(g.pointsLost() > 0 ? vn(g.pointsLost(), 2) : "").append("</td><td class=\"r\">")
                        .append(g.pointsAtRisk() > 0 ? vn(g.pointsAtRisk(), 2) : "").append("</td><td>").append(next(d, g)).append("</td></tr>\n");
            }
        }
        h.append("</tbody></table></section>\n");
    }

    private static void workspace(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(w("planning.dashboard.label.completenessAndDeadlinesByAgency")).append("</h2>\n");
        if (d.completeness() == null && d.deadlines() == null) {
            h.append("<p class=\"muted\" data-key=\"needsWorkspace\">").append(w("planning.dashboard.needsWorkspace")).append("</p></section>\n");
            return;
        }
        if (d.completeness() != null) {
            h.append("<table><thead><tr><th>").append(w("planning.dashboard.label.agency")).append("</th><th>").append(w("planning.dashboard.label.role")).append("</th><th class=\"r\">")
                    .append(w("planning.dashboard.label.components")).append("</th><th class=\"r\">").append(w("planning.dashboard.label.reported")).append("</th><th class=\"r\">")
                    .append(w("planning.dashboard.label.documented")).append("</th></tr></thead><tbody>\n");
            for (int i = 0; i < d.completeness().size(); i++) {
                Dashboard.AgencyCompleteness a = d.completeness().get(i);
                h.append("<tr><td data-key=\"completeness-").append(i).append("-agency\">").append(esc(a.agency())).append("</td><td class=\"nw\">").append(role(a.role()))
                        .append("</td><td class=\"r\" data-key=\"completeness-").append(i).append("-components\">").append(a.components())
                        .append("</td><td class=\"r\" data-key=\"completeness-").append(i).append("-reported\">").append(a.reported())
                        .append("</td><td class=\"r\" data-key=\"completeness-").append(i).append("-documented\">").append(a.documented()).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        if (d.deadlines() != null) {
            h.append("<table><thead><tr><th>").append(w("planning.dashboard.label.agency")).append("</th><th>").append(w("planning.dashboard.label.role")).append("</th><th>")
                    .append(w("planning.dashboard.label.component")).append("</th><th>").append(w("planning.dashboard.label.due")).append("</th><th>").append(w("planning.dashboard.label.status"))
                    .append("</th><th class=\"r\">").append(w("planning.dashboard.label.daysLate")).append("</th></tr></thead><tbody>\n");
            for (int i = 0; i < d.deadlines().size(); i++) {
                Dashboard.Deadline x = d.deadlines().get(i);
                h.append("<tr><td>").append(esc(x.agency())).append("</td><td class=\"nw\">").append(role(x.role())).append("</td><td>").append(esc(x.component()))
                        .append("</td><td data-key=\"deadline-").append(i).append("-due\">").append(x.due() == null ? "" : VietnameseFormat.date(x.due()))
                        .append("</td><td data-key=\"deadline-").append(i).append("-state\">").append(state(x)).append("</td><td class=\"r\">")
                        .append(x.daysLate()).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static String role(ReportingRole r) {
        if (r == null) {
            return "";
        }
        return switch (r) {
            case RESPONSIBLE -> w("planning.dashboard.label.responsible");
            case COOPERATING -> w("planning.dashboard.label.cooperating");
            case COORDINATOR -> w("planning.dashboard.label.coordinating");
        };
    }

    private static String state(Dashboard.Deadline x) {
        return switch (x.state()) {
            case LATE -> w("planning.dashboard.label.late");
            case OVERDUE -> w("planning.dashboard.label.missingOverdue");
            case MISSING -> x.daysLeft() == null ? w("planning.dashboard.label.missing")
                    : w(x.daysLeft() == 1 ? "planning.dashboard.label.missingDayLeft" : "planning.dashboard.label.missingDaysLeft", x.daysLeft());
        };
    }

    private static void trend(StringBuilder h, Dashboard d) {
        h.append("<section><h2>").append(w("planning.dashboard.label.trendAcrossPeriods")).append("</h2>\n");
        if (d.trend() == null || d.trend().isEmpty()) {
            h.append("<p class=\"muted\">").append(w("planning.dashboard.needsPeriods")).append("</p></section>\n");
            return;
        }
        Double target = totalTarget(d);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Dashboard.PeriodPoint p : d.trend()) {
            lo = Math.min(lo, p.totalPoints());
            hi = Math.max(hi, p.totalPoints());
        }
        double pad = Math.max((hi - lo) * 0.25, Math.max(5, d.maxPoints() * 0.01));
        double[] axis = ticks(Math.max(0, lo - pad), Math.min(d.maxPoints(), hi + pad));
        double bottom = axis[0];
        double top = axis[axis.length - 1];
        // a total target far above the data: drawn above a break in the axis, so that the points keep their scale
        boolean inRange = target != null && target >= bottom && target <= top;
        boolean above = target != null && target > top;
        int w = 640;
        int left = 58;
        int right = 20;
        int plotTop = above ? 54 : 12;
        int plotH = 150;
        int ht = plotTop + plotH + 40;
        int n = d.trend().size();
        h.append("<svg class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(ht).append("\" role=\"img\" aria-label=\"").append(esc(vi("planning.dashboard.label.trendChart"))).append("\">\n");
        // the axis, its ticks and grid lines, and its label
        h.append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(left).append("\" y1=\"").append(above ? 14 : plotTop).append("\" y2=\"")
                .append(plotTop + plotH).append("\"/>");
        for (double v : axis) {
            double y = plotTop + plotH * (1 - (v - bottom) / (top - bottom));
            h.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(fmt(y)).append("\" y2=\"")
                    .append(fmt(y)).append("\"/><text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4)).append("\" class=\"num\" text-anchor=\"end\">")
                    .append(vn(v, 2)).append("</text>");
        }
        for (String[] lang : new String[][] {{"vi", esc(vi("planning.dashboard.label.totalPoints"))},
                {"en", esc(Messages.text(Language.EN, "planning.dashboard.label.totalPoints"))}}) {
            h.append("<text lang=\"").append(lang[0]).append("\" class=\"lbl\" transform=\"translate(12,").append(plotTop + plotH / 2)
                    .append(") rotate(-90)\" text-anchor=\"middle\">").append(lang[1]).append("</text>");
        }
        h.append('\n');
        if (target != null) {
            double ty = inRange ? plotTop + plotH * (1 - (target - bottom) / (top - bottom)) : above ? 20 : plotTop + plotH;
            if (above) {
                // the break: two short slanted strokes across the axis
                h.append("<path class=\"axis\" d=\"M").append(left - 6).append(' ').append(plotTop - 10).append(" l12 -6 M").append(left - 6).append(' ')
                        .append(plotTop - 5).append(" l12 -6\"/>");
            }
            h.append("<line class=\"goal\" x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(fmt(ty)).append("\" y2=\"")
                    .append(fmt(ty)).append("\"/><text x=\"").append(left - 6).append("\" y=\"").append(fmt(ty + 4)).append("\" class=\"num\" text-anchor=\"end\">")
                    .append(vn(target, 2)).append("</text>");
            svgText(h, w - right, ty - 5, "lbl goalText", " text-anchor=\"end\" data-key=\"trendTarget\"", vi("planning.dashboard.label.trendTarget", vn(target, 2)),
                    Messages.text(Language.EN, "planning.dashboard.label.trendTarget", vn(target, 2)));
        }
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Dashboard.PeriodPoint p = d.trend().get(i);
            double x = left + 30 + (w - left - right - 60) * (n == 1 ? 0.5 : (double) i / (n - 1));
            double y = plotTop + plotH * (1 - (p.totalPoints() - bottom) / (top - bottom));
            line.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3.5\" class=\"dot\"/><text x=\"").append(fmt(x))
                    .append("\" y=\"").append(fmt(y - 9)).append("\" class=\"num\" text-anchor=\"middle\" data-key=\"trend-").append(esc(p.period()))
                    .append("\">").append(vn(p.totalPoints(), 2)).append("</text>");
            svgText(dots, x, plotTop + plotH + 18, "lbl", " text-anchor=\"middle\"", periodVi(p.period()), p.period());
            dots.append('\n');
        }
        h.append("<polyline class=\"line\" points=\"").append(line).append("\"/>\n").append(dots).append("</svg></section>\n");
    }

    /** The total a {@code total>=} target asks for, if the dashboard has one. */
    private static Double totalTarget(Dashboard d) {
        if (d.targetDefinitions() == null) {
            return null;
        }
        Double out = null;
        for (Target t : d.targetDefinitions()) {
            if (t.subject() == Target.Subject.TOTAL) {
                out = out == null ? t.number() : Math.max(out, t.number());
            }
        }
        return out;
    }

    /** Round tick values covering [lo, hi]: a step of 1, 2 or 5 × 10^k, four to six ticks. */
    static double[] ticks(double lo, double hi) {
        if (hi <= lo) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        int count = (int) Math.round((end - start) / step) + 1;
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = start + i * step;
        }
        return out;
    }

    private static void plan(StringBuilder h, Dashboard d) {
        h.append("<section class=\"break\"><h2>").append(w("planning.dashboard.label.theCheapestPlanToTheTargets")).append("</h2>\n");
        Plan p = d.plan();
        if (p == null) {
            h.append("<p class=\"muted\">").append(w("planning.dashboard.targets.none")).append("</p></section>\n");
            return;
        }
        if (!p.reached()) {
            h.append("<p class=\"warn\" data-key=\"planUnreached\">").append(w("planning.dashboard.label.planUnreached")).append("</p>\n");
        }
        h.append("<p>").append(p.reached() ? w("planning.dashboard.label.thePlanReachesEveryTarget")
                : w("planning.dashboard.label.theClosestPlan")).append(": <b data-key=\"planSteps\">")
                .append(p.steps().size()).append("</b> ").append(w("planning.dashboard.label.stepsEffort")).append(" <b>").append(vn(p.effort(), 2)).append("</b>; ")
                .append(w("planning.dashboard.label.total")).append(' ').append(vn(p.totalBefore(), 2)).append(" → <b data-key=\"planTotal\">").append(vn(p.totalAfter(), 2))
                .append("</b>").append(p.verified() ? " (" + w("planning.dashboard.label.checkedByScoringAgain") + ")" : "").append("</p>\n");
        Dashboard.AfterPlan after = d.afterPlan();
        if (after != null && after.rank() != null) {
            h.append("<p data-key=\"afterPlan\"><b>").append(w("planning.dashboard.after.summary", vn(p.totalBefore(), 2), vn(after.totalPoints(), 2), d.rank(),
                    after.rank(), d.top(), d.topCannotTell() ? "?" : d.mainsInTop(), d.topCannotTell() ? "?" : after.mainsInTop())).append("</b>");
            if (d.topCannotTell()) {
                h.append(' ').append(w("planning.dashboard.after.topCannotTell", d.cohortSize(), d.top()));
            }
            if (d.cohortNote() != null && d.cohortNote().illustrative()) {
                h.append(" <b class=\"illustrative\">").append(w("planning.dashboard.cohort.illustrativeShort")).append("</b>");
            }
            h.append("</p>\n");
        }
        if (d.targets() != null) {
            List<String> untoldVi = new ArrayList<>();
            List<String> untoldEn = new ArrayList<>();
            List<String> uncohortedVi = new ArrayList<>();
            List<String> uncohortedEn = new ArrayList<>();
            for (int i = 0; i < d.targets().size(); i++) {
                TargetResult r = d.targets().get(i);
                Target def = d.targetDefinitions() == null ? null : d.targetDefinitions().get(i);
                String vi = def == null ? r.target() : targetText(d, def);
                String en = def == null ? r.target() : targetText(d, def, Language.EN);
                if (r.status() == TargetResult.Status.CANNOT_TELL) {
                    untoldVi.add(vi);
                    untoldEn.add(en);
                } else if (r.status() == TargetResult.Status.NEEDS_COHORT) {
                    uncohortedVi.add(vi);
                    uncohortedEn.add(en);
                }
            }
            if (!untoldVi.isEmpty()) {
                h.append("<p class=\"muted\">").append(both("planning.dashboard.plan.untold", String.join("; ", untoldVi), String.join("; ", untoldEn)))
                        .append("</p>\n");
            }
            if (!uncohortedVi.isEmpty()) {
                h.append("<p class=\"muted\">").append(both("planning.dashboard.plan.uncohorted", String.join("; ", uncohortedVi),
                        String.join("; ", uncohortedEn))).append("</p>\n");
            }
        }
        h.append("<table><thead><tr><th>").append(w("planning.dashboard.label.component")).append("</th><th class=\"r\">").append(w("planning.dashboard.label.now"))
                .append("</th><th class=\"r\">").append(w("planning.dashboard.label.reach")).append("</th><th class=\"r\">").append(w("planning.dashboard.label.adds"))
                .append("</th><th class=\"r\">").append(w("planning.dashboard.label.effort")).append("</th><th>").append(w("planning.dashboard.label.responsibleAgency"))
                .append("</th></tr></thead><tbody>\n");
        for (PlanStep s : p.steps()) {
            Dashboard.ComponentInfo info = d.catalogue().get(s.component().value());
            h.append("<tr><td>").append(esc(s.component().value())).append(" ").append(esc(cut(s.name(), 60))).append("</td><td class=\"r\">")
                    .append(value(info, s.valueBefore())).append("</td><td class=\"r\">")
                    .append(s.documentOnly() ? w("planning.dashboard.label.addADocument") : value(info, s.valueAfter())).append("</td><td class=\"r\">")
                    .append(signed(s.adds())).append("</td><td class=\"r\">").append(vn(s.effort(), 2)).append("</td><td>").append(esc(s.agency()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if (!p.unreached().isEmpty()) {
            h.append("<p><b>").append(w("planning.dashboard.label.targetsNotReachedAndWhy")).append("</b></p>\n<ul>\n");
            for (Plan.Unreached u : p.unreached()) {
                Target def = null;
                for (int i = 0; d.targets() != null && d.targetDefinitions() != null && i < d.targets().size(); i++) {
                    def = d.targets().get(i).target().equals(u.target()) ? d.targetDefinitions().get(i) : def;
                }
                h.append("<li data-key=\"unreached\">").append(def == null ? esc(u.target()) : targetWords(d, def)).append(": ")
                        .append(sentence(u.reason())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        for (Message n : p.notes()) {
            h.append("<p class=\"muted\">").append(sentence(n)).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void components(StringBuilder h, Dashboard d) {
        h.append("<section class=\"break\"><h2>").append(w("planning.dashboard.label.componentsAndEvidenceDocuments"))
                .append("</h2>\n<table class=\"small\"><thead><tr><th>").append(w("planning.dashboard.label.id")).append("</th><th>").append(w("planning.dashboard.label.componentFull"))
                .append("</th><th class=\"r\">").append(w("planning.dashboard.label.value")).append("</th><th class=\"r\">").append(w("planning.dashboard.label.points")).append(stage(d))
                .append("</th><th>").append(w("planning.dashboard.label.evidenceDocuments")).append("</th></tr></thead><tbody>\n");
        for (Dashboard.ComponentRow c : d.components()) {
            h.append("<tr").append(c.findings() > 0 ? " class=\"flag\"" : "").append("><td>").append(esc(c.id())).append("</td><td>").append(esc(c.name()))
                    .append("</td><td class=\"r\">").append(value(d.catalogue().get(c.id()), c.value())).append("</td><td class=\"r\">")
                    .append(vn(c.points(), 2)).append(" / ").append(vn(c.maxPoints(), 2)).append("</td><td>");
            for (int i = 0; i < c.documents().size(); i++) {
                h.append(i == 0 ? "" : "<br>").append(document(c.documents().get(i)));
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    /** "1426/QĐ-UBND — Khung kiến trúc số … — UBND tỉnh — 29/05/2025", escaped (the separator has nothing to escape). */
    private static String document(Document doc) {
        return esc(VietnameseFormat.document(doc));
    }

    // ------------------------------------------------------------------ targets in words

    /** A target in Vietnamese: "Tổng điểm ≥ 800", "3.4 Tỷ lệ … ≥ 90%", "Điểm của 6.5 … đạt tối đa (20 điểm)", decimals as Vietnamese writes them. */
    static String targetText(Dashboard d, Target t) {
        return targetText(d, t, Language.VI);
    }

    /** A target in words in both languages, switched: the component's official name, never a code such as {@code points(6.5)>=max}. */
    private static String targetWords(Dashboard d, Target t) {
        return t(esc(targetText(d, t, Language.VI)), esc(targetText(d, t, Language.EN)));
    }

    /** A target in words in one language: the component by its id and official name, the operator as a sign, the value as Vietnamese writes it. */
    static String targetText(Dashboard d, Target t, Language lang) {
        String op = switch (t.op()) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case ABOVE -> ">";
            case BELOW -> "<";
            case EQUALS -> "=";
        };
        return switch (t.subject()) {
            case TOTAL -> Messages.text(lang, "planning.dashboard.target.total", op, vn(t.number(), 2));
            case INDEX -> Messages.text(lang, "planning.dashboard.target.index", op, vn(t.number(), 4));
            case RANK -> Messages.text(lang, "planning.dashboard.target.rank", op, Integer.toString((int) t.number()));
            case TOP -> Messages.text(lang, "planning.dashboard.target.top", Integer.toString(t.top()), op, Integer.toString((int) t.number()));
            case POINTS -> {
                Dashboard.ComponentInfo info = d.catalogue().get(t.component());
                boolean max = info != null && Math.abs(info.maxPoints() - t.number()) < 1e-9;
                yield max && (t.op() == Target.Op.AT_LEAST || t.op() == Target.Op.EQUALS)
                        ? Messages.text(lang, "planning.dashboard.target.pointsMax", componentName(d, t.component()), vn(t.number(), 2))
                        : Messages.text(lang, "planning.dashboard.target.points", componentName(d, t.component()), op, vn(t.number(), 2));
            }
            case COMPONENT -> Messages.text(lang, "planning.dashboard.target.component", componentName(d, t.component()), op,
                    lang == Language.VI ? VietnameseFormat.plainValue(d.catalogue().get(t.component()), t.value())
                            : englishTarget(d.catalogue().get(t.component()), t.value()));
        };
    }

    /** A target's value for the English view: a share as 90%, yes/no, a category's official name. */
    private static String englishTarget(Dashboard.ComponentInfo info, String value) {
        ValueKind kind = info == null ? null : info.valueKind();
        if (kind == ValueKind.CATEGORY) {
            return VietnameseFormat.plainValue(info, value);
        }
        return kind == ValueKind.RATIO || kind == ValueKind.YES_NO ? englishValue(info, value) : VietnameseFormat.plainValue(info, value);
    }

    /** "3.4 Tỷ lệ hộ gia đình …": a component's id and official name (the id alone when the page does not score it). */
    private static String componentName(Dashboard d, String id) {
        for (Dashboard.ComponentRow c : d.components()) {
            if (c.id().equals(id)) {
                return id + " " + c.name();
            }
        }
        return id;
    }

    /** The figure now, as Vietnamese writes it. */
    private static String actual(Dashboard d, TargetResult r, Target def) {
        if (r.actual() == null) {
            return "";
        }
        if (r.actual().equals("not reported")) {
            return w("planning.dashboard.label.notReported");
        }
        if (def == null) {
            return esc(VietnameseFormat.numText(r.actual()));
        }
        return switch (def.subject()) {
            case TOTAL, POINTS -> vn(Double.parseDouble(r.actual()), 2);
            case INDEX -> vn4(Double.parseDouble(r.actual()));
            case RANK, TOP -> esc(r.actual());
            case COMPONENT -> value(d.catalogue().get(def.component()), r.actual());
        };
    }

    /** A target's distance, in both languages, numbers in Vietnamese format. */
    private static String distance(Dashboard d, TargetResult r, Target def) {
        switch (r.status()) {
            case NEEDS_COHORT:
                return w("planning.dashboard.target.needsCohort");
            case CANNOT_TELL: {
                int n = def == null ? 0 : def.subject() == Target.Subject.TOP ? def.top() : (int) def.number();
                // the English is the library's own sentence (Dashboard.planned makes it in English)
                String key = def != null && def.subject() == Target.Subject.TOP ? "planning.dashboard.distance.topCannotTell"
                        : "planning.dashboard.distance.rankCannotTell";
                return t(esc(Messages.text(Language.VI, key, r.cohortSize(), n, national(d, true))), esc(r.detail()));
            }
            case MET:
                return w("planning.dashboard.label.metWord");
            default:
                break;
        }
        if (Messages.text(Language.EN, "planning.targets.notReported").equals(r.actual())
                || Messages.text(Language.VI, "planning.targets.notReported").equals(r.actual())) {
            return w("planning.dashboard.label.notReported");
        }
        if (def == null) {
            return w("planning.dashboard.label.notMet");
        }
        String vi;
        switch (def.subject()) {
            case TOTAL:
                vi = r.distance() <= 1e-9 ? vi("planning.dashboard.distance.aboveTotal", vn(def.number(), 2))
                        : vi("planning.dashboard.distance.points", vn(r.distance(), 2));
                break;
            case INDEX:
                vi = vi("planning.dashboard.distance.index", vn(r.distance(), 4));
                break;
            case RANK:
                vi = vi("planning.dashboard.distance.rank", vn(r.distance(), 0));
                break;
            case TOP:
                vi = vi("planning.dashboard.distance.top", vn(r.distance(), 0), def.top());
                break;
            case POINTS:
                vi = vi(def.op().ceiling() ? "planning.dashboard.distance.pointsOver" : "planning.dashboard.distance.points", vn(r.distance(), 2));
                break;
            default: {
                Dashboard.ComponentInfo info = d.catalogue().get(def.component());
                ValueKind kind = info == null ? null : info.valueKind();
                if (kind != null && !kind.numeric()) {
                    vi = vi("planning.dashboard.distance.is", VietnameseFormat.plainValue(info, r.actual()));
                } else if (r.distance() <= 1e-9) {
                    vi = vi(def.op() == Target.Op.BELOW ? "planning.dashboard.distance.below" : "planning.dashboard.distance.above",
                            VietnameseFormat.plainValue(info, def.value()));
                } else {
                    String amount = kind == ValueKind.RATIO ? Messages.text(Language.VI, "planning.unit.percentagePoints", vn(r.distance() * 100, 2))
                            : vn(r.distance(), 4);
                    vi = vi(def.op().ceiling() ? "planning.dashboard.distance.over" : def.op() == Target.Op.EQUALS ? "planning.dashboard.distance.off"
                            : "planning.targets.short", amount);
                }
            }
        }
        return t(esc(vi), esc(r.detail()));
    }

    /** A gap's next step, in both languages: the value to reach and the points it adds. */
    private static String next(Dashboard d, Gap g) {
        String[] text = Labels.nextStep(d.catalogue().get(g.component().value()), g);
        return text[0].isEmpty() ? "" : t(esc(text[0]), esc(text[1]));
    }

    // ------------------------------------------------------------------ values

    /** A value as HTML, one language per cell: a share as a percentage (87,2%), yes/no, a category by its Vietnamese name (its code in English). */
    private static String value(Dashboard.ComponentInfo info, String value) {
        if (value == null) {
            return "—";
        }
        ValueKind kind = info == null ? null : info.valueKind();
        if (kind == ValueKind.YES_NO || kind == ValueKind.CATEGORY) {
            return t(esc(VietnameseFormat.plainValue(info, value)), esc(englishValue(info, value)));
        }
        return esc(VietnameseFormat.plainValue(info, value));
    }

    /** A value for the English view: yes/no, a category's code, a share as 87.2%. */
    private static String englishValue(Dashboard.ComponentInfo info, String value) {
        return info == null ? value : ValueText.of(info.valueKind(), value);
    }

    /** A message of the catalogue in both languages, switched. */
    private static String sentence(Message m) {
        if (!m.catalogued()) {
            return sentence(m.in(Language.EN));
        }
        return t(esc(m.in(Language.VI)), esc(m.in(Language.EN)));
    }

    /**
     * A sentence given as text (a caller's warning): one made in either language from the catalogue
     * is read back to its text ({@link CatalogueText}); any other is shown as it is, marked as
     * English. The library's own sentences (warnings, the plan's notes and reasons) are messages,
     * written in each language ({@link #sentence(Message)}).
     */
    private static String sentence(String english) {
        String[] both = CatalogueText.both(english);
        return both != null ? t(esc(both[0]), esc(both[1])) : t(esc(english) + " <span class=\"muted\">(tiếng Anh)</span>", esc(english));
    }

    /** A period label in Vietnamese: "quý 4/2025" for 2025-Q4; a year as it is. */
    static String periodVi(String label) {
        Matcher m = QUARTER.matcher(label);
        if (m.matches()) {
            return "quý " + m.group(2) + "/" + m.group(1);
        }
        int slash = label.indexOf('/');
        if (slash > 0) {
            try {
                return VietnameseFormat.date(LocalDate.parse(label.substring(0, slash))) + " – " + VietnameseFormat.date(LocalDate.parse(label.substring(slash + 1)));
            } catch (java.time.DateTimeException e) {
                return label;
            }
        }
        return label;
    }

    private static String period(String label) {
        String vi = periodVi(label);
        return vi.equals(label) ? esc(label) : t(esc(vi), esc(label));
    }

    private static String signed(double d) {
        return (d >= 0 ? "+" : "−") + vn(Math.abs(d), 2);
    }

    // ------------------------------------------------------------------ helpers

    /** A text of the catalogue in Vietnamese, not escaped (for a text that is escaped where it is written). */
    private static String vi(String key, Object... args) {
        return Messages.text(Language.VI, key, args);
    }

    /** A text of the catalogue in both languages with each language's own arguments (the first half Vietnamese, the second English), escaped. */
    private static String each(String key, Object... args) {
        Object[] vi = java.util.Arrays.copyOfRange(args, 0, args.length / 2);
        Object[] en = java.util.Arrays.copyOfRange(args, args.length / 2, args.length);
        return t(esc(Messages.text(Language.VI, key, vi)), esc(Messages.text(Language.EN, key, en)));
    }

    /** A text of the catalogue in both languages, switched; its arguments (input text among them) escaped. */
    private static String w(String key, Object... args) {
        return t(esc(Messages.text(Language.VI, key, args)), esc(Messages.text(Language.EN, key, args)));
    }

    /** A text of the catalogue in both languages with an argument of each language's own, escaped. */
    private static String both(String key, String vi, String en) {
        return t(esc(Messages.text(Language.VI, key, vi)), esc(Messages.text(Language.EN, key, en)));
    }

    /** Vietnamese and English text: the page shows one, by the switch. Both are constants or already escaped, never raw input. */
    private static String t(String vi, String en) {
        return "<span lang=\"vi\">" + vi + "</span><span lang=\"en\">" + en + "</span>";
    }

    /** Two SVG texts at one place, one per language (the switch shows one); both constants or escaped. */
    private static void svgText(StringBuilder h, double x, double y, String cls, String attrs, String vi, String en) {
        for (String[] lang : new String[][] {{"vi", vi}, {"en", en}}) {
            h.append("<text lang=\"").append(lang[0]).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" class=\"").append(cls)
                    .append('"').append(lang[0].equals("vi") ? attrs : attrs.replace("data-key=\"", "data-key=\"en-")).append('>').append(esc(lang[1]))
                    .append("</text>");
        }
    }

    /**
     * Escapes text for HTML content and attribute values; characters that change how text is shown
     * without being seen (a U+202E in a name would reverse the heading) are taken out first
     * ({@link ShownText#clean}).
     *
     * @param text the text, or null
     * @return the cleaned text with {@code < > & " '} escaped; empty for null
     */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        String s = ShownText.clean(text);
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
     * A number in Vietnamese format: "." groups thousands and "," marks decimals (1.000; 303,25).
     *
     * @param d        the number
     * @param decimals the most decimals, rounded half-up
     * @return the text
     */
    public static String vn(double d, int decimals) {
        return VietnameseFormat.vn(d, decimals);
    }

    /**
     * An index or value with exactly 4 decimals, Vietnamese format.
     *
     * @param d the value
     * @return e.g. {@code 0,3033}
     */
    public static String vn4(double d) {
        return VietnameseFormat.vn4(d);
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
            .line { fill: none; stroke: var(--bar); stroke-width: 2; } .dot { fill: var(--bar); }
            .axis { stroke: var(--muted); stroke-width: 1; fill: none; } .grid { stroke: var(--line); stroke-width: 1; }
            .goal { stroke: var(--good); stroke-width: 1.5; stroke-dasharray: 6 4; } .goalText { fill: var(--good); font-weight: 600; }
            .kpi .note { color: var(--muted); font-size: 11px; margin-top: 2px; } p.title { font-weight: 600; margin: 4px 0 0; }
            .kpi small { white-space: nowrap; } .kpi .word { font-size: 16px; line-height: 1.3; display: inline-block; } .nw { white-space: nowrap; }
            .legend { font-size: 12px; color: var(--muted); } .sw { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; }
            .sw.lost { background: var(--lost); } .sw.risk { background: var(--risk); }
            footer { border-top: 1px solid var(--line); margin-top: 16px; padding-top: 6px; font-size: 12px; }
            .basis { font-weight: 600; margin: 4px 0 10px; } .stage { font-weight: 400; font-size: 11px; color: var(--muted); }
            h2 .stage { font-size: 13px; } .illustrative { color: var(--lost); } .words { color: var(--muted); font-size: 12px; font-style: italic; }
            td.up { color: var(--good); font-weight: 600; } td.down { color: var(--lost); font-weight: 600; }
            @media (max-width: 640px) {
              body { padding: 10px; } th, td { padding: 3px 3px; overflow-wrap: anywhere; } .r, .nw, .kpi small { white-space: normal; }
              td.r { overflow-wrap: normal; }
              table { font-size: 12px; } table.small { font-size: 11px; } header { flex-wrap: wrap; }
            }
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
