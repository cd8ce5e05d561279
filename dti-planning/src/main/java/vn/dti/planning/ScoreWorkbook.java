package vn.dti.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.Finding;
import vn.dti.api.MainIndicator;
import vn.dti.api.ScoreCard;
import vn.dti.api.ValueKind;
import vn.dti.text.Language;
import vn.dti.text.ShownText;

/**
 * The score card as an Excel workbook a planner can filter and send on: sheets "Điểm" (every
 * main indicator and component with points, max, points lost and at risk, agencies, the formula,
 * the reported value and its evidence documents), "Khoảng cách" (the gaps with the reasons, the
 * next step, the value for full points and the cooperating agencies) and "Phát hiện" (the
 * findings), each with an autofilter and a frozen header row. Numbers are numbers with a number
 * format (a share as a percentage), so Excel shows them in the reader's own format and can sum
 * and filter them; reasons and findings are in Vietnamese, each code kept in a column of its own.
 */
public final class ScoreWorkbook {
    private ScoreWorkbook() {
    }

    /**
     * The workbook of a situation's score card, its formula and message columns in the
     * environment's language.
     *
     * @param s the situation
     * @return the workbook's bytes (.xlsx)
     */
    public static byte[] write(Situation s) {
        return write(s, null, Language.fromEnvironment());
    }

    /**
     * The workbook's bytes (.xlsx), its formulas and findings' messages in {@code language}.
     *
     * @param s        the entity's situation (its score card)
     * @param language the language of the formula and message columns
     * @return the workbook
     */
    public static byte[] write(Situation s, Language language) {
        return write(s, null, language);
    }

    /** The number formats of the workbook. */
    private record Formats(CellStyle points, CellStyle index, CellStyle share, CellStyle rate, CellStyle count) {
        CellStyle of(ValueKind kind) {
            return switch (kind) {
                case RATIO -> share;
                case RATE -> rate;
                default -> count;
            };
        }
    }

    /**
     * The workbook of evidence after the appraisal council's decisions ({@code s} scores the
     * appraised evidence: the final points), with two more columns on the first sheet from the
     * appraised card: the self-assessed and the appraised points (tự đánh giá, hội đồng thẩm định),
     * as the field's software shows them.
     *
     * @param s         the situation
     * @param appraised the card with the council's decisions ({@code ScoreCard#appraised()}), or null
     * @return the workbook's bytes (.xlsx)
     */
    public static byte[] write(Situation s, ScoreCard appraised) {
        return write(s, appraised, Language.fromEnvironment());
    }

