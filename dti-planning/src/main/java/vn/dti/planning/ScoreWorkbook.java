package vn.dti.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dti.api.ComponentScore;
import vn.dti.api.Finding;
import vn.dti.api.MainIndicator;
import vn.dti.api.ScoreCard;

/**
 * The score card as an Excel workbook a planner can filter and send on: sheets "Điểm" (every
 * main indicator and component with points, max, points lost and at risk, agency), "Khoảng cách"
 * (the gaps with the next step) and "Phát hiện" (the findings), each with an autofilter and a
 * frozen header row. Numbers are numbers (Excel shows them in the reader's own format).
 */
public final class ScoreWorkbook {
    private ScoreWorkbook() {
    }

    /** The workbook's bytes (.xlsx). */
    public static byte[] write(Situation s) {
        return write(s, null);
    }

    /**
     * The workbook of evidence after the appraisal council's decisions ({@code s} scores the
     * appraised evidence: the final points), with two more columns on the first sheet from the
     * appraised card: the self-assessed and the appraised points (tự đánh giá, hội đồng thẩm định),
     * as the field's software shows them.
     *
     * @param appraised the card with the council's decisions ({@code ScoreCard#appraised()}), or null
     */
    public static byte[] write(Situation s, ScoreCard appraised) {
        ScoreCard card = s.card();
        boolean three = appraised != null && appraised.appraised();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle num = wb.createCellStyle();
            num.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle idx = wb.createCellStyle();
            idx.setDataFormat(wb.createDataFormat().getFormat("0.0000"));

            Sheet score = wb.createSheet("Điểm");
            if (three) {
                header(score, head, "Mã", "Chỉ số", "Cấp", "Điểm (đạt được)", "Tối đa", "Điểm bị mất", "Điểm có rủi ro", "Cơ quan phụ trách",
                        "Cơ quan phối hợp", "Cách tính", "Tự đánh giá", "Hội đồng thẩm định");
            } else {
                header(score, head, "Mã", "Chỉ số", "Cấp", "Điểm", "Tối đa", "Điểm bị mất", "Điểm có rủi ro", "Cơ quan phụ trách", "Cơ quan phối hợp",
                        "Cách tính");
            }
            int r = 1;
            int c = 0;
            for (int i = 0; i < s.methodology().mainIndicators().size(); i++) {
                MainIndicator mi = s.methodology().mainIndicators().get(i);
                var ms = card.mainIndicators().get(i);
                Row row = score.createRow(r++);
                text(row, 0, mi.id().value());
                text(row, 1, mi.name());
                text(row, 2, "chỉ số chính");
                number(row, 3, ms.points(), num);
                number(row, 4, ms.maxPoints(), num);
                number(row, 5, ms.maxPoints() - ms.points(), num);
                for (int k = 0; k < mi.components().size(); k++) {
                    ComponentScore cs = card.components().get(c++);
                    var comp = mi.components().get(k);
                    Row cr = score.createRow(r++);
                    text(cr, 0, cs.id().value());
                    text(cr, 1, cs.name());
                    text(cr, 2, "thành phần");
                    number(cr, 3, cs.points(), num);
                    number(cr, 4, cs.maxPoints(), num);
                    number(cr, 5, cs.maxPoints() - cs.points(), num);
                    double risk = cs.findings().stream().mapToDouble(Finding::pointsAtRisk).max().orElse(0);
                    number(cr, 6, risk, num);
                    text(cr, 7, comp.responsibleAgency());
                    text(cr, 8, String.join("; ", comp.cooperatingAgencies()));
                    text(cr, 9, cs.explanation().formula());
                    if (three) {
                        ComponentScore a = appraised.components().get(c - 1);
                        number(cr, 10, a.selfAssessedPoints() == null ? a.points() : a.selfAssessedPoints(), num);
                        number(cr, 11, a.appraisedPoints() == null ? a.points() : a.appraisedPoints(), num);
                    }
                }
            }
            Row total = score.createRow(r++);
            text(total, 0, "Tổng");
            text(total, 1, card.entity().name() + " — kỳ " + card.period());
            number(total, 3, card.totalPoints(), num);
            number(total, 4, card.maxPoints(), num);
            number(total, 5, card.pointsLost(), num);
            number(total, 6, card.pointsAtRisk(), num);
            if (three) {
                number(total, 10, appraised.selfAssessedPoints(), num);
                number(total, 11, appraised.appraisedPoints(), num);
            }
            Row index = score.createRow(r++);
            text(index, 0, "Chỉ số");
            number(index, 3, card.index(), idx);
            finish(score, r - 3, three ? 12 : 10);

            Sheet gaps = wb.createSheet("Khoảng cách");
            header(gaps, head, "Mã", "Chỉ số thành phần", "Giá trị", "Điểm", "Tối đa", "Điểm bị mất", "Điểm có rủi ro", "Lý do", "Cơ quan phụ trách",
                    "Bước tiếp theo", "Giá trị cần đạt", "Thêm điểm", "Giá trị để đạt tối đa", "Điểm mỗi điểm phần trăm");
            List<Gap> list = Gaps.of(s);
            r = 1;
            for (Gap g : list) {
                Row row = gaps.createRow(r++);
                text(row, 0, g.component().value());
                text(row, 1, g.name());
                text(row, 2, g.value());
                number(row, 3, g.points(), num);
                number(row, 4, g.maxPoints(), num);
                number(row, 5, g.pointsLost(), num);
                number(row, 6, g.pointsAtRisk(), num);
                text(row, 7, String.join(", ", g.reasons().stream().map(Enum::name).toList()));
                text(row, 8, g.agency());
                if (g.nextStep() != null) {
                    text(row, 9, g.nextStep().action());
                    text(row, 10, g.nextStep().value());
                    number(row, 11, g.nextStep().adds(), num);
                }
                if (g.fullPoints() != null) {
                    text(row, 12, g.fullPoints().value());
                }
                if (g.pointsPerPercentagePoint() != null) {
                    number(row, 13, g.pointsPerPercentagePoint(), num);
                }
            }
            finish(gaps, r, 14);

            Sheet findings = wb.createSheet("Phát hiện");
            header(findings, head, "Mã", "Loại", "Điểm bị mất", "Điểm có rủi ro", "Cơ quan phụ trách", "Cơ quan phối hợp", "Nội dung", "Quy tắc");
            r = 1;
            for (Finding f : card.findings()) {
                Row row = findings.createRow(r++);
                text(row, 0, f.indicator().value());
                text(row, 1, f.code().name());
                number(row, 2, f.pointsLost(), num);
                number(row, 3, f.pointsAtRisk(), num);
                text(row, 4, f.agency());
                text(row, 5, String.join("; ", f.cooperatingAgencies()));
                text(row, 6, f.message());
                text(row, 7, f.rule());
            }
            finish(findings, r, 8);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle style, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(style);
        }
    }

    private static void finish(Sheet sheet, int rows, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, i == 1 || i == 6 || i == 9 ? 60 * 256 : 16 * 256);
        }
    }

    private static void text(Row row, int col, String value) {
        if (value != null && !value.isEmpty()) {
            // a leading = + - @ would make a formula of an input's text: written as text, never parsed
            row.createCell(col).setCellValue(value);
        }
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
