package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile}: 157 inputs from a sweep of bad and
 * hostile input, and those added since; how to add one is in its README) run through the command
 * line by {@link HostileCorpus}, in one child JVM with {@code -Xmx512m} (the few cases that need a
 * heap or a standard output of their own start their own). Fails on any case that is not answered
 * as it says: an exit 0 or 1 where the input is not documented as accepted, a message that does
 * not match, a stack trace or a Java class name, a changed input, a file left behind.
 *
 * <p>One case or a few: {@code mvn -pl dti-cli test -Dtest=HostileInputsTest -Dhostile.only=E-empty,O-fifo}.
 */
class HostileInputsTest {
    private static final Path DATA = Path.of("src/test/resources/hostile");

    @Test
    void everyHostileInput_isAnsweredAsTheCorpusSays() throws IOException, InterruptedException {
        List<HostileCorpus.Case> cases = HostileCorpus.parse(Files.readString(DATA.resolve("cases.txt"), StandardCharsets.UTF_8));
        String only = System.getProperty("hostile.only", "");
        if (only.isEmpty()) {
            assertTrue(cases.size() >= 157, "the sweep's 157 inputs are all in the corpus: " + cases.size());
        }
        Path report = Path.of("target/hostile/report.txt");
        Files.deleteIfExists(report);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Duser.language=vi", "-Duser.country=VN", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "vn.dti.cli.HostileCorpus",
                "--data", DATA.toString(), "--repo", "..", "--work", "target/hostile/work", "--report", report.toString()));
        if (!only.isEmpty()) {
            cmd.addAll(List.of("--only", only));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(Path.of("target/hostile-runner.log").toFile());
        pb.environment().put("DTI_CACHE", "off");
        Process p = pb.start();
        boolean finished = p.waitFor(40, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        assertTrue(finished, "the corpus did not finish in 40 minutes; see target/hostile/report.txt");
        Map<String, List<String>> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 4);
            byStatus.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
            if (!f[1].equals("PASS") && !f[1].equals("SKIP") && !f[1].equals("PENDING")) {
                failures.add(line);
            }
        }
        System.out.println("hostile inputs: " + byStatus);
        assertEquals(List.of(), failures, "cases not answered as the corpus says (target/hostile/report.txt)");
        long reported = byStatus.values().stream().mapToLong(List::size).sum();
        assertEquals(only.isEmpty() ? cases.size() : only.split(",").length, reported, "every case has a line in the report");
    }
}
