package vn.dti.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.text.Message;

/**
 * The files of one methodology folder, read into memory: relative path → bytes, in path order.
 * Hidden files, lock files and backups are skipped ({@link #ignored}); files larger than
 * {@link #MAX_FILE_BYTES} are refused (a methodology folder holds text and small spreadsheets).
 */
public record MethodologyFiles(String root, SortedMap<String, byte[]> files, boolean trusted) {
    public static final String CATALOGUE = "methodology.json";
    static final String CLASSPATH_ROOT = "methodologies";
    /** The largest file a methodology folder may hold. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** The most files a methodology folder may hold. */
    static final int MAX_FILES = 1_000;

    /** Files in safe mode: their rules' code is checked before anything is compiled ({@link CodeCheck}). */
    public MethodologyFiles(String root, SortedMap<String, byte[]> files) {
        this(root, files, false);
    }

    /** Reads every regular file under a directory (sub-folders such as tests/ included). */
    public static MethodologyFiles fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidMethodologyException(Message.of("rules.files.notADirectory", dir, CATALOGUE));
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.isRegularFile(dir.resolve(CATALOGUE))) {
            // not a methodology folder: say so (RuleBase) without reading what may be a whole home directory
            return new MethodologyFiles(dir.toString(), files);
        }
        // a folder reached through a symbolic link (or holding one) is read as the folder it points to
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    if (!ignored(rel)) {
                        if (Files.size(p) > MAX_FILE_BYTES) {
                            throw new InvalidMethodologyException(Message.of("rules.files.tooLarge", dir.resolve(rel), Long.toString(Files.size(p)),
                                    Long.toString(MAX_FILE_BYTES / (1024 * 1024))));
                        }
                        if (files.size() >= MAX_FILES) {
                            throw new InvalidMethodologyException(Message.of("rules.files.tooMany", dir, Integer.toString(MAX_FILES)));
                        }
                        files.put(rel, Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof java.nio.file.FileSystemLoopException loop) {
                throw new InvalidMethodologyException(Message.of("rules.files.linkLoop", dir, loop.getFile()), e);
            }
            throw new InvalidMethodologyException(Message.of("rules.files.cannotRead", dir, cause), e);
        }
        return new MethodologyFiles(dir.toString(), files);
    }

    /**
     * Files a methodology folder may hold that are not part of it: hidden files and folders (a
     * name starting with a dot, also LibreOffice's {@code .~lock.*#}), Excel's lock files
     * ({@code ~$scoring.xlsx}) and editors' backups ({@code scoring.csv~}).
     */
    static boolean ignored(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("~$") || part.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    /** Reads a bundled folder {@code methodologies/<id>/} from the classpath (a directory or a jar). */
    public static MethodologyFiles fromClasspath(String id) {
        URL url = MethodologyFiles.class.getClassLoader().getResource(CLASSPATH_ROOT + "/" + id + "/" + CATALOGUE);
        if (url == null) {
            throw new InvalidMethodologyException(Message.of("rules.files.noBundled", id, bundledIds().toString()));
        }
        String folder = CLASSPATH_ROOT + "/" + id;
        try {
            if ("jar".equals(url.getProtocol())) {
                return new MethodologyFiles("classpath:" + folder, fromJar(url, folder + "/"));
            }
            MethodologyFiles read = fromDirectory(Path.of(url.toURI()).getParent());
            return new MethodologyFiles("classpath:" + folder, read.files());
        } catch (URISyntaxException | IOException e) {
            throw new InvalidMethodologyException(Message.of("rules.files.bundledUnreadable", folder, e.getMessage()), e);
        }
    }

    /**
     * The files under {@code prefix} in the jar that holds {@code url}, read through the class path's
     * own open jar file. Finding them means looking at every entry of the jar (26,586 in the shaded
     * {@code dti.jar}: 15-21 ms of a cold start), so their names are kept in the compiled cache's
     * folder for this jar as it is now ({@link JarMemo}) and read by name on the next start; a memo
     * naming a file the jar does not hold is not trusted, and the jar is looked through again.
     */
    static SortedMap<String, byte[]> fromJar(URL url, String prefix) throws IOException {
        JarURLConnection c = (JarURLConnection) url.openConnection();
        c.setUseCaches(true);
        JarFile jar = c.getJarFile();
        Path dir = CompiledCache.dir();
        Path jarPath = dir == null ? null : Path.of(jar.getName());
        String what = "files " + prefix;
        List<String> names = JarMemo.read(dir, jarPath, what);
        if (names != null && names.contains(CATALOGUE)) {
            SortedMap<String, byte[]> files = byName(jar, prefix, names);
            if (files != null) {
                return files;
            }
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
            String name = e.getName();
            if (!e.isDirectory() && name.startsWith(prefix)) {
                String rel = name.substring(prefix.length());
                if (!ignored(rel)) {
                    files.put(rel, read(jar, e));
                }
            }
        }
        if (dir != null) {
            JarMemo.write(dir, jarPath, what, List.copyOf(files.keySet()));
        }
        return files;
    }

    /** The files {@code names} under {@code prefix} in {@code jar}; null when one of them is not there (the names are not this jar's). */
    static SortedMap<String, byte[]> byName(JarFile jar, String prefix, List<String> names) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String rel : names) {
            JarEntry e = rel.isEmpty() || ignored(rel) ? null : jar.getJarEntry(prefix + rel);
            if (e == null || e.isDirectory()) {
                return null;
            }
            files.put(rel, read(jar, e));
        }
        return files;
    }

    private static byte[] read(JarFile jar, JarEntry e) throws IOException {
        try (InputStream in = jar.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    /** The ids of the bundled methodologies, sorted. */
    public static List<String> bundledIds() {
        URL url = MethodologyFiles.class.getClassLoader().getResource(CLASSPATH_ROOT + "/bundled.txt");
        if (url == null) {
            return List.of();
        }
        try (var in = url.openStream()) {
            List<String> ids = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
            ids.sort(null);
            return ids;
        } catch (IOException e) {
            throw new InvalidMethodologyException(Message.of("rules.files.listUnreadable", e.getMessage()), e);
        }
    }

    /** The folder's version: the first 16 hex digits of its {@link #digest()}. */
    public String version() {
        return digest().substring(0, 16);
    }

    /**
     * The last digest worked out, with the files it is of: loading a folder asks for it twice in a
     * row (the compiled cache's key, then the rule base's version), which cost a cold start a second
     * SHA-256 of the whole folder. Keyed by the files' identity: their bytes are never changed.
     */
    private static volatile Object[] lastDigest;

    /** SHA-256 over the folder's files' paths and contents, in hex (64 digits). */
    public String digest() {
        Object[] last = lastDigest;
        if (last != null && last[0] == files) {
            return (String) last[1];
        }
        String digest = computeDigest();
        lastDigest = new Object[] {files, digest};
        return digest;
    }

    private String computeDigest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same files, named {@code root} in messages (an upload's name rather than the folder it was unpacked in). */
    public MethodologyFiles named(String root) {
        return new MethodologyFiles(root, files, trusted);
    }

    /**
     * The same files, trusted or not: a trusted folder's rules may run any code (its code is not
     * checked, {@link CodeCheck}); the watchdog still stops a rule that runs too long.
     */
    public MethodologyFiles trusted(boolean trust) {
        return new MethodologyFiles(root, files, trust);
    }

    /** "root/file" for messages. */
    public String display(String relative) {
        return root + "/" + relative;
    }

    /** The top-level rule files ({@code *.drl}), sorted. */
    public List<String> ruleFiles() {
        return topLevel(".drl");
    }

    /** The top-level decision tables ({@code *.csv}, {@code *.xlsx}), sorted. */
    public List<String> tableFiles() {
        List<String> tables = new ArrayList<>(topLevel(".csv"));
        tables.addAll(topLevel(".xlsx"));
        tables.sort(null);
        return tables;
    }

    private List<String> topLevel(String suffix) {
        List<String> out = new ArrayList<>();
        for (String f : files.keySet()) {
            if (f.toLowerCase(java.util.Locale.ROOT).endsWith(suffix) && !f.contains("/")) {
                out.add(f);
            }
        }
        return out;
    }

    /** The bytes of a file, or null. */
    public byte[] bytes(String relative) {
        return files.get(relative);
    }
}
