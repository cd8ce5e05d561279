package vn.dti.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import vn.dti.api.DtiException;
import vn.dti.text.Message;
import vn.dti.text.ShownText;

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
        if (out == null || isStandardOutput(out)) {
            return;
        }
        Path real = real(out);
        for (Path in : inputs) {
            if (in != null && Files.isDirectory(in) && real.startsWith(real(in))) {
                String folder = in + (real(in).equals(in.toAbsolutePath().normalize()) ? "" : " (" + real(in) + ")");
                throw new DtiException(Message.of(Files.isRegularFile(in.resolve("methodology.json")) ? "cli.out.insideMethodologyFolder" : "cli.out.insideFolder",
                        out.toString(), folder, elsewhere(out, in, inputs)));
            }
        }
        for (Path in : inputs) {
            if (in != null && !Files.isDirectory(in) && same(out, in)) {
                throw new DtiException(Message.of("cli.out.isAnInput", out.toString(), in.toString()));
            }
        }
    }

    /** "Write it outside the folder, e.g. --out x": the same name beside the folder, unless that too is an input. */
    private static Message elsewhere(Path out, Path folder, Collection<Path> inputs) {
        Path parent = folder.getParent();
        Path beside = parent == null ? out.getFileName() : parent.resolve(out.getFileName());
        for (Path in : inputs) {
            if (in != null && (Files.isDirectory(in) ? real(beside).startsWith(real(in)) : same(beside, in))) {
                return Message.of("cli.out.writeOutside");
            }
        }
        return Message.of("cli.out.writeOutsideEg", beside.toString());
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

    /** True for {@code --out -}: standard output, as for no {@code --out}. */
    static boolean isStandardOutput(Path out) {
        return out != null && out.toString().equals("-");
    }

    /** Writes text to {@code out}, or prints it when {@code out} is null or {@code -}. */
    static void write(String text, Path out, PrintWriter stdout) {
        if (out == null || isStandardOutput(out)) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        write(ShownText.cleanDocument(text).getBytes(StandardCharsets.UTF_8), out, stdout);
    }

    /**
     * Writes bytes (a workbook, a page) to {@code out}: {@code -} is standard output (the bytes as
     * they are); a regular file, new or existing, is written atomically; a character device, a pipe
     * (FIFO) or a descriptor ({@code /dev/stdout}, {@code /proc/self/fd/1}) is written into
     * directly, never replaced; a symbolic link is followed to its target, which is written, the
     * link kept. A block device (a disk), a socket and a folder are refused.
     */
    static void write(byte[] bytes, Path out, PrintWriter stdout) {
        if (isStandardOutput(out)) {
            stdout.flush();
            if (!(stdout instanceof StandardOutput raw)) {
                throw new IllegalStateException("standard output takes no bytes here");
            }
            raw.stream.write(bytes, 0, bytes.length);
            raw.stream.flush();
            if (raw.stream.checkError()) {
                throw new DtiException(Message.of("cli.out.standardOutputClosed"));
            }
            return;
        }
        Target target = target(out);
        if (target.direct()) {
            writeInto(bytes, out, target.path());
        } else {
            replace(bytes, out, target.path());
        }
    }

    /**
     * A writer for the terminal (standard output and error) that takes out what would change how a
     * line is shown without being seen ({@link ShownText}): a U+202E in an entity's name, printed in
     * a table or an error message, would reverse the rest of the line.
     */
    static class ShownWriter extends PrintWriter {
        ShownWriter(PrintStream stream) {
            super(stream, true, StandardCharsets.UTF_8);
        }

        @Override
        public void write(String s, int off, int len) {
            String shown = ShownText.cleanDocument(s.substring(off, off + len));
            super.write(shown, 0, shown.length());
        }

        @Override
        public void write(char[] buf, int off, int len) {
            write(new String(buf, off, len), 0, len);
        }
    }

    /** The writer standard output is given to commands: its bytes can be reached for {@code --out -} with a workbook. */
    static final class StandardOutput extends ShownWriter {
        final PrintStream stream;

        StandardOutput(PrintStream stream) {
            super(stream);
            this.stream = stream;
        }
    }

    /** Where the bytes go: a path to replace atomically, or one to write into as it is (a device, a pipe, a descriptor). */
    private record Target(Path path, boolean direct) {
    }

    /** The links of {@code out} followed, and how to write what they lead to. */
    private static Target target(Path out) {
        Path p = out.toAbsolutePath().normalize();
        for (int links = 0; ; links++) {
            if (p.startsWith("/proc") || p.startsWith("/dev/fd")) {
                return new Target(out.toAbsolutePath(), true);   // a descriptor: written into, as the shell's "> /dev/stdout" does
            }
            if (!Files.isSymbolicLink(p)) {
                break;
            }
            if (links >= 40) {
                throw new DtiException(Message.of("cli.out.tooManyLinks", out.toString()));
            }
            try {
                Path link = Files.readSymbolicLink(p);
                p = (p.getParent() == null ? link : p.getParent().resolve(link)).normalize();
            } catch (IOException e) {
                throw new DtiException(Message.of("cli.out.cannotFollowLink", out.toString(), reason(e)));
            }
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new Target(p, false);   // a new file (where a dangling link points, for a link)
        } catch (IOException e) {
            checkFolder(out, p.getParent());
            throw new DtiException(Message.of("cli.out.cannotWrite", out.toString(), reason(e)));
        }
        if (attrs.isDirectory()) {
            throw new DtiException(Message.of("cli.out.isFolder", out.toString()));
        }
        if (attrs.isRegularFile()) {
            try {
                return new Target(p.toRealPath(), false);
            } catch (IOException e) {
                return new Target(p, false);
            }
        }
        Message kind = special(p);
        if (kind != null) {
            throw new DtiException(Message.of("cli.out.notWritable", out + (p.equals(out.toAbsolutePath().normalize()) ? "" : " (" + p + ")"), kind));
        }
        return new Target(p, true);
    }

    /** "a block device (a disk)" or "a socket" for what --out must not write into; null for a character device or a pipe. */
    private static Message special(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            int type = mode & 0170000;
            if (type == 0060000) {
                return Message.of("cli.out.blockDevice");
            }
            if (type == 0140000) {
                return Message.of("cli.out.socket");
            }
            return null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null;   // no unix view: a device or pipe of another system, written into
        }
    }

    /** Refuses an --out whose folder does not exist, or is a file ("--out kh.json/card.json"). */
    private static void checkFolder(Path out, Path dir) {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        throw new DtiException(existing != null && !Files.isDirectory(existing) ? Message.of("cli.out.fileNotFolder", out.toString(), existing.toString())
                : Message.of("cli.out.noFolder", out.toString(), dir.toString()));
    }

    /** Writes into a device, a pipe or a descriptor as it is: no temporary file, nothing renamed over it. */
    private static void writeInto(byte[] bytes, Path out, Path path) {
        try (OutputStream o = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            o.write(bytes);
        } catch (IOException e) {
            throw new DtiException(Message.of("cli.out.cannotWrite", out.toString(), reason(e)), e);
        }
    }

    /** Writes a regular file atomically: a temporary file beside it, then renamed onto it. */
    private static void replace(byte[] bytes, Path out, Path target) {
        Path tmp = null;
        try {
            Path dir = target.getParent();
            checkFolder(out, dir);
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
            throw new DtiException(Message.of("cli.out.cannotWrite", out.toString(), reason(e)), e);
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

    /** An I/O error in words: the system's reason, without Java's class names. */
    private static Message reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Message.of("cli.out.permissionDenied");
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return Message.text(f.getReason());   // the system's own words (No space left on device)
        }
        return e.getMessage() == null ? Message.of("cli.out.ioError") : Message.text(e.getMessage());
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
