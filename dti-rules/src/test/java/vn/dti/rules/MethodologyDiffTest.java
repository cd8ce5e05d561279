package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.text.Language;

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
        // the rule's cell in the run's language: Vietnamese by default, English when asked
        assertEquals("scoring.csv, dòng 23, cột C", d.changes().get(1).where());
        assertEquals("scoring.csv, row 23, column C", vn.dti.text.Language.during(vn.dti.text.Language.EN,
                () -> MethodologyDiff.compare(Fixtures.province2025(), Methodologies.load(dir), List.of(), List.of())).changes().get(1).where());
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
        MethodologyDiff d = vn.dti.text.Language.during(vn.dti.text.Language.EN,
                () -> MethodologyDiff.compare(Fixtures.province2025(), Methodologies.load(dir), List.of(), List.of()));
        List<String> changes = d.changes().stream().map(c -> c.what() + " " + c.before() + " → " + c.after() + " @ " + c.where()).toList();
        assertEquals(List.of(
                "file changed null → line 8 changed @ calendar.json",
                "rule changed Document dated after the period → Document dated after the period @ completeness.drl:"
                        + MethodologyFolderTest.lineOf(drl, "rule \"Document dated after the period\""),
                "rule added null → Zero documents on an automatic value @ completeness.drl:" + MethodologyFolderTest.lineOf(drl, "rule \"Zero documents"),
                "rule removed Not applicable → null @ completeness.drl:27 in the old folder"), changes);
        // in the run's language: Vietnamese by default
        List<String> vi = MethodologyDiff.compare(Fixtures.province2025(), Methodologies.load(dir), List.of(), List.of()).changes().stream()
                .map(c -> c.what() + " " + c.after() + " @ " + c.where()).toList();
        assertEquals("file changed dòng 8 đã thay đổi @ calendar.json", vi.get(0));
        assertEquals("rule removed null @ completeness.drl:27 trong thư mục cũ", vi.get(3));
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
        MethodologyDiff d = vn.dti.text.Language.during(vn.dti.text.Language.EN,
                () -> MethodologyDiff.compare(Fixtures.province2025(), Methodologies.load(dir), List.of(), List.of()));
        List<String> changes = d.changes().stream().map(c -> c.what() + " " + c.after() + " @ " + c.where()).toList();
        assertEquals(List.of(
                "file changed line endings only (now CRLF) @ calendar.json",
                "file changed comments or spacing only @ completeness.drl",
                "file changed row 9 changed, outside the component rows (notes, column types, code templates or headers: it may change every row's "
                        + "rule) @ scoring.csv"), changes);
        List<String> vi = MethodologyDiff.compare(Fixtures.province2025(), Methodologies.load(dir), List.of(), List.of()).changes().stream()
                .map(c -> c.what() + " " + c.after() + " @ " + c.where()).toList();
        assertEquals(List.of(
                "file changed chỉ khác ký tự xuống dòng (nay là CRLF) @ calendar.json",
                "file changed chỉ khác chú thích hoặc khoảng trắng @ completeness.drl",
                "file changed dòng 9 đã thay đổi, ngoài các dòng chỉ số thành phần (ghi chú, kiểu cột, mẫu mã hoặc tiêu đề: có thể làm thay đổi quy tắc của "
                        + "mọi dòng) @ scoring.csv"), vi);
    }

    /**
     * The new edition drops 5.8 (10 points: main 5 and the total lose them) and 9.2, and renumbers
     * 9.3 as 9.4 (same official name). Evidence reporting 5.8, 9.2 and 9.3 is scored by each side
     * with the components it knows.
     */
    static Path droppedAndRenumbered(Path dir) throws IOException {
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path json = dir.resolve("methodology.json");
        ObjectNode root = (ObjectNode) vn.dti.json.DtiJson.mapper().readTree(json.toFile());
        root.put("totalPoints", 990);
        for (JsonNode main : root.get("mainIndicators")) {
            ArrayNode components = (ArrayNode) main.get("components");
            for (int i = components.size() - 1; i >= 0; i--) {
                String id = components.get(i).get("id").asText();
                if (id.equals("5.8") || id.equals("9.2")) {
                    components.remove(i);
                } else if (id.equals("9.3")) {
                    ((ObjectNode) components.get(i)).put("id", "9.4");
                }
            }
            if (main.get("id").asText().equals("5")) {
                ((ObjectNode) main).put("maxPoints", 90);
            }
        }
        vn.dti.json.DtiJson.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);
        Path csv = dir.resolve("scoring.csv");
        String table = Files.readString(csv);
        table = table.replaceAll("\n5\\.8,[^\n]*", "").replaceAll("\n9\\.2,[^\n]*", "").replace("\n9.3,", "\n9.4,");
        Files.writeString(csv, table);
        return dir;
    }

    @Test
    void removedAndRenumberedComponents_evidenceScoredByEachSideWithWhatItKnows() throws IOException {
        RuleScorer newer = Methodologies.load(droppedAndRenumbered(tmp.resolve("new")));
        vn.dti.api.Evidence yes58 = Fixtures.evidence(vn.dti.api.ComponentEvidence.of("5.8", true, Fixtures.doc()),
                vn.dti.api.ComponentEvidence.of("9.3", true, Fixtures.doc()), vn.dti.api.ComponentEvidence.of("5.1", 1.0, Fixtures.doc()));
        MethodologyDiff d = MethodologyDiff.compare(Fixtures.province2025(), newer, List.of(Fixtures.khanhHoa2023(), yes58), List.of("kh.json", "yes.json"));
        List<String> changes = d.changes().stream().filter(c -> c.indicator() != null)
                .map(c -> c.indicator() + " " + c.what() + ": " + c.before() + " → " + c.after()).toList();
        assertEquals(List.of("5 maxPoints: 100 → 90", "9.4 moved: 9.3 → 9.4",
                "5.8 removed: Cổng Dịch vụ công được cấp chứng nhận tín nhiệm mạng (10 points) → null",
                "9.2 removed: Ban hành kiến trúc ICT phát triển Đô thị thông minh (0 points) → null"), changes);
        // the example has entries for 5.8 (not reported) and 9.2, which the new catalogue lacks, and 9.3 (scored as 9.4 by the new rules)
        MethodologyDiff.EvidenceEffect kh = d.evidence().get(0);
        assertEquals(List.of(), kh.leftOutOfOld());
        assertEquals(List.of("5.8", "9.2"), kh.leftOutOfNew());
        assertEquals(kh.oldTotal(), kh.newTotal(), 1e-9, "no scored component changed for Khánh Hòa");
        assertEquals(List.of("9.3 → 9.4 moved 0 → 0", "5.8 removed 0 → 0", "9.2 removed 0 → 0"), kh.components().stream()
                .map(c -> c.label() + " " + c.kind() + " " + vn.dti.api.Points.format(c.oldPoints()) + " → " + vn.dti.api.Points.format(c.newPoints()))
                .toList());
        // 5.8 yes earns its 10 points under the old rules, and has no place in the new: the total drops by 10
        MethodologyDiff.EvidenceEffect yes = d.evidence().get(1);
        assertEquals(List.of("5.8"), yes.leftOutOfNew());
        assertEquals(10 + 20, yes.oldTotal(), 1e-9);
        assertEquals(20, yes.newTotal(), 1e-9);
        MethodologyDiff.ComponentEffect removed = yes.components().stream().filter(c -> c.id().equals("5.8")).findFirst().orElseThrow();
        assertEquals("removed", removed.kind());
        assertEquals(10, removed.oldPoints(), 0);
        assertEquals(-10, removed.change(), 0);
        assertEquals("yes → max 10 = 10", removed.oldFormula().in(Language.EN));
        assertEquals("có → tối đa 10 = 10", removed.oldFormula().in(Language.VI));
    }
}
