package vn.dti.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.api.DtiException;
import vn.dti.api.Entity;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Period;
import vn.dti.reporting.Emulation;
import vn.dti.reporting.ReportingHistory;
import vn.dti.rules.RuleScorer;
import vn.dti.server.internal.EmulationView;
import vn.dti.server.internal.Words;
import vn.dti.text.Figure;

/**
 * The steering committee's emulation page ({@code /committee/emulation}): the agencies' emulation
 * table of the chosen period with its formula (the project's proposal, weights from the
 * methodology's {@code emulation.json}), and the trend of the period's year, self-assessed and
 * final, as a table and a bar chart drawn on the server; and the same table as
 * {@code GET …/periods/{period}/emulation}. Both call {@link Emulation} and
 * {@link ReportingHistory}: nothing is computed here.
 */
final class EmulationPages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The height of one bar of the trend chart, and the gap under it, in the chart's units. */
    private static final int BAR = 14;
    private static final int GAP = 12;
    /** The longest bar, in the chart's units (its view box is 640 wide: labels, then bars, then values). */
    private static final double LONGEST = 360;

    private final Service service;
    private final Pages pages;

    private EmulationPages(Service service, Pages pages) {
        this.service = service;
        this.pages = pages;
    }

    /** The page's and the API's routes, each with its rule: the committee's views (admin, officer, council, viewer). */
    static void routes(List<Route> r, Service s, Pages p) {
        EmulationPages e = new EmulationPages(s, p);
        Access views = Access.roles(Role.ADMIN, Role.OFFICER, Role.COUNCIL, Role.VIEWER);
        r.add(new Route(HandlerType.GET, "/committee/emulation", views, Route.Doc.of(Pages.TAG, "The agencies' emulation table and the trend",
                "The emulation table (thi đua) of the period with its formula, the project's proposal (emulation.json), and the trend of the "
                        + "period's year: the total and each main indicator, self-assessed and final.").produces(Pages.HTML), e::page));
        r.add(new Route(HandlerType.GET, Route.API + "/entities/{entity}/periods/{period}/emulation", views, Route.Doc.of("The reporting year",
                "The agencies' emulation table (dti emulation)", "As 'dti emulation --format json' on the exported workspace: per agency the "
                        + "points of the components it leads, reports on time, completeness in both roles, the council's adjustment, the "
                        + "weighted score (0-100), rank and grade. The formula is the project's proposal; its weights are the active "
                        + "methodology's emulation.json. Query asOf=yyyy-mm-dd (default today)."), e::api));
    }

    void api(Context ctx, Principal who) {
        Entity entity = service.reporting().entity(ctx);
        Period period = Reporting.viewPeriod(ctx);
        LocalDate asOf = Http.day(ctx, "asOf", LocalDate.now(Pages.ZONE));
        RuleScorer scorer = service.methodologies().active().scorer();
        Http.json(ctx, Emulation.of(scorer, service.reporting().workspace(entity, Reporting.within(period)), period, asOf));
    }

    void page(Context ctx, Principal who) {
        Words w = new Words(Pages.language(ctx));
        RuleScorer scorer = service.methodologies().active().scorer();
        Pages.Place place = pages.place(ctx, w, scorer, false);
        String title = w.t("emulation.title");
        Map<String, Object> params = new LinkedHashMap<>();
        if (place == null) {
            params.put("f", pages.frame(ctx, who, w, title, "/committee/emulation"));
            params.put("v", EmulationView.none());
            pages.render(ctx, 200, "emulation.jte", params);
            return;
        }
        LocalDate today = LocalDate.now(Pages.ZONE);
        Entity entity = place.entity();
        Period period = place.period();
        List<EmulationView.Row> rows = new ArrayList<>();
        List<String> formula = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            Emulation e = Emulation.of(scorer, service.reporting().workspace(entity, Reporting.within(period)), period, today);
            for (Emulation.AgencyScore a : e.agencies()) {
                rows.add(new EmulationView.Row(Integer.toString(a.rank()), a.agency(), number(w, a.score(), 2),
                        a.pointsShare() == null ? "—" : points(w, a.points()) + " / " + points(w, a.maxPoints()) + " (" + percent(w, a.pointsShare()) + ")",
                        a.onTimeShare() == null ? "—" : a.onTime() + "/" + a.leads() + " (" + percent(w, a.onTimeShare()) + ")",
                        a.complete() + "/" + a.due() + " (" + percent(w, a.completeness()) + ")",
                        a.appraisal() == null ? "—" : signed(w, a.adjustment()) + " (" + percent(w, a.appraisal()) + ")",
                        a.grade() == null ? "" : a.grade().name(), a.grade() == null ? "" : a.grade().id()));
            }
            e.formula().forEach(m -> formula.add(m.in(w.language())));
        } catch (DtiException ex) {
            problems.addAll(List.of(ex.getMessage().split("\n")));
            formula.clear();
        }
        EmulationView.Trend trend = trend(w, scorer, entity, period);
        String query = "?entity=" + Pages.ApiPaths.segment(entity.id()) + "&period=" + Pages.ApiPaths.segment(period.label());
        params.put("f", pages.frame(ctx, who, w, title, "/committee/emulation" + query));
        params.put("v", new EmulationView(entity.id(), entity.name(), period.label(), place.periods(), DAY.format(today), true, rows, formula, problems,
                "/committee" + query, trend));
        pages.render(ctx, 200, "emulation.jte", params);
    }

    /** The periods of the chosen period's year up to it, as dti history scores them: a table and the bars of the totals. */
    private EmulationView.Trend trend(Words w, RuleScorer scorer, Entity entity, Period period) {
        int year = period.start().getYear();
        ReportingHistory h;
        try {
            h = ReportingHistory.of(service.reporting().workspace(entity, p -> p.start().getYear() == year), scorer, service.methodologies()::forRequest,
                    Period.parse(Integer.toString(year)));
        } catch (DtiException ex) {
            return new EmulationView.Trend(List.of(), List.of(), List.of(), 1, List.of(ex.getMessage()));
        }
        List<String> mains = new ArrayList<>();
        double top = 0;
        for (ReportingHistory.PeriodScore p : h.periods()) {
            for (MainIndicatorScore m : p.mainIndicators()) {
                if (!mains.contains(m.id().value())) {
                    mains.add(m.id().value());
                }
            }
            top = Math.max(top, Math.max(p.totalPoints(), p.selfAssessedPoints() == null ? 0 : p.selfAssessedPoints()));
        }
        List<EmulationView.TrendRow> rows = new ArrayList<>();
        List<EmulationView.Bar> bars = new ArrayList<>();
        int y = 0;
        for (ReportingHistory.PeriodScore p : h.periods()) {
            List<String> cells = new ArrayList<>();
            for (String id : mains) {
                cells.add(p.mainIndicators().stream().filter(m -> m.id().value().equals(id)).findFirst().map(m -> points(w, m.points())).orElse(""));
            }
            double self = p.selfAssessedPoints() == null ? p.totalPoints() : p.selfAssessedPoints();
            String words = Pages.periodWords(w, p.period());
            rows.add(new EmulationView.TrendRow(words, points(w, self), points(w, p.totalPoints()), points(w, p.maxPoints()), cells));
            bars.add(new EmulationView.Bar(words, y, y + BAR, width(self, top), width(p.totalPoints(), top), points(w, self),
                    points(w, p.totalPoints())));
            y += 2 * BAR + GAP;
        }
        List<String> notScored = new ArrayList<>();
        for (ReportingHistory.NotScored n : h.notScored()) {
            notScored.add(w.t("emulation.notScored", Pages.periodWords(w, n.period()), String.join(" ", n.reasons())));
        }
        return new EmulationView.Trend(mains, rows, bars, Math.max(y, 1), notScored);
    }

    /** A bar's width in the chart's units, the highest total the longest bar. */
    private static double width(double v, double top) {
        return top <= 0 ? 0 : Math.round(LONGEST * v / top * 100) / 100.0;
    }

    private static String number(Words w, double v, int decimals) {
        return Figure.number(v, decimals).in(w.language());
    }

    private static String points(Words w, double p) {
        return Figure.points(p).in(w.language());
    }

    private static String percent(Words w, double share) {
        return Figure.percent(share, 0).in(w.language());
    }

    private static String signed(Words w, double d) {
        return (d > 0 ? "+" : d < 0 ? "−" : "±") + points(w, Math.abs(d));
    }
}
