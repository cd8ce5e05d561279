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
import java.util.Collection;
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
 * check (compilation and the boundary sweep included) is saved once; loading the same bytes again
 * reads the compiled rules instead of compiling them. An edited folder has another hash, so it is
 * compiled and checked afresh: run-time editing is untouched.
 *
 * <p>Off unless the system property {@code dti.cache.dir} names a folder (the {@code dti} command
 * line sets it to {@code ~/.cache/dti}; {@code DTI_CACHE=off} turns it off). The cache holds
 * compiled rule consequences, that is code: keep it where only its owner can write, like the
 * methodology folders themselves. A cache entry that cannot be read is ignored and replaced.
 */
final class CompiledCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledCache.class);
    static final String PROPERTY = "dti.cache.dir";
    private static final String FORMAT = "dti-compiled-1";
    /** The classes rule code compiles against: a change to any of them makes every entry stale. */
    private static final List<Class<?>> RULE_API = List.of(vn.dti.rules.ScoreSheet.class, vn.dti.rules.ComponentValue.class,
            vn.dti.api.FindingCode.class, vn.dti.api.ReportStatus.class, vn.dti.api.ValueKind.class);
    private static volatile String apiHash;

    /** What a cache entry holds besides the folder's own files. */
    record Entry(Collection<KiePackage> packages, Map<String, String> tableDrl) {
    }

    private CompiledCache() {
    }

    static Path dir() {
        String d = System.getProperty(PROPERTY);
        return d == null || d.isBlank() ? null : Path.of(d).resolve("compiled");
    }

    static Entry read(String version) {
        Path dir = dir();
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(key(version) + ".kpkg");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream ois = new DroolsObjectInputStream(in, CompiledCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) ois.readObject();
            @SuppressWarnings("unchecked")
            Map<String, String> drl = (Map<String, String>) ois.readObject();
            return new Entry(packages, drl);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.debug("Ignoring the unreadable compiled cache entry {}: {}", file, e.toString());
            return null;
        }
    }

    static void write(String version, Collection<KiePackage> packages, Map<String, String> tableDrl) {
        Path dir = dir();
        if (dir == null) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new DroolsObjectOutputStream(buf)) {
                out.writeObject(new ArrayList<>(packages));
                out.writeObject(new LinkedHashMap<>(tableDrl));
            }
            tmp = Files.createTempFile(dir, ".kpkg-", ".tmp");
            Files.write(tmp, buf.toByteArray());
            Path target = dir.resolve(key(version) + ".kpkg");
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
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

    /** The entry's name: the folder's version with the hash of everything else compiled rules depend on. */
    static String key(String version) {
        return version + "-" + apiHash();
    }

    private static String apiHash() {
        String h = apiHash;
        if (h == null) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                md.update(FORMAT.getBytes(StandardCharsets.UTF_8));
                md.update(String.valueOf(org.kie.api.KieServices.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
                md.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
                for (Class<?> c : RULE_API) {
                    try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                        md.update(in == null ? new byte[0] : in.readAllBytes());
                    }
                }
                h = HexFormat.of().formatHex(md.digest()).substring(0, 12);
            } catch (NoSuchAlgorithmException | IOException e) {
                h = "nohash";
            }
            apiHash = h;
        }
        return h;
    }

    static boolean enabled() {
        return dir() != null;
    }
}
