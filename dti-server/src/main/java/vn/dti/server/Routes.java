package vn.dti.server;

import static vn.dti.server.Route.Param.file;
import static vn.dti.server.Route.Param.files;
import static vn.dti.server.Route.Param.query;
import static vn.dti.server.Route.Param.repeated;
import static vn.dti.server.Route.Param.text;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import vn.dti.server.Route.Doc;

/**
 * The route table: every route of the API under {@code /api/v1}, with who may call it, its
 * OpenAPI description and its handler, in one place. The server registers exactly these
 * ({@link DtiServer}), the OpenAPI document is made from them ({@link OpenApi}), and the
 * authorisation test calls each of them in every role.
 */
final class Routes {
    static final String API = Route.API;
    private static final String TAG_ACCOUNTS = "Accounts";
    private static final String TAG_SCORING = "Scoring (stateless)";
    private static final String TAG_METHODOLOGIES = "Methodologies";
    private static final String TAG_YEAR = "The reporting year";
    private static final String TAG_COUNCIL = "The appraisal council";
    private static final String METHODOLOGY_QUERY = "The methodology: the province's active one when left out; its id, a stored version, or a bundled id "
            + "(GET /api/v1/methodologies).";
    private static final String EVIDENCE = "The entity's evidence file (JSON, docs/formats.md).";
    private static final String COHORT = "A cohort to rank the entity in (docs/cohorts.md).";
    private static final String COHORT_EVIDENCE = "The evidence files the cohort names by \"evidenceFile\", each sent with that file name.";
    private static final long FORM_BYTES = 6 * Http.MAX_JSON_BYTES;

    private Routes() {
    }

