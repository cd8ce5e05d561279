package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.dti.api.Period;

/**
 * The worked example's workbooks and CSV files (dti-examples/data/workspace-khanh-hoa-2025) are
 * made from the current methodology folder, so that merging them prints no "made from version …"
 * note. When the folder changes (any file in it), refresh them: each file is made again with
 * {@code dti evidence template} as of now, and what the officer typed (columns G–M, the further
 * document rows, the day of the report) is copied into it, cell by cell:
 *
 * <pre>
 * mvn -o -q -B test -pl dti-reporting -am -Dtest=WorkedExampleFilesTest -Ddti.refresh=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class WorkedExampleFilesTest {
    static final String REFRESH = "mvn -o -q -B test -pl dti-reporting -am -Dtest=WorkedExampleFilesTest -Ddti.refresh=true "
            + "-Dsurefire.failIfNoSpecifiedTests=false";
    /** The columns the officer fills: G (value) to M (note). */
    static final int FIRST = 6;
    static final int LAST = 12;

    @Test
    void everyWorkbookAndCsvFile_isMadeFromTheCurrentMethodologyVersion() throws IOException {
        String version = Fixtures.scorer().version();
        List<Path> files = files();
        assertTrue(files.size() >= 15, files.toString());
        for (Path f : files) {
            assertEquals(version, versionOf(f), f + " was made from another version of vn-dti-province-2025: refresh the worked example with " + REFRESH);
        }
        // and so merging prints no note about versions
        Workspace ws = Workspace.open(Fixtures.workedExample());
        for (Period p : ws.periods()) {
            EvidenceMerge.Result r = EvidenceMerge.merge(Fixtures.scorer(), ws, p);
            assertTrue(r.notes().stream().noneMatch(n -> n.contains("made from version")), p + ": " + r.notes());
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "dti.refresh", matches = "true")
    void refresh() throws IOException {
        for (Path f : files()) {
            Period period = Period.parse((f.getParent().getFileName().toString().equals("superseded") ? f.getParent().getParent() : f.getParent())
                    .getFileName().toString());
            String agency = f.getFileName().toString().replaceFirst("\\.(xlsx|csv)$", "");
            if (f.toString().endsWith(".csv")) {
                Files.write(f, refreshCsv(Files.readString(f, StandardCharsets.UTF_8), agency, period).getBytes(StandardCharsets.UTF_8));
            } else {
                refreshXlsx(f, agency, period).write(f);
            }
        }
        everyWorkbookAndCsvFile_isMadeFromTheCurrentMethodologyVersion();
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(Fixtures.workedExample())) {
            return walk.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    static String versionOf(Path f) throws IOException {
        if (f.toString().endsWith(".csv")) {
            for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\r\n")) {
                List<String> cells = Split.cells(line);
                if (cells.get(0).equals("Phiên bản bộ chỉ số")) {
                    return cells.get(1);
                }
            }
            return "";
        }
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Báo cáo");
            for (Row row : s) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Phiên bản bộ chỉ số")) {
                    return row.getCell(1).getStringCellValue();
                }
            }
            return "";
        }
    }

    /** The CSV made again from the template, with the officer's cells G–M, further document rows and day of the report copied in. */
    static String refreshCsv(String old, String agency, Period period) {
        Map<String, List<List<String>>> filled = new LinkedHashMap<>();
        String reportedAt = "";
        List<List<String>> current = null;
        boolean body = false;
        for (String line : old.replace("\uFEFF", "").split("\r\n")) {
            List<String> cells = Split.cells(line);
            if (cells.get(0).equals("Ngày báo cáo (dd/mm/yyyy)")) {
                reportedAt = cells.size() > 1 ? cells.get(1) : "";
            } else if (cells.get(0).equals("Mã chỉ số")) {
                body = true;
            } else if (body && !cells.get(0).isEmpty()) {
                current = new ArrayList<>();
                current.add(cells);
                filled.put(cells.get(0), current);
            } else if (body && current != null) {
                current.add(cells);
            }
        }
        String template = new String(AgencyWorkbooks.template(Fixtures.scorer(), agency, period, Fixtures.KHANH_HOA, AgencyWorkbooks.Format.CSV),
                StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\r\n")) {
            List<String> cells = Split.cells(line);
            String key = cells.get(0).replace("\uFEFF", "");
            if (key.equals("Ngày báo cáo (dd/mm/yyyy)")) {
                cells.set(1, reportedAt);
            }
            List<List<String>> rows = filled.get(key);
            out.append(Split.join(rows == null ? cells : merge(cells, rows.get(0)))).append("\r\n");
            if (rows != null) {
                for (List<String> extra : rows.subList(1, rows.size())) {
                    out.append(Split.join(extra)).append("\r\n");
                }
            }
        }
        return out.toString();
    }

    private static List<String> merge(List<String> template, List<String> old) {
        List<String> out = new ArrayList<>(template);
        for (int c = FIRST; c <= LAST && c < old.size(); c++) {
            out.set(c, old.get(c));
        }
        return out;
    }

    /** The workbook made again from the template, with the officer's cells (their types: numbers, percents, dates, text) copied in. */
    static Fixtures.Book refreshXlsx(Path f, String agency, Period period) throws IOException {
        Fixtures.Book b = Fixtures.book(agency, period);
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Báo cáo");
            int header = -1;
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                String a = row == null || row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (a.equals("Ngày báo cáo (dd/mm/yyyy)") && row.getCell(1) != null) {
                    b.reportedAt(value(row.getCell(1)));
                }
                if (a.equals("Mã chỉ số")) {
                    header = r;
                }
            }
            for (int r = header + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                String id = row == null || row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (id.isEmpty() || !filled(row)) {
                    continue;
                }
                int at = b.row(id);
                copy(row, b, at);
                for (int k = r + 1; k <= s.getLastRowNum() && s.getRow(k) != null && (s.getRow(k).getCell(0) == null
                        || s.getRow(k).getCell(0).toString().isEmpty()) && filled(s.getRow(k)); k++) {
                    int into = at + (k - r);
                    b.sheet.shiftRows(into, b.sheet.getLastRowNum(), 1);
                    copy(s.getRow(k), b, into);
                }
            }
        }
        return b;
    }

    private static boolean filled(Row row) {
        for (int c = FIRST; c <= LAST; c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() != CellType.BLANK && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static void copy(Row from, Fixtures.Book b, int r) {
        for (int c = FIRST; c <= LAST; c++) {
            Cell cell = from.getCell(c);
            if (cell != null && cell.getCellType() != CellType.BLANK) {
                b.set(r, c, value(cell));
            }
        }
    }

    /** A cell's value as a spreadsheet program stores it: a date, a number (its cell keeps the template's format), a yes/no or text. */
    private static Object value(Cell cell) {
        switch (cell.getCellType()) {
            case NUMERIC:
                return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : (Object) cell.getNumericCellValue();
            case BOOLEAN:
                return cell.getBooleanCellValue();
            default:
                return cell.getStringCellValue();
        }
    }
}
