package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.DtiException;
import vn.dti.api.FindingCode;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.ScoreCard;
import vn.dti.text.Language;

/** Methodology folders: export, edit without rebuilding, and refusal of broken copies with file and line. */
class MethodologyFolderTest {
    @TempDir
    Path tmp;

    private Path exported() {
        Path dir = tmp.resolve("copy");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        return dir;
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "fixture text not found: " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The 1-based line of the first occurrence of {@code text} in the file. */
    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void bundled_isListedAndShared() {
        assertTrue(Methodologies.bundled().contains(Fixtures.PROVINCE_2025));
        assertSame(Methodologies.bundled(Fixtures.PROVINCE_2025), Methodologies.bundled(Fixtures.PROVINCE_2025));
    }

    @Test
    void export_thenEditTheTable_changesNextRun() throws IOException {
        Path dir = exported();
        ScoreCard before = Methodologies.load(dir).score(Fixtures.khanhHoa2023());
        assertEquals(0.872 / 0.90 * 30, before.component("3.4").orElseThrow().points(), 1e-12);
        edit(dir.resolve("scoring.csv"), "\n3.4,,0.90,", "\n3.4,x,,");
        ScoreCard after = Methodologies.load(dir).score(Fixtures.khanhHoa2023());
        assertEquals(0.872 * 30, after.component("3.4").orElseThrow().points(), 1e-12);
        assertNotEquals(before.methodology().version(), after.methodology().version());
        assertEquals(before.totalPoints() - 0.872 / 0.90 * 30 + 0.872 * 30, after.totalPoints(), 1e-9);
    }

    @Test
    void drlVariant_scoresLikeTheTableOnUnchangedRows() {
        // the DRL path stays supported: the frozen rule-file variant loads and scores 3.4 by its own rule
        ScoreCard card = Methodologies.load(Fixtures.drlVariant(tmp.resolve("drl"))).score(Fixtures.khanhHoa2023());
        assertEquals("scoring.drl", card.component("3.4").orElseThrow().explanation().file());
        assertEquals("3.4", card.component("3.4").orElseThrow().explanation().rule());
        assertEquals(0.872 / 0.90 * 30, card.component("3.4").orElseThrow().points(), 1e-12);
    }

    @Test
    void export_refusesNonEmptyTarget() throws IOException {
        Path dir = tmp.resolve("full");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("keep.txt"), "mine");
        DtiException e = assertThrows(DtiException.class, () -> Methodologies.export(Fixtures.PROVINCE_2025, dir));
        assertTrue(e.message(Language.EN).contains("is not empty"), e.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
    }

    @Test
    void brokenRule_syntaxError_namesFileAndLine() throws IOException {
        Path dir = Fixtures.drlVariant(tmp.resolve("drl"));
        Path drl = dir.resolve("scoring.drl");
        edit(drl, "ComponentValue( indicator == \"3.4\", reported )", "ComponentValue( indicator == \"3.4\" reported )");
        int line = lineOf(drl, "indicator == \"3.4\" reported");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertEquals(1, e.problems(Language.EN).size(), e.getMessage());
        assertTrue(e.problems(Language.EN).get(0).startsWith(drl + ":" + line + ":"), e.getMessage());
    }

    @Test
    void brokenRule_javaError_namesFileAndLine() throws IOException {
        Path dir = exported();
        Path drl = dir.resolve("completeness.drl");
        edit(drl, "score.finding(kcontext, $v, FindingCode.OUT_OF_RANGE,", "score.findingg(kcontext, $v, FindingCode.OUT_OF_RANGE,");
        int line = lineOf(drl, "score.findingg");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(e.message(Language.EN).contains(drl + ":" + line + ":11: the rule does not compile: score has no method findingg; did you mean finding? "),
                e.getMessage());
        assertTrue(e.message(Language.EN).contains(". Drools says: Rule Compilation error The method findingg("), e.getMessage());
    }

    @Test
    void rule_namesUnknownIndicator() throws IOException {
        Path dir = Fixtures.drlVariant(tmp.resolve("drl"));
        Path drl = dir.resolve("scoring.drl");
        edit(drl, "indicator == \"7.5\"", "indicator == \"7.55\"");
        int line = lineOf(drl, "\"7.55\"");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(e.message(Language.EN).contains(drl + ":" + line + ":40: rule \"7.5\" matches indicator \"7.55\", which methodology.json does not have."),
                e.getMessage());
    }

    @Test
    void scoredComponent_withoutRule() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        lines.removeIf(l -> l.startsWith("7.4,"));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        // reported against the table it was deleted from, with where to add it back (issue 20 item 2)
        assertTrue(e.message(Language.EN).contains(csv + ": " + vn.dti.text.Messages.text(vn.dti.text.Language.EN, "rules.table.missingRow", "7.4",
                "Số điểm phục vụ của mạng bưu chính công cộng có kết nối Internet băng rộng cố định", "20", "7.3")), e.getMessage());
        assertFalse(e.message(Language.EN).contains("@indicator"), e.getMessage());
    }

