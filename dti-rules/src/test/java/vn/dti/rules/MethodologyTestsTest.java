package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidMethodologyException;

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
        List<MethodologyTests.Result> results = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyTests.run(Methodologies.load(dir)));
        MethodologyTests.Result failed = results.stream().filter(r -> !r.passed()).findFirst().orElseThrow();
        assertEquals(1, results.stream().filter(r -> !r.passed()).count());
        assertEquals("tests/patterns.json", failed.file());
        assertEquals(3, failed.line());
        assertEquals(List.of("5.2: expected 7 points, got 6 (ratio × max = 0.3 × 20 = 6, rule \"5.2\")"), failed.problems());
        assertFalse(failed.passed());
        // in the run's language: Vietnamese by default
        MethodologyTests.Result vi = MethodologyTests.run(Methodologies.load(dir)).stream().filter(r -> !r.passed()).findFirst().orElseThrow();
        assertEquals(1, vi.problems().size(), vi.problems().toString());
        assertTrue(vi.problems().get(0).startsWith("5.2: mong đợi 7 điểm, thực tế 6 điểm ("), vi.problems().get(0));
        assertTrue(vi.problems().get(0).endsWith(", quy tắc \"5.2\")"), vi.problems().get(0));
        assertFalse(vi.problems().get(0).contains("expected"), vi.problems().get(0));
    }

    @Test
    void caseFileWithoutCasesOrExpect_refusedInTheReadersLanguage() {
        RuleScorer scorer = Fixtures.province2025();
        InvalidMethodologyException none = assertThrows(InvalidMethodologyException.class,
                () -> MethodologyTests.run(scorer, "tests/x.json", "{\"cases\": []}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(scorer.source() + "/tests/x.json: no \"cases\"; write at least one case, or delete the file.", none.message(vn.dti.text.Language.EN));
        assertEquals(scorer.source() + "/tests/x.json: không có \"cases\" (các ca kiểm thử); hãy ghi ít nhất một ca, hoặc xóa tệp.",
                none.message(vn.dti.text.Language.VI));
        byte[] noExpect = "{\"cases\": [\n  {\"name\": \"bare\", \"components\": []}\n]}".getBytes(StandardCharsets.UTF_8);
        InvalidMethodologyException bare = assertThrows(InvalidMethodologyException.class, () -> MethodologyTests.run(scorer, "tests/x.json", noExpect));
        assertTrue(bare.message(vn.dti.text.Language.EN).startsWith(scorer.source() + "/tests/x.json:"), bare.message(vn.dti.text.Language.EN));
        assertTrue(bare.message(vn.dti.text.Language.EN).endsWith(": case \"bare\" has no \"expect\"; write its \"points\", \"findings\" or \"totalPoints\"."),
                bare.message(vn.dti.text.Language.EN));
        assertTrue(bare.message(vn.dti.text.Language.VI).startsWith(scorer.source() + "/tests/x.json, dòng "), bare.message(vn.dti.text.Language.VI));
        assertTrue(bare.message(vn.dti.text.Language.VI).endsWith(": ca kiểm thử \"bare\" không có \"expect\" (điều mong đợi); hãy ghi \"points\", "
                + "\"findings\" hoặc \"totalPoints\"."), bare.message(vn.dti.text.Language.VI));
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
