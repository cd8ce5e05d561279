package vn.dti.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.reporting.internal.VietnameseValues.Cell;

/**
 * The cells of a submission, row by row (0-based), as read from a workbook's report sheet or a
 * CSV file, with where each is for messages: "file, sheet Báo cáo, row 14, column G (Giá trị)".
 * A workbook's cells keep their type (number, percent, date, yes/no); a CSV's are text.
 */
public final class Grid {
    /** At most this many rows are read; an agency has tens of components. */
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 50;

    private final String display;
    private final String sheet;
    private final List<Cell[]> rows;

    private Grid(String display, String sheet, List<Cell[]> rows) {
        this.display = display;
        this.sheet = sheet;
        this.rows = rows;
    }

    public String display() {
        return display;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The cell at a row and column (0-based); blank outside the grid. */
    public Cell cell(int r, int c) {
        if (r < 0 || r >= rows.size()) {
            return Cell.text("");
        }
        Cell[] row = rows.get(r);
        return c < 0 || c >= row.length || row[c] == null ? Cell.text("") : row[c];
    }

    /** The number of cells read in a row. */
    public int width(int r) {
        return r < 0 || r >= rows.size() ? 0 : rows.get(r).length;
    }

    /** "file, sheet Báo cáo, row 14, column G (Giá trị)": 1-based as a spreadsheet program shows them. */
    public String where(int r, int c, String header) {
        return display + (sheet == null ? "" : ", sheet " + sheet) + ", row " + (r + 1) + ", column " + Layout.column(c)
                + (header == null || header.isEmpty() ? "" : " (" + header + ")");
    }

    /** "file, sheet Báo cáo, row 14". */
    public String whereRow(int r) {
        return display + (sheet == null ? "" : ", sheet " + sheet) + ", row " + (r + 1);
    }

    /** A CSV file: UTF-8 (a byte-order mark is skipped), comma- or semicolon-separated, fields quoted with ". */
    public static Grid csv(byte[] bytes, String display) {
        if (bytes.length == 0) {
            throw new InvalidEvidenceException(display + ": the file is empty; make the agency's file with 'dti evidence template --agency … --format csv'.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidEvidenceException(display + ": is not UTF-8 text; Vietnamese letters would be misread. Save it as \"CSV UTF-8\" "
                    + "(Excel: File > Save As > CSV UTF-8).");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        char delimiter = delimiter(text);
        List<Cell[]> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == delimiter) {
                row.add(Cell.text(cell.toString()));
                cell.setLength(0);
                if (row.size() > MAX_COLUMNS) {
                    throw new InvalidEvidenceException(display + ", row " + (rows.size() + 1) + ": more than " + MAX_COLUMNS + " columns; is it the agency's file?");
                }
            } else if (ch == '\n' || ch == '\r') {
                row.add(Cell.text(cell.toString()));
                cell.setLength(0);
                rows.add(row.toArray(new Cell[0]));
                row.clear();
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (rows.size() > MAX_ROWS) {
                    throw new InvalidEvidenceException(display + ": more than " + MAX_ROWS + " rows; an agency's file has tens. Is it the right file?");
                }
            } else {
                cell.append(ch);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidEvidenceException(display + ", row " + (rows.size() + 1) + ": a quoted cell (\"…) is not closed; the file may be cut short.");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(Cell.text(cell.toString()));
            rows.add(row.toArray(new Cell[0]));
        }
        return new Grid(display, null, rows);
    }

    /** Comma, unless the column-header row is separated by semicolons (as Excel saves CSV under Vietnamese regional settings). */
    private static char delimiter(String text) {
        for (String line : text.split("\r?\n", 60)) {
            if (line.startsWith(Layout.COLUMNS.get(0) + ";")) {
                return ';';
            }
            if (line.startsWith(Layout.COLUMNS.get(0) + ",")) {
                return ',';
            }
        }
        return ',';
    }

    /**
     * A workbook's report sheet. Refused, with the cell: merged cells below the title, formula cells
     * without a saved value, formula errors. (Call {@link WorkbookGuard#checkWorkbook} first.)
     */
    public static Grid xlsx(byte[] bytes, String display) {
        checkRows(bytes, display);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet(Layout.SHEET);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    names.add(wb.getSheetName(i));
                }
                if (names.isEmpty()) {
                    throw new InvalidEvidenceException(display + ": the workbook has no sheets; make the agency's workbook with 'dti evidence template --agency'.");
                }
                throw new InvalidEvidenceException(display + ": no sheet named \"" + Layout.SHEET + "\" (the workbook has " + String.join(", ", names)
                        + "); it is not an agency workbook made by 'dti evidence template --agency', or the sheet was renamed.");
            }
            List<String> problems = new ArrayList<>();
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                if (merged.getLastRow() >= 1) {
                    problems.add(display + ", sheet " + Layout.SHEET + ", cells " + merged.formatAsString() + ": merged cells; a merged cell hides which "
                            + "row or column a value belongs to. Unmerge them (Home > Merge & Center > Unmerge Cells) and put each value in its own cell.");
                }
            }
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new InvalidEvidenceException(display + ", sheet " + Layout.SHEET + ": " + (sheet.getLastRowNum() + 1) + " rows, more than the "
                        + MAX_ROWS + " read; an agency's workbook has tens.");
            }
            List<Cell[]> rows = new ArrayList<>();
            Grid grid = new Grid(display, Layout.SHEET, rows);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                int n = row == null || row.getLastCellNum() <= 0 ? 0 : Math.min(row.getLastCellNum(), MAX_COLUMNS);
                Cell[] cells = new Cell[n];
                for (int c = 0; c < n; c++) {
                    XSSFCell x = (XSSFCell) row.getCell(c);
                    try {
                        cells[c] = cell(x);
                    } catch (IllegalArgumentException e) {
                        problems.add(grid.where(r, c, c < Layout.COLUMNS.size() ? Layout.COLUMNS.get(c) : null) + ": " + e.getMessage());
                        cells[c] = Cell.text("");
                    }
                }
                rows.add(cells);
            }
            if (!problems.isEmpty()) {
                throw new InvalidEvidenceException(Problems.join(problems));
            }
            return grid;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidEvidenceException iee) {
                throw iee;
            }
            throw new InvalidEvidenceException(display + ": cannot be read as an Excel workbook (" + reason(e) + "). Save it again as .xlsx.", e);
        }
    }

    /**
     * Counts each sheet's rows as its XML streams past, before POI builds the workbook in memory: a
     * sheet of a million rows (Excel's most is 1,048,576) is refused after {@link #MAX_ROWS}, in
     * milliseconds, instead of being built whole. No DTD is read and no entity resolved; a sheet
     * that does not parse is left to POI, which says why.
     */
    static void checkRows(byte[] bytes, String display) {
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().matches("xl/worksheets/[^/]+\\.xml")) {
                    continue;
                }
                int rows = 0;
                try {
                    javax.xml.stream.XMLStreamReader r = f.createXMLStreamReader(new java.io.FilterInputStream(zip) {
                        @Override
                        public void close() {
                            // the zip stays open for the next entry
                        }
                    });
                    while (r.hasNext()) {
                        if (r.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row") && ++rows > MAX_ROWS) {
                            throw new InvalidEvidenceException(display + ", " + e.getName() + ": more than " + MAX_ROWS + " rows, more than the " + MAX_ROWS
                                    + " read; an agency's workbook has tens. Is it the right file?");
                        }
                    }
                    r.close();
                } catch (javax.xml.stream.XMLStreamException ex) {
                    // not well-formed, or a DTD: POI refuses it below, saying why
                }
            }
        } catch (IOException ex) {
            // not a zip: XlsxGuard and POI say so
        }
    }

    /**
     * What went wrong in the parser's own words, without the names of the classes that carried it
     * ("org.apache.xmlbeans.XmlException: error: DOCTYPE is disallowed…" is "DOCTYPE is disallowed…"):
     * a person reads it, never a class name.
     */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getCause().getMessage() != null) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? e.getMessage() : root.getMessage();
        if (m == null) {
            return "the file is damaged";
        }
        String before;
        do {
            before = m;
            m = m.replaceFirst("^\\s*(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)?:\\s*", "").replaceFirst("^error:\\s*", "");
        } while (!m.equals(before));
        m = m.replaceAll("(?:[a-z_$][\\w$]*\\.){2,}[A-Z][\\w$]*", "").strip();
        return m.isEmpty() ? "the file is damaged" : m;
    }

    private static Cell cell(XSSFCell x) {
        if (x == null) {
            return Cell.text("");
        }
        CellType type = x.getCellType();
        if (type == CellType.FORMULA) {
            // no <v>, or an empty one (<v/>, as openpyxl and other programs write a formula they do not compute): no saved value
            if (!x.getCTCell().isSetV() || x.getCTCell().getV() == null || x.getCTCell().getV().isEmpty()) {
                throw new IllegalArgumentException("a formula (=" + x.getCellFormula() + ") without a saved value; dti never computes formulas. Open "
                        + "and save the file in Excel or LibreOffice so that the value is computed (it is then saved with the formula), or type the "
                        + "value instead" + (x.getCTCell().getT() == STCellType.STR
                                ? " (a formula that gives an empty text is refused too: clear the cell)." : "."));
            }
            type = x.getCachedFormulaResultType();
        }
        switch (type) {
            case BLANK:
                return Cell.text("");
            case STRING:
                return Cell.text(Normalizer.normalize(x.getStringCellValue(), Normalizer.Form.NFC));
            case BOOLEAN:
                return new Cell(Boolean.toString(x.getBooleanCellValue()), null, false, null, x.getBooleanCellValue());
            case NUMERIC:
                double d = x.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(x)) {
                    LocalDate date = x.getLocalDateTimeCellValue().toLocalDate();
                    return new Cell("", null, false, date, null);
                }
                String format = x.getCellStyle().getDataFormatString();
                boolean percent = format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
                return new Cell("", d, percent, null, null);
            case ERROR:
                throw new IllegalArgumentException("the cell shows an error (" + x.getErrorCellString() + "); correct it or type the value.");
            default:
                throw new IllegalArgumentException("a cell of an unknown kind (" + type.toString().toLowerCase(Locale.ROOT) + ").");
        }
    }
}
