package vn.dti.rules.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file of the compiled cache's folder (an entry, a jar memo) written whole or not at all. */
final class WholeFile {
    private WholeFile() {
    }

    /**
     * Writes {@code parts} to the file {@code name} in {@code dir} whole or not at all: to a temporary
     * file first, then moved over it, so that a reader never sees a file cut short.
     */
    static void write(Path dir, String name, byte[]... parts) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".kpkg-", ".tmp");
        try {
            try (var out = Files.newOutputStream(tmp)) {
                for (byte[] part : parts) {
                    out.write(part);
                }
            }
            Path target = dir.resolve(name);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp); // still there only when writing or moving it failed
            } catch (IOException ignored) {
                // a leftover .kpkg-*.tmp is harmless and pruned after a day
            }
        }
    }
}
