package vn.dti.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dti.api.Entity;
import vn.dti.api.Period;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/** Shared test data: the bundled 2025 methodology, Khánh Hòa, agency workbooks filled cell by cell as a spreadsheet program would. */
final class Fixtures {
    static final Entity KHANH_HOA = Entity.province("khanh-hoa", "Khánh Hòa");
    static final Period Q3 = Period.parse("2025-Q3");
    static final int VALUE = 6;
    static final int DOC_NUMBER = 7;
    static final int DOC_TITLE = 8;
    static final int DOC_DATE = 9;
    static final int DOC_ISSUER = 10;

    private Fixtures() {
    }

    static RuleScorer scorer() {
        return Methodologies.bundled("vn-dti-province-2025");
    }

    /** The worked example's workspace. */
    static Path workedExample() {
        Path p = Path.of("../dti-examples/data/workspace-khanh-hoa-2025");
        return Files.isDirectory(p) ? p : Path.of("dti-examples/data/workspace-khanh-hoa-2025");
    }

    /** An agency's workbook for a period, to fill. */
    static Book book(String agency, Period period) {
        return new Book(AgencyWorkbooks.template(scorer(), agency, period, KHANH_HOA, AgencyWorkbooks.Format.XLSX));
    }

    /** A workbook being filled: cells set with the types a spreadsheet program stores. */
    static final class Book {
        final XSSFWorkbook wb;
        final XSSFSheet sheet;

        Book(byte[] bytes) {
            try {
                wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sheet = wb.getSheet("Báo cáo");
        }

        /** The 0-based row of a component. */
        int row(String id) {
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && id.equals(row.getCell(0).toString())) {
                    return r;
                }
            }
            throw new IllegalArgumentException("no row for " + id);
        }

        /** The 0-based row of a header label. */
        int label(String label) {
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).toString().equals(label)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("no row " + label);
        }

        Book set(int r, int c, Object v) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
            if (v instanceof Double d) {
                cell.setCellValue(d);
            } else if (v instanceof Integer i) {
                cell.setCellValue(i);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                if (!org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                    // a spreadsheet program formats a typed date as a date
                    org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
                    style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
                    cell.setCellStyle(style);
                }
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                cell.setCellValue((String) v);
            }
            return this;
        }

        Book reportedAt(Object day) {
            return set(label("Ngày báo cáo (dd/mm/yyyy)"), 1, day);
        }

        /** A value with one document. */
        Book value(String id, Object value, String docNumber, Object docDate) {
            int r = row(id);
            set(r, VALUE, value);
            set(r, DOC_NUMBER, docNumber);
            set(r, DOC_TITLE, "Báo cáo kết quả");
            set(r, DOC_DATE, docDate);
            return set(r, DOC_ISSUER, "UBND tỉnh Khánh Hòa");
        }

        byte[] bytes() {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path write(Path file) {
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes());
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Submission read(byte[] bytes, String name) {
        return AgencyWorkbooks.read(bytes, AgencyWorkbooks.Format.XLSX, name, name, scorer(), Q3);
    }
}
