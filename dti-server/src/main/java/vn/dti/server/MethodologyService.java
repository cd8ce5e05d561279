package vn.dti.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.util.function.ThrowingRunnable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.json.DtiJson;
import vn.dti.rules.Methodologies;
import vn.dti.rules.MethodologyCheck;
import vn.dti.rules.MethodologyDiff;
import vn.dti.rules.MethodologyTests;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Language;
import vn.dti.text.Message;

/**
 * The methodologies the service scores with: the province's active version (one of the stored
 * versions; new requests take it the moment it is activated, and a request that started keeps the
 * scorer it took), the other stored versions, and the bundled ones by id. Folders are always loaded
 * with the library's default, safe load, from a fresh folder of the service's own; the trusted mode
 * is never offered. Checking an upload (compiling it, sweeping its rules, running its test cases:
 * seconds) runs on a thread of its own, one upload at a time, never on the threads that answer
 * requests. Thread-safe.
 */
final class MethodologyService {
    /** The active version and its compiled scorer, taken once per request. */
    record Active(MethodologyStore.Version version, RuleScorer scorer) {
    }

    /**
     * A folder checked: its files, the library's check (problems in file order, then the test
     * cases), and the name messages give it.
     */
    record Checked(String name, SortedMap<String, byte[]> files, MethodologyCheck check) {
        String methodologyId() {
            return check.id();
        }
    }

    /**
     * What the service answers about a check (the library's {@link MethodologyCheck}, without the
     * compiled scorer): stored with each version; its summary in the language of its problems (the
     * service's, {@link vn.dti.text.Language#fromEnvironment()}).
     */
    record CheckReport(String id, String version, String source, boolean valid, boolean passed, String summary, List<String> problems,
            List<MethodologyTests.Result> tests) {
        static CheckReport of(MethodologyCheck c) {
            return new CheckReport(c.id(), c.version(), c.source(), c.valid(), c.passed(), c.summaryMessage().toString(), c.problems(), c.tests());
        }
    }

    /** An upload stored as a candidate version, or found stored already (the same files, the same version). */
    record Uploaded(MethodologyStore.Version version, boolean created) {
    }

    /** A diff against the current evidence, and what of that evidence could not be compared (each with why). */
    record Compared(MethodologyDiff diff, List<Message> notCompared) {
    }

    private static final int LOADED = 8;
    /** Uploads waiting for their check, at most; more are answered 503. */
    private static final int WAITING = 8;

