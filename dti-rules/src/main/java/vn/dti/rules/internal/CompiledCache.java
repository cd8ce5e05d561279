package vn.dti.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled methodologies kept on disk, keyed by content: the hash of the folder's files, of the
 * classes rules compile against and of the Drools version. A folder that passed every load-time
 * check (compilation and the boundary sweep included) is saved once, with what reading and checking
 * its files found ({@link CheckedFolder}: the catalogue, calendar, agencies, scoring rules); loading
 * the same bytes again takes both from the entry instead of reading, checking and compiling the
 * files again (the compiled packages scoring does not need, a decision table whose rows are
 * applied as data, are read from the entry only when first asked for: {@link RulePackages}) (an entry is served only to a folder whose SHA-256 is the one it was written for). An
 * edited folder has another hash, so it is read, compiled and checked afresh: run-time editing is
 * untouched.
 *
 * <p>Off unless the system property {@code dti.cache.dir} names a folder (the {@code dti} command
 * line sets it to {@code ~/.cache/dti}; {@code DTI_CACHE=off} turns it off). The cache holds
 * compiled rule consequences, that is code: keep it where only its owner can write, like the
 * methodology folders themselves. An entry starts with a header (format, key, SHA-256 of the rest)
 * checked before anything is deserialized: an entry that does not match, cannot be read, or comes
 * from another build of the checks or of Drools is ignored and replaced. The 32 most recent
 * entries are kept.
 */
