package vn.dti.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The officers' scoring table as the service exports it ({@code GET /api/v1/methodologies/{id}/export?xlsx=true}),
 * edited as an officer would in a spreadsheet program (POI writes the cells), for the tests that
 * upload methodology versions.
 */
public final class ScoringTables {
    /** The goal column of the scoring table, counted from its id column: full points at this value. */
    public static final int GOAL = 2;

    private ScoringTables() {
    }

    /** The scoring table (scoring.xlsx) of a methodology folder exported as a zip with {@code ?xlsx=true}. */
    public static byte[] of(byte[] exportedZip) throws IOException {
        byte[] table = StatelessApiTest.unzip(exportedZip).get("scoring.xlsx");
        if (table == null) {
            throw new AssertionError("no scoring.xlsx in the export");
        }
        return table;
    }

    /**
     * The column of a row that holds the component's id: the table's first column (the officer's
     * sheet has the official name and max points left of the table), or -1.
     */
    private static int idColumn(Row row, String component) {
        DataFormatter shown = new DataFormatter();
        for (int c = 0; c < Math.min(6, Math.max(0, row.getLastCellNum())); c++) {
            if (component.equals(shown.formatCellValue(row.getCell(c)))) {
                return c;
            }
        }
        return -1;
    }

    /** The table with one cell of a component's row typed anew (a number when it reads as one); {@code column} counted from the id column. */
    public static byte[] edit(byte[] xlsx, String component, int column, String value) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                int id = idColumn(row, component);
                if (id >= 0) {
                    Cell cell = row.getCell(id + column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                    try {
                        cell.setCellValue(Double.parseDouble(value));
                    } catch (NumberFormatException e) {
                        cell.setCellValue(value);
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    wb.write(out);
                    return out.toByteArray();
                }
            }
        }
        throw new AssertionError("no row for component " + component);
    }

    /** The row (1-based, as Excel numbers it) of a component in the table. */
    public static int rowOf(byte[] xlsx, String component) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                if (idColumn(row, component) >= 0) {
                    return row.getRowNum() + 1;
                }
            }
        }
        throw new AssertionError("no row for component " + component);
    }
}
