package vn.dti.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A methodology folder sent as a zip: untrusted. It is read entry by entry with limits (the zip's
 * size, the number of entries, each entry's and the whole expanded size, each entry's
 * compression ratio) counted on the bytes as they come out, never on what the zip claims; an
 * absolute path, a {@code ..}, a symbolic link, an encrypted or a duplicate entry refuses the whole
 * zip. Nothing is written until every entry has been read. The files are then loaded from a fresh
 * folder of the service's own ({@link #unpack}), readable by the service's user only, deleted
 * afterwards.
 */
final class FolderUpload {
    /** The largest zip accepted. */
    static final long MAX_ZIP_BYTES = 20L * 1024 * 1024;
    /** The most entries (files and folders). */
    static final int MAX_ENTRIES = 1_000;
    /** The largest file in it (a methodology file may have 10 MB). */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** All files together, expanded. */
    static final long MAX_EXPANDED_BYTES = 50L * 1024 * 1024;
    /** The most an entry may expand, once past {@link #RATIO_FLOOR}: a zip bomb expands thousands of times. */
    static final long MAX_RATIO = 100;
    static final long RATIO_FLOOR = 1024L * 1024;

    private FolderUpload() {
    }

    /**
     * The files of a zipped methodology folder, by their path in the folder ('/'-separated). A zip
     * made of a folder (every entry under one top folder) is read from inside that folder.
     *
     * @param name the upload's name, for messages
     * @throws Problem 413 or 422 naming the limit or the entry
     */
    static SortedMap<String, byte[]> read(byte[] zip, String name) {
        if (zip.length > MAX_ZIP_BYTES) {
            throw Problem.tooLarge(Text.tooLarge(name, zip.length, MAX_ZIP_BYTES));
        }
        List<String> problems = new ArrayList<>();
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (ZipFile z = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(z.getEntries());
            if (entries.size() > MAX_ENTRIES) {
                throw Problem.tooLarge(Text.tooManyEntries(name, entries.size(), MAX_ENTRIES));
            }
            long total = 0;
            for (ZipArchiveEntry e : entries) {
                String entry = e.getName();
                String bad = badName(entry);
                if (bad != null) {
                    problems.add(Text.zipEntry(name, entry, bad));
                    continue;
                }
                if (e.isUnixSymlink()) {
                    problems.add(Text.zipEntry(name, entry, Text.ZIP_SYMLINK));
                    continue;
                }
                if (e.getGeneralPurposeBit().usesEncryption()) {
                    problems.add(Text.zipEntry(name, entry, Text.ZIP_ENCRYPTED));
                    continue;
                }
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes = readEntry(z, e, name, MAX_EXPANDED_BYTES - total);
                total += bytes.length;
                String path = entry.replace('\\', '/');
                if (files.put(path, bytes) != null) {
                    problems.add(Text.zipEntry(name, entry, Text.ZIP_DUPLICATE));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem p) {
                throw p;
            }
            throw Problem.unprocessable("NOT_A_ZIP", List.of(Text.notAZip(name)));
        }
        if (!problems.isEmpty()) {
            throw Problem.unprocessable("BAD_ZIP", problems);
        }
        return fromInsideOneFolder(files);
    }

    /** Why an entry's name is refused, or null: absolute, '..', a drive letter, control characters. */
    static String badName(String entry) {
        String n = entry.replace('\\', '/');
        if (n.isEmpty() || n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return Text.ZIP_ABSOLUTE;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return Text.ZIP_PARENT;
            }
        }
        for (char c : n.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                return Text.ZIP_CONTROL;
            }
        }
        return null;
    }

    private static byte[] readEntry(ZipFile z, ZipArchiveEntry e, String name, long budget) throws IOException {
        long compressed = Math.max(1, e.getCompressedSize());
        try (InputStream in = z.getInputStream(e)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long read = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                read += n;
                if (read > MAX_FILE_BYTES) {
                    throw Problem.tooLarge(Text.zipEntryTooLarge(name, e.getName(), MAX_FILE_BYTES));
                }
                if (read > budget) {
                    throw Problem.tooLarge(Text.zipExpandsTooMuch(name, MAX_EXPANDED_BYTES));
                }
                if (read > RATIO_FLOOR && read / compressed > MAX_RATIO) {
                    throw Problem.tooLarge(Text.zipBomb(name, e.getName(), MAX_RATIO));
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** A zip of a folder ("vn-dti-2026/methodology.json", …) is read from inside it. */
    private static SortedMap<String, byte[]> fromInsideOneFolder(SortedMap<String, byte[]> files) {
        if (files.containsKey("methodology.json") || files.isEmpty()) {
            return files;
        }
        String first = files.firstKey();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String top = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(k -> k.startsWith(top))) {
            return files;
        }
        SortedMap<String, byte[]> inside = new TreeMap<>();
        files.forEach((k, v) -> inside.put(k.substring(top.length()), v));
        return inside;
    }

    /**
     * Writes the files into a new folder under {@code parent} that only the service's user can read,
     * for the library to load; delete it with {@link #delete} when done.
     */
    static Path unpack(Map<String, byte[]> files, Path parent) throws IOException {
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "folder-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("an entry outside the folder: " + f.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
            return dir;
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** Deletes a folder {@link #unpack} made. */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a folder left under the service's temporary folder is removed at its next start
        }
    }

    /** The files as a zip (a methodology version's export): sorted, stored with their paths. */
    static byte[] zip(Map<String, byte[]> files) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(f.getKey());
                e.setTime(0);
                z.putNextEntry(e);
                z.write(f.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing a zip in memory", e);
        }
        return out.toByteArray();
    }
}