    /**
     * The workbook of appraised evidence ({@link #write(Situation, ScoreCard)}), its formulas and
     * findings' messages in {@code language}.
     *
     * @param s         the situation of the appraised evidence (the final points)
     * @param appraised the card with the council's decisions ({@code ScoreCard#appraised()}), or null
     * @param language  the language of the formula and message columns
     * @return the workbook
     */
    public static byte[] write(Situation s, ScoreCard appraised, Language language) {
        ScoreCard card = s.card();
        boolean three = appraised != null && appraised.appraised();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            Formats f = new Formats(style(wb, "0.00"), style(wb, "0.0000"), style(wb, "0.00%"), style(wb, "0.00"), style(wb, "#,##0.##"));
            CellStyle num = f.points();

            Sheet score = wb.createSheet("Điểm");
            List<String> columns = new ArrayList<>(List.of("Mã", "Chỉ số", "Cấp", three ? "Điểm (đạt được)" : "Điểm", "Tối đa", "Điểm bị mất",
                    "Điểm có rủi ro", "Cơ quan phụ trách", "Cơ quan phối hợp", "Cách tính"));
            if (three) {
                columns.addAll(List.of("Tự đánh giá", "Hội đồng thẩm định"));
            }
            int valueCol = columns.size();
            columns.addAll(List.of("Giá trị báo cáo", "Tài liệu kiểm chứng"));
            header(score, head, columns.toArray(new String[0]));
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
                    text(cr, 9, cs.explanation().formula().in(language));
                    if (three) {
                        ComponentScore a = appraised.components().get(c - 1);
                        number(cr, 10, a.selfAssessedPoints() == null ? a.points() : a.selfAssessedPoints(), num);
                        number(cr, 11, a.appraisedPoints() == null ? a.points() : a.appraisedPoints(), num);
                    }
                    ComponentEvidence ce = s.evidence().component(cs.id()).filter(ComponentEvidence::reported).orElse(null);
                    if (ce != null) {
                        value(cr, valueCol, comp, Values.text(ce.value()), f);
                        List<String> docs = new ArrayList<>();
                        for (Document d : ce.documents()) {
                            docs.add(VietnameseFormat.document(d));
                        }
                        text(cr, valueCol + 1, String.join("; ", docs));
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
            number(index, 3, card.index(), f.index());
            finish(score, r - 3, columns.size(), 1, 9, valueCol + 1);

            Sheet gaps = wb.createSheet("Khoảng cách");
            header(gaps, head, "Mã", "Chỉ số thành phần", "Giá trị", "Điểm", "Tối đa", "Điểm bị mất", "Điểm có rủi ro", "Lý do", "Mã lý do",
                    "Cơ quan phụ trách", "Cơ quan phối hợp", "Bước tiếp theo", "Giá trị cần đạt", "Thêm điểm", "Giá trị để đạt tối đa",
                    "Điểm mỗi điểm phần trăm");
            List<Gap> list = Gaps.of(s);
            r = 1;
            for (Gap g : list) {
                Component comp = s.methodology().component(g.component()).orElseThrow();
                Row row = gaps.createRow(r++);
                text(row, 0, g.component().value());
                text(row, 1, g.name());
                value(row, 2, comp, g.value(), f);
                number(row, 3, g.points(), num);
                number(row, 4, g.maxPoints(), num);
                number(row, 5, g.pointsLost(), num);
                number(row, 6, g.pointsAtRisk(), num);
                text(row, 7, String.join("; ", g.reasons().stream().map(Labels::reason).toList()));
                text(row, 8, String.join(", ", g.reasons().stream().map(Enum::name).toList()));
                text(row, 9, g.agency());
                text(row, 10, String.join("; ", g.cooperatingAgencies()));
                if (g.nextStep() != null) {
                    text(row, 11, Labels.nextStep(Dashboard.ComponentInfo.of(comp), g)[0]);
                    value(row, 12, comp, g.nextStep().value(), f);
                    number(row, 13, g.nextStep().adds(), num);
                }
                if (g.fullPoints() != null) {
                    value(row, 14, comp, g.fullPoints().value(), f);
                }
                if (g.pointsPerPercentagePoint() != null) {
                    number(row, 15, g.pointsPerPercentagePoint(), num);
                }
            }
            finish(gaps, r, 16, 1, 11);

            Sheet findings = wb.createSheet("Phát hiện");
            header(findings, head, "Mã", "Loại", "Mã phát hiện", "Điểm bị mất", "Điểm có rủi ro", "Cơ quan phụ trách", "Cơ quan phối hợp", "Nội dung",
                    "Thông điệp của quy tắc", "Quy tắc");
            r = 1;
            for (Finding x : card.findings()) {
                Row row = findings.createRow(r++);
                text(row, 0, x.indicator().value());
                text(row, 1, Labels.finding(x.code()));
                text(row, 2, x.code().name());
                number(row, 3, x.pointsLost(), num);
                number(row, 4, x.pointsAtRisk(), num);
                text(row, 5, x.agency());
                text(row, 6, String.join("; ", x.cooperatingAgencies()));
                text(row, 7, Labels.findingMeaning(x.code()));
                text(row, 8, x.message().in(language));
                text(row, 9, x.rule());
            }
            finish(findings, r, 10, 7, 8);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(XSSFWorkbook wb, String format) {
        CellStyle st = wb.createCellStyle();
        st.setDataFormat(wb.createDataFormat().getFormat(format));
        return st;
    }

    /** A component's value: a number as a number (a share formatted as a percentage), yes/no as có/không, a category by its Vietnamese name. */
    private static void value(Row row, int col, Component comp, String value, Formats f) {
        if (value == null) {
            return;
        }
        if (comp.valueKind().numeric()) {
            try {
                number(row, col, Double.parseDouble(value), f.of(comp.valueKind()));
                return;
            } catch (NumberFormatException e) {
                // written as text below
            }
        }
        text(row, col, VietnameseFormat.plainValue(Dashboard.ComponentInfo.of(comp), value));
    }

    private static void header(Sheet sheet, CellStyle style, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(ShownText.clean(names[i]));
            cell.setCellStyle(style);
        }
    }

    /** Autofilter, frozen header, widths (the {@code wide} columns hold long texts), printed on A4 landscape one page wide. */
    private static void finish(Sheet sheet, int rows, int columns, int... wide) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        sheet.createFreezePane(0, 1);
        vn.dti.reporting.internal.Printing.onA4Landscape(sheet, 0);
        for (int i = 0; i < columns; i++) {
            final int col = i;
            sheet.setColumnWidth(i, java.util.Arrays.stream(wide).anyMatch(w -> w == col) ? 60 * 256 : 16 * 256);
        }
    }

    private static void text(Row row, int col, String value) {
        if (value != null && !value.isEmpty()) {
            // a leading = + - @ would make a formula of an input's text: written as text, never parsed; nothing hidden in it shown
            row.createCell(col).setCellValue(ShownText.clean(value));
        }
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