    /** Every route, in the order the OpenAPI document lists them. */
    static List<Route> all(Service s, Pages pages) {
        List<Route> r = new ArrayList<>();
        byte[][] document = new byte[1][];
        r.add(route(HandlerType.GET, API + "/openapi.json", Access.ANYONE,
                Doc.of("API", "This document", "The OpenAPI 3.1 description of every route, made from the server's own route table."),
                (ctx, who) -> ctx.contentType(Http.JSON).result(openApi(r, document))));
        r.add(route(HandlerType.GET, API + "/health", Access.ANYONE,
                Doc.of("API", "Is the service up", "The service answers, its database answers, and the active methodology's id and version."),
                s.health()::health));

        // ------------------------------------------------------------------ accounts
        r.add(route(HandlerType.POST, API + "/session", Access.ANYONE,
                Doc.of(TAG_ACCOUNTS, "Sign in", "Starts a session: sets the session cookie (HttpOnly, SameSite=Strict, Secure over https) and answers "
                        + "with the account and the CSRF token that changing requests carry (X-CSRF-Token). Failed attempts are limited per account "
                        + "and address (429).").json(text("name", "The account's name.", true), text("password", "Its password.", true)),
                s.accounts()::signIn));
        r.add(route(HandlerType.GET, API + "/session", Access.SIGNED_IN.beforePasswordChange(),
                Doc.of(TAG_ACCOUNTS, "The signed-in account", "The account and the session's CSRF token."), s.accounts()::session));
        r.add(route(HandlerType.DELETE, API + "/session", Access.SIGNED_IN.beforePasswordChange(),
                Doc.of(TAG_ACCOUNTS, "Sign out", "Ends the session.").status(204), s.accounts()::signOut));
        r.add(route(HandlerType.PUT, API + "/session/password", Access.SIGNED_IN.beforePasswordChange(),
                Doc.of(TAG_ACCOUNTS, "Change one's password", "Replaces the password (a one-time one too: nothing else is open until it is "
                        + "changed). Every session of the account ends; a new one starts.")
                        .json(text("current", "The current password.", true), text("password", "The new password (at least 12 characters).", true)),
                s.accounts()::changePassword));
        r.add(route(HandlerType.GET, API + "/accounts", Access.roles(Role.ADMIN, Role.OFFICER),
                Doc.of(TAG_ACCOUNTS, "The accounts", "Every account for the admin; the agencies' clerks for an officer."), s.accounts()::list));
        r.add(route(HandlerType.POST, API + "/accounts", Access.roles(Role.ADMIN, Role.OFFICER),
                Doc.of(TAG_ACCOUNTS, "Create an account", "With a one-time password, answered once. An officer creates clerks only; a clerk is "
                        + "bound to one agency, as the active methodology names it.")
                        .json(text("name", "Lower-case letters, digits, '.', '_', '-'.", true), text("role", "ADMIN, OFFICER, CLERK, COUNCIL or VIEWER.", true),
                                text("agency", "A clerk's agency.", false)).status(201),
                s.accounts()::create));
        r.add(route(HandlerType.PATCH, API + "/accounts/{name}", Access.roles(Role.ADMIN, Role.OFFICER),
                Doc.of(TAG_ACCOUNTS, "Disable or enable an account", "Disabling ends its sessions. An officer manages clerks only.")
                        .json(text("disabled", "true or false.", true)),
                s.accounts()::change));
        r.add(route(HandlerType.POST, API + "/accounts/{name}/password", Access.roles(Role.ADMIN, Role.OFFICER),
                Doc.of(TAG_ACCOUNTS, "Reset an account's password", "A new one-time password, answered once; the account's sessions end."),
                s.accounts()::resetPassword));
        r.add(route(HandlerType.GET, API + "/tokens", Access.roles(Role.ADMIN),
                Doc.of(TAG_ACCOUNTS, "The API tokens", "Each token's name, role and state (never its value)."), s.accounts()::tokens));
        r.add(route(HandlerType.POST, API + "/tokens", Access.roles(Role.ADMIN),
                Doc.of(TAG_ACCOUNTS, "Create an API token", "For another system, scoped to one role (and a clerk's agency); its value is answered "
                        + "once and stored only hashed.").json(text("name", "The system that uses it.", true), text("role", "The role it acts in.", true),
                        text("agency", "A clerk token's agency.", false)).status(201),
                s.accounts()::createToken));
        r.add(route(HandlerType.DELETE, API + "/tokens/{id}", Access.roles(Role.ADMIN),
                Doc.of(TAG_ACCOUNTS, "Revoke an API token", "It is refused from then on.").status(204), s.accounts()::revokeToken));
        r.add(route(HandlerType.GET, API + "/audit", Access.roles(Role.ADMIN),
                Doc.of(TAG_ACCOUNTS, "The audit log", "Every change, newest first: who, from where, when, what, before and after.")
                        .query(query("who", "An account's name."), query("action", "An action or its prefix (submission, methodology.activate)."),
                                query("from", "The first day (yyyy-mm-dd)."), query("to", "The last day."), query("limit", "At most this many (200)."),
                                query("before", "Only entries older than this entry (its id): the next page starts at the last id of the one before.")),
                s.accounts()::audit));

        // ------------------------------------------------------------------ stateless scoring
        r.add(route(HandlerType.POST, API + "/score", Access.SIGNED_IN,
                Doc.of(TAG_SCORING, "Score evidence (dti score)", "The score card, byte for byte what 'dti score --format json' writes for the "
                        + "same evidence. Post the evidence as the JSON body, or as the form's part evidence.")
                        .query(query("methodology", METHODOLOGY_QUERY))
                        .body(new Route.Body(List.of("application/json", Http.MULTIPART), "The evidence (docs/formats.md).",
                                List.of(file("evidence", EVIDENCE, false)), Http.MAX_JSON_BYTES)),
                s.scoring()::score));
        r.add(route(HandlerType.POST, API + "/gaps", Access.SIGNED_IN,
                Doc.of(TAG_SCORING, "Where the points are lost (dti gaps)", "As 'dti gaps --format json'.")
                        .query(query("methodology", METHODOLOGY_QUERY))
                        .form(FORM_BYTES, file("evidence", EVIDENCE, true), text("by", "indicator (default) or agency.", false)),
                s.scoring()::gaps));
        r.add(route(HandlerType.POST, API + "/whatif", Access.SIGNED_IN,
                Doc.of(TAG_SCORING, "What a change buys (dti whatif)", "As 'dti whatif --format json'.")
                        .query(query("methodology", METHODOLOGY_QUERY))
                        .form(FORM_BYTES, file("evidence", EVIDENCE, true), repeated("set", "A change: 6.6=0.6, 2.4=yes, 4.4=document."),
                                file("cohort", COHORT, false), files("cohortEvidence", COHORT_EVIDENCE), text("top", "The N of top N (10).", false)),
                s.scoring()::whatIf));
        r.add(route(HandlerType.POST, API + "/plan", Access.SIGNED_IN,
                Doc.of(TAG_SCORING, "The cheapest path to targets (dti plan)", "As 'dti plan --format json'.")
                        .query(query("methodology", METHODOLOGY_QUERY))
                        .form(FORM_BYTES, file("evidence", EVIDENCE, true), repeated("target", "A target: total>=800, rank<=20, 6.6>=0.6."),
                                file("targets", "A targets file (docs/planning.md).", false), file("effort", "An effort file.", false),
                                file("cohort", COHORT, false), files("cohortEvidence", COHORT_EVIDENCE), text("top", "The N of top N (10).", false)),
                s.scoring()::plan));
        r.add(route(HandlerType.POST, API + "/targets", Access.SIGNED_IN,
                Doc.of(TAG_SCORING, "Targets met or not (dti targets)", "As 'dti targets --format json'.")
                        .query(query("methodology", METHODOLOGY_QUERY))
                        .form(FORM_BYTES, file("evidence", EVIDENCE, true), file("targets", "The targets file (docs/planning.md).", true),
                                file("cohort", COHORT, false), files("cohortEvidence", COHORT_EVIDENCE), text("top", "The N of top N (10).", false)),
                s.scoring()::targets));
        r.add(route(HandlerType.POST, API + "/rank", Access.SIGNED_IN,
                Doc.of(TAG_SCORING, "Rank a cohort (dti rank)", "As 'dti rank --format json'.")
                        .query(query("methodology", METHODOLOGY_QUERY))
                        .form(FORM_BYTES, file("cohort", "The cohort file (docs/cohorts.md).", true), files("cohortEvidence", COHORT_EVIDENCE),
                                text("region", "Keep one region, ranked within it.", false), text("top", "The N of top N (10).", false)),
                s.scoring()::rank));
        r.add(route(HandlerType.POST, API + "/validate", Access.SIGNED_IN,
                Doc.of(TAG_METHODOLOGIES, "Check a methodology folder (dti methodology validate)", "Every problem of a zipped folder, in file "
                        + "order, each with its file and line or cell, then its test cases. Nothing is stored, nothing of it is run but the "
                        + "checks; rule files may only call the scoring API.")
                        .form(FolderUpload.MAX_ZIP_BYTES + 64 * 1024, file("folder", "The folder as a zip.", true)),
                s.methodologyApi()::validate));
        r.add(route(HandlerType.GET, API + "/methodologies", Access.SIGNED_IN,
                Doc.of(TAG_METHODOLOGIES, "The methodologies (dti methodology list)", "The province's active methodology, then the bundled ones: "
                        + "id, name, version, components, points."),
                s.methodologyApi()::list));
        r.add(route(HandlerType.GET, API + "/methodologies/{methodology}", Access.SIGNED_IN,
                Doc.of(TAG_METHODOLOGIES, "A methodology's catalogue", "methodology.json as the library reads it, for an id or a version."),
                s.methodologyApi()::get));
        r.add(route(HandlerType.GET, API + "/methodologies/{methodology}/export", Access.SIGNED_IN,
                Doc.of(TAG_METHODOLOGIES, "A methodology's folder (dti methodology export)", "The folder as a zip, to edit.")
                        .query(query("xlsx", "true: the decision tables as Excel workbooks (scoring.xlsx)."))
                        .produces(MethodologyApi.ZIP),
                s.methodologyApi()::export));
        officers(r, s);
        reportingYear(r, s);
        Pages.routes(r, pages);
        OfficerPages.routes(r, new OfficerPages(s, pages));
        AdminPages.routes(r, new AdminPages(s, pages));
        EmulationPages.routes(r, s, pages);
        ClerkFormPages.routes(r, new ClerkFormPages(s, pages));
        return List.copyOf(r);
    }

