package vn.dti.rules.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a cold start learnt about one jar file, kept in the compiled cache's folder so that the next
 * start does not work it out again (the hash of the classes compiled rules depend on; the names of a
 * bundled methodology's files). A memo belongs to the jar's path, size, modification time (to the
 * nanosecond where the file system keeps it) and file identity, as {@code bin/dti} keys its
 * class-data archive: a rebuilt or replaced jar differs in one of them, so it gets a memo of its
 * own and the fact is worked out again from its bytes. A memo whose first line is not its jar's
 * stamp (damaged, cut short, or a name shared by chance) is ignored. Memos are written only by a run
 * that worked the fact out, like the compiled entries beside them, and pruned with them.
 */
final class JarMemo {
    private static final Logger LOG = LoggerFactory.getLogger(JarMemo.class);
    static final String PREFIX = "jar-";
    static final String SUFFIX = ".memo";
    /** A memo's last line: one without it was cut short. */
    private static final String END = "end";

    private JarMemo() {
    }

    /** The jar file that holds every one of {@code classes}; null when they come from folders, several jars or nowhere known. */
    static Path jarOf(List<Class<?>> classes) {
        Path jar = null;
        for (Class<?> c : classes) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            Path p = source == null ? null : file(source.getLocation());
            if (p == null || (jar != null && !jar.equals(p))) {
                return null;
            }
            jar = p;
        }
        return jar != null && Files.isRegularFile(jar) ? jar : null;
    }

    private static Path file(URL url) {
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The lines kept for {@code what} about {@code jar} in {@code dir}; null when none, or kept for another state of the jar, or unreadable. */
    static List<String> read(Path dir, Path jar, String what) {
        String stamp = stamp(jar, what);
        if (dir == null || stamp == null) {
            return null;
        }
        Path file = dir.resolve(name(stamp));
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            // the stamp, the lines, and an end mark: a memo cut short or written for another jar is not served
            if (lines.size() < 2 || !lines.get(0).equals(stamp) || !lines.get(lines.size() - 1).equals(END)) {
                LOG.debug("Ignoring the memo {}: it is not {}'s as it is now", file, jar);
                return null;
            }
            return List.copyOf(lines.subList(1, lines.size() - 1));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignoring the unreadable memo {}: {}", file, e.toString());
            return null;
        }
    }

    /** Keeps {@code lines} for {@code what} about {@code jar} in {@code dir}; nothing happens when the jar or the folder cannot be read or written. */
    static void write(Path dir, Path jar, String what, List<String> lines) {
        String stamp = stamp(jar, what);
        if (dir == null || stamp == null) {
            return;
        }
        try {
            StringBuilder text = new StringBuilder(stamp).append('\n');
            for (String line : lines) {
                text.append(line).append('\n');
            }
            text.append(END).append('\n');
            WholeFile.write(dir, name(stamp), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot write a memo in {}: {}", dir, e.toString());
        }
    }

    /** What a memo about {@code what} is kept for: the jar's path, size, modification time and file identity; null when the jar cannot be read. */
    static String stamp(Path jar, String what) {
        if (jar == null) {
            return null;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
            // joined rather than concatenated: a cold JVM spins method handles for each new shape of '+' (milliseconds each)
            return String.join(" ", what, jar.toAbsolutePath().toString(), Long.toString(a.size()),
                    Long.toString(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)), String.valueOf(a.fileKey()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String name(String stamp) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(stamp.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 10) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
