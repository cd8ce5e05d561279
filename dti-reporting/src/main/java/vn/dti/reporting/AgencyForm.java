package vn.dti.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Entity;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingRole;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.reporting.internal.Layout;
import vn.dti.reporting.internal.TemplateWriter;
import vn.dti.reporting.internal.VietnameseValues;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * An agency's submission typed into a form instead of a workbook (the service's clerk form): the
 * rows the form asks for, one per component the agency leads or cooperates on, as the workbook has
 * them; and what was typed, written as the agency's CSV file ({@link #csv}), cell for cell where
 * the workbook holds it. The file is then read by {@link AgencyWorkbooks#read(byte[], String,
 * String, RuleScorer, AgencyWorkbooks.Expected)} with every check a workbook has (Vietnamese
 * numbers and dates, one reading only, documents with a number or title and a date, no day in the
 * future), and is kept as the CSV submission it is. A refusal names the file's row and column: the
 * row is a component's ({@link Row#fileRow()}), the column a {@link Field}.
 *
 * <pre>{@code
 * List<AgencyForm.Row> rows = AgencyForm.rows(scorer, "Công an tỉnh");
 * byte[] csv = AgencyForm.csv(scorer, "Công an tỉnh", Period.parse("2025-Q3"), province, ReportingDay.today(),
 *         Map.of("5.1", new AgencyForm.Entry("46,69%", "4100/BC-BCĐCĐS", "Báo cáo …", "5/12/2023", "", "", "")));
 * }</pre>
 *
 * Stateless; safe from any thread.
 */
public final class AgencyForm {
    /** The rows before the first component's: the header block and the column headers (the file's rows 1–11). */
    private static final int HEADER_ROWS = Layout.HEADER_LABELS.size() + 3;

    private AgencyForm() {
    }

    /**
     * A component the agency reports, as the workbook's row shows it.
     *
     * @param component the component (its id, official name, max points, kind of value)
     * @param role      the agency's role for it
     * @param roleLabel the role in the workbook's words: Chủ trì, Phối hợp, Phối hợp (thành viên của …)
     * @param kindLabel the kind of value in the workbook's words: Tỷ lệ (%), Số lượng, Có / Không, …
     * @param unit      the unit column: %, /100 dân, the catalogue's unit, or empty
     * @param hint      what to write, in Vietnamese (the workbook's column N)
     * @param fileRow   the row (1-based) of the component in the CSV file {@link #csv} writes
     */
    public record Row(Component component, ReportingRole role, String roleLabel, String kindLabel, String unit, String hint, int fileRow) {
    }

    /** A cell of a component's row that the agency fills, with the column the workbook gives it. */
    public enum Field {
        /** The value (column G). */
        VALUE(Layout.VALUE),
        /** The evidence document's number (H). */
        DOCUMENT_NUMBER(Layout.DOC_NUMBER),
        /** The evidence document's title (I). */
        DOCUMENT_TITLE(Layout.DOC_TITLE),
        /** The evidence document's date of issue (J), dd/mm/yyyy. */
        DOCUMENT_DATE(Layout.DOC_DATE),
        /** Who issued the evidence document (K). */
        DOCUMENT_ISSUER(Layout.DOC_ISSUER),
        /** Where the evidence document is found (L): a link, or the name of the scan sent with the submission. */
        DOCUMENT_LINK(Layout.DOC_LINK),
        /** A note (M). */
        NOTE(Layout.NOTE);

        private final int index;

        Field(int index) {
            this.index = index;
        }

        /**
         * The field's column in the file.
         *
         * @return its letter, e.g. {@code G}
         */
        public String column() {
            return Layout.column(index);
        }

        /**
         * The workbook's header of the field's column.
         *
         * @return e.g. {@code Giá trị}
         */
        public String header() {
            return Layout.COLUMNS.get(index);
        }

