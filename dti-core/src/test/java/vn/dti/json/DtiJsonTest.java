package vn.dti.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentScore;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.Explanation;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.MethodologyRef;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;

class DtiJsonTest {
    /** Reads in English, as {@code --lang en} does: these tests assert today's English messages (readEvidence_inVietnamese the default's). */
    private static Evidence read(String json) {
        return vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> readVi(json));
    }

    private static Evidence readVi(String json) {
        return DtiJson.readEvidence(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "e.json");
    }

    /** A bad field, value, date or shape, in Vietnamese (the default language): the file, line, column and JSON path named as in English. */
    @Test
    void readEvidence_inVietnamese_namesFileLineAndField() {
        String valeu = HEAD + " \"components\": [\n  {\"indicator\": \"3.4\", \"valeu\": 0.5}]}";
        InvalidEvidenceException vi = assertThrows(InvalidEvidenceException.class, () -> readVi(valeu));
        assertTrue(vi.getMessage().startsWith("e.json:5:37: tại $.components[0].valeu: không có trường \"valeu\"; các trường có ở đây: ["), vi.getMessage());
        InvalidEvidenceException en = assertThrows(InvalidEvidenceException.class, () -> read(valeu));
        assertTrue(en.getMessage().startsWith("e.json:5:37: at $.components[0].valeu: unknown field \"valeu\"; known fields here: ["), en.getMessage());
        InvalidEvidenceException date = assertThrows(InvalidEvidenceException.class, () -> readVi(HEAD
                + " \"components\": [\n  {\"indicator\": \"3.4\", \"value\": 0.5, \"documents\": [{\"number\": \"1\", \"date\": \"05/12/2023\"}]}]}"));
        assertTrue(date.getMessage().contains("tại $.components[0].documents[0].date: ngày không đọc được ("), date.getMessage());
        assertTrue(date.getMessage().contains("ghi ngày theo dạng yyyy-mm-dd"), date.getMessage());
        InvalidEvidenceException obj = assertThrows(InvalidEvidenceException.class, () -> readVi(HEAD + " \"components\": {}}"));
        assertEquals("e.json:4:16: tại $.components: cần một danh sách [...] ở đây, nhưng gặp một đối tượng {...}.", obj.getMessage());
        InvalidEvidenceException number = assertThrows(InvalidEvidenceException.class, () -> readVi("42"));
        assertTrue(number.getMessage().startsWith("e.json:1:1: cần một đối tượng {...} ở đây, nhưng gặp một số (42). Một tệp số liệu là một "
                + "đối tượng JSON: "), number.getMessage());
        InvalidEvidenceException nul = assertThrows(InvalidEvidenceException.class, () -> readVi(HEAD + " \"components\": null}"));
        assertTrue(nul.getMessage().startsWith("e.json:4:16: có \"components\": null. Một tệp số liệu là một đối tượng JSON"), nul.getMessage());
    }

    private static final String HEAD = "{\n \"entity\": {\"id\": \"kh\", \"name\": \"Khánh Hòa\", \"kind\": \"PROVINCE\"},\n \"period\": \"2023\",\n";

    @Test
    void readEvidence_valuesOfEachKind() {
        Evidence e = read(HEAD + " \"components\": [\n"
                + "  {\"indicator\": \"3.4\", \"value\": 0.872, \"documents\": [{\"number\": \"4100/BC-BCĐCĐS\", \"date\": \"2023-12-05\"}]},\n"
                + "  {\"indicator\": \"1.3\", \"value\": true},\n"
                + "  {\"indicator\": \"1.1\", \"value\": \"head\"},\n"
                + "  {\"indicator\": \"7.1\", \"status\": \"NOT_REPORTED\"}]}");
        assertEquals(new Value.Numeric(0.872), e.components().get(0).value());
        assertEquals("4100/BC-BCĐCĐS", e.components().get(0).documents().get(0).number());
        assertEquals(new Value.YesNo(true), e.components().get(1).value());
        assertEquals(new Value.Category("head"), e.components().get(2).value());
        assertEquals(ReportStatus.NOT_REPORTED, e.components().get(3).status());
        assertEquals("Khánh Hòa", e.entity().name());
    }

    @Test
    void readEvidence_wrongShapes_saidInJsonWords_withThePlace() {
        InvalidEvidenceException nul = assertThrows(InvalidEvidenceException.class, () -> read(HEAD + " \"components\": null}"));
        assertTrue(nul.getMessage().startsWith("e.json:4:16: has \"components\": null."), nul.getMessage());
        InvalidEvidenceException obj = assertThrows(InvalidEvidenceException.class, () -> read(HEAD + " \"components\": {}}"));
        assertEquals("e.json:4:16: at $.components: expected a list [...] here, but found an object {...}.", obj.getMessage());
        InvalidEvidenceException text = assertThrows(InvalidEvidenceException.class, () -> read("\"hello\""));
        assertTrue(text.getMessage().startsWith("e.json:1:1: expected an object {...} here, but found a text in quotes (\"hello\"). An evidence file "
                + "is one JSON object"), text.getMessage());
        // an enum given as a number: Jackson would read "status": 1 as the second status (NOT_REPORTED)
        InvalidEvidenceException number = assertThrows(InvalidEvidenceException.class,
                () -> read(HEAD + " \"components\": [\n  {\"indicator\": \"3.4\", \"status\": 1}]}"));
        assertTrue(number.getMessage().startsWith("e.json:5:") && number.getMessage().contains("$.components[0].status"), number.getMessage());
        InvalidEvidenceException docs = assertThrows(InvalidEvidenceException.class,
                () -> read(HEAD + " \"components\": [\n  {\"indicator\": \"3.4\", \"value\": 0.5, \"documents\": \"BC 4100\"}]}"));
        assertTrue(docs.getMessage().startsWith("e.json:5:"), docs.getMessage());
        assertTrue(docs.getMessage().endsWith("at $.components[0].documents: expected a list [...] here, but found a text in quotes."), docs.getMessage());
    }

    /** A file whose top level is one value, or an empty object: the project's words for what was found, then what the file must look like. */
    @Test
    void readEvidence_topLevelNotAnEvidenceObject_saysWhatWasFound_andWhatTheFileMustLookLike() {
        String[][] cases = {
            {"42", "e.json:1:1: expected an object {...} here, but found a number (42)."},
            {"\n  -0.5e3", "e.json:2:3: expected an object {...} here, but found a number (-0.5e3)."},
            {"\"Khánh Hòa\"", "e.json:1:1: expected an object {...} here, but found a text in quotes (\"Khánh Hòa\")."},
            {"true", "e.json:1:1: expected an object {...} here, but found true."},
            {"false", "e.json:1:1: expected an object {...} here, but found false."},
            {"null", "e.json:1:1: expected an object {...} here, but found null."},
            {"[1, 2]", "e.json: the file holds a JSON array [...] where one JSON object {...} is expected."},
            {"{}", "e.json:1:2: The evidence has no \"entity\"."}};
        for (String[] c : cases) {
            InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> read(c[0]), c[0]);
            assertEquals(c[1] + " " + DtiJson.EVIDENCE_SHAPE, e.getMessage(), c[0]);
        }
        // inside the file, Jackson's type names are said in JSON's words too
        InvalidEvidenceException n = assertThrows(InvalidEvidenceException.class, () -> read(HEAD + " \"components\": 42}"));
        assertEquals("e.json:4:16: at $.components: expected a list [...] here, but found a number.", n.getMessage());
        InvalidEvidenceException b = assertThrows(InvalidEvidenceException.class, () -> read(HEAD + " \"components\": true}"));
        assertEquals("e.json:4:16: at $.components: expected a list [...] here, but found true or false.", b.getMessage());
    }

    @Test
    void locateAll_findsEveryPlaceInOnePass_andLeavesOutWhatIsNotThere() {
        byte[] json = (HEAD + " \"components\": [\n  {\"indicator\": \"3.4\", \"value\": 0.5},\n  {\"indicator\": \"3.5\", \"value\": \"cloud\"}\n ]\n}")
                .getBytes(StandardCharsets.UTF_8);
        java.util.Map<String, int[]> at = DtiJson.locateAll(json, List.of("/components/0", "/components/1", "/components/1/value", "/period",
                "/components/7", ""));
        assertEquals(List.of(5, 3), List.of(at.get("/components/0")[0], at.get("/components/0")[1]));
        assertEquals(List.of(6, 3), List.of(at.get("/components/1")[0], at.get("/components/1")[1]));
        assertEquals(List.of(6, 33), List.of(at.get("/components/1/value")[0], at.get("/components/1/value")[1]));
        assertEquals(3, at.get("/period")[0]);
        assertEquals(1, at.get("")[0], "the document itself");
        assertTrue(!at.containsKey("/components/7"), "no eighth component");
        assertEquals(List.of(5, 3), List.of(DtiJson.locate(json, "/components/0")[0], DtiJson.locate(json, "/components/0")[1]));
        assertEquals("/components/12/value", DtiJson.pointer("$.components[12].value"));
        assertEquals("/entity/kind", DtiJson.pointer("$.entity.kind"));
        assertEquals(null, DtiJson.pointer("components"));
    }

    @Test
    void readEvidence_aComponentListedTwice_isPlacedAtItsSecondEntry_namingTheFirst() {
        InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class, () -> read(HEAD + " \"components\": [\n  {\"indicator\": \"3.4\"},"
                + "\n  {\"indicator\": \"1.1\"},\n  {\"indicator\": \"3.4\", \"value\": 0.9}\n ]\n}"));
        assertTrue(ex.getMessage().startsWith("e.json:7:17: $.components[2].indicator: "), ex.getMessage());
        assertTrue(ex.getMessage().contains("3.4") && ex.getMessage().contains("$.components[0]") && ex.getMessage().contains(" 5."), ex.getMessage());
    }

    @Test
    void readEvidence_moreThanTenThousandEntries_isRefusedWithoutReadingThem() {
        StringBuilder sb = new StringBuilder(HEAD + " \"components\": [");
        for (int i = 0; i <= DtiJson.MAX_ENTRIES; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"indicator\": \"9.").append(i).append("\"}");
        }
        InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class, () -> read(sb + "]}"));
        assertTrue(ex.getMessage().startsWith("e.json:4:16: $.components: "), ex.getMessage());
        assertTrue(ex.getMessage().matches("(?s).*\\b10[.,]?000\\b.*"), ex.getMessage());
    }

    @Test
    void read_jsonLimitsAndTypes_inWords_withoutJavaNames() {
        InvalidEvidenceException deep = assertThrows(InvalidEvidenceException.class, () -> read("{\"x\": " + "[".repeat(1500) + "]".repeat(1500) + "}"));
        assertTrue(!deep.getMessage().contains("StreamReadConstraints") && deep.getMessage().matches("(?s)e\\.json.*\\b1[.,]?000\\b.*"), deep.getMessage());
        InvalidEvidenceException kind = assertThrows(InvalidEvidenceException.class, () -> read(HEAD.replace("PROVINCE", "PLANET") + " \"components\": []}"));
        assertTrue(kind.getMessage().startsWith("e.json:2:") && kind.getMessage().contains("[PLANET]") && kind.getMessage().contains("PROVINCE")
                && !kind.getMessage().contains("`") && !kind.getMessage().contains("Enum class"), kind.getMessage());
        InvalidEvidenceException source = assertThrows(InvalidEvidenceException.class, () -> read(HEAD + " \"components\": []}}"));
        assertTrue(!source.getMessage().contains("[Source:"), source.getMessage());
    }

    @Test
    void readEvidence_truncated() {
        InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class, () -> read(HEAD + " \"components\": [\n  {\"indicator\": \"3.4\", "));
        assertTrue(ex.getMessage().startsWith("e.json:5:"), ex.getMessage());
        assertTrue(ex.getMessage().contains("the file ends too early"), ex.getMessage());
    }

    @Test
    void readEvidence_nan() {
        InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class,
                () -> read(HEAD + " \"components\": [\n  {\"indicator\": \"3.4\", \"value\": NaN}]}"));
        assertTrue(ex.getMessage().startsWith("e.json:5:"), ex.getMessage());
        assertTrue(ex.getMessage().contains("NaN and Infinity are not numbers here"), ex.getMessage());
    }

    @Test
    void readEvidence_badDate() {
        InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class, () -> read(HEAD
                + " \"components\": [\n  {\"indicator\": \"3.4\", \"value\": 0.5, \"documents\": [{\"number\": \"1\", \"date\": \"05/12/2023\"}]}]}"));
        assertTrue(ex.getMessage().contains("at $.components[0].documents[0].date"), ex.getMessage());
        assertTrue(ex.getMessage().contains("write dates as yyyy-mm-dd"), ex.getMessage());
    }

    @Test
    void readEvidence_unknownField() {
        InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class,
                () -> read(HEAD + " \"components\": [\n  {\"indicator\": \"3.4\", \"valeu\": 0.5}]}"));
        assertTrue(ex.getMessage().contains("at $.components[0].valeu: unknown field \"valeu\""), ex.getMessage());
    }

    @Test
    void readEvidence_reportedWithoutValue() {
        InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class,
                () -> read(HEAD + " \"components\": [\n  {\"indicator\": \"3.4\", \"status\": \"REPORTED\"}]}"));
        assertTrue(ex.getMessage().contains("Component 3.4 is REPORTED but has no value"), ex.getMessage());
    }

    @Test
    void scoreCard_roundTrip_withDerivedFields() {
        Finding f = new Finding(FindingCode.NOT_REPORTED, IndicatorId.of("1.2"), 10, 0, "Sở KH&CN", List.of("Văn phòng UBND tỉnh"), "Báo cáo thiếu", null);
        ScoreCard card = new ScoreCard(new MethodologyRef("m", "abc"), Entity.province("kh", "Khánh Hòa"), Period.year(2023), 7.5, 20, 0.375,
                List.of(new MainIndicatorScore(IndicatorId.of("1"), "Một", 7.5, 20)),
                List.of(new ComponentScore(IndicatorId.of("1.1"), "A", 7.5, 10, Explanation.of("x"), List.of()),
                        new ComponentScore(IndicatorId.of("1.2"), "B", 0, 10, Explanation.of("y"), List.of(f))),
                List.of(f));
        String json = DtiJson.write(card);
        assertTrue(json.contains("\"index\" : 0.375"), json);
        assertTrue(json.contains("\"value\" : 0.375"), json);
        assertTrue(json.contains("\"pointsLost\" : 10.0"), json);
        assertTrue(json.contains("\"pointsLost\" : 12.5"), json);       // the card's: 20 − 7.5
        assertTrue(json.contains("\"pointsAtRisk\" : 0.0"), json);
        assertTrue(json.contains("\"cooperatingAgencies\" : [ \"Văn phòng UBND tỉnh\" ]"), json);
        // the card's derived figures close it, lost then at risk, in every JVM (not reflection's order)
        assertTrue(json.strip().replace("\r\n", "\n").endsWith("\"pointsLost\" : 12.5,\n  \"pointsAtRisk\" : 0.0\n}"), json);
        ScoreCard back = DtiJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c.json", ScoreCard.class,
                InvalidEvidenceException::new);
        assertEquals(card, back);
    }
}
