package vn.dti.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.dti.api.Entity;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.planning.Dashboard;
import vn.dti.planning.DashboardHtml;
import vn.dti.planning.Effort;
import vn.dti.planning.Situation;
import vn.dti.planning.WorkspaceDashboard;
import vn.dti.reporting.AgencyWorkbooks;
import vn.dti.reporting.EvidenceMerge;
import vn.dti.reporting.ReportingHistory;
import vn.dti.reporting.ReportingStatus;
import vn.dti.reporting.Submission;
import vn.dti.rules.RuleScorer;

/**
 * The reporting year per entity and period: the agencies' workbooks to fill, their submissions
 * (every version kept, the latest counting), and the views the command line gives of a workspace:
 * status, the merged evidence, the score cards, the history, the dashboard page. Every view is the
 * library's, computed on the workspace the database holds ({@link Reporting#workspace}), so it is
 * the command line's answer on the folder the export writes.
 */
final class ReportingApi {
    /** The largest submission file (as the library reads one). */
    static final long MAX_WORKBOOK_BYTES = 10L * 1024 * 1024;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Reporting reporting;
    private final MethodologyService methodologies;
    private final DashboardFiles dashboardFiles;

    ReportingApi(Reporting reporting, MethodologyService methodologies, DashboardFiles dashboardFiles) {
        this.reporting = reporting;
        this.methodologies = methodologies;
        this.dashboardFiles = dashboardFiles;
    }

    /** {"id": "khanh-hoa", "name": "Khánh Hòa"} */
    record NewEntity(String id, String name) {
    }

    /** A submission accepted: what was stored, and what was read from it. */
    record Accepted(ReportingStore.Stored submission, Submission read) {
    }

    /** One version of a submission with what was read from it. */
    record Version(ReportingStore.Stored submission, com.fasterxml.jackson.databind.JsonNode read) {
    }

    void entities(Context ctx, Principal who) {
        Http.json(ctx, reporting.store().entities());
    }

    /** Creates an entity (a province) of the kind the active methodology scores. */
    void createEntity(Context ctx, Principal who) {
        NewEntity n = Http.jsonRequest(ctx, NewEntity.class);
        Entity e = reporting.createEntity(n.id(), n.name(), methodologies.active().scorer(), who, ctx.ip());
        Http.json(ctx, 201, e);
    }

    /** The agency's empty workbook for the period ({@code dti evidence template --agency}), from the active methodology. */
    void template(Context ctx, Principal who) {
        template(ctx, reporting.entity(ctx), Reporting.submissionPeriod(ctx), ctx.pathParam("agency"));
    }

    /** The agency's empty workbook for the period, answered as a download (the API's and the clerk page's). */
    void template(Context ctx, Entity entity, Period period, String agencyName) {
        RuleScorer scorer = methodologies.active().scorer();
        String agency = Reporting.agency(agencyName, scorer);
        AgencyWorkbooks.Format format = AgencyWorkbooks.Format.valueOf(Http.oneOf(ctx, "format", "xlsx", "xlsx", "csv", "json").toUpperCase(java.util.Locale.ROOT));
        byte[] bytes = AgencyWorkbooks.template(scorer, agency, period, entity, format);
        Http.download(ctx, bytes, format == AgencyWorkbooks.Format.XLSX ? XLSX : format == AgencyWorkbooks.Format.CSV ? "text/csv; charset=utf-8" : Http.JSON,
                AgencyWorkbooks.fileName(agency, format));
    }

    /**
     * An agency's submission: its workbook (part {@code file}: .xlsx, .csv or .json) and its evidence
     * documents (parts {@code document}: PDF or image scans). Read in full with the active
     * methodology: 201 with what was read once the transaction has committed, or 422 with every
     * problem and nothing stored.
     */
    void submit(Context ctx, Principal who) {
        Http.json(ctx, 201, accept(ctx, who, reporting.entity(ctx), Reporting.submissionPeriod(ctx), ctx.pathParam("agency")));
    }

