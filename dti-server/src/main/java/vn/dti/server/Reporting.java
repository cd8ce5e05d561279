package vn.dti.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;
import vn.dti.api.Appraisal;
import vn.dti.api.AppraisalDecision;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.reporting.AgencyWorkbooks;
import vn.dti.reporting.Appraisals;
import vn.dti.reporting.EvidenceMerge;
import vn.dti.reporting.Submission;
import vn.dti.reporting.Workspace;
import vn.dti.rules.RuleScorer;
import vn.dti.rules.XlsxGuard;
import vn.dti.text.Message;

/**
 * The reporting year the database holds, as the library's {@link Workspace}: each agency's latest
 * submission of each period and the council's standing decisions, named as the export writes them
 * ({@code 2025-Q3/Sở KH&CN.xlsx}, {@code 2025/appraisal.json}), so that every view is the library's
 * answer on the folder the export writes. Also what the reporting routes share: their path's
 * entity, period and agency, and the changes they make (each one transaction, with its audit entry).
 */
final class Reporting {
    private final Jdbi jdbi;
    private final ReportingStore store;

    Reporting(Jdbi jdbi, ReportingStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    ReportingStore store() {
        return store;
    }

    // ------------------------------------------------------------------ the path

    /** The path's {@code {entity}}; 404 when the service has none of that id. */
    Entity entity(Context ctx) {
        return entity(ctx.pathParam("entity"));
    }

    /** The entity of that id; 404 when the service has none. */
    Entity entity(String id) {
        return store.entity(id).orElseThrow(() -> Problem.notFound("UNKNOWN_ENTITY", Text.unknownEntity(id, store.entities())));
    }

    /** The path's {@code {period}}: a quarter or a year, the periods agencies report. */
    static Period submissionPeriod(Context ctx) {
        return submissionPeriod(ctx.pathParam("period"));
    }

    /** A quarter or a year, the periods agencies report. */
    static Period submissionPeriod(String text) {
        Period p = viewPeriod(text);
        if (!p.isQuarter() && !p.isYear()) {
            throw Problem.badRequest("BAD_PERIOD", Text.reportedPeriod(p.label()));
        }
        return p;
    }

    /** The path's {@code {period}}: a quarter, a half-year or a year. */
    static Period viewPeriod(Context ctx) {
        return viewPeriod(ctx.pathParam("period"));
    }

    /** A quarter, a half-year or a year. */
    static Period viewPeriod(String text) {
        try {
            Period p = Period.parse(text);
            if (p.isQuarter() || p.isHalf() || p.isYear()) {
                return p;
            }
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("BAD_PERIOD", Text.aboutField("period:", Message.text(e.getMessage())));
        }
        throw Problem.badRequest("BAD_PERIOD", Text.viewPeriod(text));
    }

    /** The path's {@code {agency}}, as the methodology names it; 404 naming the closest agencies. */
    static String agency(Context ctx, RuleScorer scorer) {
        return agency(ctx.pathParam("agency"), scorer);
    }

    /** The agency, as the methodology names it; 404 naming the closest agencies. */
    static String agency(String text, RuleScorer scorer) {
        try {
            String name = scorer.agencies().require(text, "agency");
            if (scorer.agencies().isGroup(name)) {
                throw Problem.notFound("UNKNOWN_AGENCY", Text.groupIsNoAgency(name, scorer.agencies().members(name)));
            }
            return name;
        } catch (InvalidEvidenceException e) {
            throw Problem.notFound("UNKNOWN_AGENCY", e.message());
        }
    }

    /** The path's {@code {number}}: a submission's version. */
    static int number(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw Problem.notFound("UNKNOWN_SUBMISSION", Text.noVersion(ctx.pathParam("agency"), ctx.pathParam("number")));
        }
    }

    static Problem noVersion(String agency, int number) {
        return Problem.notFound("UNKNOWN_SUBMISSION", Text.noVersion(agency, String.valueOf(number)));
    }

    /** The periods a view of {@code p} reads: its quarters and itself (a year's own reports). */
    static Predicate<Period> within(Period p) {
        return q -> q.equals(p) || p.quarters().contains(q);
    }

    // ------------------------------------------------------------------ the workspace

    /** The workspace of an entity: the latest submission of each agency and period the filter keeps, and the council's standing decisions. */
    Workspace workspace(Entity entity, Predicate<Period> periods) {
        Map<Period, List<Workspace.StoredFile>> files = new LinkedHashMap<>();
        store.latestFiles(entity.id(), periods).forEach((p, list) -> {
            List<Workspace.StoredFile> named = new ArrayList<>();
            list.forEach(s -> named.add(new Workspace.StoredFile(p.label() + "/" + AgencyWorkbooks.fileName(s.agency(), s.format()), s.bytes())));
            files.put(p, named);
        });
        Map<Period, Workspace.StoredFile> appraisals = new LinkedHashMap<>();
        standing(entity, periods).forEach((p, decisions) -> appraisals.put(p, appraisalFile(entity, p, decisions)));
        return Workspace.of(entity.id(), entity, Map.of(), files, appraisals);
    }

    /** The decisions that stand (not withdrawn), by period, in the order they were recorded. */
    Map<Period, List<AppraisalDecision>> standing(Entity entity, Predicate<Period> periods) {
        Map<Period, List<AppraisalDecision>> out = new LinkedHashMap<>();
        for (ReportingStore.Decision d : store.decisions(entity.id(), periods)) {
            if (d.withdrawn() == null) {
                out.computeIfAbsent(Period.parse(d.period()), k -> new ArrayList<>()).add(d.decision());
            }
        }
        return out;
    }

