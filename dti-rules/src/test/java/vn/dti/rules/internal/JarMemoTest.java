package vn.dti.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cold start keeps about its jar ({@link JarMemo}): the cache key's hash of the classes and
 * a bundled folder's file names are read back for the same jar, worked out again for a changed jar,
 * and a damaged memo is never served.
 */
class JarMemoTest {
    @TempDir
    Path tmp;

    @AfterEach
    void off() {
        System.clearProperty(CompiledCache.PROPERTY);
    }

    private Path jar(String content) throws IOException {
        Path jar = tmp.resolve("dti.jar");
        Files.writeString(jar, content);
        return jar;
    }

    private List<Path> memos(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(JarMemo.PREFIX)).sorted().toList();
        }
    }

    /** Puts {@code hash} in place of the one the memo keeps, as if it had been worked out from other classes. */
    private static void replaceKept(Path memo, String hash) throws IOException {
        List<String> lines = Files.readAllLines(memo);
        assertEquals(3, lines.size(), "stamp, hash, end: " + lines);
        Files.write(memo, List.of(lines.get(0), hash, lines.get(2)));
    }

    private final List<Class<?>> checks = Loader.checks();
    private final String computed = CompiledCache.apiHash(checks);
    private Path dir;

    @BeforeEach
    void dir() {
        dir = tmp.resolve("compiled");
    }

    /** The one memo the first start with {@code jar} writes, after checking that the hash it keeps is the computed one. */
    private Path firstMemo(Path jar) throws IOException {
        assertEquals(computed, CompiledCache.apiHash(checks, dir, jar));
        List<Path> memos = memos(dir);
        assertEquals(1, memos.size(), "one memo written: " + memos);
        return memos.get(0);
    }

    @Test
    void apiHash_sameJar_readFromItsMemo() throws IOException {
        Path jar = jar("build 1");
        replaceKept(firstMemo(jar), "0123456789ab");
        // the memo is what the next start reads: the classes are not read again
        assertEquals("0123456789ab", CompiledCache.apiHash(checks, dir, jar));
    }

    @Test
    void apiHash_jarRebuilt_computedAgainFromTheClasses() throws IOException {
        Path jar = jar("build 1");
        replaceKept(firstMemo(jar), "0123456789ab");

        // the same size, another modification time: a rebuilt jar
        Files.writeString(jar, "build 2");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2_000));
        assertEquals(computed, CompiledCache.apiHash(checks, dir, jar));
        assertEquals(2, memos(dir).size(), "the rebuilt jar has a memo of its own");
        assertEquals(computed, CompiledCache.apiHash(checks, dir, jar), "and it is read back");

        // another size, the same modification time: also another jar
        FileTime time = Files.getLastModifiedTime(jar);
        Files.writeString(jar, "build 3, longer");
        Files.setLastModifiedTime(jar, time);
        for (Path memo : memos(dir)) {
            replaceKept(memo, "0123456789ab");
        }
        assertEquals(computed, CompiledCache.apiHash(checks, dir, jar));
    }

    @Test
    void apiHash_damagedMemo_computedAgain() throws IOException {
        Path jar = jar("build 1");
        Path memo = firstMemo(jar);
        List<String> lines = Files.readAllLines(memo);

        Files.write(memo, List.of(lines.get(0), "0123456789ab")); // cut short: no end mark
        assertEquals(computed, CompiledCache.apiHash(checks, dir, jar));
        Files.write(memo, List.of(lines.get(0), "not a hash", lines.get(2)));
        assertEquals(computed, CompiledCache.apiHash(checks, dir, jar));
        Files.write(memo, List.of(lines.get(0).replace("dti.jar", "other.jar"), "0123456789ab", lines.get(2))); // another jar's stamp
        assertEquals(computed, CompiledCache.apiHash(checks, dir, jar));
        Files.write(memo, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}); // not text
        assertEquals(computed, CompiledCache.apiHash(checks, dir, jar));
        // a jar that cannot be read: no memo, the hash is computed
        assertEquals(computed, CompiledCache.apiHash(checks, dir, tmp.resolve("absent.jar")));
    }

    @Test
    void jarOf_classesFromFolders_none() {
        // under the build, the classes come from target/classes and from several jars: nothing to key a memo on
        assertNull(JarMemo.jarOf(List.of(CompiledCache.class, org.kie.api.KieServices.class)));
        assertNull(JarMemo.jarOf(List.of(String.class)));
    }

    private Path methodologyJar(Map<String, String> entries) throws IOException {
        Path jar = tmp.resolve("bundled.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, String> text(SortedMap<String, byte[]> files) {
        Map<String, String> text = new TreeMap<>();
        files.forEach((name, bytes) -> text.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return text;
    }

    @Test
    void fromJar_namesKept_readByNameWithTheSameFiles() throws IOException {
        System.setProperty(CompiledCache.PROPERTY, tmp.resolve("cache").toString());
        Map<String, String> entries = new TreeMap<>(Map.of("methodologies/m/methodology.json", "{}", "methodologies/m/scoring.drl", "rule",
                "methodologies/m/tests/case.json", "[]", "methodologies/m/.hidden", "x", "methodologies/other/methodology.json", "{\"other\":1}",
                "vn/dti/A.class", "bytes"));
        Path jar = methodologyJar(entries);
        URL url = new URL("jar:" + jar.toUri() + "!/methodologies/m/methodology.json");
        Map<String, String> expected = Map.of("methodology.json", "{}", "scoring.drl", "rule", "tests/case.json", "[]");

        assertEquals(expected, text(MethodologyFiles.fromJar(url, "methodologies/m/")));
        Path dir = tmp.resolve("cache").resolve("compiled");
        List<Path> memos = memos(dir);
        assertEquals(1, memos.size());
        assertEquals(List.of("methodology.json", "scoring.drl", "tests/case.json"), Files.readAllLines(memos.get(0)).subList(1, 4));
        assertEquals(expected, text(MethodologyFiles.fromJar(url, "methodologies/m/")), "read by name, the same files");

        // a memo naming a file the jar does not hold: the jar is looked through again
        List<String> lines = Files.readAllLines(memos.get(0));
        Files.write(memos.get(0), List.of(lines.get(0), "methodology.json", "gone.drl", lines.get(lines.size() - 1)));
        assertEquals(expected, text(MethodologyFiles.fromJar(url, "methodologies/m/")));
        // a memo without the catalogue, or an empty one, is not taken either
        Files.write(memos.get(0), List.of(lines.get(0), lines.get(lines.size() - 1)));
        assertEquals(expected, text(MethodologyFiles.fromJar(url, "methodologies/m/")));
        Files.write(memos.get(0), List.of(lines.get(0), "scoring.drl", lines.get(lines.size() - 1)));
        assertEquals(expected, text(MethodologyFiles.fromJar(url, "methodologies/m/")));
        // a memo naming a hidden file or a folder, which a scan never keeps
        Files.write(memos.get(0), List.of(lines.get(0), "methodology.json", ".hidden", lines.get(lines.size() - 1)));
        assertEquals(expected, text(MethodologyFiles.fromJar(url, "methodologies/m/")));
        Files.write(memos.get(0), List.of(lines.get(0), "methodology.json", "", lines.get(lines.size() - 1)));
        assertEquals(expected, text(MethodologyFiles.fromJar(url, "methodologies/m/")));
    }

    @Test
    void fromJar_noCacheFolder_noMemo() throws IOException {
        Path jar = methodologyJar(Map.of("methodologies/m/methodology.json", "{}"));
        URL url = new URL("jar:" + jar.toUri() + "!/methodologies/m/methodology.json");
        assertEquals(Map.of("methodology.json", "{}"), text(MethodologyFiles.fromJar(url, "methodologies/m/")));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(jar), files.toList(), "nothing written beside the jar");
        }
    }

    @Test
    void stamp_namesPathSizeAndTime() throws IOException {
        Path jar = jar("build 1");
        String stamp = JarMemo.stamp(jar, "what");
        assertEquals("what " + jar.toAbsolutePath() + " 7 ", stamp.substring(0, ("what " + jar.toAbsolutePath() + " 7 ").length()));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1_000));
        assertNotEquals(stamp, JarMemo.stamp(jar, "what"));
        assertNull(JarMemo.stamp(tmp.resolve("absent.jar"), "what"));
    }
}
