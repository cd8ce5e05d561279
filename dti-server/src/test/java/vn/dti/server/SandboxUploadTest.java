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
import java.util.SortedMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dti.rules.Methodologies;

/**
 * The service never offers trusted mode (issue 18, item 2): an uploaded folder, or a scoring.xlsx
 * over the active folder, whose rules reach beyond the scoring API is refused with a 422 problem
 * naming the file and line (or row) before anything is compiled or run; nothing is stored or
 * activated, and the rule's file is not written.
 */
class SandboxUploadTest {
    private static final String ID = "vn-dti-province-2025";
    private static final String VERSIONS = "/api/v1/methodology-versions";
    private static TestServer server;
    private static ApiClient officer;

    @BeforeAll
    static void start() {
        server = TestServer.start("sandbox_upload");
        officer = server.as("OFFICER");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void nothingStored() {
        JsonNode list = TestServer.check(officer.get(VERSIONS), 200).json();
        assertEquals(1, list.path("versions").size(), list.toString());
        assertEquals(Methodologies.bundledVersion(ID), list.path("active").asText());
    }

    @Test
    void aFolderWhoseRuleWritesAFile_isRefused422_namingFileAndLine_nothingWritten() throws IOException {
        SortedMap<String, byte[]> folder = StatelessApiTest.unzip(TestServer.check(officer.get("/api/v1/methodologies/" + ID + "/export"), 200).body());
        Path pwned = Files.createTempFile("dti-sandbox-", ".txt");
        Files.delete(pwned);
        folder.put("evil.drl", ("package vn.dti.methodology.province2025.evil\n\nimport vn.dti.rules.ComponentValue\n\nrule \"evil\"\nwhen\n"
                + "    $v : ComponentValue( indicator == \"3.4\" )\nthen\n    java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + pwned.toString().replace("\\", "/") + "\"), \"x\");\nend\n").getBytes(StandardCharsets.UTF_8));
        ApiClient.Response r = officer.postForm(VERSIONS, ApiClient.Part.file("folder", "evil.zip", StatelessApiTest.zip(folder)));
        assertEquals(422, r.status(), r.toString());
        assertEquals("INVALID_METHODOLOGY", r.json().path("code").asText(), r.toString());
        String first = r.json().path("problems").get(0).asText();
        assertTrue(first.startsWith("evil.zip/evil.drl:9:5: ") && first.contains("Files.writeString (java.nio.file)"), r.toString());
        assertFalse(Files.exists(pwned), "the rule did not run");
        nothingStored();
    }

    @Test
    void aScoringTableWhoseCodeRowWasChanged_isRefused422_namingTheTable() throws IOException {
        SortedMap<String, byte[]> folder = StatelessApiTest.unzip(TestServer.check(officer.get("/api/v1/methodologies/" + ID + "/export?xlsx=true"),
                200).body());
        byte[] table;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(folder.get("scoring.xlsx")))) {
            boolean changed = false;
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("score.ratio(kcontext, $v);")) {
                        cell.setCellValue("score.ratio(kcontext, $v); Runtime.getRuntime().exec(\"touch /tmp/x\");");
                        changed = true;
                    }
                }
            }
            assertTrue(changed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            table = out.toByteArray();
        }
        ApiClient.Response r = officer.postForm(VERSIONS, ApiClient.Part.file("table", "scoring.xlsx", table));
        assertEquals(422, r.status(), r.toString());
        String first = r.json().path("problems").get(0).asText();
        assertTrue(first.contains("scoring.xlsx, row ") && first.contains("Runtime.getRuntime"), r.toString());
        nothingStored();
    }
}
