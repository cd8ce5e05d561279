package vn.dti.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.dti.api.Evidence;
import vn.dti.rules.Methodologies;
import vn.dti.rules.MethodologyDiff;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Language;
import vn.dti.text.Message;

/**
 * Methodologies for everyone signed in ({@code dti methodology list}, the catalogue, the folder as
 * a zip, a zip validated as {@code dti methodology validate} does), and for the officers who keep
 * the province's: the stored versions, an upload stored as a candidate (with its test results and
 * its diff against the active version), and the activation of a candidate.
 */
final class MethodologyApi {
    static final String ZIP = "application/zip";

    private final MethodologyService methodologies;
    private final Reporting reporting;

    MethodologyApi(MethodologyService methodologies, Reporting reporting) {
        this.methodologies = methodologies;
        this.reporting = reporting;
    }

    /**
     * A stored version as officers see it: whether it is the active one, its check and test results
     * as stored with it, and what changes from the version {@code against} ({@code dti methodology
     * diff --format json}) with its effect on each entity's current evidence; the evidence that could
     * not be compared is listed in {@code notCompared}, each with why.
     */
    record Candidate(MethodologyStore.Version version, boolean active, JsonNode check, String against, MethodologyDiff diff, List<String> notCompared) {
    }

    /** The stored versions, oldest first; every activation, in order; and the active version. */
    record Versions(String active, List<MethodologyStore.Version> versions, List<MethodologyStore.Activation> activations) {
    }

    /**
     * One methodology as the list shows it.
     *
     * @param source {@code active} (the province's, scoring its reporting year), or {@code bundled}
     */
    record Listed(String id, String name, String version, int components, double totalPoints, String source) {
        static Listed of(RuleScorer s, String source) {
            return new Listed(s.methodology().id(), s.methodology().name(), s.version(), s.methodology().components().size(),
                    s.methodology().totalPoints(), source);
        }
    }

    /** The active methodology first, then every bundled one (as {@code dti methodology list}). */
    void list(Context ctx, Principal who) {
        List<Listed> out = new ArrayList<>();
        out.add(Listed.of(methodologies.active().scorer(), "active"));
        for (String id : Methodologies.bundled()) {
            out.add(Listed.of(Methodologies.bundled(id), "bundled"));
        }
        Http.json(ctx, out);
    }

    /** The catalogue ({@code methodology.json} as the library reads it) of an id or a version. */
    void get(Context ctx, Principal who) {
        Http.json(ctx, methodologies.forRequest(ctx.pathParam("methodology")).methodology());
    }

    /**
     * The folder as a zip, to edit ({@code dti methodology export}); {@code xlsx=true} writes its CSV
     * decision tables as Excel workbooks, as {@code --xlsx} does.
     */
    void export(Context ctx, Principal who) throws IOException {
        String name = ctx.pathParam("methodology");
        boolean xlsx = Boolean.parseBoolean(Http.oneOf(ctx, "xlsx", "false", "true", "false"));
        RuleScorer scorer = methodologies.forRequest(name);
        SortedMap<String, byte[]> files;
        var stored = methodologies.store().byVersion(scorer.version());
        if (stored.isPresent()) {
            files = methodologies.store().files(stored.get().id());
        } else {
            files = methodologies.bundledFiles(scorer.methodology().id());
        }
        if (xlsx) {
            // the officer's sheet (names and max points beside the table, the engine's rows hidden), its prompts in the reader's language
            Language language = Language.fromAcceptLanguage(ctx.header("Accept-Language"));
            SortedMap<String, byte[]> converted = new TreeMap<>();
            files.forEach((path, bytes) -> {
                boolean table = !path.contains("/") && path.toLowerCase(Locale.ROOT).endsWith(".csv");
                converted.put(table ? path.substring(0, path.length() - 4) + ".xlsx" : path,
                        table ? Methodologies.tableAsWorkbook(bytes, scorer.methodology(), language) : bytes);
            });
            files = converted;
        }
        Http.download(ctx, FolderUpload.zip(files), ZIP, scorer.methodology().id() + "-" + scorer.version() + ".zip");
    }