    @Test
    void catalogue_doesNotAddUp() throws IOException {
        Path dir = exported();
        edit(dir.resolve("methodology.json"), "\"label\": \"Digital infrastructure\",\n      \"maxPoints\": 200",
                "\"label\": \"Digital infrastructure\",\n      \"maxPoints\": 250");
        InvalidMethodologyException e = Language.during(Language.EN, () -> assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir)));
        assertTrue(e.message(Language.EN).contains("methodology.json:"), e.getMessage());
        assertTrue(e.message(Language.EN).contains("The max points (250) of main indicator 3 (Hạ tầng số) exceed the sum of its components (200)."),
                e.getMessage());
    }

    @Test
    void categoryTable_mustCoverCatalogue_inTheDrlToo() throws IOException {
        Path dir = Fixtures.drlVariant(tmp.resolve("drl"));
        edit(dir.resolve("scoring.drl"), "\"both:10, one:5, none:0\"", "\"both:10, none:0\"");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(e.message(Language.EN).contains("category \"one\" of component 2.2 has no points"), e.getMessage());
        assertTrue(e.message(Language.EN).contains(dir.resolve("scoring.drl") + ":" + lineOf(dir.resolve("scoring.drl"), "\"both:10, none:0\"")), e.getMessage());
    }

    @Test
    void folder_withoutCatalogueOrRules() throws IOException {
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        assertTrue(assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(empty)).message(Language.EN).contains("no methodology.json"));
        Path dir = exported();
        Files.delete(dir.resolve("scoring.csv"));
        Files.delete(dir.resolve("completeness.drl"));
        Files.delete(dir.resolve("plausibility.drl"));
        assertTrue(assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir)).message(Language.EN)
                .contains("no rule files (.drl) and no decision tables (.csv, .xlsx)"));
        assertThrows(InvalidMethodologyException.class, () -> Methodologies.resolve("no-such-methodology"));
    }

    @Test
    void ruleAwardingAboveMaxOnABoundaryValue_isRefusedWhenTheFolderLoads() throws IOException {
        Path dir = Fixtures.drlVariant(tmp.resolve("drl"));
        Path drl = dir.resolve("scoring.drl");
        edit(drl, "score.goal(kcontext, $v, 0.60);", "score.award(kcontext, $v, $v.getRatio() * 100, \"ratio × 100\");");
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertEquals(1, e.problems(Language.EN).size(), e.getMessage());
        String p = e.problems(Language.EN).get(0);
        assertTrue(p.startsWith(drl + ":" + lineOf(drl, "score.award(kcontext, $v, $v.getRatio() * 100") + ":"), p);
        assertTrue(p.contains("for the value 1, rule \"6.6\" (scoring.drl:" + lineOf(drl, "rule \"6.6\"") + ") tried to award 100 points to component "
                + "6.6, outside [0, 50]"), p);
    }

    @Test
    void ruleAwardingAboveMaxOnlyAtRunTime_isRuleViolationNotClamped() throws IOException {
        // the sweep tries one document per component; a formula on the number of documents escapes it
        Path dir = Fixtures.drlVariant(tmp.resolve("drl"));
        edit(dir.resolve("scoring.drl"), "score.goal(kcontext, $v, 0.60);",
                "score.award(kcontext, $v, $v.getDocuments() * 30, \"30 per document\");");
        ScoreCard card = Methodologies.load(dir).score(Fixtures.evidence(vn.dti.api.ComponentEvidence.of("6.6", 0.7, Fixtures.doc(), Fixtures.doc())));
        var s = card.component("6.6").orElseThrow();
        assertEquals(0.0, s.points(), 0);
        assertEquals(FindingCode.RULE_VIOLATION, s.findings().get(0).code());
        assertTrue(s.findings().get(0).message().in(Language.EN).contains("rule \"6.6\" (scoring.drl:" + lineOf(dir.resolve("scoring.drl"), "rule \"6.6\"")
                + ") tried to award 60 points"), s.findings().get(0).message().in(Language.EN));
        assertEquals(50.0, s.findings().get(0).pointsLost(), 0);
        assertEquals(0.0, s.findings().get(0).pointsAtRisk(), 0);
    }

    @Test
    void twoRulesScoringOneComponent_isRefusedWhenTheFolderLoads() throws IOException {
        Path dir = exported();
        Files.writeString(dir.resolve("extra.drl"), String.join("\n",
                "package extra",
                "import vn.dti.rules.ComponentValue",
                "global vn.dti.rules.ScoreSheet score",
                "rule \"5.1 again\" @indicator(\"5.1\")",
                "when $v : ComponentValue( indicator == \"5.1\", reported )",
                "then score.ratio(kcontext, $v);",
                "end", ""));
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(e.message(Language.EN).contains("component 5.1 is scored by 2 rules: \"5.1 again\" (extra.drl:6:12), \"5.1\" (scoring.csv, row "),
                e.getMessage());
        assertTrue(e.message(Language.EN).contains("keep exactly one"), e.getMessage());
    }
}
