package vn.dti.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Entity;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingRole;
import vn.dti.api.ValueKind;
import vn.dti.json.DtiJson;
import vn.dti.reporting.AgencyForm;
import vn.dti.rules.RuleScorer;
import vn.dti.server.internal.ClerkFormView;
import vn.dti.server.internal.ClerkView;
import vn.dti.server.internal.Option;
import vn.dti.server.internal.Words;
import vn.dti.text.Figure;
import vn.dti.text.Language;

/**
 * The agency clerk's web form (docs/pages.md), the alternative to the workbook: the agency's
 * components for the period in both roles, each with its official name, unit, kind of value, its
 * value in the last submission, a field for the value, the evidence document's number, title, date
 * and issuer, and a file field for its scan. The form's post is written as the agency's CSV file by
 * the library ({@link AgencyForm}), read and stored by the upload's own code
 * ({@link ReportingApi#store}): every check a workbook has, the same answer, a new version in the
 * history, the file kept as a CSV submission with the scans as its documents. A refused value is
 * named by its component and field, with what to write there. The agency is the account's, never
 * the form's.
 */
final class ClerkFormPages {
    static final String PATH = "/clerk/form";
    /** The form's fields of a component, each followed by the component's id: value, document number, title, date, issuer, link, note. */
    private static final Map<AgencyForm.Field, String> FIELDS = fields();
    /** The scan of a component's document (a file field), and the key of the scan kept from the last submission. */
    private static final String SCAN = "s-";
    private static final String KEEP = "k-";

    private final Service service;
    private final Pages pages;

    ClerkFormPages(Service service, Pages pages) {
        this.service = service;
        this.pages = pages;
    }

    private static Map<AgencyForm.Field, String> fields() {
        Map<AgencyForm.Field, String> m = new LinkedHashMap<>();
        m.put(AgencyForm.Field.VALUE, "v-");
        m.put(AgencyForm.Field.DOCUMENT_NUMBER, "n-");
        m.put(AgencyForm.Field.DOCUMENT_TITLE, "t-");
        m.put(AgencyForm.Field.DOCUMENT_DATE, "d-");
        m.put(AgencyForm.Field.DOCUMENT_ISSUER, "i-");
        m.put(AgencyForm.Field.DOCUMENT_LINK, "l-");
        m.put(AgencyForm.Field.NOTE, "m-");
        return m;
    }

    /** The form's two routes, each with its rule: the clerk's own agency only. */
    static void routes(List<Route> r, ClerkFormPages p) {
        r.add(new Route(HandlerType.GET, PATH, Access.roles(Role.CLERK), Route.Doc.of(Pages.TAG, "The clerk's form", "The own agency's components for "
                + "the period, each with its value and evidence document to type: the workbook as a web form.").produces(Pages.HTML), p::form));
        r.add(new Route(HandlerType.POST, PATH, Access.roles(Role.CLERK), Route.Doc.of(Pages.TAG, "Submit the clerk's form", "The form's values and "
                + "scans, written as the agency's CSV file and read and stored as POST …/agencies/{agency}/submissions does; the clerk's page lists "
                + "what was read, or the form again with every refused field named.")
                .form(Http.MAX_REQUEST_BYTES, Route.Param.text("period", "The period.", true),
                        Route.Param.repeated("v-{component}", "A component's value; n-, t-, d-, i-, l-, m-: its document's number, title, date, "
                                + "issuer, link, and a note."),
                        Route.Param.files(SCAN + "{component}", "The scan of a component's document (PDF or image)."))
                .produces(Pages.HTML), p::submit));
    }

    void form(Context ctx, Principal who) {
        show(ctx, who, new Words(Pages.language(ctx)), 200, null, null, Map.of());
    }

    /** The last submission's evidence by component, and its kept scans by file name. */
    private record Last(Map<String, ComponentEvidence> evidence, Map<String, ReportingStore.Document> scans, String words) {
        static final Last NONE = new Last(Map.of(), Map.of(), null);
    }

