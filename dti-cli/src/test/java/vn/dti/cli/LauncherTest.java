package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/dti}'s class-data-sharing archive: made once per jar in the user's cache folder, used
 * by later runs, and never in the way: a damaged archive, a JVM that cannot record one and
 * {@code DTI_CACHE=off} all run the command with the same output. The launcher runs a small jar
 * ({@link Probe}: prints its arguments) in place of dti.jar, so that the test needs no packaged
 * build and each JVM starts in a fraction of a second.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "bin", "dti").toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    private Path jar;

    /** The stand-in for dti.jar: prints "probe" and its arguments on standard output. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println("probe " + String.join(" ", args));
        }
    }

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void probeJar() throws IOException {
        assumeTrue(Files.isRegularFile(LAUNCHER) && Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell and bin/dti");
        jar = tmp.resolve("probe.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        String entry = Probe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = Probe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    private Run dti(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList());
        pb.environment().put("DTI_JAR", jar.toString());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().remove("DTI_JAVA_OPTS");
        pb.environment().remove("DTI_CACHE");
        pb.environment().putAll(env);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        int code = pb.start().waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void archive_madeOnce_usedAfter_aDamagedOneDoesNotBreakARun() throws Exception {
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("DTI_CACHE_DIR", cache.toString());
        Run first = dti(env, "score", "--evidence", "x.json");
        assertEquals(new Run(0, "probe score --evidence x.json\n", first.err()), first);
        assertTrue(first.err().contains("preparing a faster start"), first.err());
        List<Path> archives = files(cache, ".jsa");
        assertEquals(1, archives.size(), "one archive, in the cache folder: " + archives);
        assertTrue(Files.size(archives.get(0)) > 0);

        Run second = dti(env, "score", "--evidence", "x.json");
        assertEquals(new Run(0, "probe score --evidence x.json\n", ""), second, "the archive is used, not made again");

        // a damaged archive (a disk error, a copy cut short): the JVM runs without it
        Path archive = archives.get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));
        Run damaged = dti(env, "score", "--evidence", "x.json");
        assertEquals(0, damaged.code(), damaged.err());
        assertEquals("probe score --evidence x.json\n", damaged.out());
        assertFalse(Files.exists(jar.resolveSibling("probe.jsa")), "nothing written beside the jar");
    }

    @Test
    void aJvmThatCannotRecordAnArchive_runsWithout_andDoesNotTryAgain() throws Exception {
        Path cache = tmp.resolve("cache");
        // -Xshare:off: no class-data sharing at all, so no archive can be recorded
        runsWithoutAnArchive(cache, Map.of("DTI_CACHE_DIR", cache.toString(), "DTI_JAVA_OPTS", "-Xshare:off"));
    }

    /** The command runs, no archive is recorded, and the next run does not try again. */
    private void runsWithoutAnArchive(Path cache, Map<String, String> env) throws Exception {
        Run first = dti(env, "score");
        assertEquals(0, first.code(), first.err());
        assertEquals("probe score\n", first.out());
        assertEquals(List.of(), files(cache, ".jsa"));
        assertEquals(1, files(cache, ".jsa.failed").size());
        Run second = dti(env, "score");
        assertEquals(new Run(0, "probe score\n", ""), second, "not tried again for this build");
    }

    /** A stand-in for java that writes its arguments to {@code log}, one run a line, then runs the real java; or refuses {@code refused}. */
    private Path java(Path log, String refused) throws IOException {
        Path script = tmp.resolve("java.sh");
        String real = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(script, String.join("\n",
                "#!/bin/sh",
                "echo \"$*\" >> '" + log + "'",
                "for a in \"$@\"; do",
                "  if [ \"$a\" = '" + refused + "' ]; then echo \"Unrecognized VM option '$a'\" >&2; exit 1; fi",
                "done",
                "exec '" + real + "' \"$@\"", ""), StandardCharsets.UTF_8);
        assertTrue(script.toFile().setExecutable(true));
        return script;
    }

    @Test
    void shortCommands_compileLater_andMapTheArchiveWhereItWasMadeFor() throws Exception {
        Path cache = tmp.resolve("cache");
        Path log = tmp.resolve("java.log");
        Map<String, String> env = Map.of("DTI_CACHE_DIR", cache.toString(), "JAVA", java(log, "none").toString());
        dti(env, "score");
        Run second = dti(env, "score", "--evidence", "x.json");
        assertEquals(new Run(0, "probe score --evidence x.json\n", ""), second);
        List<String> runs = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(4, runs.size(), "the bundled example scored to fill the compiled cache, scored again and recorded, then two runs: " + runs);
        String example = LAUNCHER.getParent().resolve("../dti-examples/data/khanh-hoa-2023.json").toString();
        assertTrue(runs.get(0).endsWith(" score --methodology vn-dti-province-2025 --evidence " + example), runs.get(0));
        assertFalse(runs.get(0).contains("ArchiveClassesAtExit"), "the first, which compiles, is not recorded: " + runs.get(0));
        assertTrue(runs.get(1).contains("-XX:ArchiveClassesAtExit=") && runs.get(1).endsWith(" --evidence " + example), runs.get(1));
        String last = runs.get(3);
        assertTrue(last.contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileThresholdScaling=2"), last);
        assertTrue(last.startsWith("-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 "), last);
        assertTrue(last.contains("-XX:SharedArchiveFile="), last);
        assertTrue(runs.get(1).startsWith("-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 "), "recorded with the same options: " + runs.get(1));
    }

    @Test
    void withoutTheRepositorysExample_theArchiveIsRecordedFromAValidation() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("elsewhere/bin"));
        Path launcher = Files.copy(LAUNCHER, bin.resolve("dti"));
        assertTrue(launcher.toFile().setExecutable(true));
        Path log = tmp.resolve("java.log");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "score");
        pb.environment().put("DTI_JAR", jar.toString());
        pb.environment().put("JAVA", java(log, "none").toString());
        pb.environment().put("DTI_CACHE_DIR", tmp.resolve("cache").toString());
        pb.environment().remove("DTI_JAVA_OPTS");
        pb.environment().remove("DTI_CACHE");
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        assertEquals(0, pb.start().waitFor());
        assertEquals("probe score\n", Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8));
        List<String> runs = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(2, runs.size(), "one recording, then the run: " + runs);
        assertTrue(runs.get(0).contains("-XX:ArchiveClassesAtExit=") && runs.get(0).endsWith(" methodology validate vn-dti-province-2025"), runs.get(0));
    }

    @Test
    void aJvmWithoutTheMappingOption_runsWithoutTheArchive() throws Exception {
        Path cache = tmp.resolve("cache");
        Path log = tmp.resolve("java.log");
        runsWithoutAnArchive(cache, Map.of("DTI_CACHE_DIR", cache.toString(), "JAVA", java(log, "-XX:ArchiveRelocationMode=0").toString()));
        List<String> runs = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(4, runs.size(), "the two refused training runs, then two runs: " + runs);
        assertFalse(runs.get(3).contains("ArchiveRelocationMode"), runs.get(3));
    }

    @Test
    void cacheOff_noArchive_sameOutput() throws Exception {
        Path cache = tmp.resolve("cache");
        Run off = dti(Map.of("DTI_CACHE_DIR", cache.toString(), "DTI_CACHE", "off"), "rank", "--top", "3");
        assertEquals(new Run(0, "probe rank --top 3\n", ""), off);
        assertFalse(Files.exists(cache), "nothing written with DTI_CACHE=off");
    }
}
