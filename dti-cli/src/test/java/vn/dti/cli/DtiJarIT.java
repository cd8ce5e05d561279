package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/dti.jar} (after the {@code package} phase): picocli's classes and
 * those of MVEL's copy of ASM are in Java 6's class-file format or later
 * ({@code src/build/ArchivableClasses.java}), so that a class-data-sharing archive takes them and
 * they still load and verify.
 */
class DtiJarIT {
    private static final Path JAR = Path.of("target", "dti.jar");
    private static final List<String> REWRITTEN = List.of("picocli/", "org/mvel2/");

    @TempDir
    Path tmp;

    @Test
    void rewrittenPackages_noClassOlderThanJava6() throws IOException {
        List<String> old = new ArrayList<>();
        int seen = 0;
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                String name = e.getName();
                if (name.endsWith(".class") && REWRITTEN.stream().anyMatch(name::startsWith)) {
                    seen++;
                    byte[] head;
                    try (InputStream in = zip.getInputStream(e)) {
                        head = in.readNBytes(8);
                    }
                    if (((head[6] & 0xff) << 8 | (head[7] & 0xff)) < 50) {
                        old.add(name);
                    }
                }
            }
        }
        assertTrue(seen > 250, "picocli's and MVEL's ASM classes are in the jar: " + seen);
        assertEquals(List.of(), old);
    }

    @Test
    void archiveRecorded_takesPicocliAndMvelAsm_andTheCommandRuns() throws IOException, InterruptedException {
        Path log = tmp.resolve("out.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + tmp.resolve("dti.jsa"), "-Xlog:cds=warning", "-jar", JAR.toString(), "--lang", "en", "--help")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(0, p.waitFor(), () -> read(log));
        String out = read(log);
        assertTrue(out.contains("Usage: dti"), out);
        for (String line : out.split("\n")) {
            if (line.contains("not supported by CDS")) {
                assertTrue(REWRITTEN.stream().noneMatch(line::contains), "left out of the archive: " + line);
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
