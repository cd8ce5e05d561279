package vn.dti.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.rules.MethodologyDiff;
import vn.dti.server.internal.ClerkView;
import vn.dti.server.internal.OfficerView;
import vn.dti.server.internal.Words;
import vn.dti.text.Figure;
import vn.dti.text.Language;

/**
 * The methodology officer's page (docs/pages.md): an edited decision table ({@code scoring.xlsx})
 * or a zipped folder uploaded and checked as {@code POST /api/v1/methodology-versions} checks it
 * (every problem by file, sheet and cell in the page's language, nothing stored; or the candidate
 * stored, with its diff against the active version, its effect on the province's current
 * evidence and its test cases), the activation of a candidate whose test cases all pass, and every
 * stored version and activation. The same code as the API's ({@link MethodologyApi},
 * {@link MethodologyService}): nothing is computed here. The admin may look; only an officer
 * uploads and activates.
 */
final class OfficerPages {
    /** The kinds of change the library's diff names, each with its words in the catalogue ({@code officer.what.*}). */
    private static final java.util.Set<String> WHAT = java.util.Set.of("added", "removed", "moved", "name", "maxPoints", "valueKind", "categories",
            "responsibleAgency", "cooperatingAgencies", "rule", "assumption", "totalPoints", "fileAdded", "fileRemoved", "fileChanged", "ruleAdded",
            "ruleChanged", "ruleRemoved");

    private final Service service;
    private final Pages pages;

    OfficerPages(Service service, Pages pages) {
        this.service = service;
        this.pages = pages;
    }

    /** The page's routes, each with its rule. */
    static void routes(List<Route> r, OfficerPages p) {
        r.add(Pages.page(HandlerType.GET, "/officer", Access.roles(Role.OFFICER, Role.ADMIN), "The methodology officer's page", "The upload of an "
                + "edited scoring.xlsx or folder, a stored version (?version=) with its diff, effect and test cases, every version and activation.",
                p::page));
        r.add(new Route(HandlerType.POST, "/officer/versions", Access.roles(Role.OFFICER),
                Route.Doc.of(Pages.TAG, "Upload a methodology version (form)", "As POST /api/v1/methodology-versions: the page lists every problem "
                        + "by cell, or the candidate stored with its diff, its effect and its test cases.")
                        .form(FolderUpload.MAX_ZIP_BYTES + 64 * 1024, Route.Param.file("table", "One decision table (.xlsx).", false),
                                Route.Param.file("folder", "The folder as a zip.", false))
                        .produces(Pages.HTML), p::upload));
        r.add(Pages.page(HandlerType.POST, "/officer/activation", Access.roles(Role.OFFICER), "Activate a version (form)", "As POST "
                + "/api/v1/methodology-versions/{version}/activation: refused unless every test case passes.", p::activate));
    }

    /** The page; with {@code ?version=} that stored version in full (compiled off the request threads). */
    void page(Context ctx, Principal who) {
        Words w = new Words(Pages.language(ctx));
        String version = Http.field(ctx, "version");
        if (version == null || version.isBlank()) {
            render(ctx, who, w, 200, null, null);
            return;
        }
        MethodologyStore.Version v = service.methodologies().stored(version.strip());
        MethodologyService.Active active = service.methodologies().active();
        service.methodologies().offThread(ctx, () -> render(ctx, who, w, 200, null, candidate(w, v, active)));
    }

    /** The upload form's post: checked and stored as the API does it, the problems in the page's language; the answer is the page. */
    void upload(Context ctx, Principal who) {
        Words w = new Words(Pages.language(ctx));
        MethodologyService.Active active = service.methodologies().active();
        String address = ctx.ip();
        Http.Upload folder;
        Http.Upload table;
        try {
            folder = Http.optionalFile(ctx, "folder", FolderUpload.MAX_ZIP_BYTES);
            table = Http.optionalFile(ctx, "table", FolderUpload.MAX_FILE_BYTES);
            if ((folder == null) == (table == null)) {
                throw Problem.badRequest("FOLDER_OR_TABLE", Text.folderOrTable());
            }
        } catch (Problem p) {
            refused(ctx, who, w, p, "officer.refused");
            return;
        }
        service.methodologies().offThread(ctx, () -> {
            try {
                MethodologyService.Uploaded u = Language.during(w.language(),
                        () -> service.methodologyApi().store(folder, table, null, active, who, address));
                String heading = w.t(u.created() ? "officer.stored" : "officer.storedAlready", u.version().version());
                render(ctx, who, w, 200, new ClerkView.Result(true, heading, List.of()), candidate(w, u.version(), active));
            } catch (Exception e) {
                refused(ctx, who, w, Problems.of(e), "officer.refused");
            }
        });
    }

    /** The activation's post: as the API activates (refused, with why, unless every test case passes); the answer is the page. */
    void activate(Context ctx, Principal who) {
        Words w = new Words(Pages.language(ctx));
        String version = Http.field(ctx, "version");
        MethodologyStore.Version v;
        try {
            v = service.methodologies().stored(version == null ? "" : version.strip());
        } catch (Problem p) {
            refused(ctx, who, w, p, "officer.notActivated");
            return;
        }
        String address = ctx.ip();
        service.methodologies().offThread(ctx, () -> {
            try {
                service.methodologies().activate(v, who, address);
                render(ctx, who, w, 200, new ClerkView.Result(true, w.t("officer.activated", v.version()), List.of()), null);
            } catch (Exception e) {
                refused(ctx, who, w, Problems.of(e), "officer.notActivated");
            }
        });
    }

