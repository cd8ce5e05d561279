package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Officers' own test cases (tests/*.json): the bundled ones pass; a wrong expectation fails with file, line and why. */
class MethodologyTestsTest {
    @TempDir
    Path tmp;

    @Test
    void bundledCases_allPass() {
        for (String id : Methodologies.bundled()) {
            for (MethodologyTests.Result r : MethodologyTests.run(Methodologies.bundled(id))) {
                assertTrue(r.passed(), r.toString());
            }
        }
        assertEquals(18, MethodologyTests.run(Fixtures.province2025()).size());   // 12 in patterns.json, 6 in reporting.json
    }

    @Test
    void wrongExpectation_failsWithFileLineAndReason() throws IOException {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path cases = dir.resolve("tests/patterns.json");
        String text = Files.readString(cases, StandardCharsets.UTF_8);
        Files.writeString(cases, text.replace("\"5.2\": 6", "\"5.2\": 7"), StandardCharsets.UTF_8);
        List<MethodologyTests.Result> results = MethodologyTests.run(Methodologies.load(dir));
        MethodologyTests.Result failed = results.stream().filter(r -> !r.passed()).findFirst().orElseThrow();
        assertEquals(1, results.stream().filter(r -> !r.passed()).count());
        assertEquals("tests/patterns.json", failed.file());
        assertEquals(3, failed.line());
        assertEquals(List.of("5.2: expected 7 points, got 6 (ratio × max = 0.3 × 20 = 6, rule \"5.2\")"), failed.problems());
        assertFalse(failed.passed());
    }

    @Test
    void changedRule_caughtByTheCases() throws IOException {
        Path dir = tmp.resolve("m2");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path csv = dir.resolve("scoring.csv");
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8).replace("\"3:10, 2:7, 1:4\"", "\"3:10, 2:6, 1:4\""), StandardCharsets.UTF_8);
        List<MethodologyTests.Result> results = MethodologyTests.run(Methodologies.load(dir));
        assertEquals(List.of("bands: 1.2 two directing documents earn 7"),
                results.stream().filter(r -> !r.passed()).map(MethodologyTests.Result::name).toList());
    }
}