    /**
     * Reads and stores the submission the request's form holds (the API's and the clerk page's):
     * what was stored and read, once committed; a {@link Problem} (or the library's refusal) with
     * every problem and nothing stored.
     */
    Accepted accept(Context ctx, Principal who, Entity entity, Period period, String agencyName) {
        MethodologyService.Active active = methodologies.active();
        String agency = Reporting.agency(agencyName, active.scorer());
        Http.Upload file = Http.file(ctx, "file", MAX_WORKBOOK_BYTES);
        List<ReportingStore.Attached> documents = Documents.read(ctx);
        return store(active, who, ctx.ip(), entity, period, agency, file, documents);
    }

    /**
     * Reads a submission's file with the active methodology and stores it with its documents (the
     * upload's and the clerk form's, whose file is the CSV the form's fields make): what was stored
     * and read, once committed; the library's refusal with every problem, and nothing stored.
     */
    Accepted store(MethodologyService.Active active, Principal who, String address, Entity entity, Period period, String agency, Http.Upload file,
            List<ReportingStore.Attached> documents) {
        Submission read = Reporting.read(file, entity, period, agency, active.scorer());
        ReportingStore.Stored stored = reporting.submit(new ReportingStore.Incoming(entity.id(), period, agency, file.name(),
                AgencyWorkbooks.Format.of(file.name()), file.bytes(), DtiJson.write(read), active.version().version(), documents), who, address);
        return new Accepted(stored, read);
    }

    /** Every version of an agency's submission for the period, oldest first. */
    void submissions(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Http.json(ctx, reporting.store().history(entity.id(), Reporting.submissionPeriod(ctx), Reporting.agency(ctx, methodologies.active().scorer())));
    }

    /** One version, with what was read from it when it was received. */
    void submission(Context ctx, Principal who) throws Exception {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.submissionPeriod(ctx);
        String agency = Reporting.agency(ctx, methodologies.active().scorer());
        int number = Reporting.number(ctx);
        ReportingStore.Stored s = reporting.store().version(entity.id(), period, agency, number).orElseThrow(() -> Reporting.noVersion(agency, number));
        String readAs = reporting.store().readAs(entity.id(), period, agency, number).orElseThrow();
        Http.json(ctx, new Version(s, DtiJson.mapper().readTree(readAs)));
    }

    /** A version's file, as received. */
    void submissionFile(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.submissionPeriod(ctx);
        String agency = Reporting.agency(ctx, methodologies.active().scorer());
        int number = Reporting.number(ctx);
        ReportingStore.Stored s = reporting.store().version(entity.id(), period, agency, number).orElseThrow(() -> Reporting.noVersion(agency, number));
        byte[] bytes = reporting.store().file(entity.id(), period, agency, number).orElseThrow();
        AgencyWorkbooks.Format f = AgencyWorkbooks.Format.valueOf(s.format());
        Http.download(ctx, bytes, f == AgencyWorkbooks.Format.XLSX ? XLSX : f == AgencyWorkbooks.Format.CSV ? "text/csv; charset=utf-8" : Http.JSON,
                s.fileName());
    }

    /** An evidence document of a version, to whoever may read the submission; never run in the browser. */
    void document(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.submissionPeriod(ctx);
        String agency = Reporting.agency(ctx, methodologies.active().scorer());
        int number = Reporting.number(ctx);
        var d = reporting.store().document(entity.id(), period, agency, number, ctx.pathParam("document"))
                .orElseThrow(() -> Problem.notFound("UNKNOWN_DOCUMENT", Text.unknownDocument(ctx.pathParam("document"), agency, number)));
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        Http.download(ctx, d.getValue(), d.getKey().contentType(), d.getKey().fileName());
    }

