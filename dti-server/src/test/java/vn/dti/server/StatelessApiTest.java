package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dti.json.DtiJson;
import vn.dti.text.Language;
import vn.dti.rules.Methodologies;

/**
 * The stateless API's answers and refusals: the card is the library's (the CLI's equality is
 * checked in dti-cli's ServeCommandTest), and every bad input is a 4xx problem naming the file and
 * the place or the limit.
 */
class StatelessApiTest {
    static final Path DATA = Path.of("../dti-examples/data");
    static final Path EXAMPLE = DATA.resolve("khanh-hoa-2023.json");
    private static TestServer server;
    private static ApiClient viewer;

    @BeforeAll
    static void start() {
        server = TestServer.start("stateless");
        viewer = server.as("VIEWER");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void score_asJsonBodyOrAsAPart_isTheLibrarysCard() throws IOException {
        var card = Methodologies.bundled("vn-dti-province-2025").score(DtiJson.readEvidence(EXAMPLE));
        assertEquals(DtiJson.write(card), TestServer.check(viewer.inLanguage(null).postJson("/api/v1/score", Files.readAllBytes(EXAMPLE)), 200).text(),
                "no Accept-Language: the card in Vietnamese, as dti score --format json writes it");
        String expected = DtiJson.write(card, Language.EN);
        ApiClient.Response body = TestServer.check(viewer.postJson("/api/v1/score", Files.readAllBytes(EXAMPLE)), 200);
        assertEquals(expected, body.text());
        assertTrue(body.contentType().startsWith("application/json"), body.contentType());
        // the card (about 40 KB) in one piece with its length, not in chunks: a client reads it at once
        assertEquals(java.util.Optional.of(Long.toString(body.body().length)), body.headers().firstValue("Content-Length"), body.headers().map().toString());
        assertEquals(java.util.Optional.empty(), body.headers().firstValue("Transfer-Encoding"), body.headers().map().toString());
        ApiClient.Response part = TestServer.check(viewer.postForm("/api/v1/score", ApiClient.Part.file("evidence", EXAMPLE)), 200);
        assertEquals(expected, part.text());
        ApiClient.Response bundled2022 = TestServer.check(viewer.postForm("/api/v1/score?methodology=vn-dti-province-2022",
                ApiClient.Part.file("evidence", EXAMPLE)), 422);
        assertTrue(bundled2022.json().path("detail").asText().startsWith("khanh-hoa-2023.json: Methodology vn-dti-province-2022 has no components"),
                "a bundled id scores with that methodology: " + bundled2022);
        ApiClient.Response vi = TestServer.check(viewer.inLanguage("vi").postForm("/api/v1/score?methodology=vn-dti-province-2022",
                ApiClient.Part.file("evidence", EXAMPLE)), 422);
        assertTrue(vi.json().path("detail").asText().startsWith("khanh-hoa-2023.json: Bộ chỉ số vn-dti-province-2022 không có chỉ số thành phần: "),
                "in the request's language: " + vi);
    }

    @Test
    void badEvidence_namesTheFileLineAndColumn() throws IOException {
        String text = Files.readString(EXAMPLE).replaceFirst("\"indicator\": \"3.4\"", "\"indicator\": \"3.44\"");
        ApiClient.Response r = viewer.postForm("/api/v1/score", ApiClient.Part.file("evidence", "bad.json", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        String detail = r.json().path("detail").asText();
        assertTrue(detail.matches("(?s)bad\\.json:\\d+:\\d+: \\$\\.components\\[\\d+\\]\\.indicator: unknown indicator 3\\.44.*"), detail);
        ApiClient.Response notJson = viewer.postJson("/api/v1/score", "{\"entity\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notJson.status());
        assertTrue(notJson.json().path("detail").asText().startsWith("request body:1:"), notJson.toString());
        assertFalse(notJson.text().contains("Exception") || notJson.text().contains("com.fasterxml"), notJson.text());
    }

    @Test
    void missingOrWrongParts_are4xxNamingThem() {
        ApiClient.Response none = viewer.postForm("/api/v1/gaps", ApiClient.Part.text("by", "agency"));
        assertEquals(400, none.status());
        assertEquals("The form has no part 'evidence'; send the file as the part named evidence.", none.json().path("detail").asText());
        ApiClient.Response by = viewer.postForm("/api/v1/gaps", ApiClient.Part.file("evidence", EXAMPLE), ApiClient.Part.text("by", "region"));
        assertEquals("by must be one of indicator, agency; got [region].", by.json().path("detail").asText());
        ApiClient.Response set = viewer.postForm("/api/v1/whatif", ApiClient.Part.file("evidence", EXAMPLE), ApiClient.Part.text("set", "9.9=1"));
        assertEquals(400, set.status());
        assertTrue(set.json().path("detail").asText().startsWith("set "), set.toString());
        ApiClient.Response rank = viewer.postForm("/api/v1/plan", ApiClient.Part.file("evidence", EXAMPLE), ApiClient.Part.text("target", "rank<=20"));
        assertEquals("NEEDS_COHORT", rank.json().path("code").asText());
        ApiClient.Response form = viewer.postJson("/api/v1/gaps", Map.of("evidence", "x"));
        assertEquals(415, form.status());
        ApiClient.Response unknown = viewer.postJson("/api/v1/score?methodology=vn-dti-2099", new byte[] {'{', '}'});
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().path("detail").asText().contains("vn-dti-province-2025"), unknown.toString());
    }

    @Test
    void aCohortsEvidenceFiles_comeAsPartsNamedByTheirFiles() {
        ApiClient.Part cohort = ApiClient.Part.file("cohort", DATA.resolve("cohort-2025-illustrative.json"));
        ApiClient.Response missing = viewer.postForm("/api/v1/rank", cohort);
        assertEquals(422, missing.status());
        assertTrue(missing.json().path("detail").asText().contains("\"evidenceFile\": \"khanh-hoa-2023.json\", which was not sent"), missing.toString());
        ApiClient.Response ranked = TestServer.check(viewer.postForm("/api/v1/rank", cohort, ApiClient.Part.file("cohortEvidence", EXAMPLE)), 200);
        assertTrue(ranked.json().path("entities").size() > 5, ranked.toString());
    }

    @Test
    void methodologies_listGetAndExport() throws IOException {
        JsonNode list = TestServer.check(viewer.get("/api/v1/methodologies"), 200).json();
        assertEquals("active", list.get(0).path("source").asText());
        assertEquals(Methodologies.bundledVersion("vn-dti-province-2025"), list.get(0).path("version").asText(), "the database starts with the bundled 2025");
        assertEquals(Methodologies.bundled().size() + 1, list.size());
        JsonNode catalogue = TestServer.check(viewer.get("/api/v1/methodologies/vn-dti-province-2025"), 200).json();
        assertEquals(1000, catalogue.path("totalPoints").asInt());
        ApiClient.Response zip = TestServer.check(viewer.get("/api/v1/methodologies/vn-dti-province-2025/export?xlsx=true"), 200);
        assertTrue(zip.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"vn-dti-province-2025-"));
        SortedMap<String, byte[]> files = unzip(zip.body());
        assertTrue(files.containsKey("methodology.json") && files.containsKey("scoring.xlsx") && !files.containsKey("scoring.csv"), files.keySet().toString());
        // the officer's sheet, as 'dti methodology export --xlsx' writes it: the official name and max points left of the table
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(files.get("scoring.xlsx")))) {
            var row = wb.getSheetAt(0).getRow(ScoringTables.rowOf(files.get("scoring.xlsx"), "6.6") - 1);
            var shown = new org.apache.poi.ss.usermodel.DataFormatter();
            assertEquals("Tỷ lệ hồ sơ trực tuyến toàn trình", shown.formatCellValue(row.getCell(0)));
            assertEquals("50", shown.formatCellValue(row.getCell(1)));
            assertEquals("6.6", shown.formatCellValue(row.getCell(2)));
        }
    }

