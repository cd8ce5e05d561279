package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.scoring.ScoringPattern;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * What to fix in a cell of a decision table is written in the run's language, as the place
 * before it is: Vietnamese by default, English with {@code --lang en} (issue 20, item 1).
 */
class CellWordsTest {
    @TempDir
    Path tmp;

    /** The bundled table with 1.2's bands (row 12, column D) and 3.4's goal (row 23, column C) written in words, as an officer might. */
    private Path wordsInCells() throws IOException {
        Path dir = tmp.resolve("copy");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\n1.2,,,\"3:10, 2:7, 1:4\",", "\n1.2,,,\"ba văn bản: 10 điểm\",");
        MethodologyFolderTest.edit(csv, "\n3.4,,0.90,", "\n3.4,,chín mươi phần trăm,");
        return dir;
    }

    private static List<String> problems(Language language, Path dir) {
        return assertThrows(InvalidMethodologyException.class, () -> Language.during(language, () -> Methodologies.load(dir))).problems(language);
    }

    @Test
    void badBandAndBadGoal_vietnamese() throws IOException {
        Path dir = wordsInCells();
        Path csv = dir.resolve("scoring.csv");
        assertEquals(List.of(
                csv + ", dòng 12, cột D (bands): mức điểm [ba văn bản: 10 điểm] trong \"ba văn bản: 10 điểm\" có ngưỡng hoặc số điểm không phải là số; "
                        + "hãy ghi ngưỡng và điểm bằng chữ số (ví dụ 3:10)",
                csv + ", dòng 23, cột C (goal): \"chín mươi phần trăm\" không phải là số"), problems(Language.VI, dir));
    }

    @Test
    void badBandAndBadGoal_english_unchanged() throws IOException {
        Path dir = wordsInCells();
        Path csv = dir.resolve("scoring.csv");
        assertEquals(List.of(
                csv + ", row 12, column D (bands): band [ba văn bản: 10 điểm] in \"ba văn bản: 10 điểm\" has a threshold or points that is not a number",
                csv + ", row 23, column C (goal): \"chín mươi phần trăm\" is not a number"), problems(Language.EN, dir));
    }

    @Test
    void categoriesGivenTwice_inBothLanguages() {
        assertEquals("loại [head] được ghi hai lần trong \"head:10, head:5\"",
                assertThrows(IllegalArgumentException.class, () -> Language.during(Language.VI, () -> ScoringPattern.Categories.parse("head:10, head:5")))
                        .getMessage());
        assertEquals("category [head] is given twice in \"head:10, head:5\"",
                assertThrows(IllegalArgumentException.class, () -> Language.during(Language.EN, () -> ScoringPattern.Categories.parse("head:10, head:5")))
                        .getMessage());
    }

    @Test
    void theBundles_haveEveryKeyInBothLanguagesWithTheSamePlaceholders() {
        assertEquals(Set.of(), Messages.problems("vn/dti/rules/messages"));
        assertEquals(Set.of(), Messages.problems("vn/dti/scoring/messages"));
    }
}
