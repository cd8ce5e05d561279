package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An application that embeds dti-rules and reads an Excel decision table (Apache POI, which logs
 * through log4j-api) sees no "Log4j API could not find a logging provider" (issue 20, item 7):
 * dti-rules brings {@code log4j-to-slf4j}, which routes POI's logging to SLF4J, the application's
 * choice. Run in a child JVM on exactly dti-rules' runtime class path (target/runtime-classpath.txt,
 * written by the build), once as shipped and once without log4j-to-slf4j, which must print the line,
 * so the test sees the difference rather than trusting an absence.
 */
class EmbeddingLogTest {
    private static final String NO_PROVIDER = "Log4j API could not find a logging provider";

    @Test
    void poiThroughDtiRules_printsNoLog4jProviderError_andWithoutTheBridgeItWould() throws Exception {
        List<String> runtime = runtimeClassPath();
        assertTrue(runtime.stream().anyMatch(p -> p.contains("log4j-to-slf4j")), "dti-rules ships log4j-to-slf4j at run time: " + runtime);
        assertTrue(runtime.stream().anyMatch(p -> p.contains("poi-ooxml")), "POI is on dti-rules' run-time class path: " + runtime);

        // log4j-api's status logger writes to standard output: both streams are read
        Run shipped = run(runtime);
        assertEquals(0, shipped.exit, shipped.both());
        assertTrue(shipped.out.matches("(?s).*rows \\d{2,}\\s*"), "the table was written and read back: " + shipped.both());
        assertFalse(shipped.both().contains(NO_PROVIDER), shipped.both());
        assertFalse(shipped.both().contains("StatusLogger"), shipped.both());

        Run without = run(runtime.stream().filter(p -> !p.contains("log4j-to-slf4j")).toList());
        assertEquals(0, without.exit, without.both());
        assertTrue(without.both().contains(NO_PROVIDER), "without the bridge POI's log4j-api has no provider (the control): " + without.both());
    }

    private record Run(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private static Run run(List<String> runtime) throws IOException, InterruptedException {
        List<String> cp = new ArrayList<>();
        cp.add(Path.of("target/test-classes").toAbsolutePath().toString());
        cp.add(Path.of("target/classes").toAbsolutePath().toString());
        cp.addAll(runtime);
        Path out = Files.createTempFile("dti-embedded-", ".out");
        Path err = Files.createTempFile("dti-embedded-", ".err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", String.join(File.pathSeparator, cp),
                EmbeddedRun.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM finished within 120 s");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** dti-rules' runtime dependencies, as the build resolved them (no test-scoped jar: no SLF4J binding either). */
    private static List<String> runtimeClassPath() throws IOException {
        Path file = Path.of("target/runtime-classpath.txt");
        assertTrue(Files.exists(file), file + " is written by the build (maven-dependency-plugin, generate-test-resources)");
        return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).strip().split(File.pathSeparator)).filter(s -> !s.isBlank())
                .collect(Collectors.toList());
    }
}
