package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.json.DtiJson;

/** dti rank and dti compare: the documented JSON fields, formats, regions, and bad input. */
class RankCommandTest {
    static final String COHORT = "../dti-examples/data/cohort-2025-illustrative.json";
    static final String M = "vn-dti-province-2025";

    @TempDir
    Path tmp;

    @Test
    void rank_json_fields() throws IOException {
        Path out = tmp.resolve("r.json");
        MainTest.Run r = MainTest.run("rank", "--methodology", M, "--cohort", COHORT, "--format", "json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = DtiJson.mapper().readTree(out.toFile());
        assertEquals(6, j.at("/entities").size());
        JsonNode first = j.at("/entities/0");
        for (String f : new String[] {"id", "rank", "value", "points", "group", "mainIndicators", "pillars"}) {
            assertTrue(first.has(f), f);
        }
        assertEquals("tinh-c", first.at("/id").asText());
        assertEquals(1, first.at("/rank").asInt());
        assertEquals("1", first.at("/mainIndicators/0/id").asText());
        assertTrue(first.at("/mainIndicators/0").has("value") && first.at("/mainIndicators/0").has("rank"));
        JsonNode kh = j.at("/entities/5");
        assertEquals("khanh-hoa", kh.at("/id").asText());
        assertEquals("evidence", kh.at("/source").asText());
        assertEquals(0.2433, kh.at("/publishedValue").asDouble(), 0);
        // tie: A and D share rank 2
        assertEquals(2, j.at("/entities/1/rank").asInt());
        assertEquals(2, j.at("/entities/2/rank").asInt());
        assertEquals(4, j.at("/entities/3/rank").asInt());
    }

    @Test
    void rank_2022_pillarsInJson() throws IOException {
        Path cohort = tmp.resolve("c2022.json");
        Files.writeString(cohort, "{\"period\": \"2022\", \"entities\": ["
                + "{\"id\": \"a\", \"mainIndicators\": {\"1\": 0.8, \"2\": 0.6, \"3\": 0.5, \"4\": 0.4, \"5\": 0.3, \"7\": 0.5, \"8\": 0.2, \"9\": 0.1}},"
                + "{\"id\": \"b\", \"mainIndicators\": {\"1\": 0.5, \"2\": 0.5, \"3\": 0.5, \"4\": 0.5, \"5\": 0.5, \"7\": 0.5, \"8\": 0.5, \"9\": 0.5}}]}");
        Path out = tmp.resolve("r.json");
        assertEquals(0, MainTest.run("rank", "--methodology", "vn-dti-province-2022", "--cohort", cohort.toString(), "--format", "json", "--out",
                out.toString()).code());
        JsonNode a = DtiJson.mapper().readTree(out.toFile()).at("/entities/1");
        assertEquals("a", a.at("/id").asText());
        assertEquals("CQS", a.at("/pillars/0/id").asText());
        assertEquals(360.0 / 700, a.at("/pillars/0/value").asDouble(), 1e-12);
        assertEquals(1, a.at("/pillars/0/rank").asInt());
    }

    @Test
    void rank_csvAndRegion() {
        MainTest.Run r = MainTest.en("rank", "--methodology", M, "--cohort", COHORT, "--region", "Nam Trung Bộ và Tây Nguyên", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("rank,regionRank,id,name,region,source,value,publishedValue,points,group,mainIndicatorsInTop,main_1_value,main_1_rank"));
        assertTrue(lines[3].startsWith("6,3,khanh-hoa,Khánh Hòa,Nam Trung Bộ và Tây Nguyên,evidence,"), lines[3]);
        MainTest.Run table = MainTest.en("rank", "--methodology", M, "--cohort", COHORT);
        assertTrue(table.out().contains("Average: 0.4643 (3 of 6 above)"), table.out());
        // the footer says what Top10 counts, without a number that reads as "10.0"
        assertTrue(table.out().contains("Top10 counts the main indicators ranked 10th or better."), table.out());
        assertFalse(table.out().contains("top 10."), table.out());
    }

    static final String EDITION_WARNING = "Period 2023 precedes this methodology's edition (vn-dti-province-2025 applies from 2025)";

    @Test
    void rank_editionWarning_inTheJson_andCompareReadsIt() throws IOException {
        Path out = tmp.resolve("r.json");
        assertEquals(0, MainTest.en("rank", "--methodology", M, "--cohort", COHORT, "--format", "json", "--out", out.toString()).code());
        JsonNode j = DtiJson.mapper().readTree(out.toFile());
        assertEquals(1, j.at("/warnings").size(), j.toPrettyString());
        assertTrue(j.at("/warnings/0").asText().startsWith(EDITION_WARNING + ": the points show what the evidence would earn under these rules"),
                j.at("/warnings").toString());
        // beside the period, before the entities
        List<String> fields = new ArrayList<>();
        j.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("methodology", "period", "warnings"), fields.subList(0, 3));
        // the same text as the table's header
        MainTest.Run table = MainTest.en("rank", "--methodology", M, "--cohort", COHORT);
        assertTrue(table.out().contains("\nWARNING: " + j.at("/warnings/0").asText() + "\n"), table.out());
        // a ranking with warnings is read back by compare; a region keeps them
        assertEquals(0, MainTest.en("compare", out.toString(), out.toString()).code());
        MainTest.Run region = MainTest.en("rank", "--methodology", M, "--cohort", COHORT, "--region", "Đông Nam Bộ", "--format", "json");
        assertEquals(j.at("/warnings"), DtiJson.mapper().readTree(region.out()).at("/warnings"));
    }

