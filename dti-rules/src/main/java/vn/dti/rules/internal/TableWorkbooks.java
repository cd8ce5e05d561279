package vn.dti.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A CSV decision table as an Excel workbook, for officers who edit in a spreadsheet program: the
 * same cells, in a sheet named after the table, with the header rows frozen, widths that fit
 * Vietnamese headers, ids kept as text (so that 3.10 does not become 3.1) and numbers as numbers.
 * Loading the workbook gives the same rules as the CSV.
 */
public final class TableWorkbooks {
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private TableWorkbooks() {
    }

    /** One line of a CSV decision table as its cells, split as Drools splits them. */
    public static String[] cells(String line, int lineNumber) {
        return DecisionTable.splitCsv(line, lineNumber);
    }

    /** The workbook of a CSV decision table. */
    public static byte[] fromCsv(byte[] csv) {
        String[] lines = new String(DecisionTable.withoutBom(csv), StandardCharsets.UTF_8).split("\r?\n", -1);
        String sheetName = "Chấm điểm";
        int header = -1;
        for (int i = 0; i < lines.length; i++) {
            String first = DecisionTable.splitCsv(lines[i], i + 1)[0];
            if (first.startsWith("RuleTable ")) {
                sheetName = first.substring("RuleTable ".length()).strip();
                header = i + 4;
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            int columns = 0;
            for (int r = 0; r < lines.length; r++) {
                if (lines[r].isEmpty() && r == lines.length - 1) {
                    break;
                }
                String[] cells = DecisionTable.splitCsv(lines[r], r + 1);
                columns = Math.max(columns, cells.length);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (header >= 0 && r > header && c > 0 && NUMBER.matcher(v).matches()) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(v);
                        cell.setCellStyle(r == header ? bold : text);
                    }
                }
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, c == columns - 1 ? 90 * 256 : 24 * 256);
            }
            if (header >= 0) {
                sheet.createFreezePane(1, header + 1);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
