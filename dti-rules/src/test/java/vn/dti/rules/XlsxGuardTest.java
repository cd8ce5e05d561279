package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What XlsxGuard refuses before any XML parser sees a workbook: a document type in any part, an encrypted or old-format file. */
class XlsxGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "docProps/core.xml", "xl/workbook.xml",
        "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"})
    void aDocumentTypeInAnyPart_isRefused_namingThePart(String part) throws IOException {
        byte[] xlsx = withDoctype(workbook(), part, "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XlsxGuard.inspect(xlsx, "w.xlsx", IllegalArgumentException::new));
        assertTrue(e.getMessage().startsWith("w.xlsx: ") && e.getMessage().contains(" " + part + " "), e.getMessage());
        assertTrue(!e.getMessage().contains("passwd"), "the attacker's text is not repeated: " + e.getMessage());
    }

    @Test
    void aDocumentTypeAfterLongCommentsAndAByteOrderMark_isFoundToo() throws IOException {
        byte[] xlsx = withDoctype(workbook(), "xl/workbook.xml", "<!--" + "x".repeat(200_000) + "--><?pi data?>\n<!DOCTYPE workbook>");
        assertThrows(IllegalArgumentException.class, () -> XlsxGuard.inspect(xlsx, "w.xlsx", IllegalArgumentException::new));
        byte[] plain = workbook();
        assertEquals(List.of(), XlsxGuard.inspect(plain, "w.xlsx", IllegalArgumentException::new).macros(), "a workbook as POI writes it passes");
    }

    @Test
    void anEncryptedOrOldFormatFile_isSaidSo() {
        byte[] ole = new byte[2048];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        IllegalArgumentException old = assertThrows(IllegalArgumentException.class, () -> XlsxGuard.inspect(ole, "w.xlsx", IllegalArgumentException::new));
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, ole, 1024, name.length);
        IllegalArgumentException encrypted = assertThrows(IllegalArgumentException.class, () -> XlsxGuard.inspect(ole, "w.xlsx",
                IllegalArgumentException::new));
        assertTrue(!old.getMessage().equals(encrypted.getMessage()), "two different answers: " + old.getMessage());
        assertTrue(encrypted.getMessage().startsWith("w.xlsx: ") && encrypted.getMessage().contains("Encrypt with Password"), encrypted.getMessage());
        assertTrue(old.getMessage().contains(".xls"), old.getMessage());
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Báo cáo").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with text put after the part's XML declaration (or at its start). */
    private static byte[] withDoctype(byte[] xlsx, String part, String doctype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String s = new String(b, StandardCharsets.UTF_8);
                    int at = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
                    b = (s.substring(0, at) + doctype + s.substring(at)).getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(b);
                zip.closeEntry();
            }
        }
        assertTrue(found, "the workbook has " + part);
        return out.toByteArray();
    }
}
