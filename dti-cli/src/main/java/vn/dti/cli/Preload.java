package vn.dti.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.dti.rules.Methodologies;

/**
 * Starts loading the bundled methodology a command names ({@code --methodology <id>}) on a thread
 * of its own, while the main thread builds the command line, parses it and reads the evidence: in a
 * cold {@code dti score} the two took about the same time one after the other. The command then
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
        return t;
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
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (a.equals("--methodology")) {
                return i + 1 < args.length && !args[i + 1].isBlank() ? args[i + 1] : null;
            }
            if (a.startsWith("--methodology=")) {
                String v = a.substring("--methodology=".length());
                return v.isBlank() ? null : v;
            }
        }
        return null;
    }
}
