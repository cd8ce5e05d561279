package vn.dti.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.dti.api.DtiException;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.rules.internal.MethodologyFiles;
import vn.dti.rules.internal.Loader;

/**
 * Where methodologies come from: the bundled folders ({@code methodologies/<id>/} on the
 * classpath) or any folder on disk holding {@code methodology.json} with {@code .drl} rule files
 * and decision tables ({@code .csv}, {@code .xlsx}). Loading checks and compiles the folder once
 * (about 1.5 s for the bundled 2025 methodology on a cold JVM); the returned {@link RuleScorer}
 * is immutable and shared by every thread.
 *
 * <p><b>Safe mode, the default.</b> A folder's rules may use the scoring API only: before anything
 * is compiled or run, the code of every rule file and of the rules every decision table makes is
 * checked, and a rule that reaches beyond it (a loop, {@code new}, reflection, another class such
 * as {@code System} or {@code java.nio.file.Files}, an import beyond the API) is refused with
 * {@link InvalidMethodologyException} naming its file and line. A folder that needs more, and
 * whose code you trust as your own, is loaded with {@code trustCode} ({@link #load(Path, boolean)},
 * {@link #resolve(String, boolean)}): its rules then run any Java in this process. In both modes a
 * run of the rules that goes past the time limit (system property {@code dti.rules.timeLimit},
 * in seconds, 5 by default) or fires without end is stopped, naming the rule.
 *
 * <pre>{@code
 * RuleScorer scorer = Methodologies.bundled("vn-dti-province-2025");
 * ScoreCard card = scorer.score(DtiJson.readEvidence(Path.of("khanh-hoa-2023.json")));
 * }</pre>
 *
 * <p>Every method is safe to call from any thread; bundled methodologies are compiled at most once
 * per class loader (a thread asking for one that another thread is loading waits for it).
 */
public final class Methodologies {
    private static final Map<String, RuleScorer> BUNDLED = new ConcurrentHashMap<>();
    /** Held while a bundled methodology loads, by its id's hash: a second thread asking for it waits instead of loading it again. */
    private static final Object[] LOADING = new Object[16];

    static {
        java.util.Arrays.setAll(LOADING, i -> new Object());
    }

    private Methodologies() {
    }

    /**
     * The bundled methodologies.
     *
     * @return their ids, e.g. {@code vn-dti-province-2025}, {@code un-egdi}
     */
    public static List<String> bundled() {
        return MethodologyFiles.bundledIds();
    }

    /**
     * A bundled methodology's version, without compiling it (fast: hashes the folder's files).
     *
     * @param id a bundled methodology's id
     * @return the version its score cards carry ({@link vn.dti.api.MethodologyRef#version()})
     * @throws InvalidMethodologyException if no bundled methodology has this id
     */
    public static String bundledVersion(String id) {
        return MethodologyFiles.fromClasspath(id).version();
    }

    /**
     * A bundled methodology, compiled on first use and then shared.
     *
     * @param id a bundled methodology's id, e.g. {@code vn-dti-province-2025}
     * @return its scorer (the same instance on every later call)
     * @throws InvalidMethodologyException if no bundled methodology has this id
     */
    public static RuleScorer bundled(String id) {
        RuleScorer cached = BUNDLED.get(id);
        if (cached != null) {
            return cached;
        }
        synchronized (LOADING[id.hashCode() & (LOADING.length - 1)]) {
            cached = BUNDLED.get(id);
            if (cached != null) {
                return cached;
            }
            RuleScorer scorer = new RuleScorer(Loader.compile(MethodologyFiles.fromClasspath(id)));
            BUNDLED.put(id, scorer);
            return scorer;
        }
    }

    /**
     * Loads and compiles a methodology folder from disk, afresh: edit the folder and load it again
     * to use the edit. Keep the returned scorer for as long as the folder is unchanged (or let a
     * {@link MethodologyWatcher} do it). Every load-time check runs, and every problem found is
     * reported at once.
     *
     * @param folder a folder holding {@code methodology.json} and its rule files and tables
     * @return the scorer
     * @throws InvalidMethodologyException listing each file (and line, or sheet, row and column) that
     *                                     must change, in file order
     * @throws vn.dti.api.DtiException     if the folder cannot be read
     */
    public static RuleScorer load(Path folder) {
        return new RuleScorer(Loader.compile(MethodologyFiles.fromDirectory(folder)));
    }

