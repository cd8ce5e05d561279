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

/**
 * The load-time sweep tries the numbers written in a rule file's own scoring rules, with the values
 * just above and below them: a custom rule that awards outside [0, max] only at its own thresholds
 * is refused when the folder loads (exit 3 through validate), not found by a province's report.
 */
class SweepTest {
    @TempDir
    Path tmp;

    /** The bundled folder with the table's row of {@code id} removed and {@code drl} as custom.drl, scoring it instead. */
    private Path withCustomRule(String id, String... drl) throws IOException {
        Path dir = tmp.resolve("m" + id);
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path csv = dir.resolve("scoring.csv");
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        String without = table.replaceAll("\n" + id.replace(".", "\\.") + ",[^\n]*", "");
        assertTrue(without.length() < table.length(), id);
        Files.writeString(csv, without, StandardCharsets.UTF_8);
        List<String> lines = new java.util.ArrayList<>(List.of("package custom", "import vn.dti.rules.ComponentValue",
                "global vn.dti.rules.ScoreSheet score", ""));
        lines.addAll(List.of(drl));
        Files.write(dir.resolve("custom.drl"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void customRuleAwarding12Of10At3Documents_isRefusedWithTheValueThatBrokeIt() throws IOException {
        // 1.2 (10 points, a count of directing documents): "3 or 4 → 12" is a typo for 10; the generic values 0, 1, 100, 1e6, 1e9 miss it
        Path dir = withCustomRule("1.2",
                "rule \"1.2 custom\"",                                                  // line 5
                "    @indicator(\"1.2\")",
                "when",
                "    $v : ComponentValue( indicator == \"1.2\", reported )",
                "then",
                "    if ($v.getNumber() >= 3 && $v.getNumber() < 5) {",
                "        score.award(kcontext, $v, 12, \"3 or 4 documents → 12\");",        // line 11
                "    } else {",
                "        score.award(kcontext, $v, Math.min(10, $v.getNumber() * 2), \"2 per document, at most 10\");",
                "    }",
                "end");
        MethodologyCheck check = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir));
        assertEquals(List.of(dir.resolve("custom.drl") + ":11:15: rule \"1.2 custom\": for the value 3, rule \"1.2 custom\" (custom.drl:5) tried to award "
                + "12 points to component 1.2, outside [0, 10]."), check.problems());
        assertFalse(check.valid());
        // in Vietnamese, the default: the place in words, the value and the rule's violation in the catalogue's words
        assertEquals(List.of(dir.resolve("custom.drl") + ", dòng 11, cột 15: quy tắc \"1.2 custom\": với giá trị 3, "
                + vn.dti.text.Messages.text(vn.dti.text.Language.VI, "rules.violation.outOfRange", "1.2 custom", "custom.drl:5", 12, "1.2", 10) + "."),
                MethodologyCheck.of(dir).problems());
        assertTrue(check.tests().isEmpty(), "the folder's tests are not run on an invalid folder");
    }

    @Test
    void customRuleAwarding31Of30ExactlyAtTheGoal_isRefusedAtLoad_notLeftToTheFolderTests() throws IOException {
        // 3.4 (30 points, a ratio): exactly at the goal 0.9 the rule awards 31; the generic ratios 0, 0.5, 1, 1.5 miss it
        Path dir = withCustomRule("3.4",
                "rule \"3.4 custom\"",                                                  // line 5
                "    @indicator(\"3.4\")",
                "when",
                "    $v : ComponentValue( indicator == \"3.4\", reported )",
                "then",
                "    if ($v.getRatio() == 0.9) {",
                "        score.award(kcontext, $v, 31, \"at the goal\");",                  // line 11
                "    } else {",
                "        score.award(kcontext, $v, Math.min(1, $v.getRatio() / 0.9) * 30, \"min(1, value / 0.9) × 30\");",
                "    }",
                "end");
        MethodologyCheck check = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir));
        assertEquals(List.of(dir.resolve("custom.drl") + ":11:15: rule \"3.4 custom\": for the value 0.9, rule \"3.4 custom\" (custom.drl:5) tried to "
                + "award 31 points to component 3.4, outside [0, 30]."), check.problems());
    }

    @Test
    void justAboveAThreshold_andACountOfDocumentsInTheConditions_areTried() throws IOException {
        // "> 0.9" differs from ">= 0.9" only just above 0.9; "documents >= 3" varies the documents, not the value
        Path dir = withCustomRule("3.4",
                "rule \"3.4 bonus\"",
                "    @indicator(\"3.4\")",
                "when",
                "    $v : ComponentValue( indicator == \"3.4\", reported )",
                "then",
                "    if ($v.getRatio() > 0.9 && $v.getRatio() < 0.95) {",
                "        score.award(kcontext, $v, 31, \"above the goal\");",
                "    } else {",
                "        score.award(kcontext, $v, $v.getRatio() * 30, \"ratio × 30\");",
                "    }",
                "end");
        List<String> problems = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir)).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("for the value 0.9000000000000001, rule \"3.4 bonus\" (custom.drl:5) tried to award 31")),
                problems.toString());

        Path docs = withCustomRule("1.2",
                "rule \"1.2 by documents\"",
                "    @indicator(\"1.2\")",
                "when",
                "    $v : ComponentValue( indicator == \"1.2\", reported, documents >= 3 )",
                "then",
                "    score.award(kcontext, $v, 12, \"three documents or more\");",
                "end");
        assertEquals(List.of(docs.resolve("custom.drl") + ":10:11: rule \"1.2 by documents\": for the value 0 with documents 3, rule \"1.2 by documents\" "
                + "(custom.drl:5) tried to award 12 points to component 1.2, outside [0, 10]."), vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(docs)).problems());
    }

    @Test
    void theBundledRulesAreUnchangedByTheSweep_noRuleFileScoringRule() {
        // the bundled 2025 scoring is all in the table: the numbers of completeness.drl (31, 1096 days, 10%) are not scoring rules'
        assertTrue(MethodologyCheck.of(Fixtures.PROVINCE_2025).passed());
    }
}