        /**
         * The field a column letter holds.
         *
         * @param column a letter as messages name it ({@code G})
         * @return the field; empty for a column the agency does not fill
         */
        public static Optional<Field> ofColumn(String column) {
            for (Field f : values()) {
                if (f.column().equals(column)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * What was typed for one component, as the workbook's cells hold it (Vietnamese writing:
     * {@code 46,69%}, {@code 1.747.201}, {@code Có}, {@code 25/9/2025}). Null is blank; a blank value
     * leaves the component not reported, as a blank cell does.
     *
     * @param value          the value
     * @param documentNumber the evidence document's number
     * @param documentTitle  its title
     * @param documentDate   its date of issue
     * @param documentIssuer who issued it
     * @param documentLink   where it is found (a link, or the scan's file name)
     * @param note           a note
     */
    public record Entry(String value, String documentNumber, String documentTitle, String documentDate, String documentIssuer, String documentLink,
            String note) {
        /**
         * The text of one field.
         *
         * @param f the field
         * @return what was typed there, or null
         */
        public String get(Field f) {
            switch (f) {
                case VALUE:
                    return value;
                case DOCUMENT_NUMBER:
                    return documentNumber;
                case DOCUMENT_TITLE:
                    return documentTitle;
                case DOCUMENT_DATE:
                    return documentDate;
                case DOCUMENT_ISSUER:
                    return documentIssuer;
                case DOCUMENT_LINK:
                    return documentLink;
                default:
                    return note;
            }
        }
    }

    /**
     * The rows of an agency's form: the components it leads, then those it cooperates on, in the
     * workbook's order.
     *
     * @param scorer the methodology's scorer
     * @param agency the agency, in any spelling the methodology knows
     * @return the rows; empty for an agency with no component
     * @throws InvalidEvidenceException for an unknown agency
     */
    public static List<Row> rows(RuleScorer scorer, String agency) {
        String name = scorer.agencies().require(agency, "agency");
        List<Row> out = new ArrayList<>();
        List<Layout.Line> lines = Layout.lines(scorer.agencies(), name);
        for (int i = 0; i < lines.size(); i++) {
            Layout.Line l = lines.get(i);
            out.add(new Row(l.component(), l.role(), l.roleLabel(), l.kind(), l.unit(), l.hint(), HEADER_ROWS + 1 + i));
        }
        return out;
    }

    /**
     * What was typed, written as the agency's CSV file for the period: the workbook's header block
     * (the methodology, its version, the period, the entity, the agency, the deadline, the day of
     * the report) and a row per component with the typed cells.
     *
     * @param scorer     the methodology's scorer
     * @param agency     the agency, in any spelling the methodology knows
     * @param period     a quarter or a year
     * @param entity     the province it reports for
     * @param reportedAt the day of the report
     * @param entries    what was typed, by component id ({@code 5.1}); a component left out is blank
     * @return the file's bytes (UTF-8 with a byte-order mark), named {@link #fileName}
     * @throws InvalidEvidenceException for an entry of a component the agency does not report
     *                                  (naming it and the agency), or an unknown agency
     */
    public static byte[] csv(RuleScorer scorer, String agency, Period period, Entity entity, LocalDate reportedAt, Map<String, Entry> entries) {
        String name = scorer.agencies().require(agency, "agency");
        List<Layout.Line> lines = Layout.lines(scorer.agencies(), name);
        Set<String> own = new TreeSet<>();
        lines.forEach(l -> own.add(l.component().id().value()));
        List<String> foreign = entries.keySet().stream().filter(id -> !own.contains(id)).sorted().toList();
        if (!foreign.isEmpty()) {
            throw new InvalidEvidenceException(Messages.text(Language.fromEnvironment(), "reporting.form.notOwn", String.join(", ", foreign), name,
                    String.join(", ", own)));
        }
        Map<String, String[]> filled = new LinkedHashMap<>();
        entries.forEach((id, e) -> {
            String[] row = new String[Layout.COLUMNS.size()];
            for (Field f : Field.values()) {
                row[f.index] = e.get(f);
            }
            filled.put(id, row);
        });
        TemplateWriter.Header h = new TemplateWriter.Header(scorer.methodology().id(), scorer.methodology().name(), scorer.version(), period, entity, name,
                Layout.due(scorer.calendar(), period, lines));
        return TemplateWriter.csv(h, VietnameseValues.date(reportedAt), lines, filled);
    }

    /**
     * The name the form's file is kept under, as the workspace names an agency's CSV file.
     *
     * @param agency the agency as the catalogue names it
     * @return {@code <agency>.csv}
     */
    public static String fileName(String agency) {
        return AgencyWorkbooks.fileName(agency, AgencyWorkbooks.Format.CSV);
    }

    /**
     * What a component's evidence is written as in its value cell, so that it reads back the same:
     * a ratio as a percent ({@code 46,69%}), a number the Vietnamese way ({@code 1.747.201},
     * {@code 87,2}), {@code Có} or {@code Không}, a level by its name, {@code Không áp dụng}; blank
     * when not reported. The form shows a component's value from the last submission so.
     *
     * @param c the component
     * @param e its evidence, or null
     * @return the cell's text; empty when nothing was reported
     */
    public static String written(Component c, ComponentEvidence e) {
        if (e == null || e.status() == ReportStatus.NOT_REPORTED) {
            return "";
        }
        if (e.status() == ReportStatus.NOT_APPLICABLE) {
            return VietnameseValues.NOT_APPLICABLE;
        }
        Value v = e.value();
        if (v instanceof Value.Numeric n) {
            return c.valueKind() == ValueKind.RATIO ? VietnameseValues.percentOf(n.number()) : VietnameseValues.vi(n.number());
        }
        if (v instanceof Value.YesNo y) {
            return y.yes() ? VietnameseValues.YES : VietnameseValues.NO;
        }
        CategoryOption o = c.category(String.valueOf(v.raw()));
        return o == null ? String.valueOf(v.raw()) : o.name();
    }

    /**
     * A day written the Vietnamese way ({@code 25/9/2025}), as the form shows a document's date.
     *
     * @param day the day, or null
     * @return the text; empty for null
     */
    public static String written(LocalDate day) {
        return day == null ? "" : VietnameseValues.date(day);
    }
}