    /** The page with a problem's every line, its status and code; a fault of the service is its own page. */
    private void refused(Context ctx, Principal who, Words w, Problem p, String heading) {
        if (p.status() >= 500) {
            pages.fail(ctx, p);
            return;
        }
        ctx.header(Pages.PROBLEM_HEADER, p.code());
        List<String> lines = p.problems(w.language()).stream().map(l -> Pages.cell(w, l)).toList();
        render(ctx, who, w, p.status(), new ClerkView.Result(false, w.t(heading, lines.size()), lines), null);
    }

    private void render(Context ctx, Principal who, Words w, int status, ClerkView.Result result, OfficerView.Candidate candidate) {
        MethodologyStore store = service.methodologies().store();
        String active = service.methodologies().active().version().version();
        List<OfficerView.VersionRow> versions = new ArrayList<>();
        for (MethodologyStore.Version v : store.list()) {
            String tests = w.t(!v.valid() ? "officer.tests.invalid" : v.testsPassed() ? "officer.tests.passed" : "officer.tests.failed");
            versions.add(0, new OfficerView.VersionRow(v.version(), origin(w, v), v.uploadedBy() == null ? w.t("officer.service") : v.uploadedBy(),
                    Pages.TIME.format(v.uploadedAt().atZoneSameInstant(Pages.ZONE)), tests, v.valid() && v.testsPassed(), v.version().equals(active),
                    "/officer?version=" + v.version()));
        }
        List<OfficerView.ActivationRow> activations = new ArrayList<>();
        for (MethodologyStore.Activation a : store.activations()) {
            activations.add(0, new OfficerView.ActivationRow(a.version(), a.activatedBy() == null ? w.t("officer.service") : a.activatedBy(),
                    Pages.TIME.format(a.activatedAt().atZoneSameInstant(Pages.ZONE))));
        }
        String export = Route.API + "/methodologies/" + active + "/export?xlsx=true";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("f", pages.frame(ctx, who, w, w.t("officer.title"), candidate == null ? "/officer" : "/officer?version=" + candidate.version()));
        params.put("v", new OfficerView(who.role() == Role.OFFICER, active, export, result, candidate, versions, activations));
        pages.render(ctx, status, "officer.jte", params);
    }

    /** What was uploaded, in words: "scoring.xlsx over 1a2b…", "zip x.zip", the bundled methodology. */
    private static String origin(Words w, MethodologyStore.Version v) {
        String o = v.origin();
        if (o.startsWith("bundled ")) {
            return w.t("officer.origin.bundled", o.substring("bundled ".length()));
        }
        if (o.startsWith("zip ")) {
            return w.t("officer.origin.zip", o.substring("zip ".length()));
        }
        int over = o.lastIndexOf(" over ");
        return over < 0 ? o : w.t("officer.origin.table", o.substring(0, over), o.substring(over + " over ".length()));
    }

    /** A stored version as the API shows it ({@link MethodologyApi#candidate}), in the page's words. */
    private OfficerView.Candidate candidate(Words w, MethodologyStore.Version v, MethodologyService.Active active) {
        MethodologyApi.Candidate c = service.methodologyApi().candidate(v, active, active.version(), w.language());
        Language l = w.language();
        List<OfficerView.ChangeRow> changes = new ArrayList<>();
        for (MethodologyDiff.Change ch : c.diff().changes()) {
            String what = java.util.regex.Pattern.compile(" ([a-z])").matcher(ch.what()).replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
            String place = ch.indicator() != null ? ch.indicator() : ch.where() != null ? ch.where() : "";
            changes.add(new OfficerView.ChangeRow(place, WHAT.contains(what) ? w.t("officer.what." + what) : ch.what(),
                    ch.before() == null ? "—" : ch.before(), ch.after() == null ? "—" : ch.after()));
        }
        List<OfficerView.EffectRow> effects = new ArrayList<>();
        for (MethodologyDiff.EvidenceEffect e : c.diff().evidence()) {
            List<String> components = new ArrayList<>();
            for (MethodologyDiff.ComponentEffect ce : e.components()) {
                components.add(w.t("officer.componentEffect", ce.label(), Figure.points(ce.oldPoints()).in(l), Figure.points(ce.newPoints()).in(l)));
            }
            double change = e.change();
            boolean same = Math.abs(change) < 0.005;
            effects.add(new OfficerView.EffectRow(e.file(), Figure.points(e.oldTotal()).in(l), Figure.points(e.newTotal()).in(l),
                    same ? "0" : (change > 0 ? "+" : "−") + Figure.points(Math.abs(change)).in(l), same ? "same" : change > 0 ? "up" : "down", components));
        }
        List<OfficerView.TestRow> tests = new ArrayList<>();
        long failed = 0;
        for (JsonNode t : c.check().path("tests")) {
            boolean passed = t.path("passed").asBoolean();
            failed += passed ? 0 : 1;
            List<String> problems = new ArrayList<>();
            t.path("problems").forEach(p -> problems.add(p.asText()));
            tests.add(new OfficerView.TestRow(t.path("name").asText(), t.path("file").asText() + ":" + t.path("line").asInt(), passed,
                    w.t(passed ? "officer.test.passed" : "officer.test.failed"), problems));
        }
        String state;
        String whyNot = null;
        if (c.active()) {
            state = w.t("officer.state.active");
        } else if (!v.valid()) {
            state = w.t("officer.tests.invalid");
            whyNot = w.t("officer.whyNot.invalid");
        } else if (!v.testsPassed()) {
            state = w.t("officer.state.failed", failed, tests.size());
            whyNot = w.t("officer.whyNot.tests", failed, tests.size());
        } else {
            state = w.t("officer.state.ready", tests.size());
        }
        return new OfficerView.Candidate(v.version(), origin(w, v), c.against(), state, changes, effects, tests, c.notCompared(),
                !c.active() && v.valid() && v.testsPassed(), whyNot);
    }
}