    /** The latest submission of each agency for the period. */
    void latest(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Http.json(ctx, reporting.store().latest(entity.id(), Reporting.submissionPeriod(ctx)));
    }

    /** {@code dti status --format json} on the period, as of {@code asOf} (default today). */
    void status(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.viewPeriod(ctx);
        LocalDate asOf = Http.day(ctx, "asOf", vn.dti.api.ReportingDay.today());
        RuleScorer scorer = methodologies.active().scorer();
        Http.json(ctx, ReportingStatus.of(scorer, reporting.workspace(entity, Reporting.within(period)), period, asOf));
    }

    /** {@code dti evidence merge}: the period's evidence merged from the agencies' latest submissions. */
    void evidence(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.viewPeriod(ctx);
        RuleScorer scorer = methodologies.active().scorer();
        Http.json(ctx, EvidenceMerge.merge(scorer, reporting.workspace(entity, Reporting.within(period)), period).evidence());
    }

    /**
     * A score card of the period: {@code self-assessed} (the evidence as submitted, {@code dti score}),
     * {@code appraised} (with the council's decisions standing, {@code dti score --appraisal}), or
     * {@code final} (the appraised card when the council has decided anything, else the self-assessed
     * one, as {@code dti history} scores a period).
     */
    void card(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.viewPeriod(ctx);
        String view = ctx.pathParam("view");
        RuleScorer scorer = methodologies.active().scorer();
        Http.json(ctx, reporting.card(scorer, entity, period, view));
    }

    /** {@code dti history --format json}: every period scored. */
    void history(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        RuleScorer scorer = methodologies.active().scorer();
        Http.json(ctx, ReportingHistory.of(reporting.workspace(entity, p -> true), scorer, methodologies::forRequest));
    }

    /** The served dashboard's style sheet and script: the library's, linked (the page has no inline style or script). */
    static final String DASHBOARD_CSS = "/static/dashboard.css";
    /** See {@link #DASHBOARD_CSS}. */
    static final String DASHBOARD_JS = "/static/dashboard.js";

    /**
     * The dashboard page of the period ({@code dti dashboard --workspace … --period … [--cohort] [--targets]}), served from the
     * current record: the library's page, its style and script linked from {@link #DASHBOARD_CSS} and {@link #DASHBOARD_JS}.
     */
    void dashboard(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.viewPeriod(ctx);
        LocalDate asOf = Http.day(ctx, "asOf", vn.dti.api.ReportingDay.today());
        RuleScorer scorer = methodologies.active().scorer();
        WorkspaceDashboard.Sections sections = WorkspaceDashboard.of(scorer, reporting.workspace(entity, p -> true), period, asOf, methodologies::forRequest);
        Situation s = dashboardFiles.situation(scorer, sections.evidence());
        String html = DashboardHtml.renderServed(Dashboard.planned(s, dashboardFiles.targetsFile(scorer.methodology()), dashboardFiles.targetsName(),
                Effort.UNIFORM, sections.completeness(), sections.deadlines(), sections.trend(), sections.beforeAppraisal()), DASHBOARD_CSS, DASHBOARD_JS,
                PageLanguage.of(ctx));   // opens in the language the service's other pages are in (?lang=, cookie, Accept-Language)
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; img-src data:; "
                + "frame-ancestors 'none'; form-action 'none'; base-uri 'none'");
        ctx.contentType("text/html; charset=utf-8").result(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The served dashboard's style sheet ({@link DashboardHtml#stylesheet()}). */
    void dashboardStyle(Context ctx, Principal who) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/css; charset=utf-8").result(DashboardHtml.stylesheet().getBytes(StandardCharsets.UTF_8));
    }

    /** The served dashboard's script, the language switch ({@link DashboardHtml#script()}). */
    void dashboardScript(Context ctx, Principal who) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/javascript; charset=utf-8").result(DashboardHtml.script().getBytes(StandardCharsets.UTF_8));
    }
}
