package vn.dti.rules;

import java.time.LocalDate;
import vn.dti.api.ReportStatus;
import vn.dti.api.ValueKind;
import vn.dti.scoring.FormulaText;
import vn.dti.scoring.PatternInput;

/**
 * What rule files match on: one entity's report on one component, flattened for fast matching.
 * Immutable, so safe to share between threads. Rules and decision tables read it and award points
 * through the {@link ScoreSheet} global {@code score}; they never modify it. Its getters are the
 * properties rules name ({@code indicator}, {@code reported}, {@code ratio}, {@code documents},
 * {@code daysLate}, …).
 *
 * <pre>
 * rule "3.4 fibre households" @indicator("3.4")
 * when
 *     $v : ComponentValue( indicator == "3.4", reported )
 * then
 *     score.goal(kcontext, $v, 0.90);
 * end
 * </pre>
 */
public final class ComponentValue implements PatternInput {
    /** {@link #isGroupReport()}, once worked out: 0 not yet, 1 false, 2 true (the same whichever thread works it out). */
    private byte groupReport;
    private final int entity;
    private final int slot;
    private final String indicator;
    private final ReportStatus status;
    private final ValueKind kind;
    private final double number;
    private final boolean yes;
    private final String category;
    private final double max;
    private final int documents;
    private final boolean automatic;
    private final int documentsAfterPeriod;
    private final long daysAfterPeriod;
    private final long daysBeforePeriod;
    private final Report report;

    /**
     * Who reported a component and when, against the reporting calendar ({@code calendar.json}).
     *
     * @param reportedBy        the reporting agency as the catalogue names it ("" when not given: the responsible agency is assumed)
     * @param responsibleAgency the component's responsible agency
     * @param cooperating       true when a cooperating agency (cơ quan phối hợp), not the responsible one, reported it
     * @param reportedAt        when it was reported (the component's date, else the evidence's); null when not given
     * @param dueBefore         the day the report was due before, by the deadline binding the reporter's role; null when none binds
     * @param deadline          that deadline's name; "" when none
     * @param daysLate          days after the last day on time; 0 when on time or not known
     * @param quarter           true when the period is a quarter
     * @param graceDays         for documents: days from the period's end to the last day on time (0 when the deadline falls inside the period)
     */
    public record Report(String reportedBy, String responsibleAgency, boolean cooperating, LocalDate reportedAt, LocalDate dueBefore, String deadline,
            long daysLate, boolean quarter, long graceDays) {
        /** Nothing known about the report. */
        public static final Report NONE = new Report("", "", false, null, null, "", 0, false, 0);
    }

    /**
     * A fact with nothing known about who reported it and when ({@link Report#NONE}).
     *
     * @param entity               index of the entity in the scoring call
     * @param slot                 index of the component in the catalogue
     * @param indicator            the component id, e.g. {@code 3.4}
     * @param status               whether a value was reported
     * @param kind                 the component's value kind
     * @param number               the number (a ratio as a share, possibly above 1), or NaN
     * @param yes                  the answer for yes/no
     * @param category             the code for categories, else null
     * @param max                  the component's max points
     * @param documents            how many documents are attached
     * @param automatic            whether the value is measured automatically
     * @param documentsAfterPeriod how many documents are dated after the period's end
     * @param daysAfterPeriod      days from the period's end to the latest document (0 if none is later)
     * @param daysBeforePeriod     days from the newest document to the period's start (0 if one is
     *                             inside or later)
     */
    public ComponentValue(int entity, int slot, String indicator, ReportStatus status, ValueKind kind, double number, boolean yes,
            String category, double max, int documents, boolean automatic, int documentsAfterPeriod, long daysAfterPeriod,
            long daysBeforePeriod) {
        this(entity, slot, indicator, status, kind, number, yes, category, max, documents, automatic, documentsAfterPeriod, daysAfterPeriod,
                daysBeforePeriod, Report.NONE);
    }

    /**
     * A fact with who reported it and when, against the reporting calendar.
     *
     * @param entity               index of the entity in the scoring call
     * @param slot                 index of the component in the catalogue
     * @param indicator            the component id, e.g. {@code 3.4}
     * @param status               whether a value was reported
     * @param kind                 the component's value kind
     * @param number               the number (a ratio as a share, possibly above 1), or NaN
     * @param yes                  the answer for yes/no
     * @param category             the code for categories, else null
     * @param max                  the component's max points
     * @param documents            how many documents are attached
     * @param automatic            whether the value is measured automatically
     * @param documentsAfterPeriod how many documents are dated after the period's end
     * @param daysAfterPeriod      days from the period's end to the latest document (0 if none is later)
     * @param daysBeforePeriod     days from the newest document to the period's start (0 if one is
     *                             inside or later)
     * @param report               who reported it and when; null for {@link Report#NONE}
     */
    public ComponentValue(int entity, int slot, String indicator, ReportStatus status, ValueKind kind, double number, boolean yes,
            String category, double max, int documents, boolean automatic, int documentsAfterPeriod, long daysAfterPeriod,
            long daysBeforePeriod, Report report) {
        this.report = report == null ? Report.NONE : report;
        this.entity = entity;
        this.slot = slot;
        this.indicator = indicator;
        this.status = status;
        this.kind = kind;
        this.number = number;
        this.yes = yes;
        this.category = category;
        this.max = max;
        this.documents = documents;
        this.automatic = automatic;
        this.documentsAfterPeriod = documentsAfterPeriod;
        this.daysAfterPeriod = daysAfterPeriod;
        this.daysBeforePeriod = daysBeforePeriod;
    }

