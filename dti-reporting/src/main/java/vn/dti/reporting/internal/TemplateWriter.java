package vn.dti.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ValueKind;
import vn.dti.text.Csv;
import vn.dti.text.ShownText;

/** Writes an agency's empty submission: a workbook (.xlsx), a CSV file, or an evidence file (.json). */
public final class TemplateWriter {
    /** What the header block says. */
    public record Header(String methodology, String methodologyName, String version, Period period, Entity entity, String agency, String due) {
    }

    private TemplateWriter() {
    }

    /** The header block and column headers as rows of text (shared by the workbook and the CSV). */
    static List<String[]> headerRows(Header h) {
        return headerRows(h, "");
    }

    /** The header block and column headers, the day of the report filled in (a form's). */
    static List<String[]> headerRows(Header h, String reportedAt) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Layout.TITLE});
        rows.add(new String[] {Layout.LABEL_METHODOLOGY, h.methodology(), h.methodologyName()});
        rows.add(new String[] {Layout.LABEL_VERSION, h.version()});
        rows.add(new String[] {Layout.LABEL_PERIOD, h.period().label()});
        rows.add(new String[] {Layout.LABEL_ENTITY, h.entity().id()});
        rows.add(new String[] {Layout.LABEL_ENTITY_NAME, h.entity().name()});
        rows.add(new String[] {Layout.LABEL_AGENCY, h.agency()});
        rows.add(new String[] {Layout.LABEL_DUE, h.due()});
        rows.add(new String[] {Layout.LABEL_REPORTED_AT, reportedAt});
        rows.add(new String[] {Layout.LABEL_HELP, Layout.help()});
        rows.add(Layout.COLUMNS.toArray(new String[0]));
        return rows;
    }

    /** The row index (0-based) of the value of a header label. */
    static int headerRow(String label) {
        return Layout.HEADER_LABELS.indexOf(label) + 1;
    }

    /** The CSV: UTF-8 with a byte-order mark (so spreadsheet programs show Vietnamese), comma-separated, CRLF line ends. */
    public static byte[] csv(Header h, List<Layout.Line> lines) {
        return csv(h, "", lines, java.util.Map.of());
    }

    /**
     * The CSV filled in: the day of the report, and for each component the agency's cells G–M
     * ({@code filled}, by component id, each array as long as {@link Layout#COLUMNS}; only its
     * columns G–M are taken), as a clerk's form gives them.
     */
    public static byte[] csv(Header h, String reportedAt, List<Layout.Line> lines, java.util.Map<String, String[]> filled) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (String[] row : headerRows(h, reportedAt)) {
            Csv.row(sb, row);
        }
        for (Layout.Line l : lines) {
            Component c = l.component();
            String[] row = new String[Layout.COLUMNS.size()];
            java.util.Arrays.fill(row, "");
            row[Layout.ID] = c.id().value();
            row[Layout.NAME] = c.name();
            row[Layout.ROLE] = l.roleLabel();
            row[Layout.MAX] = l.max();
            row[Layout.KIND] = l.kind();
            row[Layout.UNIT] = l.unit();
            row[Layout.HINT] = l.hint();
            String[] typed = filled.get(c.id().value());
            if (typed != null) {
                for (int col = Layout.VALUE; col <= Layout.NOTE; col++) {
                    row[col] = typed[col] == null ? "" : typed[col];
                }
            }
            Csv.row(sb, row);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The evidence file (.json): every row's component NOT_REPORTED, reportedBy the agency, with a note on what to write. */
    public static Evidence json(Header h, List<Layout.Line> lines) {
        List<ComponentEvidence> list = new ArrayList<>();
        for (Layout.Line l : lines) {
            list.add(new ComponentEvidence(l.component().id(), ReportStatus.NOT_REPORTED, null, EvidenceSource.SELF_REPORTED, List.of(), h.agency(), null,
                    l.roleLabel() + ". " + l.hint()));
        }
        return new Evidence(h.methodology(), h.entity(), h.period(), null, "Báo cáo của " + h.agency() + ", kỳ " + h.period()
                + (h.due().isEmpty() ? "" : "; hạn báo cáo: " + h.due()) + ". Thay \"status\": \"NOT_REPORTED\" bằng \"value\" và \"documents\" "
                + "(tài liệu kiểm chứng), ghi \"reportedAt\" (ngày báo cáo, yyyy-mm-dd). (Replace \"status\": \"NOT_REPORTED\" with a \"value\" and "
                + "its \"documents\", and give \"reportedAt\".)", list);
    }

    /** The workbook: frozen headers, drop-downs for yes/no and levels, number formats, columns A–F locked. */
    public static byte[] xlsx(Header h, List<Layout.Line> lines) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(Layout.SHEET);
            XSSFSheet lists = wb.createSheet(Layout.LISTS_SHEET);
            Styles st = new Styles(wb);
            List<String[]> header = headerRows(h);
            for (int r = 0; r < header.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = header.get(r);
                for (int c = 0; c < cells.length; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(ShownText.clean(cells[c]));
                    boolean columnHeader = r == header.size() - 1;
                    cell.setCellStyle(r == 0 ? st.title : columnHeader ? st.header : c == 0 ? st.label : st.locked);
                }
                if (r == headerRow(Layout.LABEL_REPORTED_AT)) {
                    Cell date = row.createCell(1);
                    date.setCellStyle(st.inputDate);
                }
                if (r == header.size() - 2) {
                    // the instructions: wrapped in B, the row tall enough for their lines (not merged: the reader refuses merged cells)
                    row.getCell(1).setCellStyle(st.lockedWrap);
                    row.setHeightInPoints(15f * (cells[1].length() / (Layout.WIDTHS[1] - 6) + 1));
                }
                if (r == header.size() - 1) {
                    row.setHeightInPoints(32);
                }
            }
            DataValidationHelper dv = sheet.getDataValidationHelper();
            // dates: the report date and every document's date, between 2000 and 2100 (a warning: a date typed as text, 25/9/2025,
            // is read too); ratios: up to 200%, as the reader accepts them
            int dueRow = headerRow(Layout.LABEL_REPORTED_AT);
            dates(sheet, dv, new CellRangeAddressList(dueRow, dueRow, 1, 1));
            if (!lines.isEmpty()) {
                dates(sheet, dv, new CellRangeAddressList(header.size(), header.size() + lines.size() - 1, Layout.DOC_DATE, Layout.DOC_DATE));
            }
            int first = header.size();
            int listRow = 0;
            for (int i = 0; i < lines.size(); i++) {
                Layout.Line l = lines.get(i);
                Component c = l.component();
                Row row = sheet.createRow(first + i);
                set(row, Layout.ID, c.id().value(), st.locked);
                set(row, Layout.NAME, c.name(), st.lockedWrap);
                set(row, Layout.ROLE, l.roleLabel(), st.lockedWrap);
                Cell max = row.createCell(Layout.MAX);
                max.setCellValue(c.maxPoints());
                max.setCellStyle(st.lockedNumber);
                set(row, Layout.KIND, l.kind(), st.lockedWrap);
                set(row, Layout.UNIT, l.unit(), st.locked);
                row.createCell(Layout.VALUE).setCellStyle(c.valueKind() == ValueKind.RATIO ? st.inputPercent
                        : c.valueKind() == ValueKind.COUNT ? st.inputCount : c.valueKind().numeric() ? st.inputNumber : st.input);
                for (int col : new int[] {Layout.DOC_NUMBER, Layout.DOC_TITLE, Layout.DOC_ISSUER, Layout.DOC_LINK, Layout.NOTE}) {
                    row.createCell(col).setCellStyle(col == Layout.DOC_TITLE || col == Layout.NOTE ? st.inputWrap : st.input);
                }
                row.createCell(Layout.DOC_DATE).setCellStyle(st.inputDate);
                set(row, Layout.HINT, l.hint(), st.lockedWrap);
                int lines2 = Math.max(2, Math.max(c.name().length() / 45 + 1, l.hint().length() / 43 + 1));
                row.setHeightInPoints(Math.min(409, 15f * lines2));
                CellRangeAddressList at = new CellRangeAddressList(first + i, first + i, Layout.VALUE, Layout.VALUE);
                DataValidation v;
                if (c.valueKind() == ValueKind.YES_NO) {
                    v = dv.createValidation(dv.createExplicitListConstraint(new String[] {VietnameseValues.YES, VietnameseValues.NO,
                        VietnameseValues.NOT_APPLICABLE}), at);
                    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
                } else if (c.valueKind() == ValueKind.CATEGORY) {
                    int start = listRow;
                    for (CategoryOption o : c.categories()) {
                        Row lr = lists.createRow(listRow++);
                        lr.createCell(0).setCellValue(c.id().value());
                        lr.createCell(1).setCellValue(ShownText.clean(o.name()));
                        lr.createCell(2).setCellValue(o.code());
                    }
                    Row na = lists.createRow(listRow++);
                    na.createCell(0).setCellValue(c.id().value());
                    na.createCell(1).setCellValue(VietnameseValues.NOT_APPLICABLE);
                    Name name = wb.createName();
                    name.setNameName("muc_" + c.id().value().replace('.', '_'));
                    name.setRefersToFormula("'" + Layout.LISTS_SHEET + "'!$B$" + (start + 1) + ":$B$" + listRow);
                    v = dv.createValidation(dv.createFormulaListConstraint(name.getNameName()), at);
                    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
                } else {
                    DataValidationConstraint k = c.valueKind() == ValueKind.COUNT
                            ? dv.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null)
                            : c.valueKind() == ValueKind.RATIO
                                    ? dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "2")
                                    : dv.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                    v = dv.createValidation(k, at);
                    v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                }
                v.setShowErrorBox(true);
                v.createErrorBox("Giá trị", VietnameseValues.kindWordsVi(c));
                v.createPromptBox("Giá trị", VietnameseValues.kindWordsVi(c));
                v.setShowPromptBox(true);
                v.setSuppressDropDownArrow(c.valueKind() == ValueKind.YES_NO || c.valueKind() == ValueKind.CATEGORY);
                sheet.addValidationData(v);
            }
            for (int c = 0; c < Layout.WIDTHS.length; c++) {
                sheet.setColumnWidth(c, Layout.WIDTHS[c] * 256);
            }
            sheet.createFreezePane(2, header.size());
            Printing.onA4Landscape(sheet, header.size() - 1);
            sheet.lockInsertRows(false);
            sheet.lockDeleteRows(false);
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.lockFormatCells(false);
            sheet.lockSelectLockedCells(false);
            sheet.lockSelectUnlockedCells(false);
            sheet.enableLocking();
            lists.setColumnWidth(1, 80 * 256);
            wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);
            wb.setActiveSheet(0);
            sheet.setActiveCell(new CellAddress(new CellReference(header.size(), Layout.VALUE).formatAsString()));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dates(XSSFSheet sheet, DataValidationHelper dv, CellRangeAddressList at) {
        DataValidation v = dv.createValidation(dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
                "DATE(2100,12,31)", "dd/mm/yyyy"), at);
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        v.createErrorBox("Ngày", "Ghi ngày theo dd/mm/yyyy, ví dụ 25/09/2025");
        v.setShowPromptBox(false);
        sheet.addValidationData(v);
    }

    private static void set(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(ShownText.clean(value));
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles: locked for the methodology's cells, unlocked for the agency's. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle label;
        final CellStyle locked;
        final CellStyle lockedWrap;
        final CellStyle lockedNumber;
        final CellStyle input;
        final CellStyle inputWrap;
        final CellStyle inputPercent;
        final CellStyle inputCount;
        final CellStyle inputNumber;
        final CellStyle inputDate;

        Styles(XSSFWorkbook wb) {
            DataFormat f = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = style(wb, true, false);
            title.setFont(big);
            header = style(wb, true, true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(header);
            label = style(wb, true, false);
            label.setFont(bold);
            locked = style(wb, true, false);
            locked.setDataFormat(f.getFormat("@"));
            border(locked);
            lockedWrap = style(wb, true, true);
            lockedWrap.setDataFormat(f.getFormat("@"));
            border(lockedWrap);
            lockedNumber = style(wb, true, false);
            lockedNumber.setDataFormat(f.getFormat("0.##"));
            border(lockedNumber);
            input = input(wb, f, "@", false);
            inputWrap = input(wb, f, "@", true);
            inputPercent = input(wb, f, "0.00%", false);
            inputCount = input(wb, f, "#,##0", false);
            inputNumber = input(wb, f, "#,##0.####", false);
            inputDate = input(wb, f, "dd/mm/yyyy", false);
        }

        private static CellStyle style(XSSFWorkbook wb, boolean locked, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setLocked(locked);
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static CellStyle input(XSSFWorkbook wb, DataFormat f, String format, boolean wrap) {
            CellStyle s = style(wb, false, wrap);
            s.setDataFormat(f.getFormat(format));
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(s);
            return s;
        }

        private static void border(CellStyle s) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }
}
