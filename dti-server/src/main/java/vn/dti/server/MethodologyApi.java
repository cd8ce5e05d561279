package vn.dti.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * Methodologies for everyone signed in ({@code dti methodology list}, the catalogue, the folder as
 * a zip, a zip validated as {@code dti methodology validate} does).
 */
final class MethodologyApi {
    static final String ZIP = "application/zip";

    private final MethodologyService methodologies;

    MethodologyApi(MethodologyService methodologies) {
        this.methodologies = methodologies;
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
            SortedMap<String, byte[]> converted = new TreeMap<>();
            files.forEach((path, bytes) -> {
                boolean table = !path.contains("/") && path.toLowerCase(Locale.ROOT).endsWith(".csv");
                converted.put(table ? path.substring(0, path.length() - 4) + ".xlsx" : path, table ? Methodologies.tableAsWorkbook(bytes) : bytes);
            });
            files = converted;
        }
        Http.download(ctx, FolderUpload.zip(files), ZIP, scorer.methodology().id() + "-" + scorer.version() + ".zip");
    }

    /** {@code dti methodology validate} of a zipped folder: every problem, then the test cases; nothing is stored. */
    void validate(Context ctx, Principal who) {
        Http.Upload zip = Http.file(ctx, "folder", FolderUpload.MAX_ZIP_BYTES);
        SortedMap<String, byte[]> files = FolderUpload.read(zip.bytes(), zip.name());
        Http.json(ctx, MethodologyService.CheckReport.of(methodologies.check(files, zip.name()).check()));
    }
}
