package vn.dti.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import vn.dti.api.DtiException;

/**
 * Writes a command's result to standard output or, all at once, to an {@code --out} file: via a
 * temporary file and an atomic rename, so the file is either complete or untouched. An
 * {@code --out} that is one of the run's inputs (the same file, after resolving links) is
 * refused before anything is written: a result must never replace the evidence it came from.
 */
final class Output {
    private Output() {
    }

    /** Refuses an {@code --out} that names one of the inputs; call before the work starts. */
    static void checkNotAnInput(Path out, Collection<Path> inputs) {
        if (out == null) {
            return;
        }
        for (Path in : inputs) {
            if (in != null && same(out, in)) {
                throw new DtiException("--out " + out + " is one of this run's inputs (" + in + "); writing there would replace it. "
                        + "Give another file name.");
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
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
            tmp = Files.createTempFile(dir, ".dti-", ".tmp");
            Files.write(tmp, bytes);
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
}