    /**
     * Loads and compiles a methodology folder from disk as {@link #load(Path)}, in safe mode or, with
     * {@code trustCode}, in trusted mode: the rules' code is not checked and may run any Java in
     * this process (the watchdog still stops a rule that runs too long). Trust only a folder whose
     * code you would run as your own; never one that someone else sent. A trusted compile is never
     * served to a safe load of the same folder.
     *
     * @param folder    a folder holding {@code methodology.json} and its rule files and tables
     * @param trustCode true to skip the check of the rules' code
     * @return the scorer
     * @throws InvalidMethodologyException listing each file (and line, or sheet, row and column) that
     *                                     must change, in file order
     * @throws vn.dti.api.DtiException     if the folder cannot be read
     */
    public static RuleScorer load(Path folder, boolean trustCode) {
        return new RuleScorer(Loader.compile(MethodologyFiles.fromDirectory(folder).trusted(trustCode)));
    }

    /**
     * Loads and compiles a methodology folder from disk, naming it {@code name} in every message and
     * in {@link RuleScorer#source()} instead of its path: for an application that unpacks an upload
     * into a folder of its own (the service names it by the uploaded file), so that its messages
     * name what the person sent and never the application's own paths.
     *
     * @param folder a folder holding {@code methodology.json}, loaded in safe mode as {@link #load(Path)}
     * @param name   what messages call the folder (e.g. the uploaded file's name)
     * @return the scorer, compiled; thread-safe
     * @throws InvalidMethodologyException naming each file (and line) that must change, under {@code name}
     * @throws vn.dti.api.DtiException     if the folder cannot be read
     */
    public static RuleScorer load(Path folder, String name) {
        return new RuleScorer(Loader.compile(MethodologyFiles.fromDirectory(folder).named(name)));
    }

    /**
     * A folder path, or else a bundled id. A folder wins over a bundled id of the same name, so a
     * copy exported under its own id ({@code dti methodology export vn-dti-province-2025
     * vn-dti-province-2025}) is the one used; {@link RuleScorer#source()} says which.
     *
     * @param idOrFolder a folder's path or a bundled methodology's id
     * @return the scorer: loaded afresh for a folder, shared for a bundled id
     * @throws InvalidMethodologyException if it is neither (suggesting the nearest bundled id), or the
     *                                     folder is refused
     */
    public static RuleScorer resolve(String idOrFolder) {
        return resolve(idOrFolder, false);
    }

    /**
     * A folder path, or else a bundled id, as {@link #resolve(String)}; a folder is loaded in trusted
     * mode with {@code trustCode} (see {@link #load(Path, boolean)}; the bundled ones pass the safe
     * check and are always loaded safe).
     *
     * @param idOrFolder a folder's path or a bundled methodology's id
     * @param trustCode  true to load a folder without checking its rules' code
     * @return the scorer: loaded afresh for a folder, shared for a bundled id
     * @throws InvalidMethodologyException if it is neither (suggesting the nearest bundled id), or the
     *                                     folder is refused
     */
    public static RuleScorer resolve(String idOrFolder, boolean trustCode) {
        Path p = Path.of(idOrFolder);
        if (Files.isDirectory(p)) {
            return load(p, trustCode);
        }
        if (bundled().contains(idOrFolder)) {
            return bundled(idOrFolder);
        }
        throw unknown(idOrFolder);
    }

    /** The files of a folder, or else of a bundled id: the one place that decides what an id-or-folder names. */
    static MethodologyFiles files(String idOrFolder) {
        Path p = Path.of(idOrFolder);
        if (Files.isDirectory(p)) {
            return MethodologyFiles.fromDirectory(p);
        }
        if (bundled().contains(idOrFolder)) {
            return MethodologyFiles.fromClasspath(idOrFolder);
        }
        throw unknown(idOrFolder);
    }

    /** Neither a folder nor a bundled id: says what was probably meant. */
    private static InvalidMethodologyException unknown(String idOrFolder) {
        String near = vn.dti.api.Spelling.nearest(idOrFolder, bundled());
        String key = Files.exists(Path.of(idOrFolder)) ? "rules.files.isAFile" : "rules.files.unknown";
        String all = String.join(", ", bundled());
        return new InvalidMethodologyException(near == null ? vn.dti.text.Message.of(key, idOrFolder, all)
                : vn.dti.text.Message.of(key + ".near", idOrFolder, all, near));
    }

    /**
     * Copies a bundled methodology's folder to {@code target} for editing. The target must not exist
     * or be empty; nothing is written if the copy cannot be completed.
     *
     * @param id     a bundled methodology's id
     * @param target a new or empty folder
     * @throws InvalidMethodologyException if no bundled methodology has this id
     * @throws vn.dti.api.DtiException     if the target is a file or not empty, or cannot be written
     */
    public static void export(String id, Path target) {
        export(id, target, false);
    }