    /** The officers' methodology: stored versions, uploads as candidates, activation. */
    private static void officers(List<Route> r, Service s) {
        String versions = API + "/methodology-versions";
        MethodologyApi api = s.methodologyApi();
        r.add(route(HandlerType.GET, versions, Access.roles(Role.ADMIN, Role.OFFICER),
                Doc.of(TAG_METHODOLOGIES, "The stored methodology versions", "Every version stored, oldest first (the bundled methodology the "
                        + "database started with, then each upload that loads): who uploaded it and when, whether its test cases pass; every "
                        + "activation, in order, with who made it and when; and the active version."), api::versions));
        r.add(route(HandlerType.POST, versions, Access.roles(Role.OFFICER),
                Doc.of(TAG_METHODOLOGIES, "Upload a methodology version", "Either the zipped folder (part folder), or one decision table as an "
                        + "Excel workbook (part table: e.g. scoring.xlsx, exported with ?xlsx=true and edited) put over the active version, or over "
                        + "the stored version base. Checked as 'dti methodology validate' checks a folder (rule files may only call the scoring "
                        + "API, checked before anything is compiled; nothing of it runs but the checks and its test cases). A folder that does not "
                        + "load is refused with every problem, each with its file and cell (422), and nothing is stored. Otherwise it is stored "
                        + "as a candidate (201; 200 when the same files are stored already) with its test results and the diff against the "
                        + "active version ('dti methodology diff --format json'), with its effect on each entity's current evidence.")
                        .form(FolderUpload.MAX_ZIP_BYTES + 64 * 1024, file("folder", "The methodology folder as a zip.", false),
                                file("table", "One decision table (.xlsx), named as the table it replaces.", false),
                                text("base", "The stored version the table goes over (default: the active one).", false)).status(201),
                api::upload));
        r.add(route(HandlerType.GET, versions + "/{version}", Access.roles(Role.ADMIN, Role.OFFICER),
                Doc.of(TAG_METHODOLOGIES, "A stored version", "Its check and test results as stored with it, and the diff against the active "
                        + "version (or the version against), with its effect on each entity's current evidence.")
                        .query(query("against", "The stored version to compare with (default: the active one).")), api::version));
        r.add(route(HandlerType.POST, versions + "/{version}/activation", Access.roles(Role.OFFICER),
                Doc.of(TAG_METHODOLOGIES, "Activate a version", "Refused (409) unless every test case of the version passes. New requests score "
                        + "with it at once; a request already running finishes on the version it started with; every score card names its "
                        + "version. Answers the activation: the version, who, when.").status(201), api::activate));
    }

