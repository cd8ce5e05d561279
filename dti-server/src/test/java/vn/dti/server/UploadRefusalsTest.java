package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * What a clerk may not do, and every bad upload of the reporting year: each refused with a 4xx
 * problem naming the cell or the limit, nothing stored, and the server still answering.
 */
class UploadRefusalsTest {
    static final Path Q3 = ReportingYearTest.WORKSPACE.resolve("2025-Q3");
    static final String POLICE = "Công an tỉnh";
    static final String SCIENCE = "Sở KH&CN";
    private static TestServer server;
    private static ApiClient police;

    @BeforeAll
    static void start() {
        server = TestServer.start("refusals");
        TestServer.check(server.as("OFFICER").postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        police = server.as("CLERK", POLICE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String path(String agency) {
        return ReportingYearTest.BASE + "/agencies/" + ApiClient.segment(agency);
    }

    /** Nothing stored for the agency, and the server answers. */
    private static void nothingStored(String agency) {
        assertEquals(0, TestServer.check(server.as("OFFICER").get(path(agency) + "/submissions"), 200).json().size());
        TestServer.check(server.anonymous().get("/api/v1/health"), 200);
    }

    private static JsonNode refused(ApiClient.Response r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.toString());
        assertTrue(!r.text().contains("Exception") && !r.text().contains("at vn.dti") && !r.text().toLowerCase().contains("select "), r.text());
        return r.json();
    }

    @Test
    void aPoliceClerk_cannotSubmitOrReadAnotherAgencys_norAppraiseNorManageAccounts() throws IOException {
        ApiClient.Part file = ApiClient.Part.file("file", Q3.resolve(SCIENCE + ".xlsx"));
        refused(police.postForm(path(SCIENCE) + "/submissions", file), 403);
        refused(police.postForm(path("Sở Nội vụ") + "/submissions", ApiClient.Part.file("file", Q3.resolve(POLICE + ".csv"))), 403);
        refused(police.get(path(SCIENCE) + "/submissions"), 403);
        refused(police.get(path(SCIENCE) + "/template"), 403);
        refused(police.get(ReportingYearTest.BASE + "/evidence"), 403);
        refused(police.postJson(ReportingYearTest.BASE + "/appraisal/decisions", Map.of("indicator", "5.1", "decision", "ACCEPTED")), 403);
        refused(police.postJson(ReportingYearTest.BASE + "/finalisation", Map.of()), 403);
        refused(police.postJson("/api/v1/accounts", Map.of("name", "x1", "role", "CLERK", "agency", POLICE)), 403);
        nothingStored(SCIENCE);
        nothingStored("Sở Nội vụ");
        // its own file with a row of Sở KH&CN's component 3.4: refused at that row
        String own = Files.readString(Q3.resolve(POLICE + ".csv"));
        String withScience = own.stripTrailing() + "\n3.4,Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang,Chủ trì,30,Tỷ lệ (%),%,90%,"
                + "4100/BC-BCĐCĐS,Báo cáo,5/12/2023,Ban Chỉ đạo,,,\n";
        JsonNode p = refused(police.postForm(path(POLICE) + "/submissions", ApiClient.Part.file("file", POLICE + ".csv",
                withScience.getBytes(StandardCharsets.UTF_8))), 422);
        assertTrue(p.path("problems").toString().contains("component 3.4 is not Công an tỉnh's: its responsible agency is Sở KH&CN"), p.toString());
        nothingStored(POLICE);
        // and Sở KH&CN's workbook sent to its own path: the agency cell names it
        JsonNode other = refused(police.postForm(path(POLICE) + "/submissions", file), 422);
        // in the request's language (the tests' clients ask for English), not in the server's (Vietnamese under the tests)
        assertEquals("Sở KH&CN.xlsx, sheet Báo cáo, row 7, column B (Cơ quan báo cáo): "
                + Messages.text(Language.EN, "reporting.submission.otherAgency", SCIENCE, POLICE), other.path("detail").asText(), other.toString());
        JsonNode vi = refused(police.inLanguage("vi").postForm(path(POLICE) + "/submissions", file), 422);
        assertEquals("Sở KH&CN.xlsx, trang tính Báo cáo, dòng 7, cột B (Cơ quan báo cáo): "
                + Messages.text(Language.VI, "reporting.submission.otherAgency", SCIENCE, POLICE), vi.path("detail").asText(), vi.toString());
        nothingStored(POLICE);
    }

    @Test
    void badUploads_areRefusedNamingTheCellOrTheLimit_andNothingIsStored() throws IOException {
        byte[] xlsx = Files.readAllBytes(Q3.resolve(SCIENCE + ".xlsx"));
        ApiClient science = server.as("CLERK", SCIENCE);
        String at = path(SCIENCE) + "/submissions";
        // another period's workbook
        JsonNode period = refused(science.postForm(at, ApiClient.Part.file("file", ReportingYearTest.WORKSPACE.resolve("2025-Q2/" + SCIENCE + ".xlsx"))), 422);
        assertTrue(period.path("detail").asText().contains("column B (Kỳ báo cáo): the file reports period 2025-Q2, not 2025-Q3"), period.toString());
        // another entity's
        String csv = Files.readString(Q3.resolve(POLICE + ".csv")).replace("Mã đơn vị,khanh-hoa", "Mã đơn vị,da-nang");
        JsonNode entity = refused(police.postForm(path(POLICE) + "/submissions", ApiClient.Part.file("file", POLICE + ".csv",
                csv.getBytes(StandardCharsets.UTF_8))), 422);
        assertEquals(POLICE + ".csv, row 5, column B (Mã đơn vị): " + Messages.text(Language.EN, "reporting.submission.otherEntity", "da-nang",
                "khanh-hoa"), entity.path("detail").asText(), entity.toString());
        // a .txt renamed .xlsx
        JsonNode text = refused(science.postForm(at, ApiClient.Part.file("file", SCIENCE + ".xlsx", "Báo cáo quý 3".getBytes(StandardCharsets.UTF_8))), 422);
        assertTrue(text.path("detail").asText().startsWith("Sở KH&CN.xlsx: "), text.toString());
        // .xlsm and .xls: refused by their names
        assertTrue(refused(science.postForm(at, ApiClient.Part.file("file", SCIENCE + ".xlsm", xlsx)), 422).path("detail").asText()
                .contains("dti never runs macros"));
        // macros inside an .xlsx, and links to other workbooks: the service keeps no such workbook
        JsonNode macros = refused(science.postForm(at, ApiClient.Part.file("file", SCIENCE + ".xlsx", withPart(xlsx, "xl/vbaProject.bin", new byte[2048]))), 422);
        assertTrue(macros.path("detail").asText().contains("xl/vbaProject.bin"), macros.toString());
        JsonNode links = refused(science.postForm(at, ApiClient.Part.file("file", SCIENCE + ".xlsx",
                withPart(xlsx, "xl/externalLinks/externalLink1.xml", "<externalLink/>".getBytes(StandardCharsets.UTF_8)))), 422);
        assertTrue(links.path("detail").asText().contains("xl/externalLinks/externalLink1.xml"), links.toString());
        // XXE: an external entity in the sheet's XML is never resolved
        JsonNode xxe = refused(science.postForm(at, ApiClient.Part.file("file", SCIENCE + ".xlsx", withXxe(xlsx))), 422);
        assertTrue(xxe.path("detail").asText().startsWith("Sở KH&CN.xlsx"), xxe.toString());
        // a zip bomb
        JsonNode bomb = refused(science.postForm(at, ApiClient.Part.file("file", SCIENCE + ".xlsx", withPart(xlsx, "xl/worksheets/sheet9.xml",
                new byte[60 * 1024 * 1024]))), 422);
        assertTrue(bomb.path("detail").asText().contains("refused as a zip bomb"), bomb.toString());
        // 1,048,576 rows
        JsonNode rows = refused(science.postForm(at, ApiClient.Part.file("file", SCIENCE + ".xlsx", millionRows(xlsx))), 422);
        assertTrue(rows.path("detail").asText().startsWith("Sở KH&CN.xlsx, sheet Báo cáo, row 5001: the sheet has more than 5000 rows"), rows.toString());
        // over the size limit
        JsonNode big = refused(science.postForm(at, ApiClient.Part.file("file", SCIENCE + ".csv", new byte[11 * 1024 * 1024])), 413);
        assertTrue(big.path("detail").asText().contains("larger than the 10 MB"), big.toString());
        // a document that is not a scan
        JsonNode doc = refused(science.postForm(at, ApiClient.Part.file("file", Q3.resolve(SCIENCE + ".xlsx")),
                ApiClient.Part.file("document", "bao-cao.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))), 422);
        assertEquals("bao-cao.pdf: not a PDF or an image (PNG, JPEG, TIFF); an evidence document is the scan or the PDF of the document.",
                doc.path("detail").asText());
        // a template nobody filled in
        byte[] empty = TestServer.check(science.get(path(SCIENCE) + "/template"), 200).body();
        JsonNode unfilled = refused(science.postForm(at, ApiClient.Part.file("file", SCIENCE + ".xlsx", empty)), 422);
        assertTrue(unfilled.path("detail").asText().contains("nothing is filled in: no row has a value in column G"), unfilled.toString());
        nothingStored(SCIENCE);
        nothingStored(POLICE);
    }

    /** The workbook with one more zip entry. */
    static byte[] withPart(byte[] xlsx, String name, byte[] bytes) throws IOException {
        Map<String, byte[]> parts = parts(xlsx);
        parts.put(name, bytes);
        return zip(parts);
    }

    /** The workbook whose first sheet declares an external entity and uses it. */
    static byte[] withXxe(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = parts(xlsx);
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        sheet = sheet.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replaceFirst("<sheetData>",
                "<sheetData><row r=\"999\"><c r=\"A999\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
        parts.put("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** The workbook with 1,048,576 rows in its first sheet (Excel's most). */
    static byte[] millionRows(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = parts(xlsx);
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        int end = sheet.indexOf("</sheetData>");
        StringBuilder sb = new StringBuilder(sheet.substring(0, end));
        for (int r = 200; r <= 1_048_576; r++) {
            sb.append("<row r=\"").append(r).append("\"><c r=\"G").append(r).append("\"><v>").append(r % 97).append("</v></c></row>");
        }
        sb.append(sheet.substring(end));
        parts.put("xl/worksheets/sheet1.xml", sb.toString().getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
