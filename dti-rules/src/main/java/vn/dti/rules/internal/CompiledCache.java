package vn.dti.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private static final String FORMAT = "dti-compiled-4";
    /** The classes rule code compiles against: a change to any of them makes every entry stale. */
    private static final List<Class<?>> RULE_API = List.of(vn.dti.rules.ScoreSheet.class, vn.dti.rules.ComponentValue.class,
            vn.dti.api.FindingCode.class, vn.dti.api.ReportStatus.class, vn.dti.api.ValueKind.class);
    /** Resources that change with the Drools version, also inside a shaded jar. */
    private static final List<String> DROOLS_VERSION_RESOURCES = List.of("META-INF/maven/org.drools/drools-core/pom.properties",
            "org/drools/base/common/DroolsObjectInputStream.class", "org/drools/base/definitions/impl/KnowledgePackageImpl.class",
            "org/drools/core/impl/KnowledgeBaseImpl.class");
    /** The most compiled methodologies kept: one per folder version an officer tried recently. */
    static final int MAX_ENTRIES = 32;
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
        Path tmp = null;
        try {
            Files.createDirectories(dir);
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
            tmp = Files.createTempFile(dir, ".kpkg-", ".tmp");
            try (var out = Files.newOutputStream(tmp)) {
                out.write(header);
                out.write(payload);
            }
            Path target = dir.resolve(key + ".kpkg");
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune(dir);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot write the compiled cache in {}: {}", dir, e.toString());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover .kpkg-*.tmp is harmless
                }
            }
        }
    }

    /** Keeps the {@link #MAX_ENTRIES} most recently written or read entries (and no leftover temporary file older than a day). */
    static void prune(Path dir) {
        try (var list = Files.list(dir)) {
            List<Path> entries = new ArrayList<>();
            long dayAgo = System.currentTimeMillis() - 24L * 3600 * 1000;
            for (Path p : (Iterable<Path>) list::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".kpkg")) {
                    entries.add(p);
                } else if (name.startsWith(".kpkg-") && name.endsWith(".tmp") && Files.getLastModifiedTime(p).toMillis() < dayAgo) {
                    Files.deleteIfExists(p);
                }
            }
            if (entries.size() <= MAX_ENTRIES) {
                return;
            }
            Map<Path, Long> modified = new java.util.HashMap<>();
            for (Path p : entries) {
                modified.put(p, Files.getLastModifiedTime(p).toMillis());
            }
            entries.sort(java.util.Comparator.comparing((Path p) -> modified.get(p)).reversed());
            for (Path old : entries.subList(MAX_ENTRIES, entries.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot prune the compiled cache in {}: {}", dir, e.toString());
        }
    }

    /** The entry's name: the folder's version with the hash of everything else compiled rules depend on. */
    static String key(String version, List<Class<?>> checks) {
        return version + "-" + API_HASH.computeIfAbsent(checks, CompiledCache::apiHash);
    }

    private static String apiHash(List<Class<?>> checks) {
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
            List<Class<?>> classes = new ArrayList<>(RULE_API);
            classes.addAll(checks);
            classes.addAll(List.of(vn.dti.scoring.ScoringPattern.class.getPermittedSubclasses()));
            for (Class<?> c : classes) {
                String name = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
                try (InputStream in = c.getResourceAsStream(name)) {
                    md.update(name.getBytes(StandardCharsets.UTF_8));
                    md.update(in == null ? new byte[0] : in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException | IOException e) {
            return "nohash";
        }
    }

    static boolean enabled() {
        return dir() != null;
    }
}
