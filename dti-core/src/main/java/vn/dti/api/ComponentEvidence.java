package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an entity reports for one component: a value, or an explicit status, with the documents
 * that prove it.
 *
 * @param indicator  the component id
 * @param status     {@link ReportStatus#REPORTED} when a value is given
 * @param value      the value; null unless reported
 * @param source     self-reported (needs documents) or automatic measurement
 * @param documents  the evidence documents
 * @param reportedBy the reporting agency
 * @param reportedAt when it was reported
 * @param note       free text, e.g. where the figure comes from
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ComponentEvidence(
        IndicatorId indicator,
        ReportStatus status,
        Value value,
        EvidenceSource source,
        List<Document> documents,
        String reportedBy,
        LocalDate reportedAt,
        String note) {

    public ComponentEvidence {
        Objects.requireNonNull(indicator, "The component evidence has no \"indicator\" id.");
        if (status == null) {
            status = value == null ? ReportStatus.NOT_REPORTED : ReportStatus.REPORTED;
        }
        if (status == ReportStatus.REPORTED && value == null) {
            throw new IllegalArgumentException("Component " + indicator + " is REPORTED but has no value; give a \"value\" or set \"status\" to NOT_REPORTED.");
        }
        if (status != ReportStatus.REPORTED && value != null) {
            throw new IllegalArgumentException("Component " + indicator + " has status " + status + " and a value [" + value.raw()
                    + "]; remove the value or the status.");
        }
        source = source == null ? EvidenceSource.SELF_REPORTED : source;
        documents = documents == null ? List.of() : List.copyOf(documents);
        reportedBy = reportedBy == null || reportedBy.isBlank() ? null : reportedBy;
        note = note == null || note.isBlank() ? null : note;
    }

    /** A reported number (ratio, count, rate, money) with its documents. */
    public static ComponentEvidence of(String indicator, double number, Document... documents) {
        return new ComponentEvidence(IndicatorId.of(indicator), ReportStatus.REPORTED, Value.number(number), null, List.of(documents), null, null, null);
    }

    /** A reported yes/no with its documents. */
    public static ComponentEvidence of(String indicator, boolean yes, Document... documents) {
        return new ComponentEvidence(IndicatorId.of(indicator), ReportStatus.REPORTED, Value.yesNo(yes), null, List.of(documents), null, null, null);
    }

    /** A reported category code with its documents. */
    public static ComponentEvidence of(String indicator, String categoryCode, Document... documents) {
        return new ComponentEvidence(IndicatorId.of(indicator), ReportStatus.REPORTED, Value.category(categoryCode), null, List.of(documents), null, null, null);
    }

    /** An explicit "not reported". */
    public static ComponentEvidence notReported(String indicator) {
        return new ComponentEvidence(IndicatorId.of(indicator), ReportStatus.NOT_REPORTED, null, null, List.of(), null, null, null);
    }

    public ComponentEvidence withValue(Value newValue) {
        return new ComponentEvidence(indicator, newValue == null ? ReportStatus.NOT_REPORTED : ReportStatus.REPORTED,
                newValue, source, documents, reportedBy, reportedAt, note);
    }

    public ComponentEvidence withDocument(Document document) {
        List<Document> docs = new ArrayList<>(documents);
        docs.add(document);
        return new ComponentEvidence(indicator, status, value, source, docs, reportedBy, reportedAt, note);
    }

    public ComponentEvidence withSource(EvidenceSource newSource) {
        return new ComponentEvidence(indicator, status, value, newSource, documents, reportedBy, reportedAt, note);
    }

    public boolean reported() {
        return status == ReportStatus.REPORTED;
    }
}