    /** The decisions on a period as its appraisal file, byte for byte what the export writes. */
    static Workspace.StoredFile appraisalFile(Entity entity, Period period, List<AppraisalDecision> decisions) {
        Appraisal a = new Appraisal(null, entity.id(), period, null, decisions);
        return new Workspace.StoredFile(period.label() + "/" + Workspace.APPRAISAL, DtiJson.write(a).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The evidence each entity reports now: its latest period with submissions, merged with the
     * scorer, named {@code <entity> <period>}; an entity whose files the scorer does not merge is
     * left out, and said so in {@code notMerged}.
     */
    Map<String, Evidence> currentEvidence(RuleScorer scorer, List<Message> notMerged) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        for (Entity entity : store.entities()) {
            List<Period> periods = store.periods(entity.id());
            if (periods.isEmpty()) {
                continue;
            }
            Period latest = periods.get(periods.size() - 1);
            String name = entity.id() + " " + latest.label();
            try {
                out.put(name, EvidenceMerge.merge(scorer, workspace(entity, within(latest)), latest).evidence());
            } catch (vn.dti.api.DtiException e) {
                notMerged.add(Text.evidenceNotCompared(name, e.message()));
            }
        }
        return out;
    }

    /** A card of the period: self-assessed, appraised (the standing decisions applied) or final (appraised when there are decisions). */
    ScoreCard card(RuleScorer scorer, Entity entity, Period period, String view) {
        Workspace ws = workspace(entity, within(period));
        Evidence merged = EvidenceMerge.merge(scorer, ws, period).evidence();
        switch (view) {
            case "self-assessed":
                return scorer.score(merged);
            case "appraised": {
                Workspace.StoredFile file = ws.decisions(period).orElse(appraisalFile(entity, period, List.of()));
                return Appraisals.score(scorer, merged, Appraisals.read(file), file);
            }
            case "final": {
                var file = ws.decisions(period);
                return file.isEmpty() ? scorer.score(merged) : Appraisals.score(scorer, merged, Appraisals.read(file.get()), file.get());
            }
            default:
                throw Problem.notFound("UNKNOWN_VIEW", Text.unknownCardView(view));
        }
    }

    // ------------------------------------------------------------------ changes

    Entity createEntity(String id, String name, RuleScorer scorer, Principal who, String address) {
        Entity e;
        try {
            e = new Entity(id == null ? "" : id.strip(), name == null || name.isBlank() ? id : name.strip(), scorer.methodology().entityKind());
        } catch (IllegalArgumentException ex) {
            throw Problem.badRequest("BAD_ENTITY", Message.text(ex.getMessage()));
        }
        if (!e.id().matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw Problem.badRequest("BAD_ENTITY", Text.badEntityId(e.id()));
        }
        if (store.entity(e.id()).isPresent()) {
            throw Problem.conflict("EXISTS", Text.entityExists(e.id()));
        }
        jdbi.useTransaction(h -> {
            store.createEntity(h, e);
            Audit.record(h, who, address, "entity.create", "entity " + e.id(), null, e);
        });
        return e;
    }

    /**
     * Reads an uploaded submission with the methodology, all or nothing, and checks it is the
     * path's: its period, its agency, its entity (each naming its cell when it is not). A workbook
     * holding macros or links to other workbooks is refused: the command line reads such a file's
     * saved values, but the service keeps the files it receives and hands them to the council, so it
     * keeps none that carries code or reaches elsewhere.
     */
    static Submission read(Http.Upload file, Entity entity, Period period, String agency, RuleScorer scorer) {
        if (AgencyWorkbooks.Format.of(file.name()) == AgencyWorkbooks.Format.XLSX) {
            XlsxGuard.Parts parts = XlsxGuard.inspect(file.bytes(), file.name(), InvalidEvidenceException::new);
            List<Message> problems = new ArrayList<>();
            if (!parts.macros().isEmpty()) {
                problems.add(Text.workbookWithMacros(file.name(), parts.macros()));
            }
            if (!parts.externalLinks().isEmpty()) {
                problems.add(Text.workbookWithLinks(file.name(), parts.externalLinks()));
            }
            if (!problems.isEmpty()) {
                throw Problem.unprocessable("UNSAFE_WORKBOOK", problems);
            }
        }
        // "today" is the day in Vietnam (as the clerk's form dates its report), not the server's: after 17:00 UTC Vietnam is a day ahead
        return AgencyWorkbooks.read(file.bytes(), file.name(), file.name(), scorer, new AgencyWorkbooks.Expected(period, agency, entity.id()),
                vn.dti.api.ReportingDay.today());
    }

    /** Stores a submission in an open period: one transaction with its audit entry; acknowledged only once committed. */
    ReportingStore.Stored submit(ReportingStore.Incoming in, Principal who, String address) {
        return jdbi.inTransaction(h -> {
            store.lockOpenPeriod(h, in.entity(), in.period());
            ReportingStore.Stored s = store.add(h, in, who, address);
            Audit.record(h, who, address, "submission.add", "submission " + in.entity() + "/" + in.period() + "/" + in.agency() + "/" + s.number(), null,
                    Map.of("file", s.fileName(), "sha256", s.sha256(), "documents", s.documents().size(), "methodology", s.methodologyVersion()));
            return s;
        });
    }
}