final class CompiledCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledCache.class);
    static final String PROPERTY = "dti.cache.dir";
    private static final String FORMAT = "dti-compiled-5";
    /** The classes rule code compiles against: a change to any of them makes every entry stale. */
    private static final List<Class<?>> RULE_API = List.of(vn.dti.rules.ScoreSheet.class, vn.dti.rules.ComponentValue.class,
            vn.dti.api.FindingCode.class, vn.dti.api.ReportStatus.class, vn.dti.api.ValueKind.class);
    /** Resources that change with the Drools version, also inside a shaded jar. */
    private static final List<String> DROOLS_VERSION_RESOURCES = List.of("META-INF/maven/org.drools/drools-core/pom.properties",
            "org/drools/base/common/DroolsObjectInputStream.class", "org/drools/base/definitions/impl/KnowledgePackageImpl.class",
            "org/drools/core/impl/KnowledgeBaseImpl.class");
    /** The most compiled methodologies kept: one per folder version an officer tried recently. */
    static final int MAX_ENTRIES = 32;
    private static final String NO_HASH = "nohash";
    /** The hash of the classes rules compile against and of the checks, by the list of checks (one list in practice). */
    private static final java.util.concurrent.ConcurrentHashMap<List<Class<?>>, String> API_HASH = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What a cache entry holds: the compiled rules (those scoring needs read, the others read from
     * the entry's bytes when first asked for: {@link RulePackages}), the DRL of the decision tables,
     * and what reading and checking the folder found.
     */
    record Entry(RulePackages packages, Map<String, String> tableDrl, CheckedFolder checked) {
    }

    private CompiledCache() {
    }

    static Path dir() {
        String d = System.getProperty(PROPERTY);
        return d == null || d.isBlank() ? null : Path.of(d).resolve("compiled");
    }

    /** The compiled folder saved for this version by a build with these checks ({@code checks}: the classes that check a folder); null when none. */
    static Entry read(String version, List<Class<?>> checks) {
        Path dir = dir();
        if (dir == null) {
            return null;
        }
        String key = key(version, checks);
        Path file = dir.resolve(key + ".kpkg");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int newline = indexOf(bytes, (byte) '\n');
            String[] header = newline < 0 ? new String[0] : new String(bytes, 0, newline, StandardCharsets.UTF_8).split(" ");
            if (header.length != 3 || !header[0].equals(FORMAT) || !header[1].equals(key)) {
                LOG.debug("Ignoring the compiled cache entry {}: its header is not this version's", file);
                return null;
            }
            byte[] payload = java.util.Arrays.copyOfRange(bytes, newline + 1, bytes.length);
            if (!sha256(payload).equals(header[2])) {
                LOG.debug("Ignoring the compiled cache entry {}: its content does not match its hash (truncated or altered)", file);
                return null;
            }
            try (ObjectInputStream ois = packageInput(payload)) {
                @SuppressWarnings("unchecked")
                List<KiePackage> atHand = (List<KiePackage>) ois.readObject();
                @SuppressWarnings("unchecked")
                Map<String, List<String>> ruleNames = (Map<String, List<String>>) ois.readObject();
                @SuppressWarnings("unchecked")
                Map<String, String> drl = (Map<String, String>) ois.readObject();
                CheckedFolder checked = CheckedFolder.fromBytes((byte[]) ois.readObject());
                // the packages scoring does not need: their bytes, checked with the rest above, read when first asked for
                byte[] rest = (byte[]) ois.readObject();
                touch(file);
                return new Entry(RulePackages.deferred(atHand, ruleNames, () -> packages(rest, file)), drl, checked);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.debug("Ignoring the unreadable compiled cache entry {}: {}", file, e.toString());
            return null;
        }
    }

    private static ObjectInputStream packageInput(byte[] bytes) throws IOException {
        return new DroolsObjectInputStream(new java.io.ByteArrayInputStream(bytes), CompiledCache.class.getClassLoader());
    }

    /** The packages an entry keeps apart ({@code bytes}, already checked against the entry's hash). */
    private static List<KiePackage> packages(byte[] bytes, Path file) {
        try (ObjectInputStream in = packageInput(bytes)) {
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) in.readObject();
            return packages;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // its bytes matched the hash and the rest of the entry was read by this build: a bug, not a damaged file
            throw new IllegalStateException("cannot read the compiled packages kept apart in " + file + ": " + e, e);
        }
    }

    /** A used entry counts as recent: pruning keeps the entries written or read most recently. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot mark {} as used: {}", file, e.toString());
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < Math.min(bytes.length, 512); i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves a compiled folder that passed every check. */
    static void write(String version, List<Class<?>> checks, RulePackages packages, Map<String, String> tableDrl, CheckedFolder checked) {
        Path dir = dir();
        if (dir == null) {
            return;
        }
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new DroolsObjectOutputStream(rest)) {
                out.writeObject(new ArrayList<>(packages.notAtHand()));
            }
            Map<String, ArrayList<String>> ruleNames = new LinkedHashMap<>();
            packages.ruleNames().forEach((p, rules) -> ruleNames.put(p, new ArrayList<>(rules)));
            try (ObjectOutputStream out = new DroolsObjectOutputStream(buf)) {
                out.writeObject(new ArrayList<>(packages.atHand()));
                out.writeObject(ruleNames);
                out.writeObject(new LinkedHashMap<>(tableDrl));
                out.writeObject(checked.toBytes());
                out.writeObject(rest.toByteArray());
            }
            byte[] payload = buf.toByteArray();
            String key = key(version, checks);
            byte[] header = (FORMAT + " " + key + " " + sha256(payload) + "\n").getBytes(StandardCharsets.UTF_8);
            WholeFile.write(dir, key + ".kpkg", header, payload);
            prune(dir);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot write the compiled cache in {}: {}", dir, e.toString());
        }
    }

    /** Keeps the {@link #MAX_ENTRIES} most recently written or read entries (and no leftover temporary file older than a day). */
    static void prune(Path dir) {
        try (var list = Files.list(dir)) {
            List<Path> entries = new ArrayList<>();
            List<Path> memos = new ArrayList<>();
            long dayAgo = System.currentTimeMillis() - 24L * 3600 * 1000;
            for (Path p : (Iterable<Path>) list::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".kpkg")) {
                    entries.add(p);
                } else if (name.startsWith(JarMemo.PREFIX) && name.endsWith(JarMemo.SUFFIX)) {
                    memos.add(p);
                } else if (name.startsWith(".kpkg-") && name.endsWith(".tmp") && Files.getLastModifiedTime(p).toMillis() < dayAgo) {
                    Files.deleteIfExists(p);
                }
            }
            keepRecent(entries);
            keepRecent(memos);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot prune the compiled cache in {}: {}", dir, e.toString());
        }
    }

    /** Deletes all but the {@link #MAX_ENTRIES} most recently modified of {@code files}. */
    private static void keepRecent(List<Path> files) throws IOException {
        if (files.size() <= MAX_ENTRIES) {
            return;
        }
        Map<Path, Long> modified = new java.util.HashMap<>();
        for (Path p : files) {
            modified.put(p, Files.getLastModifiedTime(p).toMillis());
        }
        files.sort(java.util.Comparator.comparing((Path p) -> modified.get(p)).reversed());
        for (Path old : files.subList(MAX_ENTRIES, files.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** The entry's name: the folder's version with the hash of everything else compiled rules depend on. */
    static String key(String version, List<Class<?>> checks) {
        return version + "-" + API_HASH.computeIfAbsent(checks, c -> apiHash(c, dir(), JarMemo.jarOf(hashedClasses(c))));
    }

    /**
     * The hash of the classes compiled rules depend on, as {@link #apiHash(List)} computes it from
     * their bytes; when they all come from one jar ({@code jar}, not null), kept in {@code dir} for
     * that jar as it is now ({@link JarMemo}: its path, size, modification time and identity), so
     * that a cold start reads one small file instead of 33 classes (about 30 ms of CPU). A rebuilt
     * or replaced jar has another memo, and its hash is computed from its bytes again.
     */
    static String apiHash(List<Class<?>> checks, Path dir, Path jar) {
        if (jar == null || dir == null) {
            return apiHash(checks);
        }
        String what = String.join(" ", "api-hash", FORMAT, Runtime.version().toString(), checks.stream().map(Class::getName).toList().toString());
        List<String> kept = JarMemo.read(dir, jar, what);
        if (kept != null && kept.size() == 1 && isHash(kept.get(0))) {
            return kept.get(0);
        }
        String hash = apiHash(checks);
        if (!hash.equals(NO_HASH)) {
            JarMemo.write(dir, jar, what, List.of(hash));
        }
        return hash;
    }

    /** Twelve lower-case hexadecimal digits, as {@link #apiHash(List)} writes them. */
    private static boolean isHash(String s) {
        if (s.length() != 12) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Every class whose bytes {@link #apiHash(List)} reads, and the Drools classes that stand for its resources. */
    private static List<Class<?>> hashedClasses(List<Class<?>> checks) {
        List<Class<?>> classes = ruleClasses(checks);
        classes.addAll(List.of(org.kie.api.KieServices.class, DroolsObjectInputStream.class, org.drools.base.definitions.impl.KnowledgePackageImpl.class,
                org.drools.core.impl.KnowledgeBaseImpl.class));
        return classes;
    }

    /** The classes rule code compiles against, the checks and the scoring patterns: a change to any of them makes every entry stale. */
    private static List<Class<?>> ruleClasses(List<Class<?>> checks) {
        List<Class<?>> classes = new ArrayList<>(RULE_API);
        classes.addAll(checks);
        classes.addAll(List.of(vn.dti.scoring.ScoringPattern.class.getPermittedSubclasses()));
        return classes;
    }

    static String apiHash(List<Class<?>> checks) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            md.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
            // the Drools version: its manifest's when it has one (not in a shaded jar), and in any case the bytes of the
            // classes that write and read compiled packages
            md.update(String.valueOf(org.kie.api.KieServices.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            for (String resource : DROOLS_VERSION_RESOURCES) {
                try (InputStream in = CompiledCache.class.getClassLoader().getResourceAsStream(resource)) {
                    md.update(in == null ? new byte[0] : in.readAllBytes());
                }
            }
            for (Class<?> c : ruleClasses(checks)) {
                String name = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
                try (InputStream in = c.getResourceAsStream(name)) {
                    md.update(name.getBytes(StandardCharsets.UTF_8));
                    md.update(in == null ? new byte[0] : in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException | IOException e) {
            return NO_HASH;
        }
    }

    static boolean enabled() {
        return dir() != null;
    }
}