    @Test
    void rank_editionWarning_inTheCsv_aLastColumnOnEveryRow() throws IOException {
        MainTest.Run r = MainTest.en("rank", "--methodology", M, "--cohort", COHORT, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String warning = DtiJson.mapper().readTree(MainTest.en("rank", "--methodology", M, "--cohort", COHORT, "--format", "json").out())
                .at("/warnings/0").asText();
        assertTrue(warning.startsWith(EDITION_WARNING) && warning.contains(","), warning);
        // a field with commas, quoted as CSV quotes (RFC 4180); the other fields of these rows hold no comma or quote
        String field = "\"" + warning.replace("\"", "\"\"") + "\"";
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size());
        String[] header = lines.get(0).split(",", -1);
        assertEquals("warnings", header[header.length - 1]);
        for (String row : lines.subList(1, lines.size())) {
            assertTrue(row.endsWith("," + field), row);
            String rest = row.substring(0, row.length() - field.length() - 1);
            assertFalse(rest.contains("\""), rest);
            assertEquals(header.length - 1, rest.split(",", -1).length, "every row has the header's columns: " + row);
        }
        assertTrue(lines.get(1).startsWith("1,1,tinh-c,Tỉnh C (minh họa),"), lines.get(1));
    }

    @Test
    void rank_withinItsEdition_noWarning() throws IOException {
        Path cohort = tmp.resolve("c2025.json");
        Files.writeString(cohort, "{\"period\": \"2025\", \"entities\": [{\"id\": \"a\", \"mainIndicators\": {\"1\": 0.8, \"2\": 0.6, \"3\": 0.5, "
                + "\"4\": 0.4, \"5\": 0.3, \"6\": 0.5, \"7\": 0.2, \"8\": 0.1}}]}");
        MainTest.Run json = MainTest.run("rank", "--methodology", M, "--cohort", cohort.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertFalse(DtiJson.mapper().readTree(json.out()).has("warnings"), json.out());
        MainTest.Run csv = MainTest.run("rank", "--methodology", M, "--cohort", cohort.toString(), "--format", "csv");
        assertTrue(csv.out().lines().skip(1).allMatch(l -> l.endsWith(",")), csv.out());
    }

    @Test
    void rank_badInput_exit2_writesNothing() throws IOException {
        Path cohort = tmp.resolve("bad.json");
        Path out = tmp.resolve("out.json");
        Files.writeString(cohort, "{\"entities\": [{\"id\": \"a\", \"mainIndicators\": {\"1\": 1.5, \"2\": 1, \"3\": 1, \"4\": 1, \"5\": 1, \"6\": 1, \"7\": 1, \"8\": 1}}]}");
        MainTest.Run r = MainTest.en("rank", "--methodology", M, "--cohort", cohort.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(cohort + ": $.entities[0] (a).mainIndicators.1: value [1.5] is outside [0, 1]"), r.err());
        r = MainTest.run("rank", "--methodology", M, "--cohort", cohort.toString(), "--out", out.toString());
        assertTrue(r.err().contains(cohort + ": $.entities[0] (a).mainIndicators.1: giá trị [1.5] nằm ngoài [0, 1]"), r.err());
        assertFalse(Files.exists(out));
        Files.writeString(cohort, "{\"entities\": [{\"id\": \"a\"}]}");
        r = MainTest.en("rank", "--methodology", M, "--cohort", cohort.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Entity a has neither \"evidence\", \"evidenceFile\" nor \"mainIndicators\""), r.err());
        r = MainTest.run("rank", "--methodology", M, "--cohort", cohort.toString());
        assertTrue(r.err().contains("Đơn vị a không có \"evidence\", \"evidenceFile\" hay \"mainIndicators\"; hãy ghi một trong ba."), r.err());
        assertEquals(2, MainTest.run("rank", "--methodology", M, "--cohort", COHORT, "--region", "Tây Bắc").code());
        assertEquals(2, MainTest.run("rank", "--methodology", M, "--cohort", COHORT, "--top", "0").code());
    }

    @Test
    void compare_twoRankings() throws IOException {
        Path old = tmp.resolve("old.json");
        Path newer = tmp.resolve("new.json");
        assertEquals(0, MainTest.run("rank", "--methodology", M, "--cohort", COHORT, "--format", "json", "--out", old.toString()).code());
        String text = Files.readString(Path.of(COHORT)).replace("\"1\": 0.6,", "\"1\": 1.0,").replace("\"2\": 0.5,", "\"2\": 1.0,");
        Path cohort2 = tmp.resolve("cohort2.json");
        Files.writeString(cohort2, text.replace("khanh-hoa-2023.json", Path.of("../dti-examples/data/khanh-hoa-2023.json").toAbsolutePath().toString()));
        assertEquals(0, MainTest.run("rank", "--methodology", M, "--cohort", cohort2.toString(), "--format", "json", "--out", newer.toString()).code());
        MainTest.Run r = MainTest.run("compare", old.toString(), newer.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode c = DtiJson.mapper().readTree(r.out());
        JsonNode e = null;
        for (JsonNode n : c.at("/entities")) {
            if (n.at("/id").asText().equals("tinh-e")) {
                e = n;
            }
        }
        // Tỉnh E: M1 0.6 → 1.0 and M2 0.5 → 1.0: +20 + 25 points → +0.045; its rank stays 4 (0.44 is below A and D's 0.5525)
        assertEquals(0.045, e.at("/valueChange").asDouble(), 1e-9);
        assertEquals(4, e.at("/oldRank").asInt());
        assertEquals(4, e.at("/newRank").asInt());
        assertEquals(0.4, e.at("/mainIndicators/0/valueChange").asDouble(), 1e-9);
        MainTest.Run table = MainTest.run("compare", old.toString(), newer.toString());
        assertTrue(table.out().contains("Tỉnh E (minh họa)"), table.out());
        assertEquals(2, MainTest.run("compare", old.toString()).code());
    }
}