    private Last last(Words w, Entity entity, Period period, String agency) {
        List<ReportingStore.Stored> versions = service.reporting().store().history(entity.id(), period, agency);
        if (versions.isEmpty()) {
            return Last.NONE;
        }
        ReportingStore.Stored s = versions.get(versions.size() - 1);
        Map<String, ComponentEvidence> evidence = new LinkedHashMap<>();
        try {
            String readAs = service.reporting().store().readAs(entity.id(), period, agency, s.number()).orElse("{}");
            for (JsonNode c : DtiJson.mapper().readTree(readAs).path("components")) {
                ComponentEvidence e = DtiJson.mapper().treeToValue(c.path("evidence"), ComponentEvidence.class);
                evidence.put(e.indicator().value(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ReportingStore.Document> scans = new LinkedHashMap<>();
        s.documents().forEach(d -> scans.putIfAbsent(d.fileName(), d));
        String words = w.t("clerk.last", s.number(), s.submittedBy(), Pages.TIME.format(s.submittedAt().atZoneSameInstant(Pages.ZONE)), s.fileName(),
                s.documents().size());
        return new Last(evidence, scans, words);
    }

    /** The form: prefilled from the last submission, or with what was typed when it was refused ({@code typed}, problems by component). */
    private void show(Context ctx, Principal who, Words w, int status, ClerkView.Result result, Map<String, AgencyForm.Entry> typed,
            Map<String, List<String>> problems) {
        RuleScorer scorer = service.methodologies().active().scorer();
        Pages.Place place = pages.place(ctx, w, scorer, true);
        String title = w.t("form.title", who.agency());
        Map<String, Object> params = new LinkedHashMap<>();
        if (place == null) {
            params.put("f", pages.frame(ctx, who, w, title, PATH));
            params.put("v", new ClerkFormView(who.agency(), "", "", "", List.of(), List.of(), result, false, false, null));
            pages.render(ctx, status, "clerkform.jte", params);
            return;
        }
        Entity entity = place.entity();
        Period period = place.period();
        String agency = Reporting.agency(who.agency(), scorer);
        Last last = last(w, entity, period, agency);
        Map<ReportingRole, List<ClerkFormView.Field>> byRole = new LinkedHashMap<>();
        for (AgencyForm.Row row : AgencyForm.rows(scorer, agency)) {
            Component c = row.component();
            String id = c.id().value();
            ComponentEvidence e = last.evidence().get(id);
            Document d = e == null || e.documents().isEmpty() ? null : e.documents().get(0);
            AgencyForm.Entry entry = typed != null ? typed.get(id) : new AgencyForm.Entry(AgencyForm.written(c, e), d == null ? "" : d.number(),
                    d == null ? "" : d.title(), d == null ? "" : AgencyForm.written(d.date()), d == null ? "" : d.issuer(), d == null ? "" : d.link(),
                    e == null ? "" : e.note());
            if (entry == null) {
                entry = new AgencyForm.Entry("", "", "", "", "", "", "");
            }
            ReportingStore.Document scan = entry.documentLink() == null ? null : last.scans().get(entry.documentLink());
            String current = e == null ? null : e.status() == ReportStatus.NOT_APPLICABLE ? w.t("form.notApplicable")
                    : e.reported() ? Pages.value(w, e.value(), c) : null;
            boolean choice = c.valueKind() == ValueKind.YES_NO || c.valueKind() == ValueKind.CATEGORY;
            byRole.computeIfAbsent(row.role(), k -> new ArrayList<>()).add(new ClerkFormView.Field(id, c.name(), row.roleLabel(),
                    Figure.points(c.maxPoints()).in(w.language()), kind(w, c), row.unit(), hint(w, c), current, choice ? "choice" : "text",
                    choice ? choices(w, c, nz(entry.value())) : List.of(), nz(entry.value()), nz(entry.documentNumber()), nz(entry.documentTitle()),
                    nz(entry.documentDate()), nz(entry.documentIssuer()), nz(entry.documentLink()), scan == null ? null : scan.fileName(),
                    scan == null ? null : scan.sha256(), nz(entry.note()), problems.getOrDefault(id, List.of())));
        }
        List<ClerkFormView.RoleBlock> roles = new ArrayList<>();
        byRole.forEach((role, fields) -> roles.add(new ClerkFormView.RoleBlock(w.t("clerk.role." + role.name()), fields)));
        boolean finalised = service.reporting().store().finalised(entity.id(), period).isPresent();
        String query = "?entity=" + Pages.encode(entity.id()) + "&period=" + Pages.encode(period.label());
        params.put("f", pages.frame(ctx, who, w, title, PATH + query));
        params.put("v", new ClerkFormView(agency, entity.id(), entity.name(), period.label(), place.periods(), roles, result, finalised, true, last.words()));
        pages.render(ctx, status, "clerkform.jte", params);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The kind of value in the page's words: a percent, a whole number, a number per so many people, an amount, yes or no, a level. */
    private static String kind(Words w, Component c) {
        return w.t("form.kind." + c.valueKind().name(), c.per() == null ? "" : Figure.number(c.per()).in(w.language()));
    }

    /** What to write, in the page's words, and the evidence document the methodology asks for (its own Vietnamese words). */
    private static String hint(Words w, Component c) {
        String what = w.t("form.hint." + c.valueKind().name());
        String evidence = c.evidence().description();
        return evidence.isEmpty() ? what : what + " " + w.t("form.evidence", evidence);
    }

    /** The options of a yes/no or level component: blank (not reported), each answer as the workbook's list has it, not applicable. */
    private static List<Option> choices(Words w, Component c, String chosen) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", w.t("form.choose"), chosen.isBlank()));
        if (c.valueKind() == ValueKind.YES_NO) {
            out.add(new Option("Có", w.t("yes"), chosen.equalsIgnoreCase("Có")));
            out.add(new Option("Không", w.t("no"), chosen.equalsIgnoreCase("Không")));
        } else {
            for (CategoryOption o : c.categories()) {
                out.add(new Option(o.name(), o.name(), chosen.equals(o.name())));
            }
        }
        out.add(new Option(NOT_APPLICABLE, w.t("form.notApplicable"), chosen.equals(NOT_APPLICABLE)));
        boolean known = out.stream().anyMatch(Option::selected);
        if (!known) {
            out.add(new Option(chosen, chosen, true));   // what was typed before, refused: shown as it was
        }
        return out;
    }

    /** What the workbook's value cell takes to declare a component not applicable. */
    private static final String NOT_APPLICABLE = "Không áp dụng";

    /**
     * The form's post: its fields written as the agency's CSV file and stored as an upload is, with
     * the scans as the documents; then the clerk's page with the answer (as the upload's), or the
     * form again with what was typed and every refused field named (422; 413 over a limit).
     */
    void submit(Context ctx, Principal who) {
        Words w = new Words(Pages.language(ctx));
        MethodologyService.Active active = service.methodologies().active();
        RuleScorer scorer = active.scorer();
        Pages.Place place = pages.requirePlace(ctx, w, scorer);
        String agency = Reporting.agency(who.agency(), scorer);
        List<AgencyForm.Row> rows = AgencyForm.rows(scorer, agency);
        Set<String> ids = new TreeSet<>();
        for (String name : names(ctx)) {
            FIELDS.values().stream().filter(name::startsWith).findFirst().ifPresent(prefix -> ids.add(name.substring(prefix.length())));
            if (name.startsWith(SCAN)) {
                ids.add(name.substring(SCAN.length()));
            }
        }
        rows.forEach(r -> ids.add(r.component().id().value()));
        Map<String, AgencyForm.Entry> typed = new LinkedHashMap<>();
        for (String id : ids) {
            typed.put(id, entry(ctx, id));
        }
        Last last = last(w, place.entity(), place.period(), agency);
        try {
            Map<String, List<ReportingStore.Attached>> scans = Documents.read(ctx, ids.stream().map(id -> SCAN + id).toList());
            List<ReportingStore.Attached> documents = new ArrayList<>();
            for (String id : ids) {
                AgencyForm.Entry e = typed.get(id);
                List<ReportingStore.Attached> sent = scans.getOrDefault(SCAN + id, List.of());
                String link = e.documentLink();
                if (!sent.isEmpty()) {
                    documents.addAll(sent);
                    link = sent.get(0).fileName();
                } else {
                    ReportingStore.Attached kept = kept(ctx, id, last, place, agency);
                    if (kept != null) {
                        documents.add(kept);
                        link = kept.fileName();
                    }
                }
                typed.put(id, new AgencyForm.Entry(e.value(), e.documentNumber(), e.documentTitle(), e.documentDate(), e.documentIssuer(), link,
                        e.note()));
            }
            LocalDate today = LocalDate.now(Pages.ZONE);
            ReportingApi.Accepted a = Language.during(w.language(), () -> {
                byte[] csv = AgencyForm.csv(scorer, agency, place.period(), place.entity(), today, blankless(typed));
                Http.Upload file = new Http.Upload("form", AgencyForm.fileName(agency), csv, "text/csv");
                return service.reportingApi().store(active, who, ctx.ip(), place.entity(), place.period(), agency, file, documents);
            });
            pages.clerkPage(ctx, who, w, 200, Pages.accepted(w, scorer, a));
        } catch (Exception e) {
            Problem p = Problems.of(e);
            if (p.status() >= 500) {
                throw p;
            }
            ctx.header(Pages.PROBLEM_HEADER, p.code());
            Map<String, List<String>> byComponent = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>();
            for (String line : p.problems(w.language())) {
                lines.add(named(w, rows, line, byComponent));
            }
            show(ctx, who, w, p.status(), new ClerkView.Result(false, w.t("form.refused", lines.size()), lines), typed, byComponent);
        }
    }

    /** Every field's name the form sent (text and file). */
    private static Set<String> names(Context ctx) {
        Set<String> out = new TreeSet<>(ctx.formParamMap().keySet());
        out.addAll(ctx.uploadedFileMap().keySet());
        return out;
    }

    private static AgencyForm.Entry entry(Context ctx, String id) {
        String[] f = new String[FIELDS.size()];
        int i = 0;
        for (String prefix : FIELDS.values()) {
            String v = ctx.formParam(prefix + id);
            f[i++] = v == null ? "" : v.strip();
        }
        return new AgencyForm.Entry(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
    }

    /** The entries with something typed, and every component of the agency's (a blank one left as a blank row). */
    private static Map<String, AgencyForm.Entry> blankless(Map<String, AgencyForm.Entry> typed) {
        Map<String, AgencyForm.Entry> out = new LinkedHashMap<>();
        typed.forEach((id, e) -> {
            boolean blank = true;
            for (AgencyForm.Field f : AgencyForm.Field.values()) {
                blank &= e.get(f) == null || e.get(f).isBlank();
            }
            if (!blank) {
                out.put(id, e);
            }
        });
        return out;
    }

    /** The scan kept with the last submission that the form sends back for a component (its key), to keep with the new version; else null. */
    private ReportingStore.Attached kept(Context ctx, String id, Last last, Pages.Place place, String agency) {
        String key = ctx.formParam(KEEP + id);
        if (key == null || key.isBlank()) {
            return null;
        }
        for (ReportingStore.Document d : last.scans().values()) {
            if (d.sha256().equals(key.strip())) {
                List<ReportingStore.Stored> versions = service.reporting().store().history(place.entity().id(), place.period(), agency);
                int number = versions.get(versions.size() - 1).number();
                return service.reporting().store().document(place.entity().id(), place.period(), agency, number, d.sha256())
                        .map(found -> new ReportingStore.Attached(found.getKey().fileName(), found.getKey().contentType(), found.getValue())).orElse(null);
            }
        }
        return null;
    }

    /**
     * A problem the library found in the form's file, named by the form's words: the component (its
     * id and name) and the field (Giá trị, Ngày ban hành …) for the file's row and column, then what
     * to write; kept by component for the field's own message.
     */
    private static String named(Words w, List<AgencyForm.Row> rows, String line, Map<String, List<String>> byComponent) {
        Matcher m = Pages.PLACE.matcher(line);
        if (!m.matches()) {
            return line;
        }
        int fileRow = Integer.parseInt(m.group("row"));
        AgencyForm.Row row = rows.stream().filter(r -> r.fileRow() == fileRow).findFirst().orElse(null);
        String field = AgencyForm.Field.ofColumn(m.group("column")).map(f -> w.t("form.field." + f.name())).orElse(null);
        if (row == null || field == null) {
            return w.t("form.problem", m.group("rest"));   // the day of the report, which the form sets: not the clerk's to correct
        }
        String id = row.component().id().value();
        String problem = w.t("form.fieldProblem", field, m.group("rest"));
        byComponent.computeIfAbsent(id, k -> new ArrayList<>()).add(problem);
        return id + " " + row.component().name() + " — " + problem;
    }
}
