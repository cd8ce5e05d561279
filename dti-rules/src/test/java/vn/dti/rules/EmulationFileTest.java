package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.EmulationRules;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.text.Language;

/** emulation.json of a methodology folder: read, checked with the file, line and field, and optional. */
class EmulationFileTest {
    @TempDir
    Path tmp;

    @Test
    void bundled_readsTheProposedWeightsAndGrades() {
        EmulationRules r = Fixtures.province2025().emulation();
        assertEquals(0.4, r.weights().points());
        assertEquals(0.25, r.weights().onTime());
        assertEquals(0.2, r.weights().completeness());
        assertEquals(0.15, r.weights().appraisal());
        assertEquals("excellent", r.grades().get(0).id());
        assertEquals("Hoàn thành tốt nhiệm vụ", r.grade(70).orElseThrow().name());
        assertEquals("not-completed", r.grade(49.99).orElseThrow().id());
        assertTrue(r.assumption().contains("ASSUMPTION"), r.assumption());
    }

    @Test
    void weightsNotSummingTo1_namesFileLineAndField() throws IOException {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path file = dir.resolve("emulation.json");
        MethodologyFolderTest.edit(file, "\"points\": 0.4", "\"points\": 0.5");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Language.during(Language.EN, () -> Methodologies.load(dir)));
        assertEquals(1, e.problems(vn.dti.text.Language.EN).size(), e.getMessage());
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).matches("(?s).*emulation\\.json:\\d+:\\d+: .*\\$\\.weights.*the weights sum to \\[1\\.1\\], not 1.*"), e.getMessage());
    }

    @Test
    void unknownFieldAndGradeOutOfRange_areRefused() throws IOException {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path file = dir.resolve("emulation.json");
        MethodologyFolderTest.edit(file, "\"from\": 90}", "\"from\": 190}");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Language.during(Language.EN, () -> Methodologies.load(dir)));
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).matches("(?s).*emulation\\.json:\\d+:\\d+: .*grade excellent: from \\[190\\.0\\] must be a score between 0 and 100.*"),
                e.getMessage());
        MethodologyFolderTest.edit(file, "\"from\": 190}", "\"form\": 90}");
        e = assertThrows(InvalidMethodologyException.class, () -> Language.during(Language.EN, () -> Methodologies.load(dir)));
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).contains("emulation.json:"), e.getMessage());
        assertTrue(e.problems(vn.dti.text.Language.EN).get(0).contains("form") || e.problems(vn.dti.text.Language.EN).get(0).contains("has no \"from\""), e.getMessage());
    }

    @Test
    void folderWithoutEmulationFile_hasEqualWeights() throws IOException {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Files.delete(dir.resolve("emulation.json"));
        assertEquals(EmulationRules.DEFAULT, Methodologies.load(dir).emulation());
    }
}
