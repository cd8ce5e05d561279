package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.ScoreCard;
import vn.dti.rules.internal.TableWorkbooks;

/**
 * What a methodology officer is told when a folder does not load, found by a review of the checks
 * as they stood: scoring calls written over several lines are checked like table cells, a call the
 * loader cannot read is a problem (not skipped), validate lists every problem at once, two tables
 * for one methodology are one problem, a syntax error names its rule and the line to look at, two
 * rules scoring one component name both places, {@code indicator in (…)} matches, and a card names
 * the cell of the rule that scored it.
 */
class LoadMessagesTest {
    @TempDir
    Path tmp;

    private Path exported(String name) {
        Path dir = tmp.resolve(name);
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        return dir;
    }

    /** Removes component {@code id}'s row from the table. */
    private static void dropRow(Path dir, String id) throws IOException {
        Path csv = dir.resolve("scoring.csv");
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        String without = table.replaceAll("\n" + id.replace(".", "\\.") + ",[^\n]*", "");
        assertTrue(without.length() < table.length(), id);
        Files.writeString(csv, without, StandardCharsets.UTF_8);
    }

    /** A rule file with the usual header (lines 1–4), then {@code lines} from line 5. */
    private static Path drl(Path dir, String name, String... lines) throws IOException {
        List<String> all = new ArrayList<>(List.of("package " + name.replace(".drl", ""), "import vn.dti.rules.ComponentValue",
                "global vn.dti.rules.ScoreSheet score", ""));
        all.addAll(List.of(lines));
        Path f = dir.resolve(name);
        Files.write(f, all, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void scoringCallOverSeveralLines_isCheckedLikeATableCell_atTheCallsLine() throws IOException {
        Path dir = exported("m");
        dropRow(dir, "1.2");
        dropRow(dir, "1.1");
        Path f = drl(dir, "split.drl",
                "rule \"1.2 split\"",
                "    @indicator(\"1.2\")",
                "when",
                "    $v : ComponentValue( indicator == \"1.2\", reported )",
                "then",
                "    score.bands(kcontext, $v,",                          // line 10
                "        \"3:4, 2:7, 1:10\");",
                "end",
                "rule \"1.1 split\"",
                "    @indicator(\"1.1\")",
                "when",
                "    $v : ComponentValue( indicator == \"1.1\", reported )",
                "then",
                "    score.category(",                                      // line 18
                "        kcontext, $v, \"head:10, deputy:5, other:2.5, nome:0\"",
                "    );",
                "end");
        assertEquals(List.of(
                f + ":10:11: rule \"1.2 split\": band 1 awards more (10) than the higher band 2 (7): a higher value must never earn less.",
                f + ":10:11: rule \"1.2 split\": band 2 awards more (7) than the higher band 3 (4): a higher value must never earn less.",
                f + ":18:11: rule \"1.1 split\": category \"nome\" is not one of component 1.1's categories [head, deputy, other, none].",
                f + ":18:11: rule \"1.1 split\": category \"none\" of component 1.1 has no points in \"head:10, deputy:5, other:2.5, nome:0\"; add "
                        + "none:<points>."), vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir)).problems());
    }