    /** {@code dti methodology validate} of a zipped folder: every problem, then the test cases; nothing is stored. */
    void validate(Context ctx, Principal who) {
        Http.Upload zip = Http.file(ctx, "folder", FolderUpload.MAX_ZIP_BYTES);
        methodologies.offThread(ctx, () -> {
            SortedMap<String, byte[]> files = FolderUpload.read(zip.bytes(), zip.name());
            Http.json(ctx, MethodologyService.CheckReport.of(methodologies.check(files, zip.name()).check()));
        });
    }

    /** The stored versions and their activations. */
    void versions(Context ctx, Principal who) {
        MethodologyStore store = methodologies.store();
        Http.json(ctx, new Versions(methodologies.active().version().version(), store.list(), store.activations()));
    }

    /**
     * An officer's upload: the zipped folder (part {@code folder}), or one decision table as .xlsx
     * (part {@code table}) over the active version or the version {@code base}. Checked off the
     * request threads; stored as a candidate (201; 200 when the same files are stored already), or
     * refused with every problem (422) and nothing stored.
     */
    void upload(Context ctx, Principal who) {
        Http.Upload folder = Http.optionalFile(ctx, "folder", FolderUpload.MAX_ZIP_BYTES);
        Http.Upload table = Http.optionalFile(ctx, "table", FolderUpload.MAX_FILE_BYTES);
        if ((folder == null) == (table == null)) {
            throw Problem.badRequest("FOLDER_OR_TABLE", Text.folderOrTable());
        }
        String base = Http.field(ctx, "base");
        MethodologyService.Active active = methodologies.active();
        String address = ctx.ip();
        Language language = Problems.language(ctx);
        methodologies.offThread(ctx, () -> {
            MethodologyService.Uploaded u = store(folder, table, base, active, who, address);
            Http.json(ctx, u.created() ? 201 : 200, candidate(u.version(), active, active.version(), language));
        });
    }

    /**
     * Checks and stores an upload (the API's and the officer's page's): the zipped folder, or one
     * table over {@code base} (the active version when blank). Call it off the request threads.
     *
     * @throws Problem 422 listing every problem when it does not load; nothing is stored
     */
    MethodologyService.Uploaded store(Http.Upload folder, Http.Upload table, String base, MethodologyService.Active active, Principal who,
            String address) {
        if (folder != null) {
            return methodologies.upload(FolderUpload.read(folder.bytes(), folder.name()), folder.name(), "zip " + folder.name(), who, address);
        }
        MethodologyStore.Version over = base == null || base.isBlank() ? active.version() : methodologies.stored(base.strip());
        return methodologies.upload(methodologies.withTable(table, over), over.methodologyId(), table.name() + " over " + over.version(), who, address);
    }

    /** A stored version: its check, test results and diff against the active version (or {@code against}). */
    void version(Context ctx, Principal who) {
        MethodologyStore.Version v = methodologies.stored(ctx.pathParam("version"));
        String against = Http.field(ctx, "against");
        MethodologyService.Active active = methodologies.active();
        MethodologyStore.Version other = against == null || against.isBlank() ? active.version() : methodologies.stored(against.strip());
        Language language = Problems.language(ctx);
        methodologies.offThread(ctx, () -> Http.json(ctx, candidate(v, active, other, language)));
    }

    /** Activates a stored version whose test cases all pass: new requests score with it at once. */
    void activate(Context ctx, Principal who) {
        MethodologyStore.Version v = methodologies.stored(ctx.pathParam("version"));
        String address = ctx.ip();
        methodologies.offThread(ctx, () -> {
            methodologies.activate(v, who, address);
            List<MethodologyStore.Activation> all = methodologies.store().activations();
            Http.json(ctx, 201, all.get(all.size() - 1));
        });
    }

    /** A version as officers see it, compared with {@code against} on each entity's current evidence (scored under {@code against}). */
    Candidate candidate(MethodologyStore.Version v, MethodologyService.Active active, MethodologyStore.Version against, Language language) {
        RuleScorer older = methodologies.scorer(against);
        RuleScorer newer = methodologies.scorer(v);
        List<Message> notes = new ArrayList<>();
        Map<String, Evidence> evidence = reporting.currentEvidence(older, notes);
        MethodologyService.Compared compared = MethodologyService.compare(older, newer, evidence);
        notes.addAll(compared.notCompared());
        return new Candidate(v, v.id() == active.version().id(), methodologies.report(v), against.version(), compared.diff(),
                notes.stream().map(m -> m.in(language)).toList());
    }
}
