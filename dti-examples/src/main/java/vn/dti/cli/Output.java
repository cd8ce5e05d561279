package vn.dti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.dti.api.DtiException;

/** Writes a command's result to standard output or, all at once, to an --out file. */
final class Output {
    private Output() {
    }

    /**
     * Writes {@code text} to {@code out} (a path) via a temporary file and an atomic rename, so the
     * file is either complete or untouched; or prints it when {@code out} is null.
     */
    static void write(String text, String out, PrintStream stdout) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        Path target = Path.of(out).toAbsolutePath();
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
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
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