    @Test
    void scoringCallWhoseParametersAreNotWrittenInIt_isAProblem_notSkipped() throws IOException {
        Path dir = exported("m");
        dropRow(dir, "3.4");
        Path f = drl(dir, "computed.drl",
                "rule \"3.4 computed\"",
                "    @indicator(\"3.4\")",
                "when",
                "    $v : ComponentValue( indicator == \"3.4\", reported )",
                "then",
                "    score.goal(kcontext, $v, 0.45 * 2);",
                "end");
        assertEquals(List.of(f + ":10:11: rule \"3.4 computed\": score.goal(kcontext, $v, 0.45 * 2) cannot be read when the folder loads, so its "
                + "parameters cannot be checked: the goal must be a number written in the call (e.g. 0.90). For a formula of your own, use "
                + "score.award(kcontext, $v, <points>, \"<formula in words>\")."), vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir)).problems());
    }

    @Test
    void validate_listsEveryProblem_theTablesTheRuleFilesAndTheSweepsTogether_inFileOrder() throws IOException {
        Path dir = exported("m");
        Path csv = dir.resolve("scoring.csv");
        dropRow(dir, "3.4");
        MethodologyFolderTest.edit(csv, "\"3:10, 2:7, 1:4\"", "\"3:12, 2:7, 1:4\"");   // above 1.2's max: a load check
        MethodologyFolderTest.edit(csv, "\n6.6,,0.60,", "\n6.6,,0.6O,");              // not a number (row 45 once 3.4 is gone)
        Path custom = drl(dir, "custom.drl",
                "rule \"3.4 custom\"",
                "    @indicator(\"3.4\")",
                "when",
                "    $v : ComponentValue( indicator == \"3.4\", reported )",
                "then",
                "    score.award(kcontext, $v, $v.getRatio() >= 0.9 ? 31 : $v.getRatio() * 30, \"31 at the goal\");",   // found by the sweep
                "end");
        Path broken = drl(dir, "broken.drl",
                "rule \"broken\"",
                "when",
                "    $v : ComponentValue( indicator == \"5.1\", reported",
                "then",
                "end");
        // in a run in English (dti --lang en): the cell's explanation as the English catalogue writes it
        MethodologyCheck check = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir)));
        List<String> problems = check.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(broken + ":8:1: syntax error in rule \"broken\" (broken.drl:5)"), problems.get(0));
        assertEquals(custom + ":10:11: rule \"3.4 custom\": for the value 0.9, rule \"3.4 custom\" (custom.drl:5) tried to award 31 points to component "
                + "3.4, outside [0, 30].", problems.get(1));
        assertTrue(problems.get(2).startsWith(csv + ", row 12, column D (bands): band 3:12 awards 12 points, outside [0, 10]"), problems.get(2));
        assertTrue(problems.get(3).startsWith(csv + ", row 45, column C (goal): \"0.6O\" is not a number"), problems.get(3));
        assertEquals("vn-dti-province-2025: invalid, 4 problems.", check.summary());
        assertEquals("vn-dti-province-2025: invalid, 4 problems.", check.summaryMessage().in(vn.dti.text.Language.EN));
        assertEquals("vn-dti-province-2025: không hợp lệ, 4 lỗi.", check.summaryMessage().in(vn.dti.text.Language.VI));
    }

    @Test
    void csvAndXlsxTablesSideBySide_areOneProblem_withoutDroolsDuplicateRuleMessages() throws IOException {
        Path dir = exported("m");
        Files.write(dir.resolve("scoring.xlsx"), TableWorkbooks.fromCsv(Files.readAllBytes(dir.resolve("scoring.csv"))));
        List<String> problems = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir)).problems();
        assertEquals(List.of(dir.resolve("scoring.xlsx") + ": scores the same 50 components as " + dir.resolve("scoring.csv") + " (1.1, 1.2 … 9.3): "
                + "two decision tables for one methodology; keep one of the two tables (delete the other, or move it out of the folder). This table "
                + "was not compiled."), problems);
    }

    @Test
    void syntaxError_namesTheRuleAndTheLineAbove_thenDroolsOwnText() throws IOException {
        Path dir = exported("m");
        Path f = drl(dir, "extra.drl",
                "rule \"5.1 note\"",
                "when",
                "    $v : ComponentValue( indicator == \"5.1\", reported",   // line 7: the ")" is missing
                "then",
                "end");
        List<String> problems = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(f + ":8:1: syntax error in rule \"5.1 note\" (extra.drl:5): check the brackets and quotes of the line "
                + "above, line 7 ($v : ComponentValue( indicator == \"5.1\", reported): Drools notices a missing \")\" or quote only on the next line. "
                + "Drools says: [ERR 10"), problems.get(0));
    }

    @Test
    void twoRulesScoringOneComponent_withoutIndicatorAnnotation_nameBothPlacesWithTheirLines() throws IOException {
        Path dir = exported("m");
        Path csv = dir.resolve("scoring.csv");
        Path f = drl(dir, "bonus.drl",
                "import vn.dti.api.ValueKind",
                "rule \"bonus for 1.2\"",                                       // line 6: matches 1.2, which the table scores
                "when",
                "    $v : ComponentValue( indicator == \"1.2\", reported )",
                "then",
                "    score.award(kcontext, $v, 1, \"bonus\");",                  // line 10
                "end",
                "rule \"every yes earns full marks\"",                         // line 12: matches by kind, found by the sweep
                "when",
                "    $v : ComponentValue( kind == ValueKind.YES_NO, reported, yes, indicator == \"1.3\" || indicator == \"1.4\" )",
                "then",
                "    score.award(kcontext, $v, $v.getMax(), \"yes → max\");",
                "end");
        List<String> problems = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir)).problems();
        assertTrue(problems.contains(csv + ", row 12, column D (bands): component 1.2 is scored by 2 rules: \"bonus for 1.2\" (bonus.drl:10:11), "
                + "\"1.2\" (scoring.csv, row 12, column D); keep exactly one."), problems.toString());
        assertTrue(problems.contains(csv + ", row 13, column F (yesNo): component 1.3 is scored by 2 rules: \"every yes earns full marks\" "
                + "(bonus.drl:16:11), \"1.3\" (scoring.csv, row 13, column F); keep exactly one."), problems.toString());
        assertFalse(problems.stream().anyMatch(p -> p.contains("(bonus.drl)")), "every place has its line: " + problems);
        // in Vietnamese the table's cell is named in Vietnamese inside the sentence too, the rule file's line as compilers write it
        List<String> vi = vn.dti.text.Language.during(vn.dti.text.Language.VI, () -> MethodologyCheck.of(dir)).problems();
        assertTrue(vi.contains(csv + ", dòng 12, cột D (bands): chỉ số thành phần 1.2 được chấm bởi 2 quy tắc: \"bonus for 1.2\" (bonus.drl:10:11), "
                + "\"1.2\" (scoring.csv, dòng 12, cột D); chỉ giữ đúng một."), vi.toString());
        assertFalse(vi.stream().anyMatch(p -> p.contains(", row ") || p.contains(", column ")), vi.toString());
    }

    @Test
    void aRuleThatCannotBeToldByItsConditions_scoringTwice_isFoundByTheSweep_withBothPlaces() throws IOException {
        Path dir = exported("m");
        Path f = drl(dir, "bonus.drl",
                "import vn.dti.api.ValueKind",
                "rule \"every yes earns full marks\"",                          // line 6
                "when",
                "    $v : ComponentValue( kind == ValueKind.YES_NO, reported, yes, max == 10 )",
                "then",
                "    score.award(kcontext, $v, $v.getMax(), \"yes → max\");",
                "end");
        List<String> problems = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir)).problems();
        assertTrue(problems.contains(f + ":6: rule \"every yes earns full marks\": for the value yes, rules \"every yes earns full marks\" (bonus.drl:6) "
                + "and \"1.3\" (scoring.csv, row 13, column F) both scored component 1.3; keep one.")
                || problems.contains(f + ":6: rule \"every yes earns full marks\": for the value yes, rules \"1.3\" (scoring.csv, row 13, column F) and "
                        + "\"every yes earns full marks\" (bonus.drl:6) both scored component 1.3; keep one."), problems.toString());
        List<String> vi = vn.dti.text.Language.during(vn.dti.text.Language.VI, () -> MethodologyCheck.of(dir)).problems();
        assertTrue(vi.stream().anyMatch(p -> p.contains("\"1.3\" (scoring.csv, dòng 13, cột F)") && p.contains("\"every yes earns full marks\" (bonus.drl:6)")
                && p.contains("cùng chấm chỉ số thành phần 1.3")), vi.toString());
        assertFalse(vi.stream().anyMatch(p -> p.contains(", row ") || p.contains(", column ")), vi.toString());
    }

    @Test
    void indicatorInAList_isTheComponentsTheRuleScores() throws IOException {
        Path dir = exported("m");
        dropRow(dir, "8.2");
        drl(dir, "listed.drl",
                "rule \"8.2 listed\"",
                "when",
                "    $v : ComponentValue( indicator in (\"8.2\"), reported )",
                "then",
                "    score.goal(kcontext, $v, 0.10);",
                "end");
        MethodologyCheck check = vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> MethodologyCheck.of(dir));
        assertEquals(List.of(), check.problems());
        ScoreCard card = check.scorer().score(Fixtures.khanhHoa2023());
        assertEquals(0.0252 / 0.10 * 50, card.component("8.2").orElseThrow().points(), 1e-12);
        assertEquals("8.2 listed", card.component("8.2").orElseThrow().explanation().rule());
        assertEquals("listed.drl:5", card.component("8.2").orElseThrow().explanation().location());
        assertEquals("goal 0.1", vn.dti.scoring.ScoringPattern.describe(check.scorer().scoringRule(vn.dti.api.IndicatorId.of("8.2")).orElseThrow()
                .pattern()));
    }

    @Test
    void scoreCardsNameTheCellOfATablesRule_andTheLineOfARuleFilesRule() throws IOException {
        ScoreCard csv = Fixtures.province2025().score(Fixtures.khanhHoa2023());
        assertEquals("scoring.csv", csv.component("3.4").orElseThrow().explanation().file());
        assertEquals("scoring.csv, row 23, column C", csv.component("3.4").orElseThrow().explanation().location());
        Path dir = exported("x");
        Files.write(dir.resolve("scoring.xlsx"), TableWorkbooks.fromCsv(Files.readAllBytes(dir.resolve("scoring.csv"))));
        Files.delete(dir.resolve("scoring.csv"));
        ScoreCard xlsx = Methodologies.load(dir).score(Fixtures.khanhHoa2023());
        assertEquals("scoring.xlsx, sheet Chấm điểm, row 23, column C", xlsx.component("3.4").orElseThrow().explanation().location());
        Path drlDir = Fixtures.drlVariant(tmp.resolve("drl"));
        ScoreCard drl = Methodologies.load(drlDir).score(Fixtures.khanhHoa2023());
        assertEquals("scoring.drl:" + MethodologyFolderTest.lineOf(drlDir.resolve("scoring.drl"), "rule \"3.4\""),
                drl.component("3.4").orElseThrow().explanation().location());
        // JSON: a new field beside "file", left out when empty
        String json = vn.dti.json.DtiJson.write(xlsx);
        assertTrue(json.contains("\"location\" : \"scoring.xlsx, sheet Chấm điểm, row 23, column C\""), json);
        assertEquals("", csv.component("7.1").orElseThrow().explanation().location(), "not reported: no rule scored it");
    }
}
