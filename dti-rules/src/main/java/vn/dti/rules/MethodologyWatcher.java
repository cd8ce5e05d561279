package vn.dti.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.api.DtiException;
import vn.dti.rules.internal.MethodologyFiles;

/**
 * Serves a methodology folder that an officer edits while an application runs. It watches the
 * folder; when an edit settles (no further change for the settle time), it reads the folder once,
 * runs every load-time check and the folder's own test cases on exactly those bytes, and swaps the
 * served scorer atomically only when all pass. Otherwise it keeps serving the previous version and
 * reports why, to the listener and in the log. A broken or half-saved methodology is never served,
 * and every score card names the version that scored it.
 *
 * <pre>{@code
 * try (MethodologyWatcher w = MethodologyWatcher.start(folder, Duration.ofMillis(300), listener)) {
 *     ScoreCard card = w.scorer().score(evidence);   // always a checked version
 * }
 * }</pre>
 *
 * <p>Thread-safe: scoring threads read {@link #scorer()} while the watcher thread swaps it. The
 * watcher runs one daemon thread, named {@code dti-methodology-watcher <folder>}, which also calls
 * the listener; {@link #close()} stops it (a check under way is abandoned, quietly) and the last
 * scorer stays usable. Each check compiles the folder afresh (about as long as
 * {@link Methodologies#load}); an old version's compiled rules are collected once no scorer refers
 * to them.
 */
