package vn.dti.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.Methodology;
import vn.dti.text.Language;
import vn.dti.text.Messages;
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

    /** The decision table's rows: RuleSet … the code row are the engine's; then the header row, then one row per component. */
    private static final Pattern CALL = Pattern.compile("score\\.(\\w+)\\s*\\(");
    /** Columns left of the table (Drools reads a table from its RuleTable cell's column on). */
    static final int INFO_COLUMNS = 2;

    /**
     * The officer's workbook of a CSV decision table: the same table two columns to the right, with
     * each row's official name and max points (from {@code m}) in columns A and B, left of the
     * {@code RuleTable} cell where Drools does not read; the engine's rows (RuleSet … the code row)
     * hidden, the sheet protected so that only the pattern columns and the assumption can be edited,
     * those cells validated (numbers, {@code x}, {@code threshold:points} lists) with an input
     * message each; header rows tall enough for their text; printed on A4 landscape, one page wide,
     * the header row repeated. Loads as the same table as the CSV.
     */
    public static byte[] forOfficer(byte[] csv, Methodology m, Language language) {
        String[] lines = new String(DecisionTable.withoutBom(csv), StandardCharsets.UTF_8).split("\r?\n", -1);
        String sheetName = "Chấm điểm";
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            String first = DecisionTable.splitCsv(lines[i], i + 1)[0];
            if (first.startsWith("RuleTable ") && start < 0) {
                sheetName = first.substring("RuleTable ".length()).strip();
                start = i;
            }
        }
        if (start < 0) {
            return fromCsv(csv);
        }
        int typesRow = start + 1;
        int codeRow = start + 3;
        int header = start + 4;
        Map<IndicatorId, Component> byId = m.componentsById();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle text = style(wb, true, false, false);
            CellStyle number = style(wb, true, false, false);
            CellStyle headerStyle = style(wb, true, true, true);
            CellStyle info = style(wb, true, false, true);
            CellStyle editText = style(wb, false, false, true);
            editText.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle editNumber = style(wb, false, false, false);
            String[] types = DecisionTable.splitCsv(lines[typesRow], typesRow + 1);
            String[] code = DecisionTable.splitCsv(lines[codeRow], codeRow + 1);
            Map<Integer, String> patterns = new java.util.HashMap<>();
            int description = -1;
            for (int c = 0; c < types.length; c++) {
                String type = types[c].strip().toUpperCase(Locale.ROOT);
                if (type.equals("ACTION") && c < code.length) {
                    Matcher call = CALL.matcher(code[c]);
                    patterns.put(c, call.find() ? call.group(1) : "");
                } else if (type.equals("DESCRIPTION")) {
                    description = c;
                }
            }
            int columns = 0;
            int last = header;
            for (int r = 0; r < lines.length; r++) {
                if (lines[r].isBlank() && r > header) {
                    break;
                }
                String[] cells = DecisionTable.splitCsv(lines[r], r + 1);
                columns = Math.max(columns, cells.length);
                Row row = sheet.createRow(r);
                boolean data = r > header;
                if (data) {
                    last = r;
                }
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    boolean editable = data && (patterns.containsKey(c) || c == description);
                    if (v.isEmpty() && !editable) {
                        continue;
                    }
                    Cell cell = row.createCell(c + INFO_COLUMNS);
                    if (data && c > 0 && NUMBER.matcher(v).matches()) {
                        cell.setCellValue(Double.parseDouble(v));
                        cell.setCellStyle(editable ? editNumber : number);
                    } else {
                        if (!v.isEmpty()) {
                            cell.setCellValue(v);
                        }
                        cell.setCellStyle(r == header ? headerStyle : editable ? editText : c == 0 && data ? info : text);
                    }
                }
                if (r == header) {
                    head(row, 0, Messages.text(language, "rules.sheet.name"), headerStyle);
                    head(row, 1, Messages.text(language, "rules.sheet.max"), headerStyle);
                } else if (data) {
                    Component component = null;
                    try {
                        component = byId.get(IndicatorId.of(cells[0].strip()));
                    } catch (IllegalArgumentException e) {
                        // not an id: left without name and max, the check names the cell
                    }
                    if (component != null) {
                        head(row, 0, component.name(), info);
                        Cell max = row.createCell(1);
                        max.setCellValue(component.maxPoints());
                        max.setCellStyle(number);
                    }
                }
            }
            int[] widths = new int[columns + INFO_COLUMNS];
            widths[0] = 42;
            widths[1] = 9;
            for (int c = 0; c < columns; c++) {
                widths[c + INFO_COLUMNS] = c == 0 ? 10 : c == description ? 70 : patterns.containsKey(c) ? 16 : 16;
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            // rows tall enough for their wrapped text (the header and the long assumptions)
            for (int r = header; r <= last; r++) {
                Row row = sheet.getRow(r);
                int linesNeeded = 1;
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        linesNeeded = Math.max(linesNeeded, linesOf(cell.getStringCellValue(), widths[cell.getColumnIndex()]));
                    }
                }
                row.setHeightInPoints(Math.min(409f, linesNeeded * 13f + 3f));
            }
            // the engine's rows: kept, hidden (Drools reads hidden rows); the protected sheet keeps them hidden
            for (int r = 0; r < header; r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                row.setZeroHeight(true);
            }
            validations(sheet, language, patterns, header + 1, last);
            sheet.createFreezePane(INFO_COLUMNS + 1, header + 1);
            sheet.enableLocking();
            sheet.lockFormatRows(true);
            sheet.lockFormatColumns(false);
            sheet.lockInsertRows(true);
            sheet.lockDeleteRows(true);
            Printing.onA4Landscape(sheet, header);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data validation with an input message on each editable pattern column. */
    private static void validations(XSSFSheet sheet, Language language, Map<Integer, String> patterns, int first, int last) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        for (Map.Entry<Integer, String> p : patterns.entrySet()) {
            int col = p.getKey() + INFO_COLUMNS;
            String ref = new CellReference(first, col).formatAsString(false);
            DataValidationConstraint constraint;
            String key;
            switch (p.getValue()) {
                case "goal", "relative" -> {
                    constraint = h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null);
                    key = "number";
                }
                case "ratio", "yesNo", "rankShare" -> {
                    constraint = h.createExplicitListConstraint(new String[] {"x"});
                    key = "x";
                }
                case "bands" -> {
                    constraint = h.createCustomConstraint("ISNUMBER(SEARCH(\":\"," + ref + "))");
                    key = "bands";
                }
                case "category" -> {
                    constraint = h.createCustomConstraint("ISNUMBER(SEARCH(\":\"," + ref + "))");
                    key = "categories";
                }
                default -> {
                    continue;
                }
            }
            DataValidation v = h.createValidation(constraint, new CellRangeAddressList(first, last, col, col));
            v.setShowPromptBox(true);
            v.setShowErrorBox(true);
            v.setEmptyCellAllowed(true);
            v.createPromptBox(Messages.text(language, "rules.sheet.prompt.title"), Messages.text(language, "rules.sheet.prompt." + key));
            v.createErrorBox(Messages.text(language, "rules.sheet.error.title"), Messages.text(language, "rules.sheet.prompt." + key));
            sheet.addValidationData(v);
        }
    }

    private static int linesOf(String text, int widthChars) {
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(part.length() * 1.05 / Math.max(1, widthChars - 1)));
        }
        return lines;
    }

    private static void head(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook wb, boolean locked, boolean bold, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setLocked(locked);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (bold) {
            Font font = wb.createFont();
            font.setBold(true);
            s.setFont(font);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (!locked) {
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }
}
