package vn.dti.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.json.DtiJson;
import vn.dti.rules.MethodologyCheck;
import vn.dti.rules.MethodologyTests;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * The methodologies the service scores with: the province's active version (one of the stored
 * versions; new requests take it the moment it is activated, and a request that started keeps the
 * scorer it took), the other stored versions, and the bundled ones by id. Folders are always loaded
 * with the library's default, safe load, from a fresh folder of the service's own; the trusted mode
 * is never offered. Thread-safe.
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
     * compiled scorer): stored with each version.
     */
    record CheckReport(String id, String version, String source, boolean valid, boolean passed, String summary, List<String> problems,
            List<MethodologyTests.Result> tests) {
        static CheckReport of(MethodologyCheck c) {
            return new CheckReport(c.id(), c.version(), c.source(), c.valid(), c.passed(), c.summary(), c.problems(), c.tests());
        }
    }

    private static final int LOADED = 8;

    private final Jdbi jdbi;
    private final MethodologyStore store;
    private final Path work;
    private final AtomicReference<Active> active = new AtomicReference<>();
    private final Map<String, RuleScorer> loaded = new LinkedHashMap<>(16, 0.75f, true);
    private final Object activation = new Object();

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
            throw Problem.unprocessable("INVALID_METHODOLOGY", e.problems());
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
     * Makes a stored version the active one: the activation is appended (with the audit entry) and
     * committed, then new requests take it. Activations are made one at a time, in order.
     */
    Active activate(MethodologyStore.Version v, Principal who, String address) {
        RuleScorer scorer = scorer(v);
        synchronized (activation) {
            MethodologyStore.Version before = active().version();
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
