package vn.dti.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.dti.api.Agencies;
import vn.dti.api.AppraisalDecision;
import vn.dti.api.Component;
import vn.dti.api.ComponentScore;
import vn.dti.api.ScoreCard;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Entity;
import vn.dti.api.Period;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ReportingRole;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.json.DtiJson;
import vn.dti.reporting.ReportingStatus;
import vn.dti.reporting.SubmittedComponent;
import vn.dti.reporting.Workspace;
import vn.dti.rules.RuleScorer;
import vn.dti.server.internal.ClerkView;
import vn.dti.server.internal.CommitteeView;
import vn.dti.server.internal.CouncilView;
import vn.dti.server.internal.Frame;
import vn.dti.server.internal.Notice;
import vn.dti.server.internal.Option;
import vn.dti.server.internal.Words;
import vn.dti.text.Figure;
import vn.dti.text.Language;

/**
 * The pages of the service, for people in a browser (docs/pages.md): login, logout and one's
 * password; the agency clerk's page (the agency's components in both roles, the deadline, the
 * workbook to download, the upload and its answer cell by cell, the history); the steering
 * committee's page (every agency's status, the dashboard). Rendered on the server from the jte
 * templates of {@code src/main/jte}, precompiled at build time, every value escaped as HTML; every
 * word from the catalogue ({@code server.page.*}), Vietnamese first, English on request
 * ({@code ?lang=en}, kept in a cookie; else {@code Accept-Language}). Each page is a route of the
 * table ({@link Routes}) with its access rule, and calls the same code as the API: nothing is
 * computed twice.
 */
final class Pages {
    static final String TAG = "Pages";
    static final String HTML = "text/html; charset=utf-8";
    static final String LOGIN_COOKIE = "dti_login";
    /** The response header naming a refused page's problem code (as a problem's "code"), for programs and tests. */
    static final String PROBLEM_HEADER = "X-Dti-Problem";
    static final ZoneId ZONE = vn.dti.api.ReportingDay.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String TEMPLATES = "vn.dti.server.internal.jte";

    private final Service service;
    private final TemplateEngine engine;
    private final Map<String, byte[]> assets = new LinkedHashMap<>();

