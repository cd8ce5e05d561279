package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.text.Language;

/**
 * A rule file Drools cannot compile (issue 20 item 1): the place in words and a sentence of the
 * catalogue in the run's language, what to fix for the common mistakes, then Drools' own text.
 */
class RuleCompilerWordsTest {
    private static final String NO_DOCUMENT = "$v : ComponentValue( reported, documents == 0, !automatic )";
    private static final String WITHHOLD = "score.withhold(kcontext, $v, FindingCode.NO_EVIDENCE_DOCUMENT";

    @TempDir
    Path tmp;

    /** The bundled folder with one edit of completeness.drl. */
    private Path broken(String from, String to) throws IOException {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        MethodologyFolderTest.edit(dir.resolve("completeness.drl"), from, to);
        return dir;
    }

    /** The first problem of a folder that is refused, in each language (the folder loaded in a run in that language). */
    private static List<String> problem(Path dir, boolean trusted) {
        InvalidMethodologyException vi = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir, trusted));
        InvalidMethodologyException en = assertThrows(InvalidMethodologyException.class,
                () -> Language.during(Language.EN, () -> Methodologies.load(dir, trusted)));
        return List.of(vi.problems().get(0), en.problems(Language.EN).get(0));
    }

    @Test
    void misspeltScoringMethod_namesLineAndColumnInWords_suggestsTheMethod_keepsDroolsText() throws IOException {
        Path dir = broken(WITHHOLD, "score.withold(kcontext, $v, FindingCode.NO_EVIDENCE_DOCUMENT");
        String drl = dir.resolve("completeness.drl").toString();
        int line = MethodologyFolderTest.lineOf(dir.resolve("completeness.drl"), "score.withold");
        List<String> p = problem(dir, false);
        String drools = "Rule Compilation error The method withold(RuleContext, ComponentValue, FindingCode, Message) is undefined for the type ScoreSheet";
        assertTrue(p.get(0).startsWith(drl + ", dòng " + line + ", cột 11: quy tắc không biên dịch được: score không có phương thức withold; "
                + "có lẽ định viết withhold? Các phương thức của nó: "), p.get(0));
        assertTrue(p.get(0).endsWith("(docs/methodologies.md). Chi tiết của Drools: " + drools), p.get(0));
        assertTrue(p.get(0).contains("award, bands, category, finding, goal, ") && p.get(0).contains(", withhold, yesNo, zScaled (docs/methodologies.md)"), p.get(0));
        assertTrue(p.get(1).startsWith(drl + ":" + line + ":11: the rule does not compile: score has no method withold; did you mean withhold? Its methods: "),
                p.get(1));
        assertTrue(p.get(1).endsWith("(docs/methodologies.md). Drools says: " + drools), p.get(1));
    }

    @Test
    void misspeltGetterOfTheValue_suggestsTheGetter() throws IOException {
        Path dir = broken("score.message(\"rules.finding.noDocument\", $v.getIndicator())", "score.message(\"rules.finding.noDocument\", $v.getIndicatr())");
        List<String> p = problem(dir, false);
        assertTrue(p.get(0).contains(": quy tắc không biên dịch được: $v (ComponentValue) không có phương thức getIndicatr; có lẽ định viết getIndicator? "),
                p.get(0));
        assertTrue(p.get(1).contains(": the rule does not compile: $v (ComponentValue) has no method getIndicatr; did you mean getIndicator? "), p.get(1));
        assertTrue(p.get(1).endsWith("Drools says: Rule Compilation error The method getIndicatr() is undefined for the type ComponentValue"), p.get(1));
    }

    @Test
    void unknownFieldInACondition_suggestsTheField() throws IOException {
        Path dir = broken(NO_DOCUMENT, "$v : ComponentValue( reported, documentz == 0, !automatic )");
        String drl = dir.resolve("completeness.drl").toString();
        int line = MethodologyFolderTest.lineOf(dir.resolve("completeness.drl"), "documentz");
        List<String> p = problem(dir, false);
        assertTrue(p.get(0).startsWith(drl + ", dòng " + line + ": quy tắc không biên dịch được: ComponentValue không có trường documentz; "
                + "có lẽ định viết documents? Các trường của nó: "), p.get(0));
        assertTrue(p.get(0).contains("Chi tiết của Drools: Unable to Analyse Expression documentz == 0"), p.get(0));
        assertTrue(p.get(1).startsWith(drl + ":" + line + ": the rule does not compile: ComponentValue has no field documentz; did you mean documents? "
                + "Its fields: "), p.get(1));
        assertTrue(p.get(1).contains(", documents, ") && p.get(1).contains(", reported, "), p.get(1));
    }

    @Test
    void syntaxError_theRuleAndTheLineAbove_inWords() throws IOException {
        Path dir = broken(NO_DOCUMENT, "$v : ComponentValue( reported, documents == 0 !automatic )");
        Path file = dir.resolve("completeness.drl");
        int line = MethodologyFolderTest.lineOf(file, "documents == 0 !automatic");
        int rule = MethodologyFolderTest.lineOf(file, "rule \"No evidence document\"");
        List<String> p = problem(dir, false);
        assertEquals(file + ", dòng " + line + ", cột 51: lỗi cú pháp trong quy tắc \"No evidence document\" (completeness.drl, dòng " + rule + "): "
                + "hãy kiểm tra dấu ngoặc và dấu nháy ở dòng phía trên, dòng " + (line - 1) + " (when): Drools chỉ nhận ra dấu \")\" hoặc dấu nháy bị thiếu "
                + "ở dòng tiếp theo. Chi tiết của Drools: [ERR 102] Line " + line + ":50 mismatched input '!' in rule \"No evidence document\"", p.get(0));
        assertEquals(file + ":" + line + ":51: syntax error in rule \"No evidence document\" (completeness.drl:" + rule + "): check the brackets and quotes "
                + "of the line above, line " + (line - 1) + " (when): Drools notices a missing \")\" or quote only on the next line. Drools says: [ERR 102] Line "
                + line + ":50 mismatched input '!' in rule \"No evidence document\"", p.get(1));
    }

    @Test
    void unknownFactType_inTrustedMode_saysWhatARuleLooksAt() throws IOException {
        Path dir = broken(NO_DOCUMENT, "$v : ComponentValu( reported, documents == 0, !automatic )");
        List<String> p = problem(dir, true);
        assertTrue(p.get(0).contains(": quy tắc không biên dịch được: không có loại dữ kiện ComponentValu; quy tắc của một bộ chỉ số chỉ xét giá trị "
                + "ComponentValue (vn.dti.rules)"), p.get(0));
        assertTrue(p.get(1).contains(": the rule does not compile: there is no fact type ComponentValu; "), p.get(1));
        assertTrue(p.get(1).endsWith("Drools says: Unable to resolve ObjectType 'ComponentValu'"), p.get(1));
    }

    @Test
    void unknownName_inTrustedMode_asksToCheckItsSpelling() throws IOException {
        Path dir = broken(WITHHOLD, "score.withhold(kcontext, $v, FindingCode.NO_EVIDENCE_DOC");
        List<String> p = problem(dir, true);
        assertTrue(p.get(0).contains(": quy tắc không biên dịch được: tên NO_EVIDENCE_DOC không có ở đây; hãy kiểm tra chính tả "), p.get(0));
        assertTrue(p.get(1).contains(": the rule does not compile: the name NO_EVIDENCE_DOC is not known here; check its spelling "), p.get(1));
        assertTrue(p.get(1).contains("Drools says: Rule Compilation error NO_EVIDENCE_DOC cannot be resolved"), p.get(1));
    }
}
