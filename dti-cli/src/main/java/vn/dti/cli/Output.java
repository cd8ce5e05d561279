package vn.dti.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import vn.dti.api.DtiException;

/**
 * Writes a command's result to standard output or, all at once, to an {@code --out} file: via a
 * temporary file beside it and an atomic rename, so the file is either complete or untouched. A
 * new file gets the permissions any new file gets (the umask applies); a replaced file keeps its
 * own. An {@code --out} that is one of the run's inputs (the same file, after resolving links:
 * a symbolic or a hard link to it too), or that lies inside a folder the run reads whole (a
 * methodology folder), is refused before anything is written: a result must never replace the
 * evidence it came from, nor land where the next run would read it as part of a methodology.
 */
final class Output {
    private Output() {
    }

    /**
     * Refuses an {@code --out} that names one of the inputs, or lies inside an input that is a
     * folder (as {@link Inputs#methodologyFiles} gives a methodology folder); call before the work
     * starts.
     */
    static void checkNotAnInput(Path out, Collection<Path> inputs) {
        if (out == null) {
            return;
        }
        Path real = real(out);
        for (Path in : inputs) {
            if (in != null && Files.isDirectory(in) && real.startsWith(real(in))) {
                throw new DtiException("--out " + out + " is inside the " + (Files.isRegularFile(in.resolve("methodology.json")) ? "methodology " : "")
                        + "folder " + in + (real(in).equals(in.toAbsolutePath().normalize()) ? "" : " (" + real(in) + ")") + ", one of this run's inputs: every file in it is read when the folder loads, so a file written there "
                        + "would replace one of its files or break its next load. " + elsewhere(out, in, inputs));
            }
        }
        for (Path in : inputs) {
            if (in != null && !Files.isDirectory(in) && same(out, in)) {
                throw new DtiException("--out " + out + " is one of this run's inputs (" + in + "); writing there would replace it. "
                        + "Give another file name.");
            }
        }
    }

    /** "Write it outside the folder, e.g. --out x": the same name beside the folder, unless that too is an input. */
    private static String elsewhere(Path out, Path folder, Collection<Path> inputs) {
        Path parent = folder.getParent();
        Path beside = parent == null ? out.getFileName() : parent.resolve(out.getFileName());
        for (Path in : inputs) {
            if (in != null && (Files.isDirectory(in) ? real(beside).startsWith(real(in)) : same(beside, in))) {
                return "Write it outside the folder.";
            }
        }
        return "Write it outside the folder, e.g. --out " + beside + ".";
    }

    /** The path with every link in its existing part resolved (the part that does not exist yet appended as written). */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // compared by their paths below
        }
        return real(a).equals(real(b));
    }

    /** Writes text to {@code out}, or prints it when {@code out} is null. */
    static void write(String text, Path out, PrintWriter stdout) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        write(text.getBytes(StandardCharsets.UTF_8), out);
    }

    /** Writes bytes to {@code out} atomically. */
    static void write(byte[] bytes, Path out) {
        Path target = out.toAbsolutePath();
        Path tmp = null;
        try {
            Path dir = target.getParent();
            if (!Files.isDirectory(dir)) {
                throw new DtiException("--out " + out + ": the folder " + dir + " does not exist.");
            }
            if (Files.isDirectory(target)) {
                throw new DtiException("--out " + out + " is a folder; give a file name.");
            }
            tmp = newTemporaryFile(dir);
            try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                o.write(bytes);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new DtiException("--out " + out + ": cannot write (" + e.getMessage() + ").", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is named .dti-*.tmp
                }
            }
        }
    }

    /**
     * A new empty file in {@code dir}, created as any new file is (0666 less the umask on POSIX),
     * not owner-only as {@link Files#createTempFile} makes it: the result is renamed onto the
     * {@code --out} file and keeps these permissions.
     */
    private static Path newTemporaryFile(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(".dti-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** A file being replaced keeps its permissions (a file the user made private stays private). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView now = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (old == null || now == null || !Files.isRegularFile(target)) {
            return;
        }
        Set<PosixFilePermission> permissions = old.readAttributes().permissions();
        now.setPermissions(permissions);
    }
}