    Pages(Service service) {
        this.service = service;
        this.engine = TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), TEMPLATES);
        for (String asset : List.of("dti.css", "dti.js")) {
            try (InputStream in = Pages.class.getResourceAsStream("static/" + asset)) {
                assets.put(asset, in.readAllBytes());
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("the page asset " + asset + " is missing from the build", e);
            }
        }
    }

    /** The pages' routes, each with its rule. */
    static void routes(List<Route> r, Pages p) {
        Access views = Access.roles(Role.ADMIN, Role.OFFICER, Role.COUNCIL, Role.VIEWER);
        r.add(page(HandlerType.GET, "/", Access.SIGNED_IN, "The start page", "Sends each role to its page.", p::home));
        r.add(page(HandlerType.GET, "/login", Access.ANYONE, "The login page", "The sign-in form.", p::loginPage));
        r.add(new Route(HandlerType.POST, "/login", Access.ANYONE,
                Route.Doc.of(TAG, "Sign in (form)", "The login form's post: name, password and the form's token.").produces(HTML), p::login));
        r.add(page(HandlerType.POST, "/logout", Access.SIGNED_IN.beforePasswordChange(), "Sign out (form)", "Ends the session.", p::logout));
        r.add(page(HandlerType.GET, "/password", Access.SIGNED_IN.beforePasswordChange(), "The password page", "Change one's password; the first "
                + "page of an account with a one-time password.", p::passwordPage));
        r.add(page(HandlerType.POST, "/password", Access.SIGNED_IN.beforePasswordChange(), "Change one's password (form)", "The password form's post.",
                p::password));
        r.add(page(HandlerType.GET, "/clerk", Access.roles(Role.CLERK), "The agency clerk's page", "The clerk's own agency only: its components, "
                + "deadline, last submission, the workbook, the upload, the history.", p::clerk));
        r.add(page(HandlerType.GET, "/clerk/workbook", Access.roles(Role.CLERK), "The clerk's workbook to fill", "The own agency's workbook for the "
                + "period (as GET …/agencies/{agency}/template).", p::workbook));
        r.add(new Route(HandlerType.POST, "/clerk/submissions", Access.roles(Role.CLERK),
                Route.Doc.of(TAG, "Submit the clerk's workbook (form)", "The own agency's workbook and documents, read and stored as POST "
                        + "…/agencies/{agency}/submissions does; the page lists what was read, or every refused cell.")
                        .form(Http.MAX_REQUEST_BYTES, Route.Param.file("file", "The filled workbook.", true), Route.Param.files("document", "Documents."))
                        .produces(HTML), p::submit));
        r.add(page(HandlerType.GET, "/committee", views, "The steering committee's page", "Every agency's status for the period, and the "
                + "dashboard.", p::committee));
        r.add(page(HandlerType.GET, "/council", Access.roles(Role.COUNCIL), "The appraisal council's page", "Per period: every component's "
                + "self-assessed, appraised and final points side by side, the decisions, a new decision (with its reason), finalising.", p::council));
        r.add(page(HandlerType.POST, "/council/decisions", Access.roles(Role.COUNCIL), "Record a decision (form)", "As POST "
                + "…/appraisal/decisions.", p::decide));
        r.add(page(HandlerType.POST, "/council/finalisation", Access.roles(Role.COUNCIL), "Finalise the period (form)", "As POST "
                + "…/finalisation.", p::finalise));
        r.add(page(HandlerType.GET, "/static/dti.css", Access.ANYONE, "The pages' style sheet", "One file, served here.",
                (ctx, who) -> p.asset(ctx, "dti.css", "text/css; charset=utf-8")));
        r.add(page(HandlerType.GET, "/static/dti.js", Access.ANYONE, "The pages' script", "Drag and drop onto the upload; nothing else.",
                (ctx, who) -> p.asset(ctx, "dti.js", "text/javascript; charset=utf-8")));
    }

    static Route page(HandlerType method, String path, Access access, String summary, String description, Route.Action action) {
        return new Route(method, path, access, Route.Doc.of(TAG, summary, description).produces(HTML), action);
    }

    // ------------------------------------------------------------------ the frame

    /** The page's language: {@code ?lang=} (kept in a cookie), else the cookie, else {@code Accept-Language}; Vietnamese by default ({@link PageLanguage}). */
    static Language language(Context ctx) {
        return PageLanguage.of(ctx);
    }

    /** The pages a role may open, for the header's menu: the role's own page first, the one shown marked. */
    private static List<Option> menu(Principal who, Words w, String path) {
        if (who == null || who.viaToken()) {
            return List.of();
        }
        List<String> pages = switch (who.role()) {
            case ADMIN -> List.of("/admin", "/admin/audit", "/officer", "/committee");
            case OFFICER -> List.of("/officer", "/committee");
            case CLERK -> List.of("/clerk");
            case COUNCIL -> List.of("/council", "/committee");
            case VIEWER -> List.of("/committee");
        };
        return pages.size() < 2 ? List.of() : pages.stream().map(p -> new Option(p, w.t("menu" + p.replace('/', '.')), p.equals(path))).toList();
    }

    /** The frame of a page, its Content-Security-Policy set: the page's own style sheet, and its one script with this page's nonce. */
    Frame frame(Context ctx, Principal who, Words w, String title, String switchBase) {
        byte[] random = new byte[18];
        new java.security.SecureRandom().nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random);
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'nonce-" + nonce + "'; img-src 'self' data:; "
                + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        ctx.header("Content-Language", w.code());
        String user = who == null ? null : who.name();
        String role = who == null ? null : who.role() == Role.CLERK ? w.t("role.CLERK", who.agency()) : w.t("role." + who.role().name());
        String csrf = who == null || who.viaToken() ? null : who.csrfToken();
        String sw = switchBase + (switchBase.contains("?") ? "&" : "?") + "lang=" + w.other().code();
        return new Frame(w, title, nonce, csrf, user, role, sw, menu(who, w, ctx.path()));
    }

    void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        ctx.status(status).contentType(HTML).result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void asset(Context ctx, String name, String type) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(type).result(assets.get(name));
    }

    static void redirect(Context ctx, String to) {
        ctx.status(303).header("Location", to);
    }

    /**
     * A page's request that ended in a problem: not signed in → the login page; a one-time password →
     * the password page; anything else → a page saying what, with the problem's status (413 for an
     * upload over the limit, 403 for a role not allowed), its code in {@value #PROBLEM_HEADER}.
     */
    void fail(Context ctx, Problem p) {
        if (p.status() == 401) {
            redirect(ctx, "/login");
            return;
        }
        if ("PASSWORD_CHANGE_REQUIRED".equals(p.code())) {
            redirect(ctx, "/password");
            return;
        }
        Principal who = ctx.attribute("who");
        Words w = new Words(language(ctx));
        notice(ctx, who, w, new Notice(p.status(), heading(w, p.status()), p.problems(w.language()), who == null ? "/login" : "/"), p.code());
    }

    /** The page for a path that is neither a page nor in the API. */
    void notFound(Context ctx) {
        Words w = new Words(language(ctx));
        notice(ctx, null, w, new Notice(404, heading(w, 404), List.of(w.t("error.noPage", ctx.path())), "/"), "NO_ROUTE");
    }

    private void notice(Context ctx, Principal who, Words w, Notice n, String code) {
        ctx.header(PROBLEM_HEADER, code);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("f", frame(ctx, who, w, n.heading(), "/"));
        params.put("n", n);
        render(ctx, n.status(), "notice.jte", params);
    }

    private static String heading(Words w, int status) {
        return switch (status) {
            case 400, 403, 404, 409, 413, 415, 422, 429 -> w.t("error." + status);
            default -> w.t("error.other");
        };
    }

    // ------------------------------------------------------------------ signing in and out

    void home(Context ctx, Principal who) {
        redirect(ctx, home(who));
    }

    private static String home(Principal who) {
        return switch (who.role()) {
            case CLERK -> "/clerk";
            case COUNCIL -> "/council";
            case OFFICER -> "/officer";
            case ADMIN -> "/admin";
            case VIEWER -> "/committee";
        };
    }

    void loginPage(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        loginForm(ctx, w, 200, ctx.queryParam("out") != null ? w.t("login.signedOut") : null, null, "");
    }

    /** The login form with a new form token (kept in a cookie of its own: a page of another site can neither read nor send it). */
    private void loginForm(Context ctx, Words w, int status, String info, String error, String name) {
        String token = Secrets.newToken();
        ctx.res().addHeader("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/login; Max-Age=3600; HttpOnly; SameSite=Strict"
                + ("https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : ""));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("f", frame(ctx, null, w, w.t("login.title"), "/login"));
        params.put("token", token);
        params.put("info", info);
        params.put("error", error);
        params.put("name", name);
        render(ctx, status, "login.jte", params);
    }

    /** The login form's post: its token checked, then signed in as the API signs in (a new session id, the attempts limited). */
    void login(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        String name = ctx.formParam("name");
        String sent = ctx.isFormUrlencoded() || ctx.isMultipartFormData() ? ctx.formParam(Gate.CSRF_FIELD) : null;
        String kept = ctx.cookie(LOGIN_COOKIE);
        if (kept == null || !Secrets.same(sent, kept)) {
            ctx.header(PROBLEM_HEADER, "CSRF");
            loginForm(ctx, w, 403, null, w.t("login.expired"), name == null ? "" : name);
            return;
        }
        try {
            service.accounts().startSession(ctx, name, ctx.formParam("password"));
        } catch (Problem p) {
            ctx.header(PROBLEM_HEADER, p.code());
            loginForm(ctx, w, p.status(), null, p.detail(w.language()), name == null ? "" : name);
            return;
        }
        ctx.res().addHeader("Set-Cookie", LOGIN_COOKIE + "=; Path=/login; Max-Age=0; HttpOnly; SameSite=Strict");
        redirect(ctx, "/");
    }

    void logout(Context ctx, Principal who) {
        service.accounts().endSession(ctx, who);
        redirect(ctx, "/login?out=1");
    }

    void passwordPage(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        passwordForm(ctx, who, w, 200, null);
    }

    private void passwordForm(Context ctx, Principal who, Words w, int status, String error) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("f", frame(ctx, who, w, w.t("password.title"), "/password"));
        params.put("forced", who.mustChangePassword());
        params.put("error", error);
        params.put("min", AccountApi.MIN_PASSWORD);
        render(ctx, status, "password.jte", params);
    }

    /** The password form's post: changed as the API changes it (every session ends, a new one starts), then the role's page. */
    void password(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        String password = ctx.formParam("password");
        if (password == null || !password.equals(ctx.formParam("repeat"))) {
            passwordForm(ctx, who, w, 400, w.t("password.mismatch"));
            return;
        }
        try {
            service.accounts().newPassword(ctx, who, ctx.formParam("current"), password);
        } catch (Problem p) {
            ctx.header(PROBLEM_HEADER, p.code());
            passwordForm(ctx, who, w, p.status(), p.detail(w.language()));
            return;
        }
        redirect(ctx, home(who));
    }

    // ------------------------------------------------------------------ the clerk

    /** The entity and period a page is about: the request's ({@code entity}, {@code period}), else the service's first entity and the current period. */
    record Place(Entity entity, Period period, List<Option> periods) {
    }

    Place place(Context ctx, Words w, RuleScorer scorer, boolean reported) {
        List<Entity> all = service.reporting().store().entities();
        if (all.isEmpty()) {
            return null;
        }
        String id = Http.field(ctx, "entity");
        Entity entity = id == null || id.isBlank() ? all.get(0) : service.reporting().entity(id.strip());
        String asked = Http.field(ctx, "period");
        List<Period> stored = service.reporting().store().periods(entity.id());
        Period period;
        if (asked != null && !asked.isBlank()) {
            period = reported ? Reporting.submissionPeriod(asked.strip()) : Reporting.viewPeriod(asked.strip());
        } else {
            period = current(scorer, stored);
        }
        TreeSet<String> labels = new TreeSet<>();
        stored.forEach(p -> labels.add(p.label()));
        labels.add(period.label());
        for (int year = period.start().getYear() - 1; year <= period.start().getYear(); year++) {
            labels.add(Integer.toString(year));
            for (int q = 1; q <= 4; q++) {
                labels.add(year + "-Q" + q);
            }
        }
        List<Option> options = new ArrayList<>();
        for (String l : labels) {
            options.add(new Option(l, periodWords(w, Period.parse(l)), l.equals(period.label())));
        }
        return new Place(entity, period, options);
    }

    /** The place of a form's post: 404 when the service holds no entity yet. */
    Place requirePlace(Context ctx, Words w, RuleScorer scorer) {
        Place place = place(ctx, w, scorer, true);
        if (place == null) {
            throw Problem.notFound("UNKNOWN_ENTITY", vn.dti.text.Message.text(w.t("noEntity")));
        }
        return place;
    }

    /** The period agencies report now: the one the next deadline of a lead agency is for; else the latest with submissions; else today's quarter. */
    private static Period current(RuleScorer scorer, List<Period> stored) {
        LocalDate today = LocalDate.now(ZONE);
        Optional<ReportingCalendar.Due> next = scorer.calendar().next(today, ReportingRole.RESPONSIBLE);
        if (next.isPresent() && (next.get().period().isQuarter() || next.get().period().isYear())) {
            return next.get().period();
        }
        if (!stored.isEmpty()) {
            return stored.get(stored.size() - 1);
        }
        return Period.parse(today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
    }

    /** "Quý 3/2025", "Năm 2025", "6 tháng đầu năm 2025"; in English "Q3 2025", … */
    static String periodWords(Words w, Period p) {
        int year = p.start().getYear();
        if (p.isQuarter()) {
            return w.t("quarter", Integer.toString(year), Integer.toString((p.start().getMonthValue() - 1) / 3 + 1));
        }
        if (p.isHalf()) {
            return w.t("half", Integer.toString(year), p.start().getMonthValue() < 7 ? "1" : "2");
        }
        if (p.isYear()) {
            return w.t("year", Integer.toString(year));
        }
        return p.label();
    }

    void clerk(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        clerkPage(ctx, who, w, 200, null);
    }

    void clerkPage(Context ctx, Principal who, Words w, int status, ClerkView.Result result) {
        RuleScorer scorer = service.methodologies().active().scorer();
        Place place = place(ctx, w, scorer, true);
        String title = w.t("clerk.title", who.agency());
        Map<String, Object> params = new LinkedHashMap<>();
        if (place == null) {
            params.put("f", frame(ctx, who, w, title, "/clerk"));
            params.put("v", new ClerkView(who.agency(), "", "", "", List.of(), List.of(), null, result, List.of(), "", false, false));
            render(ctx, status, "clerk.jte", params);
            return;
        }
        String query = "?entity=" + encode(place.entity().id()) + "&period=" + encode(place.period().label());
        params.put("f", frame(ctx, who, w, title, "/clerk" + query));
        params.put("v", clerkView(who, w, scorer, place, result, query));
        render(ctx, status, "clerk.jte", params);
    }

    private ClerkView clerkView(Principal who, Words w, RuleScorer scorer, Place place, ClerkView.Result result, String query) {
        Reporting reporting = service.reporting();
        Entity entity = place.entity();
        Period period = place.period();
        String agency = Reporting.agency(who.agency(), scorer);
        Agencies agencies = scorer.agencies();
        LocalDate today = LocalDate.now(ZONE);
        Workspace ws = reporting.workspace(entity, Reporting.within(period));
        ReportingStatus status = ReportingStatus.of(scorer, ws, period, today);
        List<ClerkView.RoleBlock> roles = new ArrayList<>();
        for (ReportingRole role : new ReportingRole[] {ReportingRole.RESPONSIBLE, ReportingRole.COOPERATING}) {
            List<Component> due = role == ReportingRole.RESPONSIBLE ? agencies.leads(agency) : agencies.cooperatesOn(agency);
            if (due.isEmpty()) {
                continue;
            }
            ReportingStatus.AgencyStatus row = status.agencies().stream().filter(a -> a.agency().equals(agency) && a.role() == role).findFirst()
                    .orElse(null);
            List<ClerkView.ComponentRow> rows = new ArrayList<>();
            for (Component c : due) {
                String id = c.id().toString();
                String state = "ok";
                if (row != null && row.late().contains(id)) {
                    state = "late";
                } else if (row != null && row.missing().contains(id)) {
                    state = "missing";
                } else if (row != null && row.withoutDocuments().contains(id)) {
                    state = "nodoc";
                }
                rows.add(new ClerkView.ComponentRow(id, c.name(), Figure.points(c.maxPoints()).in(w.language()), w.t("state." + state), state));
            }
            String deadline = row == null || row.dueBefore() == null ? null : DAY.format(row.dueBefore());
            Long left = row == null ? null : row.daysLeft();
            String summary = row == null ? "" : w.t("clerk.summary", row.due(), row.onTime());
            roles.add(new ClerkView.RoleBlock(w.t("clerk.role." + role.name()), deadline, daysLeft(w, left), left != null && left < 0, summary, rows));
        }
        List<ReportingStore.Stored> versions = reporting.store().history(entity.id(), period, agency);
        ClerkView.Last last = null;
        if (!versions.isEmpty()) {
            ReportingStore.Stored s = versions.get(versions.size() - 1);
            last = new ClerkView.Last(s.number(), s.submittedBy(), TIME.format(s.submittedAt().atZoneSameInstant(ZONE)), s.fileName(), s.documents().size());
        }
        List<ClerkView.HistoryRow> history = new ArrayList<>();
        Map<String, String> before = null;
        for (ReportingStore.Stored s : versions) {
            Map<String, String> read = figures(reporting.store().readAs(entity.id(), period, agency, s.number()).orElse("{}"));
            history.add(0, new ClerkView.HistoryRow(s.number(), s.submittedBy(), TIME.format(s.submittedAt().atZoneSameInstant(ZONE)), s.fileName(),
                    s.documents().size(), changes(w, before, read)));
            before = read;
        }
        boolean finalised = reporting.store().finalised(entity.id(), period).isPresent();
        return new ClerkView(agency, entity.id(), entity.name(), period.label(), place.periods(), roles, last, result, history, "/clerk/workbook" + query,
                finalised, true);
    }

    private static String daysLeft(Words w, Long left) {
        if (left == null) {
            return null;
        }
        if (left > 0) {
            return w.t("clerk.daysLeft", left);
        }
        return left == 0 ? w.t("clerk.lastDay") : w.t("clerk.daysPassed", -left);
    }

    /** Each component's figure as a submission read it (value, status and documents), by component. */
    private static Map<String, String> figures(String readAs) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (JsonNode c : DtiJson.mapper().readTree(readAs).path("components")) {
                JsonNode e = c.path("evidence");
                if (e instanceof ObjectNode o) {
                    o.remove("reportedAt");
                    o.remove("reportedBy");
                }
                out.put(e.path("indicator").asText(), e.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** What changed from one version to the next, in words: components changed, added, removed. */
    private static String changes(Words w, Map<String, String> before, Map<String, String> now) {
        if (before == null) {
            return w.t("history.first");
        }
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        now.forEach((id, figure) -> {
            if (!before.containsKey(id)) {
                added.add(id);
            } else if (!before.get(id).equals(figure)) {
                changed.add(id);
            }
        });
        before.keySet().stream().filter(id -> !now.containsKey(id)).forEach(removed::add);
        List<String> parts = new ArrayList<>();
        if (!changed.isEmpty()) {
            parts.add(w.t("history.changed", String.join(", ", changed)));
        }
        if (!added.isEmpty()) {
            parts.add(w.t("history.added", String.join(", ", added)));
        }
        if (!removed.isEmpty()) {
            parts.add(w.t("history.removed", String.join(", ", removed)));
        }
        return parts.isEmpty() ? w.t("history.same") : String.join("; ", parts);
    }

    /** The clerk's workbook for the period, as the API makes it for the clerk's own agency. */
    void workbook(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        RuleScorer scorer = service.methodologies().active().scorer();
        Place place = requirePlace(ctx, w, scorer);
        service.reportingApi().template(ctx, place.entity(), place.period(), who.agency());
    }

    /**
     * The upload form's post: read and stored by the API's own code for the clerk's own agency; the
     * page then lists what was read (200), or every problem, each naming its sheet, row and column,
     * with the problem's status (422; 413 over a limit) and nothing stored.
     */
    void submit(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        RuleScorer scorer = service.methodologies().active().scorer();
        Place place = requirePlace(ctx, w, scorer);
        ClerkView.Result result;
        int status;
        try {
            result = accepted(w, scorer, service.reportingApi().accept(ctx, who, place.entity(), place.period(), who.agency()));
            status = 200;
        } catch (Exception e) {
            Problem p = Problems.of(e);
            if (p.status() >= 500) {
                throw p;
            }
            ctx.header(PROBLEM_HEADER, p.code());
            List<String> lines = p.problems(w.language()).stream().map(l -> cell(w, l)).toList();
            result = new ClerkView.Result(false, w.t("clerk.refused", lines.size()), lines);
            status = p.status();
        }
        clerkPage(ctx, who, w, status, result);
    }

    /** The answer to a submission stored (the upload's and the form's): what was read, component by component. */
    static ClerkView.Result accepted(Words w, RuleScorer scorer, ReportingApi.Accepted a) {
        List<String> lines = new ArrayList<>();
        for (SubmittedComponent sc : a.read().components()) {
            ComponentEvidence e = sc.evidence();
            Component c = scorer.methodology().component(e.indicator()).orElse(null);
            lines.add(w.t("clerk.read", e.indicator().toString(), c == null ? "" : c.name(), value(w, e, c), e.documents().size()));
        }
        return new ClerkView.Result(true, w.t("clerk.accepted", a.submission().number(), lines.size()), lines);
    }

    /**
     * The place the library names first, in either language of the library's texts ("x.xlsx, sheet Báo cáo, row 12, column G (Giá trị): …",
     * "x.xlsx, trang tính Báo cáo, dòng 12, cột G (Giá trị): …").
     */
    static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile(
            "^(?<file>[^\\n]+?), (?:(?:sheet|trang tính) (?<sheet>[^,]+), )?(?:row|dòng) (?<row>\\d+), (?:column|cột) (?<column>[A-Z]{1,3})"
                    + "(?: \\((?<header>(?:[^()]|\\([^()]*\\))*)\\))?: (?<rest>.*)$",
            java.util.regex.Pattern.DOTALL);

    /** A refused cell's place in the page's words (trang, dòng, cột), then what the library says to write there. */
    static String cell(Words w, String line) {
        java.util.regex.Matcher m = PLACE.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String header = m.group("header") == null ? "" : " (" + m.group("header") + ")";
        String place = m.group("sheet") == null ? w.t("place.noSheet", m.group("file"), m.group("row"), m.group("column"), header)
                : w.t("place.sheet", m.group("file"), m.group("sheet").strip(), m.group("row"), m.group("column"), header);
        return place + ": " + m.group("rest");
    }

    /** A value as the clerk wrote it: a ratio as a percent, a number in the language's format, yes or no, a category's code. */
    private static String value(Words w, ComponentEvidence e, Component c) {
        if (!e.reported() || e.value() == null) {
            return w.t("clerk.notReported");
        }
        return value(w, e.value(), c);
    }

    static String value(Words w, Value v, Component c) {
        if (v instanceof Value.Numeric n) {
            return c != null && c.valueKind() == ValueKind.RATIO ? Figure.percent(n.number(), 2).in(w.language()) : Figure.number(n.number()).in(w.language());
        }
        if (v instanceof Value.YesNo y) {
            return w.t(y.yes() ? "yes" : "no");
        }
        String code = String.valueOf(v.raw());
        vn.dti.api.CategoryOption option = c == null ? null : c.category(code);
        return option == null || option.name() == null ? code : option.name();
    }

    // ------------------------------------------------------------------ the council

    void council(Context ctx, Principal who) {
        councilPage(ctx, who, new Words(language(ctx)), 200, null);
    }

    private void councilPage(Context ctx, Principal who, Words w, int status, ClerkView.Result result) {
        RuleScorer scorer = service.methodologies().active().scorer();
        Place place = place(ctx, w, scorer, true);
        String title = w.t("council.title");
        Map<String, Object> params = new LinkedHashMap<>();
        if (place == null) {
            params.put("f", frame(ctx, who, w, title, "/council"));
            params.put("v", new CouncilView("", "", "", List.of(), List.of(), List.of(), List.of(), null, result, null, false));
            render(ctx, status, "council.jte", params);
            return;
        }
        Entity entity = place.entity();
        Period period = place.period();
        Reporting reporting = service.reporting();
        List<CouncilView.Row> rows = new ArrayList<>();
        List<Option> components = new ArrayList<>();
        String unscored = null;
        try {
            ScoreCard self = reporting.card(scorer, entity, period, "self-assessed");
            ScoreCard appraised = reporting.card(scorer, entity, period, "appraised");
            ScoreCard fin = reporting.card(scorer, entity, period, "final");
            for (int i = 0; i < self.components().size(); i++) {
                ComponentScore c = self.components().get(i);
                rows.add(row(w, c.id().toString(), c.name(), c.points(), appraised.components().get(i).points(), fin.components().get(i).points(), false));
                components.add(new Option(c.id().toString(), c.id() + " " + c.name(), false));
            }
            rows.add(row(w, "", w.t("council.total"), self.totalPoints(), appraised.totalPoints(), fin.totalPoints(), true));
        } catch (vn.dti.api.DtiException e) {
            unscored = w.t("council.unscored", e.message().in(w.language()));
        }
        List<String> decisions = new ArrayList<>();
        for (ReportingStore.Decision d : reporting.store().decisions(entity.id(), period::equals)) {
            String line = w.t("council.decisionLine", d.id(), decisionWords(w, d.decision(), scorer), d.decidedBy(),
                    TIME.format(d.recordedAt().atZoneSameInstant(ZONE)));
            if (d.withdrawn() != null) {
                line += " " + w.t("council.withdrawn", d.withdrawnBy(), TIME.format(d.withdrawn().atZoneSameInstant(ZONE)), d.withdrawalReason());
            }
            decisions.add(line);
        }
        String finalised = reporting.store().finalised(entity.id(), period)
                .map(e -> w.t("council.finalised", e.getKey(), TIME.format(e.getValue().atZoneSameInstant(ZONE)))).orElse(null);
        String query = "?entity=" + encode(entity.id()) + "&period=" + encode(period.label());
        params.put("f", frame(ctx, who, w, title, "/council" + query));
        params.put("v", new CouncilView(entity.id(), entity.name(), period.label(), place.periods(), rows, components, decisions, finalised, result, unscored,
                true));
        render(ctx, status, "council.jte", params);
    }

    private static CouncilView.Row row(Words w, String id, String name, double self, double appraised, double fin, boolean total) {
        double diff = appraised - self;
        boolean same = Math.abs(diff) < 0.005;
        String signed = same ? "" : (diff > 0 ? "+" : "−") + Figure.points(Math.abs(diff)).in(w.language());
        return new CouncilView.Row(id, name, Figure.points(self).in(w.language()), Figure.points(appraised).in(w.language()),
                Figure.points(fin).in(w.language()), signed, same ? "same" : diff > 0 ? "up" : "down", total);
    }

    /** The decision form's post: recorded as the API records one (checked against the period's evidence first), then the page again. */
    void decide(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        RuleScorer scorer = service.methodologies().active().scorer();
        Place place = requirePlace(ctx, w, scorer);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", ctx.formParam("indicator"));
        json.put("decision", ctx.formParam("decision"));
        String value = ctx.formParam("value");
        if (value != null && !value.isBlank()) {
            json.put("value", decisionValue(value.strip()));
        }
        String document = ctx.formParam("document");
        if (document != null && !document.isBlank()) {
            json.put("document", document.strip());
        }
        String reason = ctx.formParam("reason");
        if (reason == null || reason.isBlank()) {
            councilPage(ctx, who, w, 400, new ClerkView.Result(false, w.t("council.refused"), List.of(w.t("council.reasonRequired"))));
            return;
        }
        json.put("reason", reason.strip());
        json.put("date", LocalDate.now(ZONE).toString());
        try {
            AppraisalApi.Recorded r = service.appraisal().record(place.entity(), place.period(), DtiJson.write(json).getBytes(StandardCharsets.UTF_8), who,
                    ctx.ip());
            councilPage(ctx, who, w, 200, new ClerkView.Result(true, w.t("council.recorded", r.id()), List.of(decisionWords(w, r.decision(), scorer))));
        } catch (Exception e) {
            Problem p = Problems.of(e);
            if (p.status() >= 500) {
                throw p;
            }
            ctx.header(PROBLEM_HEADER, p.code());
            councilPage(ctx, who, w, p.status(), new ClerkView.Result(false, w.t("council.refused"), p.problems(w.language())));
        }
    }

    /** A decision in the page's words: the component, what was decided, the value or document, the reason. */
    private static String decisionWords(Words w, AppraisalDecision d, RuleScorer scorer) {
        Component c = scorer.methodology().component(d.indicator()).orElse(null);
        String detail = d.value() != null ? " → " + value(w, d.value(), c) : d.document() != null && !d.document().isBlank() ? " (" + d.document() + ")" : "";
        return w.t("council.decisionWords", d.indicator().toString(), w.t("council.decision." + d.decision().name()), detail,
                d.reason() == null ? "" : d.reason());
    }

    /** A value as a council member types it: 45% or 0,45 (a ratio), 8, có/không; else the text (a category). */
    private static Object decisionValue(String v) {
        String t = v.replace(" ", "");
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.matches("-?\\d+([.,]\\d+)?")) {
            double d = Double.parseDouble(t.replace(',', '.'));
            return percent ? d / 100 : d;
        }
        String k = v.toLowerCase(java.util.Locale.ROOT);
        if (k.equals("có") || k.equals("yes")) {
            return true;
        }
        if (k.equals("không") || k.equals("no")) {
            return false;
        }
        return v;
    }

    /** The finalise button's post: as the API finalises the period. */
    void finalise(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        RuleScorer scorer = service.methodologies().active().scorer();
        Place place = requirePlace(ctx, w, scorer);
        service.appraisal().finalisePeriod(place.entity(), place.period(), who, ctx.ip());
        redirect(ctx, "/council?entity=" + encode(place.entity().id()) + "&period=" + encode(place.period().label()));
    }

    // ------------------------------------------------------------------ the committee

    void committee(Context ctx, Principal who) {
        Words w = new Words(language(ctx));
        RuleScorer scorer = service.methodologies().active().scorer();
        Place place = place(ctx, w, scorer, false);
        String title = w.t("committee.title");
        Map<String, Object> params = new LinkedHashMap<>();
        if (place == null) {
            params.put("f", frame(ctx, who, w, title, "/committee"));
            params.put("v", new CommitteeView("", "", "", List.of(), "", List.of(), List.of(), "", false));
            render(ctx, 200, "committee.jte", params);
            return;
        }
        LocalDate today = LocalDate.now(ZONE);
        Entity entity = place.entity();
        Period period = place.period();
        ReportingStatus status = ReportingStatus.of(scorer, service.reporting().workspace(entity, Reporting.within(period)), period, today);
        List<CommitteeView.Row> rows = new ArrayList<>();
        for (ReportingStatus.AgencyStatus a : status.agencies()) {
            rows.add(new CommitteeView.Row(a.agency(), w.t("clerk.role." + a.role().name()), a.dueBefore() == null ? "" : DAY.format(a.dueBefore()),
                    a.daysLeft() == null ? "" : daysLeft(w, a.daysLeft()), w.t("committee.onTime", a.onTime(), a.due()), String.join(", ", a.late()),
                    String.join(", ", a.missing()), String.join(", ", a.withoutDocuments()), Figure.points(a.pointsAtStake()).in(w.language()), a.behind()));
        }
        List<String> refused = new ArrayList<>();
        for (Workspace.Unread u : status.refused()) {
            refused.add(u.file() + ": " + String.join(" ", u.problems()));
        }
        String query = "?entity=" + encode(entity.id()) + "&period=" + encode(period.label());
        String dashboard = Route.API + "/entities/" + ApiPaths.segment(entity.id()) + "/periods/" + ApiPaths.segment(period.label()) + "/dashboard";
        params.put("f", frame(ctx, who, w, title, "/committee" + query));
        params.put("v", new CommitteeView(entity.id(), entity.name(), period.label(), place.periods(), DAY.format(today), rows, refused, dashboard, true));
        render(ctx, 200, "committee.jte", params);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Path segments, percent-encoded. */
    static final class ApiPaths {
        private ApiPaths() {
        }

        static String segment(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