public final class MethodologyWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MethodologyWatcher.class);

    /**
     * What a watcher reports, on the watcher's thread (the first report on the thread that calls
     * {@link #start}). Keep the methods short: the next check waits for them.
     */
    public interface Listener {
        /**
         * An edit passed every check and test case: its version is now served.
         *
         * @param check the outcome, with the scorer now served
         */
        default void accepted(MethodologyCheck check) {
        }

        /**
         * An edit was refused, or the folder could not be read.
         *
         * @param check   the outcome, listing every problem or failed test case
         * @param serving the version still served; null when none has passed yet
         */
        default void refused(MethodologyCheck check, RuleScorer serving) {
        }

        /**
         * The folder was deleted or moved away; the watcher waits for it to come back.
         *
         * @param folder  the folder watched
         * @param serving the version still served; null when none has passed yet
         */
        default void folderGone(Path folder, RuleScorer serving) {
        }
    }

    /** Whether the folder is checked in trusted mode (its rules' code not checked). */
    private final boolean trusted;
    private final Path folder;
    private final Duration settle;
    private final Listener listener;
    private final AtomicReference<RuleScorer> current = new AtomicReference<>();
    private final Object checking = new Object();
    private final WatchService watch;
    private final Thread thread;
    private volatile String lastChecked;
    /** Set by {@link #close()}: a check the watcher thread is running is then abandoned, without a report. */
    private volatile boolean closed;
    /** Every watch key registered, to cancel them when the folder is replaced. Only the watcher thread (and the constructor) touch it. */
    private final java.util.Set<WatchKey> keys = new java.util.LinkedHashSet<>();
    /** The identity of the folder being watched (see {@link #identity()}). */
    private Object rootIdentity;
    /** Whether the folder's absence has been reported (once per absence). */
    private boolean goneReported;

    private MethodologyWatcher(Path folder, Duration settle, Listener listener, boolean trusted) throws IOException {
        this.trusted = trusted;
        this.folder = folder;
        this.settle = settle;
        this.listener = listener;
        this.watch = FileSystems.getDefault().newWatchService();
        try {
            register(folder);
            rootIdentity = identity();
        } catch (IOException | RuntimeException e) {
            watch.close();
            throw e;
        }
        this.thread = new Thread(this::loop, "dti-methodology-watcher " + folder.getFileName());
        this.thread.setDaemon(true);
    }

    /**
     * Checks the folder now (reporting the outcome to the listener, on this thread), then watches it
     * for edits on a thread of its own.
     *
     * @param folder   the methodology folder to watch (and its sub-folders, such as {@code tests/})
     * @param settle   how long the folder must stay unchanged before an edit is checked (300 ms suits
     *                 a spreadsheet program's save)
     * @param listener receives every outcome
     * @return the running watcher; close it to stop watching
     * @throws NullPointerException     if {@code listener} is null
     * @throws vn.dti.api.DtiException if {@code folder} is not a folder or cannot be watched
     */
    public static MethodologyWatcher start(Path folder, Duration settle, Listener listener) {
        return start(folder, settle, listener, false);
    }

    /**
     * Starts watching as {@link #start(Path, Duration, Listener)}, checking the folder in safe mode
     * or, with {@code trustCode}, in trusted mode (see {@link Methodologies#load(Path, boolean)}).
     *
     * @param folder    the methodology folder to watch
     * @param settle    how long the folder must stay unchanged before an edit is checked
     * @param listener  receives every outcome
     * @param trustCode true to skip the check of the rules' code
     * @return the running watcher; close it to stop watching
     * @throws NullPointerException     if {@code listener} is null
     * @throws vn.dti.api.DtiException if {@code folder} is not a folder or cannot be watched
     */
    public static MethodologyWatcher start(Path folder, Duration settle, Listener listener, boolean trustCode) {
        Objects.requireNonNull(listener, "listener");
        if (!Files.isDirectory(folder)) {
            throw new DtiException(vn.dti.text.Message.of("rules.watch.notAFolder", folder));
        }
        try {
            MethodologyWatcher w = new MethodologyWatcher(folder, settle, listener, trustCode);
            try {
                w.checkNow();
            } catch (RuntimeException e) {
                w.watch.close(); // the thread has not started: nothing else to stop
                throw e;
            }
            w.thread.start();
            return w;
        } catch (IOException e) {
            throw new DtiException(vn.dti.text.Message.of("rules.watch.cannotWatch", folder.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The scorer of the last version that passed, if any has.
     *
     * @return the scorer, or empty when no version has passed yet
     */
    public Optional<RuleScorer> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * The scorer of the last version that passed every check.
     *
     * @return the scorer served now
     * @throws vn.dti.api.DtiException when no version of the folder has passed yet
     */
    public RuleScorer scorer() {
        RuleScorer s = current.get();
        if (s == null) {
            throw new DtiException(vn.dti.text.Message.of("rules.watch.noVersion", folder));
        }
        return s;
    }

    /**
     * Reads the folder, checks it and runs its test cases, and serves it if all pass; the listener
     * hears the outcome. Checks run one at a time (a call waits for the watcher thread's check).
     *
     * @return the outcome; null when the folder is unchanged since the last check
     */
    public MethodologyCheck checkNow() {
        return check(false);
    }

    /**
     * The check; {@code watching} for the watcher thread's own, which is abandoned without a report
     * once the watcher is closed (the interrupt that close() sends may have cut it short).
     */
    private MethodologyCheck check(boolean watching) {
        synchronized (checking) {
            MethodologyFiles files;
            try {
                files = MethodologyFiles.fromDirectory(folder).trusted(trusted);
            } catch (DtiException e) {
                if (watching && closed) {
                    return null;
                }
                MethodologyCheck unreadable = new MethodologyCheck(folder.toString(), null, "", java.util.List.of(e.getMessage()), java.util.List.of(), null);
                LOG.warn("Methodology folder {} cannot be read; still serving {}: {}", folder, version(current.get()), e.getMessage());
                listener.refused(unreadable, current.get());
                return unreadable;
            }
            String version = files.version();
            if (version.equals(lastChecked)) {
                return null;
            }
            lastChecked = version;
            MethodologyCheck check;
            try {
                check = MethodologyCheck.of(files);
            } catch (RuntimeException e) {
                lastChecked = null; // not checked after all: the next call checks it again
                throw e;
            }
            if (watching && closed) {
                lastChecked = null;
                LOG.debug("Check of methodology folder {} version {} abandoned: the watcher was closed", folder, version);
                return null;
            }
            if (check.passed()) {
                current.set(check.scorer());
                LOG.info("Methodology {} version {} from {} passed its checks and {} test cases; now served", check.id(), version, folder,
                        check.tests().size());
                listener.accepted(check);
            } else {
                LOG.warn("Methodology folder {} version {} refused; still serving {}: {}", folder, version, version(current.get()), check.summary());
                listener.refused(check, current.get());
            }
            return check;
        }
    }

    private static String version(RuleScorer s) {
        return s == null ? "nothing (no version has passed yet)" : "version " + s.version();
    }

    private void register(Path dir) throws IOException {
        keys.add(dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
        try (var sub = Files.list(dir)) {
            for (Path p : (Iterable<Path>) sub::iterator) {
                if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
                    register(p);
                }
            }
        }
    }

    /** The folder's identity on disk (its inode on Linux), or null when it is gone or the file system has none. */
    private Object identity() {
        try {
            return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Drops every watch (they may follow a folder moved elsewhere) and watches the folder now at the path. */
    private void watchAfresh() throws IOException {
        keys.forEach(WatchKey::cancel);
        keys.clear();
        register(folder);
        rootIdentity = identity();
    }

    private void loop() {
        try {
            while (!closed && !Thread.currentThread().isInterrupted()) {
                // a watch follows the folder's inode, not its path: look every second whether the path still names the same folder
                WatchKey key = watch.poll(1, TimeUnit.SECONDS);
                boolean changed = key != null;
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    // wait until the folder settles: no event for the settle time
                    WatchKey more;
                    while ((more = watch.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                        more.pollEvents();
                        more.reset();
                    }
                }
                if (!Files.isDirectory(folder)) {
                    if (!goneReported) {
                        goneReported = true;
                        keys.forEach(WatchKey::cancel);
                        keys.clear();
                        rootIdentity = null;
                        lastChecked = null; // the same folder coming back is news too
                        LOG.warn("Methodology folder {} is gone; still serving {}. Watching for it to come back.", folder, version(current.get()));
                        listener.folderGone(folder, current.get());
                    }
                    continue;
                }
                Object now = identity();
                try {
                    if (goneReported || (now != null && !now.equals(rootIdentity))) {
                        // back, or replaced by another folder (moved aside and a copy put in its place)
                        watchAfresh();
                        goneReported = false;
                        changed = true;
                    } else if (changed) {
                        register(folder); // picks up a new sub-folder (e.g. tests/)
                    }
                } catch (IOException e) {
                    LOG.debug("Cannot watch {}: {}", folder, e.getMessage());
                    continue;
                }
                if (!changed) {
                    continue;
                }
                try {
                    check(true);
                } catch (RuntimeException | LinkageError e) {
                    if (closed) {
                        // close() interrupted the check: Drools reports it as a failed compilation, or as a generated
                        // class that could not be loaded during the sweep; nothing went wrong
                        LOG.debug("Check of methodology folder {} abandoned: the watcher was closed ({})", folder, e.toString());
                        return;
                    }
                    if (e instanceof LinkageError) {
                        throw e;
                    }
                    LOG.error("Checking methodology folder {} failed; still serving {}", folder, version(current.get()), e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops watching: the watcher thread ends (waiting up to 2 s for it) and a check under way is
     * abandoned without a report. The last scorer stays usable. Closing twice does nothing more.
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            watch.close();
            thread.join(2000);
        } catch (IOException e) {
            LOG.debug("Closing the watch on {}: {}", folder, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
