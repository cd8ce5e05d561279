package vn.dti.reporting.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.reporting.internal.VietnameseValues.Cell;
import vn.dti.text.Csv;
import vn.dti.text.Language;
import vn.dti.text.Place;

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
        return Place.cell(display, sheet, r + 1, Layout.column(c), header).in(Language.fromEnvironment());
    }

    /** "file, sheet Báo cáo, row 14". */
    public String whereRow(int r) {
        return Place.cell(display, sheet, r + 1, null, null).in(Language.fromEnvironment());
    }

    private static String t(String key, Object... args) {
        return vn.dti.text.Messages.text(Language.fromEnvironment(), key, args);
    }

    /** A CSV file: UTF-8 (a byte-order mark is skipped), comma- or semicolon-separated, fields quoted with ". */
    public static Grid csv(byte[] bytes, String display) {
        if (bytes.length == 0) {
            throw new InvalidEvidenceException(display + ": " + t("reporting.csv.empty"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidEvidenceException(display + ": " + t("reporting.csv.notUtf8"));
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
                row.add(Cell.text(Csv.unneutralise(cell.toString())));
                cell.setLength(0);
                if (row.size() > MAX_COLUMNS) {
                    throw new InvalidEvidenceException(Place.cell(display, null, rows.size() + 1, null, null).in(Language.fromEnvironment()) + ": " + t("reporting.csv.tooManyColumns", MAX_COLUMNS));
                }
            } else if (ch == '\n' || ch == '\r') {
                row.add(Cell.text(Csv.unneutralise(cell.toString())));
                cell.setLength(0);
                rows.add(row.toArray(new Cell[0]));
                row.clear();
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (rows.size() > MAX_ROWS) {
                    throw new InvalidEvidenceException(display + ": " + t("reporting.csv.tooManyRows", MAX_ROWS));
                }
            } else {
                cell.append(ch);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidEvidenceException(Place.cell(display, null, rows.size() + 1, null, null).in(Language.fromEnvironment()) + ": " + t("reporting.csv.openQuote"));
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(Cell.text(Csv.unneutralise(cell.toString())));
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
     * A workbook's report sheet, read streaming ({@link XlsxSheet}: memory does not grow with the
     * sheet, and a sheet of more than {@link #MAX_ROWS} filled rows is refused at the first row past
     * them). Refused, with the cell: merged cells below the title, formula cells without a saved
     * value, formula errors. (Call {@link WorkbookGuard#checkWorkbook} first.)
     */
    public static Grid xlsx(byte[] bytes, String display) {
        XlsxSheet.Sheet sheet = XlsxSheet.read(bytes, display, Layout.SHEET, MAX_ROWS, MAX_COLUMNS);
        if (!sheet.found()) {
            if (sheet.names().isEmpty()) {
                throw new InvalidEvidenceException(display + ": " + t("reporting.xlsx.noSheets"));
            }
            throw new InvalidEvidenceException(display + ": " + t("reporting.xlsx.noSheet", Layout.SHEET, String.join(", ", sheet.names())));
        }
        List<String> problems = new ArrayList<>();
        for (CellRangeAddress merged : sheet.merged()) {
            if (merged.getLastRow() >= 1) {
                problems.add(Place.cell(display, Layout.SHEET, 0, null, null).in(Language.fromEnvironment()) + t("reporting.xlsx.merged", merged.formatAsString()));
            }
        }
        Grid grid = new Grid(display, Layout.SHEET, sheet.rows());
        for (XlsxSheet.CellProblem p : sheet.problems()) {
            problems.add(grid.where(p.row(), p.column(), p.column() < Layout.COLUMNS.size() ? Layout.COLUMNS.get(p.column()) : null) + ": " + p.message());
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(Problems.join(problems));
        }
        return grid;
    }
}