    /** {@return the index of the entity in the scoring call, from 0} */
    public int getEntity() {
        return entity;
    }

    /** {@return the index of the component in the catalogue, from 0} */
    public int getSlot() {
        return slot;
    }

    /** The component id, e.g. "3.4". */
    @Override
    public String getIndicator() {
        return indicator;
    }

    /** {@return whether a value was reported, or the component declared not applicable} */
    public ReportStatus getStatus() {
        return status;
    }

    /** {@return true when a value was reported} */
    public boolean isReported() {
        return status == ReportStatus.REPORTED;
    }

    @Override
    public ValueKind getKind() {
        return kind;
    }

    /** The number as reported (ratio, count, rate, money); NaN for yes/no and categories. */
    @Override
    public double getNumber() {
        return number;
    }

    /** For ratios: the number capped to [0, 1] (111.22% counts as 100%). */
    @Override
    public double getRatio() {
        return Math.max(0, Math.min(1, number));
    }

    /** {@return true when a ratio was reported above 1 (above 100%)} */
    public boolean isAboveOne() {
        return kind == ValueKind.RATIO && number > 1;
    }

    /** For yes/no components: the answer. */
    @Override
    public boolean isYes() {
        return yes;
    }

    /** For category components: the code; null otherwise. */
    @Override
    public String getCategory() {
        return category;
    }

    /** The component's max points from the catalogue. */
    @Override
    public double getMax() {
        return max;
    }

    /** {@return how many evidence documents are attached} */
    public int getDocuments() {
        return documents;
    }

    /** {@return true when the value is measured automatically (needs no document)} */
    public boolean isAutomatic() {
        return automatic;
    }

    /** {@return how many documents are dated after the period's end} */
    public int getDocumentsAfterPeriod() {
        return documentsAfterPeriod;
    }

    /** {@return days from the period's end to the latest document; 0 if none is later} */
    public long getDaysAfterPeriod() {
        return daysAfterPeriod;
    }

    /** {@return days from the newest document to the period's start; 0 if a document lies inside the period or later} */
    public long getDaysBeforePeriod() {
        return daysBeforePeriod;
    }

    /** {@return who reported it and when, against the reporting calendar} */
    public Report getReport() {
        return report;
    }

    /** {@return the reporting agency as the catalogue names it; the responsible agency when the evidence names none} */
    public String getReportedBy() {
        return report.reportedBy().isEmpty() ? report.responsibleAgency() : report.reportedBy();
    }

    /**
     * {@return true when {@link #getReportedBy()} names several agencies together, separated by
     * "; " (dti evidence merge names so the members of a cooperating group that each reported):
     * exactly when {@code reportedBy matches ".*; .*"} holds, without a regular expression per fact}
     * Like the expression's {@code .}, a line break anywhere in the name makes it false.
     */
    public boolean isGroupReport() {
        byte g = groupReport;
        if (g == 0) {
            // worked out once per fact: the rule files test it twice for each value not reported
            g = groupReport(getReportedBy()) ? (byte) 2 : (byte) 1;
            groupReport = g;
        }
        return g == 2;
    }

    private static boolean groupReport(String by) {
        if (by.indexOf("; ") < 0) {
            return false;
        }
        for (int i = 0; i < by.length(); i++) {
            char c = by.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }

    /** {@return the component's responsible agency (cơ quan chủ trì)} */
    public String getResponsibleAgency() {
        return report.responsibleAgency();
    }

    /** {@return true when a cooperating agency (cơ quan phối hợp), not the responsible one, reported the value} */
    public boolean isCooperatingReport() {
        return report.cooperating();
    }

    /** {@return when it was reported; null when the evidence does not say} */
    public LocalDate getReportedAt() {
        return report.reportedAt();
    }

    /** {@return the day the report was due before (calendar.json, for the reporter's role); null when no deadline binds it} */
    public LocalDate getDueBefore() {
        return report.dueBefore();
    }

    /** {@return the name of the deadline that binds the report; "" when none} */
    public String getDeadline() {
        return report.deadline();
    }

    /** {@return days the report was late (after the last day before {@link #getDueBefore()}); 0 when on time or not known} */
    public long getDaysLate() {
        return report.daysLate();
    }

    /** {@return true when the period is a quarter} */
    public boolean isQuarter() {
        return report.quarter();
    }

    /** {@return days from the period's end to the last day on time; 0 when the deadline falls inside the period or none binds} */
    public long getGraceDays() {
        return report.graceDays();
    }

    @Override
    public String toString() {
        return "ComponentValue[" + indicator + " " + status + (isReported() ? " " + describeValue() : "") + ", documents=" + documents + "]";
    }

    /** {@return the value as reported: a Double, a Boolean or the category code} */
    public Object value() {
        switch (kind) {
            case YES_NO:
                return yes;
            case CATEGORY:
                return category;
            default:
                return number;
        }
    }

    /** {@return the value in words: "yes", "no", the category code, or the number as written} */
    public String describeValue() {
        switch (kind) {
            case YES_NO:
                return yes ? "yes" : "no";
            case CATEGORY:
                return category;
            default:
                return FormulaText.plain(number);
        }
    }
}