    @Test
    void validate_listsEveryProblemWithItsCell_andStoresNothing() throws IOException {
        SortedMap<String, byte[]> folder = unzip(TestServer.check(viewer.get("/api/v1/methodologies/vn-dti-province-2025/export"), 200).body());
        JsonNode good = TestServer.check(viewer.postForm("/api/v1/validate", ApiClient.Part.file("folder", "dti-2025.zip", zip(folder))), 200).json();
        assertTrue(good.path("valid").asBoolean() && good.path("passed").asBoolean(), good.toString());
        assertEquals("dti-2025.zip", good.path("source").asText(), "named by the upload, never the server's folder");
        String csv = new String(folder.get("scoring.csv"), StandardCharsets.UTF_8);
        String broken = csv.replaceFirst("(?m)^(3\\.4,[^,]*,)[^,]*", "$1not-a-number");
        assertFalse(broken.equals(csv), "the test's edit must change the table");
        folder.put("scoring.csv", broken.getBytes(StandardCharsets.UTF_8));
        JsonNode bad = TestServer.check(viewer.postForm("/api/v1/validate", ApiClient.Part.file("folder", "dti-2026.zip", zip(folder))), 200).json();
        assertFalse(bad.path("valid").asBoolean(), bad.toString());
        assertTrue(bad.path("problems").get(0).asText().startsWith("dti-2026.zip/scoring.csv, row "), bad.toString());
        // without Accept-Language, in Vietnamese: the cell's place and what is wrong in it, though the check runs on its own thread
        JsonNode vi = TestServer.check(viewer.inLanguage(null).postForm("/api/v1/validate", ApiClient.Part.file("folder", "dti-2026.zip", zip(folder))), 200)
                .json();
        assertEquals("dti-2026.zip/scoring.csv, dòng " + bad.path("problems").get(0).asText().replaceAll(".*, row (\\d+),.*", "$1")
                + ", cột C (goal): \"not-a-number\" không phải là số", vi.path("problems").get(0).asText(), vi.toString());
    }