    /** The reporting year, per entity and period: submissions, the views of the command line, the council. */
    private static void reportingYear(List<Route> r, Service s) {
        String entity = API + "/entities/{entity}";
        String period = entity + "/periods/{period}";
        String agency = period + "/agencies/{agency}";
        String version = agency + "/submissions/{number}";
        Access readers = Access.rolesAndOwnAgencyClerk(Role.ADMIN, Role.OFFICER, Role.COUNCIL);
        Access views = Access.roles(Role.ADMIN, Role.OFFICER, Role.COUNCIL, Role.VIEWER);
        ReportingApi api = s.reportingApi();
        r.add(route(HandlerType.GET, API + "/entities", Access.SIGNED_IN,
                Doc.of(TAG_YEAR, "The entities", "The provinces whose reporting year the service holds."), api::entities));
        r.add(route(HandlerType.POST, API + "/entities", Access.roles(Role.ADMIN, Role.OFFICER),
                Doc.of(TAG_YEAR, "Add an entity", "A province (of the kind the active methodology scores), as its agencies' files name it.")
                        .json(text("id", "The id the files carry (khanh-hoa).", true), text("name", "Its name (Khánh Hòa).", false)).status(201),
                api::createEntity));
        r.add(route(HandlerType.GET, entity + "/history", views,
                Doc.of(TAG_YEAR, "Every period scored (dti history)", "As 'dti history --format json' on the exported workspace."), api::history));
        r.add(route(HandlerType.GET, agency + "/template", Access.rolesAndOwnAgencyClerk(Role.ADMIN, Role.OFFICER),
                Doc.of(TAG_YEAR, "The agency's workbook to fill (dti evidence template --agency)", "Made from the active methodology, for the "
                        + "entity and the period (a quarter or a year).").query(query("format", "xlsx (default), csv or json.")).produces(ReportingApi.XLSX),
                api::template));
        r.add(route(HandlerType.POST, agency + "/submissions", Access.rolesAndOwnAgencyClerk(),
                Doc.of(TAG_YEAR, "Submit the agency's report", "The filled workbook (xlsx, csv or json) and its evidence documents (PDF or image "
                        + "scans). Read in full with the active methodology: 201 with what was read, once stored; or 422 with every problem, each "
                        + "with its file, sheet, row and column, and nothing stored. A resubmission is a new version; the latest counts.")
                        .form(Http.MAX_REQUEST_BYTES, file("file", "The agency's filled workbook (.xlsx, .csv or .json), at most 10 MB.", true),
                                files("document", "An evidence document: PDF, PNG, JPEG or TIFF, at most 20 MB; 50 MB in all."))
                        .status(201),
                api::submit));
        r.add(route(HandlerType.GET, agency + "/submissions", readers,
                Doc.of(TAG_YEAR, "The agency's submissions for the period", "Every version, oldest first: who, when, the file, its SHA-256, its "
                        + "documents, the methodology version that read it."), api::submissions));
        r.add(route(HandlerType.GET, version, readers,
                Doc.of(TAG_YEAR, "One submission", "The version and what was read from it when it was received."), api::submission));
        r.add(route(HandlerType.GET, version + "/file", readers,
                Doc.of(TAG_YEAR, "A submission's file", "The file as it was received.").produces("application/octet-stream"), api::submissionFile));
        r.add(route(HandlerType.GET, version + "/documents/{document}", readers,
                Doc.of(TAG_YEAR, "An evidence document", "By its SHA-256 (hex), as it was received.").produces("application/octet-stream"),
                api::document));
        r.add(route(HandlerType.GET, period + "/submissions", Access.roles(Role.ADMIN, Role.OFFICER, Role.COUNCIL),
                Doc.of(TAG_YEAR, "The latest submission of every agency", "The versions that count for the period."), api::latest));
        r.add(route(HandlerType.GET, period + "/status", views,
                Doc.of(TAG_YEAR, "Who is late with what (dti status)", "As 'dti status --format json': every agency in both its roles.")
                        .query(query("asOf", "The day (yyyy-mm-dd or dd/mm/yyyy); default today.")), api::status));
        r.add(route(HandlerType.GET, period + "/evidence", Access.roles(Role.ADMIN, Role.OFFICER, Role.COUNCIL),
                Doc.of(TAG_YEAR, "The merged evidence (dti evidence merge)", "The agencies' latest submissions merged into the province's evidence "
                        + "for the period (a half-year or a year built from its quarters)."), api::evidence));
        r.add(route(HandlerType.GET, period + "/cards/{view}", views,
                Doc.of(TAG_YEAR, "A score card (dti score)", "view: self-assessed (the evidence as submitted), appraised (with the council's "
                        + "standing decisions, as dti score --appraisal), final (appraised when the council has decided anything, else "
                        + "self-assessed). Every card names its methodology version."), api::card));
        r.add(route(HandlerType.GET, period + "/dashboard", views,
                Doc.of(TAG_YEAR, "The dashboard page (dti dashboard)", "The page 'dti dashboard --workspace --period' writes, from the current "
                        + "record, ranked in the cohort and planned for the targets 'dti serve --cohort --targets' names; its style sheet and "
                        + "script linked (" + ReportingApi.DASHBOARD_CSS + ", " + ReportingApi.DASHBOARD_JS + "), none inline.")
                        .query(query("asOf", "The day deadlines are read on; default today.")).produces("text/html; charset=utf-8"),
                api::dashboard));
        r.add(route(HandlerType.GET, ReportingApi.DASHBOARD_CSS, Access.ANYONE,
                Doc.of(TAG_YEAR, "The dashboard's style sheet", "The library's, as the dashboard file has it inline.").produces("text/css; charset=utf-8"),
                api::dashboardStyle));
        r.add(route(HandlerType.GET, ReportingApi.DASHBOARD_JS, Access.ANYONE,
                Doc.of(TAG_YEAR, "The dashboard's script", "The language switch, as the dashboard file has it inline.")
                        .produces("text/javascript; charset=utf-8"), api::dashboardScript));
        AppraisalApi council = s.appraisal();
        r.add(route(HandlerType.GET, period + "/appraisal", views,
                Doc.of(TAG_COUNCIL, "The council's decisions on the period", "The standing decisions as an appraisal file holds them, every "
                        + "decision recorded (withdrawn ones marked), and whether the period is finalised."), council::view));
        r.add(route(HandlerType.POST, period + "/appraisal/decisions", Access.roles(Role.COUNCIL),
                Doc.of(TAG_COUNCIL, "Record a decision", "Written as in an appraisal file (docs/formats.md): ACCEPTED, VALUE_ADJUSTED with value, "
                        + "or DOCUMENT_REJECTED with document; reason; date (default today). Checked against the period's evidence first.")
                        .json(text("indicator", "The component.", true), text("decision", "ACCEPTED, VALUE_ADJUSTED or DOCUMENT_REJECTED.", true),
                                text("value", "The appraised value.", false), text("document", "The rejected document's number or title.", false),
                                text("reason", "Why.", false), text("date", "yyyy-mm-dd.", false)).status(201),
                council::decide));
        r.add(route(HandlerType.POST, period + "/appraisal/decisions/{decision}/withdrawal", Access.roles(Role.COUNCIL),
                Doc.of(TAG_COUNCIL, "Withdraw a decision", "It stays in the record, marked withdrawn.").json(text("reason", "Why.", true)).status(201),
                council::withdraw));
        r.add(route(HandlerType.POST, period + "/finalisation", Access.roles(Role.COUNCIL),
                Doc.of(TAG_COUNCIL, "Finalise the period", "Nothing more is submitted or decided in it.").status(201), council::finalise));
    }

    /** The OpenAPI document of the table, made on first use. */
    private static byte[] openApi(List<Route> routes, byte[][] made) {
        synchronized (made) {
            if (made[0] == null) {
                made[0] = OpenApi.document(routes);
            }
            return made[0];
        }
    }

    private static Route route(HandlerType method, String path, Access access, Doc doc, Route.Action action) {
        return new Route(method, path, access, doc, action);
    }
}
