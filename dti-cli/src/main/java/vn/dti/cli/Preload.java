package vn.dti.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.dti.api.Evidence;
import vn.dti.json.DtiJson;
import vn.dti.rules.Methodologies;

/**
 * Starts loading the bundled methodology a command names ({@code --methodology <id>}) on a thread
 * of its own, while the main thread builds the command line, parses it and reads the evidence: in a
 * cold {@code dti score} the two took about the same time one after the other; with an evidence
 * file in JSON, the main thread also sets up the JSON reader of evidence first. The command then
 * asks for the same methodology ({@link Methodologies#resolve}) and gets the one loaded here, or
 * waits for it ({@link Methodologies#bundled(String)} loads each at most once). Only an id that
 * {@code resolve} would take as a bundled methodology is loaded (a folder of that name wins, as
 * there); anything that fails here is left to the command, which loads it again and reports it in
 * the run's language. Nothing is written but the compiled cache, as the command itself would.
 */
final class Preload {
    private Preload() {
    }

    /** Starts loading the bundled methodology {@code args} name, if any (a daemon thread: it never holds the JVM up). */
    static Thread start(String... args) {
        String id = methodologyNamed(args);
        if (id == null) {
            return null;
        }
        Thread t = new Thread(() -> load(id), "dti-preload");
        t.setDaemon(true);
        t.start();
        String evidence = valueOf("--evidence", args);
        if (evidence != null && evidence.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            prepareJson();
        }
        return t;
    }

    /**
     * Sets up the JSON reader of evidence on the calling thread (the main one, while the methodology
     * loads): the same set-up the first read does, done before it. Nothing is read.
     */
    private static void prepareJson() {
        try {
            DtiJson.mapper().readerFor(Evidence.class);
        } catch (RuntimeException | LinkageError e) {
            // the command reads the evidence and reports what is wrong
        }
    }

    private static void load(String id) {
        try {
            if (!Files.isDirectory(Path.of(id)) && Methodologies.bundled().contains(id)) {
                Methodologies.bundled(id);
            }
        } catch (RuntimeException | LinkageError e) {
            // the command resolves the same name again and reports what is wrong with it
        }
    }

    /** The value of the first {@code --methodology} ({@code --methodology id} or {@code --methodology=id}) before a {@code --}; null when none. */
    static String methodologyNamed(String... args) {
        return valueOf("--methodology", args);
    }

    /** The value of the first {@code option} ({@code option value} or {@code option=value}) before a {@code --}; null when none or blank. */
    static String valueOf(String option, String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (a.equals(option)) {
                return i + 1 < args.length && !args[i + 1].isBlank() ? args[i + 1] : null;
            }
            if (a.startsWith(option + "=")) {
                String v = a.substring(option.length() + 1);
                return v.isBlank() ? null : v;
            }
        }
        return null;
    }
}