    /**
     * Copies a bundled methodology's folder to {@code target} for editing; with {@code xlsx}, its CSV
     * decision tables are written as Excel workbooks ({@code scoring.csv} becomes
     * {@code scoring.xlsx}: the same table with each component's official name and max points
     * beside it, the engine's rows hidden, the sheet protected but for the pattern columns and the
     * assumption, those validated; printed on A4 landscape) for officers who edit in a spreadsheet
     * program. The exported folder loads and scores exactly as the bundled one. The
     * copy is made in a temporary folder beside the target and moved into place, so a failed export
     * leaves nothing behind.
     *
     * @param id     a bundled methodology's id
     * @param target a new or empty folder
     * @param xlsx   true to write decision tables as {@code .xlsx}
     * @throws InvalidMethodologyException if no bundled methodology has this id
     * @throws vn.dti.api.DtiException     if the target is a file or not empty, or cannot be written
     */
    public static void export(String id, Path target, boolean xlsx) {
        if (!bundled().contains(id)) {
            throw new InvalidMethodologyException(vn.dti.text.Message.of("rules.files.noBundled", id, bundled().toString()));
        }
        MethodologyFiles files = MethodologyFiles.fromClasspath(id);
        try {
            if (Files.exists(target)) {
                if (!Files.isDirectory(target)) {
                    throw new DtiException(vn.dti.text.Message.of("rules.files.exportNotAFolder", target));
                }
                try (var list = Files.list(target)) {
                    if (list.findAny().isPresent()) {
                        throw new DtiException(vn.dti.text.Message.of("rules.files.exportNotEmpty", target));
                    }
                }
            }
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempDirectory(parent, ".dti-export-");
            try {
                for (Map.Entry<String, byte[]> e : files.files().entrySet()) {
                    boolean table = xlsx && files.tableFiles().contains(e.getKey()) && e.getKey().endsWith(".csv");
                    Path out = tmp.resolve(table ? e.getKey().replaceFirst("\\.csv$", ".xlsx") : e.getKey());
                    Files.createDirectories(out.getParent());
                    Files.write(out, table ? vn.dti.rules.internal.TableWorkbooks.forOfficer(e.getValue(), bundled(id).methodology(),
                            vn.dti.text.Language.fromEnvironment()) : e.getValue());
                }
                if (Files.exists(target)) {
                    Files.delete(target);
                }
                Files.move(tmp, target);
            } catch (IOException | RuntimeException e) {
                deleteTree(tmp);
                throw e;
            }
        } catch (IOException e) {
            throw new DtiException(vn.dti.text.Message.of("rules.files.cannotExport", id, target, e.getMessage()), e);
        }
    }

    /**
     * A decision table written as CSV ({@code scoring.csv}) as the Excel workbook that
     * {@link #export(String, Path, boolean)} writes of it: the same cells, headers frozen, ids kept
     * as text; the folder loads and scores the same with either. For applications that export a
     * folder they hold (the service exports its stored versions so).
     *
     * @param csv the table as CSV, UTF-8 (a byte-order mark is skipped); it is not checked: a table
     *            that does not load as CSV does not load as a workbook either
     * @return the {@code .xlsx} workbook's bytes
     * @throws java.io.UncheckedIOException if the workbook cannot be written (not expected: it is
     *                                      written in memory)
     */
    public static byte[] tableAsWorkbook(byte[] csv) {
        return vn.dti.rules.internal.TableWorkbooks.fromCsv(csv);
    }

    /**
     * A decision table written as CSV as the officer's workbook that {@link #export(String, Path, boolean)}
     * writes of it: the same table with each component's official name and max points (from
     * {@code methodology}) left of it, the engine's rows hidden, the sheet protected but for the
     * pattern columns and the assumption, those validated, printed on A4 landscape; its prompts in
     * {@code language}. The folder loads and scores the same with it as with the CSV. For applications
     * that export a folder they hold (the service exports its stored versions so).
     *
     * @param csv         the table as CSV, UTF-8 (a byte-order mark is skipped); not checked
     * @param methodology the methodology the table scores (names and max points)
     * @param language    the language of the sheet's prompts and notes
     * @return the {@code .xlsx} workbook's bytes
     * @throws java.io.UncheckedIOException if the workbook cannot be written (not expected: it is
     *                                      written in memory)
     */
    public static byte[] tableAsWorkbook(byte[] csv, vn.dti.api.Methodology methodology, vn.dti.text.Language language) {
        return vn.dti.rules.internal.TableWorkbooks.forOfficer(csv, methodology, language);
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover temporary folder is named .dti-export-*
        }
    }
}