    @Test
    void hostileZips_areRefusedNamingTheEntryOrTheLimit() throws IOException {
        ApiClient.Response notZip = viewer.postForm("/api/v1/validate", ApiClient.Part.file("folder", "notes.zip", "hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, notZip.status());
        assertEquals("NOT_A_ZIP", notZip.json().path("code").asText());
        SortedMap<String, byte[]> escape = new TreeMap<>(Map.of("methodology.json", "{}".getBytes(StandardCharsets.UTF_8),
                "../../etc/cron.d/x", "x".getBytes(StandardCharsets.UTF_8)));
        ApiClient.Response parent = viewer.postForm("/api/v1/validate", ApiClient.Part.file("folder", "escape.zip", zip(escape)));
        assertEquals(422, parent.status());
        assertEquals("escape.zip: entry [../../etc/cron.d/x]: a path with '..' in it, which points outside the folder. Nothing was read.",
                parent.json().path("problems").get(0).asText());
        SortedMap<String, byte[]> absolute = new TreeMap<>(Map.of("/etc/passwd", "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals("BAD_ZIP", viewer.postForm("/api/v1/validate", ApiClient.Part.file("folder", "abs.zip", zip(absolute))).json().path("code").asText());
        SortedMap<String, byte[]> bomb = new TreeMap<>(Map.of("methodology.json", new byte[30 * 1024 * 1024]));
        ApiClient.Response exploded = viewer.postForm("/api/v1/validate", ApiClient.Part.file("folder", "bomb.zip", zip(bomb)));
        assertEquals(413, exploded.status());
        assertTrue(exploded.json().path("detail").asText().contains("refused as a zip bomb")
                || exploded.json().path("detail").asText().contains("more than a methodology file may have"), exploded.toString());
        List<ApiClient.Part> many = new ArrayList<>();
        SortedMap<String, byte[]> tooMany = new TreeMap<>();
        for (int i = 0; i <= FolderUpload.MAX_ENTRIES; i++) {
            tooMany.put("tests/t" + i + ".json", new byte[] {'{', '}'});
        }
        many.add(ApiClient.Part.file("folder", "many.zip", zip(tooMany)));
        ApiClient.Response entries = viewer.postForm("/api/v1/validate", many);
        assertEquals(413, entries.status());
        assertTrue(entries.json().path("detail").asText().contains("1001 entries, more than the 1000"), entries.toString());
    }

    static byte[] zip(SortedMap<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static SortedMap<String, byte[]> unzip(byte[] zip) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    // --- i18nplan: the planning routes' own texts follow Accept-Language (issue 20 item 1)
    @Test
    void planningRoutes_theirOwnTexts_inTheRequestsLanguage() {
        ApiClient vi = viewer.inLanguage("vi");
        ApiClient.Response set = vi.postForm("/api/v1/whatif", ApiClient.Part.file("evidence", EXAMPLE), ApiClient.Part.text("set", "2.4=maybe"));
        assertEquals(400, set.status());
        assertEquals("set [2.4=maybe]: chỉ số thành phần 2.4 có kiểu có/không (YES_NO): hãy ghi yes hoặc no (có hoặc không), không phải [maybe].",
                set.json().path("detail").asText());
        ApiClient.Response setEn = viewer.postForm("/api/v1/whatif", ApiClient.Part.file("evidence", EXAMPLE), ApiClient.Part.text("set", "2.4=maybe"));
        assertEquals("set [2.4=maybe]: component 2.4 is YES_NO: write yes or no, not [maybe].", setEn.json().path("detail").asText());
        Path targets = DATA.resolve("targets-khanh-hoa-2025.json");
        ApiClient.Response t = TestServer.check(vi.postForm("/api/v1/targets", ApiClient.Part.file("evidence", EXAMPLE),
                ApiClient.Part.file("targets", targets)), 200);
        assertEquals("còn thiếu 556,75 điểm", t.json().at("/targets/0/detail").asText(), t.toString());
        ApiClient.Response tEn = TestServer.check(viewer.postForm("/api/v1/targets", ApiClient.Part.file("evidence", EXAMPLE),
                ApiClient.Part.file("targets", targets)), 200);
        assertEquals("556.75 points short", tEn.json().at("/targets/0/detail").asText(), tEn.toString());
        ApiClient.Response plan = TestServer.check(vi.postForm("/api/v1/whatif", ApiClient.Part.file("evidence", EXAMPLE),
                ApiClient.Part.text("set", "6.6=0.6")), 200);
        assertEquals("6.6: giả định có tài liệu kiểm chứng dự kiến (\"Tài liệu kiểm chứng dự kiến (what-if)\").", plan.json().at("/notes/0").asText(),
                plan.toString());
    }
}