    private final Jdbi jdbi;
    private final MethodologyStore store;
    private final Path work;
    private final AtomicReference<Active> active = new AtomicReference<>();
    private final Map<String, RuleScorer> loaded = new LinkedHashMap<>(16, 0.75f, true);
    private final Object activation = new Object();
    private final Object uploads = new Object();
    private final ThreadPoolExecutor checks = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING), r -> {
        Thread t = new Thread(r, "dti-methodology-check");
        t.setDaemon(true);
        return t;
    });

    MethodologyService(Jdbi jdbi, MethodologyStore store, Path work) {
        this.jdbi = jdbi;
        this.store = store;
        this.work = work;
    }

    MethodologyStore store() {
        return store;
    }

    /**
     * Loads the active version; on an empty database stores the bundled methodology as its first
     * version and activates it.
     */
    void start(String bundledId) throws IOException {
        if (store.active().isEmpty()) {
            Checked c = bundled(bundledId);
            jdbi.useTransaction(h -> {
                MethodologyStore.Version v = store.insert(h, c.files(), c.check().version(), c.methodologyId(), "bundled " + bundledId, c.check().valid(),
                        c.check().passed(), DtiJson.write(CheckReport.of(c.check())), null);
                store.activate(h, v.id(), null);
                Audit.record(h, null, null, "methodology.activate", "methodology " + v.version(), null, Map.of("version", v.version(), "origin", v.origin()));
            });
            keep(c);
        }
        MethodologyStore.Version v = store.active().orElseThrow();
        active.set(new Active(v, scorer(v)));
    }

    /** The active version; take it once at the start of a request and keep it to the end. */
    Active active() {
        return active.get();
    }

    /**
     * The methodology a stateless request names: none (the active version), the active version's id,
     * a stored version's hash, or a bundled id.
     */
    RuleScorer forRequest(String idOrVersion) {
        Active a = active();
        if (idOrVersion == null || idOrVersion.isBlank() || idOrVersion.equals(a.version().methodologyId()) || idOrVersion.equals(a.version().version())) {
            return a.scorer();
        }
        var stored = store.byVersion(idOrVersion);
        if (stored.isPresent()) {
            if (!stored.get().valid()) {
                throw Problem.conflict("INVALID_METHODOLOGY", Text.versionInvalid(idOrVersion));
            }
            return scorer(stored.get());
        }
        if (Methodologies.bundled().contains(idOrVersion)) {
            return Methodologies.bundled(idOrVersion);
        }
        throw Problem.notFound("UNKNOWN_METHODOLOGY", Text.unknownMethodology(idOrVersion, a.version(), Methodologies.bundled()));
    }

    /** A stored, valid version's scorer, compiled once and kept while it is among the last few used. */
    RuleScorer scorer(MethodologyStore.Version v) {
        synchronized (loaded) {
            RuleScorer s = loaded.get(v.version());
            if (s != null) {
                return s;
            }
        }
        RuleScorer s = load(store.files(v.id()), v.origin());
        synchronized (loaded) {
            loaded.put(v.version(), s);
            while (loaded.size() > LOADED) {
                loaded.remove(loaded.keySet().iterator().next());
            }
        }
        return s;
    }

    /** Keeps the scorer a check compiled, so that the version it checked is not compiled a second time. */
    void keep(Checked c) {
        if (c.check().scorer() != null) {
            synchronized (loaded) {
                loaded.put(c.check().version(), c.check().scorer());
            }
        }
    }

    /** Compiles files from a fresh folder with the library's (safe) load. */
    private RuleScorer load(SortedMap<String, byte[]> files, String name) {
        Path dir = null;
        try {
            dir = FolderUpload.unpack(files, work);
            return Methodologies.load(dir, name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack a methodology version into " + work, e);
        } finally {
            FolderUpload.delete(dir);
        }
    }

    /** Checks files as the library checks a folder (every problem, then the test cases), from a fresh folder. */
    Checked check(SortedMap<String, byte[]> files, String name) {
        Path dir = null;
        try {
            dir = FolderUpload.unpack(files, work);
            return new Checked(name, files, MethodologyCheck.of(dir, name));
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack an upload into " + work, e);
        } catch (InvalidMethodologyException e) {
            // a folder the library refuses before checking (no catalogue, too many files): the same answer as a check with problems
            throw Problem.unprocessable("INVALID_METHODOLOGY", e.problemMessages());
        } finally {
            FolderUpload.delete(dir);
        }
    }

    /** A bundled methodology's folder, as files, checked. */
    private Checked bundled(String id) throws IOException {
        return check(bundledFiles(id), id);
    }

    /** A bundled methodology's folder as files, by path, as {@code dti methodology export} writes it. */
    SortedMap<String, byte[]> bundledFiles(String id) throws IOException {
        Path dir = Files.createTempDirectory(work, "bundled-");
        Path folder = dir.resolve(id);
        try {
            Methodologies.export(id, folder);
            SortedMap<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (Files.isRegularFile(p)) {
                        files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
            return files;
        } finally {
            FolderUpload.delete(dir);
        }
    }

    /**
     * Runs a request's slow part (a check: compiling a folder, running its test cases) on the
     * checks' own thread, one at a time; the request's answer is written there.
     *
     * @throws Problem 503 when too many uploads wait already
     */
    void offThread(Context ctx, ThrowingRunnable<Exception> task) {
        // the checks' thread was started before this request: it runs the task in the request's language
        // (a folder's problems are written while it is checked: a cell's place and what is wrong in it)
        Language language = Language.fromEnvironment();
        try {
            ctx.async(config -> config.executor = checks, () -> DtiServer.inLanguage(language, task::run));
        } catch (RejectedExecutionException e) {
            throw Problem.busy(Text.busy());
        }
    }

    /** Stops the checks' thread (the server is closing). */
    void close() {
        checks.shutdownNow();
    }

    /**
     * Checks an uploaded folder and stores it as a candidate version, with its check and test
     * results, in one transaction with its audit entry. A folder that does not load is refused with
     * every problem and nothing is stored; one whose test cases fail is stored (it shows what the
     * edit does) but cannot be activated. The same files uploaded again are the version stored.
     *
     * @param name   how problems name the folder
     * @param origin what was uploaded, for the record
     * @throws Problem 422 listing every problem, each with its file and line or cell
     */
    Uploaded upload(SortedMap<String, byte[]> files, String name, String origin, Principal who, String address) {
        Checked c = check(files, name);
        if (!c.check().valid()) {
            throw Problem.unprocessable("INVALID_METHODOLOGY", c.check().problems().stream().map(Message::text).toList());
        }
        synchronized (uploads) {
            var stored = store.byVersion(c.check().version());
            if (stored.isPresent()) {
                return new Uploaded(stored.get(), false);
            }
            MethodologyStore.Version v = jdbi.inTransaction(h -> {
                MethodologyStore.Version made = store.insert(h, c.files(), c.check().version(), c.methodologyId(), origin, true, c.check().passed(),
                        DtiJson.write(CheckReport.of(c.check())), who.accountId());
                Audit.record(h, who, address, "methodology.upload", "methodology " + made.version(), null,
                        Map.of("version", made.version(), "origin", origin, "testsPassed", made.testsPassed()));
                return made;
            });
            keep(c);
            return new Uploaded(v, true);
        }
    }

    /**
     * A stored version's files with one decision table replaced by an uploaded workbook: the table
     * of the same name ({@code scoring.xlsx} replaces {@code scoring.csv} or {@code scoring.xlsx}).
     *
     * @throws Problem 422 when the upload is not an .xlsx or the version has no table of that name
     */
    SortedMap<String, byte[]> withTable(Http.Upload table, MethodologyStore.Version base) {
        String name = table.name();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw Problem.unprocessable("NOT_A_TABLE", List.of(Text.tableNotXlsx(name, base.methodologyId())));
        }
        String stem = name.substring(0, name.length() - ".xlsx".length());
        SortedMap<String, byte[]> files = new TreeMap<>(store.files(base.id()));
        List<String> tables = files.keySet().stream().filter(p -> !p.contains("/") && p.matches("(?i).+\\.(csv|xlsx)")).toList();
        String replaced = tables.stream().filter(p -> p.substring(0, p.lastIndexOf('.')).equalsIgnoreCase(stem)).findFirst()
                .orElseThrow(() -> Problem.unprocessable("NO_SUCH_TABLE", List.of(Text.noSuchTable(name, base.version(), stem, tables))));
        files.remove(replaced);
        files.put(replaced.substring(0, replaced.lastIndexOf('.')) + ".xlsx", table.bytes());
        return files;
    }

    /** A stored version; 404 when there is none. */
    MethodologyStore.Version stored(String version) {
        return store.byVersion(version).orElseThrow(() -> Problem.notFound("UNKNOWN_VERSION", Text.unknownVersion(version)));
    }

    /** A stored version's check and test results, as stored with it. */
    JsonNode report(MethodologyStore.Version v) {
        try {
            return DtiJson.mapper().readTree(store.checkResult(v.id()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the stored check of version " + v.version() + " is not JSON", e);
        }
    }

    /**
     * What changes from one version to another ({@code dti methodology diff}), with each evidence
     * scored under both; an evidence either version refuses is left out, and said so.
     *
     * @param evidence what to score both ways, by the name the diff gives it
     */
    static Compared compare(RuleScorer older, RuleScorer newer, Map<String, Evidence> evidence) {
        List<Evidence> kept = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Message> left = new ArrayList<>();
        evidence.forEach((name, e) -> {
            try {
                MethodologyDiff.compare(older, newer, List.of(e), List.of(name));
                kept.add(e);
                names.add(name);
            } catch (InvalidEvidenceException ex) {
                left.add(Text.evidenceNotCompared(name, ex.message()));
            }
        });
        return new Compared(MethodologyDiff.compare(older, newer, kept, names), left);
    }

    /**
     * Makes a stored version the active one: the activation is appended (with the audit entry) and
     * committed, then new requests take it; a request that took the version before keeps it to its
     * end. Activations are made one at a time, in order.
     *
     * @throws Problem 409 when the version's test cases do not all pass, or it is active already
     */
    Active activate(MethodologyStore.Version v, Principal who, String address) {
        if (!v.valid() || !v.testsPassed()) {
            JsonNode tests = report(v).path("tests");
            long failed = 0;
            for (JsonNode t : tests) {
                failed += t.path("passed").asBoolean() ? 0 : 1;
            }
            throw Problem.conflict("NOT_READY", Text.notReady(v.version(), failed, tests.size()));
        }
        RuleScorer scorer = scorer(v);
        synchronized (activation) {
            MethodologyStore.Version before = active().version();
            if (before.id() == v.id()) {
                throw Problem.conflict("ALREADY_ACTIVE", Text.alreadyActive(v.version()));
            }
            jdbi.useTransaction(h -> {
                store.activate(h, v.id(), who.accountId());
                Audit.record(h, who, address, "methodology.activate", "methodology " + v.version(), Map.of("version", before.version()),
                        Map.of("version", v.version(), "origin", v.origin()));
            });
            Active now = new Active(v, scorer);
            active.set(now);
            return now;
        }
    }
}
