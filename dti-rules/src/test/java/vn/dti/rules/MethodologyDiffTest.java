package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changed between two folders, and the methodology's effect on the same evidence. */
class MethodologyDiffTest {
    @TempDir
    Path tmp;

    @Test
    void sameFolder_noChange() {
        MethodologyDiff d = MethodologyDiff.compare(Fixtures.province2025(), Fixtures.province2025(), List.of(Fixtures.khanhHoa2023()), List.of("kh.json"));
        assertTrue(d.isEmpty(), d.toString());
    }

    @Test
    void editedCopy_catalogueAndRuleChanges_andTheirEffectOnTheExample() throws IOException {
        Path dir = tmp.resolve("new");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        // 3.4's goal from 0.90 to 0.80; 1.2's bands; 5.8's responsible agency; 4.5 renamed
        MethodologyFolderTest.edit(dir.resolve("scoring.csv"), "\n3.4,,0.90,", "\n3.4,,0.80,");
        MethodologyFolderTest.edit(dir.resolve("scoring.csv"), "\"3:10, 2:7, 1:4\"", "\"30:10, 20:7, 10:4\"");
        MethodologyFolderTest.edit(dir.resolve("methodology.json"), "\"name\": \"Cổng Dịch vụ công được cấp chứng nhận tín nhiệm mạng\",",
                "\"name\": \"Cổng Dịch vụ công của tỉnh được cấp chứng nhận tín nhiệm mạng\",");
        MethodologyDiff d = MethodologyDiff.compare(Fixtures.province2025(), Methodologies.load(dir), List.of(Fixtures.khanhHoa2023()), List.of("kh.json"));
        List<String> changes = d.changes().stream().map(c -> c.indicator() + " " + c.what() + ": " + c.before() + " → " + c.after()).toList();
        assertEquals(List.of("1.2 rule: bands 3:10, 2:7, 1:4 → bands 30:10, 20:7, 10:4",
                "3.4 rule: goal 0.9 → goal 0.8",
                "5.8 name: Cổng Dịch vụ công được cấp chứng nhận tín nhiệm mạng → Cổng Dịch vụ công của tỉnh được cấp chứng nhận tín nhiệm mạng"),
                changes);
        assertTrue(d.changes().get(1).where().startsWith("scoring.csv, row "), d.changes().get(1).where());
        MethodologyDiff.EvidenceEffect e = d.evidence().get(0);
        // 3.4: 0.872 / 0.90 × 30 = 29.0667 → full 30; 1.2: 27 documents ≥ 3 → 10, and 27 ≥ 20 → 7
        assertEquals(List.of("1.2", "3.4"), e.components().stream().map(MethodologyDiff.ComponentEffect::id).toList());
        assertEquals(10.0, e.components().get(0).oldPoints(), 0);
        assertEquals(7.0, e.components().get(0).newPoints(), 0);
        assertEquals(0.872 / 0.90 * 30, e.components().get(1).oldPoints(), 1e-12);
        assertEquals(30.0, e.components().get(1).newPoints(), 0);
        assertEquals(e.oldTotal() - 3 + (30 - 0.872 / 0.90 * 30), e.newTotal(), 1e-9);
    }

    @Test
    void completenessRulesAndOtherFiles_areListedByRuleAndFile() throws IOException {
        Path dir = tmp.resolve("new");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path drl = dir.resolve("completeness.drl");
        // a rule's threshold changed, a rule removed, a rule added; the calendar edited; a comment reworded
        MethodologyFolderTest.edit(drl, "daysAfterPeriod > 31", "daysAfterPeriod > 45");
        String text = java.nio.file.Files.readString(drl);
        int start = text.indexOf("rule \"Not applicable\"");
        int end = text.indexOf("\nend\n", start) + 5;
        text = text.substring(0, start) + text.substring(end);
        text = text.replace("// A component without a value earns nothing.", "// A component without a value earns no points.")
                + "\nrule \"Zero documents on an automatic value\"\nwhen\n    $v : ComponentValue( reported, automatic, documents == 0 )\nthen\nend\n";
        java.nio.file.Files.writeString(drl, text);
        MethodologyFolderTest.edit(dir.resolve("calendar.json"), "\"day\": 25", "\"day\": 20");
        MethodologyDiff d = MethodologyDiff.compare(Fixtures.province2025(), Methodologies.load(dir), List.of(), List.of());
        List<String> changes = d.changes().stream().map(c -> c.what() + " " + c.before() + " → " + c.after() + " @ " + c.where()).toList();
        assertEquals(List.of(
                "file changed null → line 8 changed @ calendar.json",
                "rule changed Document dated after the period → Document dated after the period @ completeness.drl:"
                        + MethodologyFolderTest.lineOf(drl, "rule \"Document dated after the period\""),
                "rule added null → Zero documents on an automatic value @ completeness.drl:" + MethodologyFolderTest.lineOf(drl, "rule \"Zero documents"),
                "rule removed Not applicable → null @ completeness.drl:26 in the old folder"), changes);
    }

    @Test
    void templatesNotesCommentsAndLineEndings_areNeverInvisible() throws IOException {
        Path dir = tmp.resolve("new");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path csv = dir.resolve("scoring.csv");
        Path drl = dir.resolve("completeness.drl");
        // a code template tightened (every row's rule changes, no component's pattern does)
        MethodologyFolderTest.edit(csv, "\"indicator == \"\"$param\"\", reported\"", "\"indicator == \"\"$param\"\", reported, documents > 1\"");
        // a rule kept inside a block comment, and 'end' followed by a comment
        String text = java.nio.file.Files.readString(drl).replace("rule \"Not reported\"", "/* rule \"Old not reported\"\nwhen\nthen\nend */\nrule \"Not reported\"");
        text = text.replaceFirst("\nend\n", "\nend // the first rule\n");
        java.nio.file.Files.writeString(drl, text);
        // the calendar saved with Windows line endings
        Path calendar = dir.resolve("calendar.json");
        java.nio.file.Files.writeString(calendar, java.nio.file.Files.readString(calendar).replace("\n", "\r\n"));
        MethodologyDiff d = MethodologyDiff.compare(Fixtures.province2025(), Methodologies.load(dir), List.of(), List.of());
        List<String> changes = d.changes().stream().map(c -> c.what() + " " + c.after() + " @ " + c.where()).toList();
        assertEquals(List.of(
                "file changed line endings only (now CRLF) @ calendar.json",
                "file changed comments or spacing only @ completeness.drl",
                "file changed row 9 changed, outside the component rows (notes, column types, code templates or headers: it may change every row's "
                        + "rule) @ scoring.csv"), changes);
    }
}
