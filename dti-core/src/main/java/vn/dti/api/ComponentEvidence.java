package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dti.text.RefusedArgumentException;

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

    /**
     * Checks that status and value agree and fills what may be left out; see the class description
     * for each component.
     *
     * @param indicator  not null
     * @param status     null for {@link ReportStatus#REPORTED} when there is a value, otherwise
     *                   {@link ReportStatus#NOT_REPORTED}
     * @param value      required when reported, absent otherwise
     * @param source     null for {@link EvidenceSource#SELF_REPORTED}
     * @param documents  null for none; copied
     * @param reportedBy null or blank for unknown
     * @param reportedAt null for unknown
     * @param note       null or blank for none
     * @throws NullPointerException     if {@code indicator} is null
     * @throws IllegalArgumentException if a reported component has no value, or an unreported one has one
     */
    public ComponentEvidence {
        RefusedArgumentException.required(indicator, "api.componentEvidence.noIndicator");
        if (status == null) {
            status = value == null ? ReportStatus.NOT_REPORTED : ReportStatus.REPORTED;
        }
        if (status == ReportStatus.REPORTED && value == null) {
            throw RefusedArgumentException.of("api.componentEvidence.noValue", indicator);
        }
        if (status != ReportStatus.REPORTED && value != null) {
            throw RefusedArgumentException.of("api.componentEvidence.valueNotReported", indicator, status, String.valueOf(value.raw()));
        }
        source = source == null ? EvidenceSource.SELF_REPORTED : source;
        documents = documents == null ? List.of() : List.copyOf(documents);
        reportedBy = reportedBy == null || reportedBy.isBlank() ? null : reportedBy;
        note = note == null || note.isBlank() ? null : note;
    }

    /**
     * A reported number (ratio, count, rate, money) with its documents.
     *
     * @param indicator the component id, e.g. {@code 3.4}
     * @param number    the value: a ratio as a share in [0, 1] (87.20% is 0.872), a count, a rate per
     *                  the component's {@code per}, or an amount in the component's unit
     * @param documents the evidence documents
     * @return self-reported evidence for the component
     * @throws IllegalArgumentException if the id is malformed or the number not finite
     */
    public static ComponentEvidence of(String indicator, double number, Document... documents) {
        return new ComponentEvidence(IndicatorId.of(indicator), ReportStatus.REPORTED, Value.number(number), null, List.of(documents), null, null, null);
    }

    /**
     * A reported yes/no with its documents.
     *
     * @param indicator the component id, e.g. {@code 4.4}
     * @param yes       true for "has"
     * @param documents the evidence documents
     * @return self-reported evidence for the component
     * @throws IllegalArgumentException if the id is malformed
     */
    public static ComponentEvidence of(String indicator, boolean yes, Document... documents) {
        return new ComponentEvidence(IndicatorId.of(indicator), ReportStatus.REPORTED, Value.yesNo(yes), null, List.of(documents), null, null, null);
    }

    /**
     * A reported category code with its documents.
     *
     * @param indicator    the component id
     * @param categoryCode one of the component's category codes
     * @param documents    the evidence documents
     * @return self-reported evidence for the component
     * @throws IllegalArgumentException if the id is malformed or the code blank
     */
    public static ComponentEvidence of(String indicator, String categoryCode, Document... documents) {
        return new ComponentEvidence(IndicatorId.of(indicator), ReportStatus.REPORTED, Value.category(categoryCode), null, List.of(documents), null, null, null);
    }

    /**
     * An explicit "not reported": the component earns nothing and is flagged
     * {@link FindingCode#NOT_REPORTED}, as if it were absent.
     *
     * @param indicator the component id
     * @return evidence with status {@link ReportStatus#NOT_REPORTED}
     * @throws IllegalArgumentException if the id is malformed
     */
    public static ComponentEvidence notReported(String indicator) {
        return new ComponentEvidence(IndicatorId.of(indicator), ReportStatus.NOT_REPORTED, null, null, List.of(), null, null, null);
    }

    /**
     * A copy with another value; documents, source, agency and dates are kept.
     *
     * @param newValue the value, or null for "not reported"
     * @return the copy, reported when {@code newValue} is given
     */
    public ComponentEvidence withValue(Value newValue) {
        return new ComponentEvidence(indicator, newValue == null ? ReportStatus.NOT_REPORTED : ReportStatus.REPORTED,
                newValue, source, documents, reportedBy, reportedAt, note);
    }

    /**
     * A copy with one more document.
     *
     * @param document the document to add after the others
     * @return the copy
     */
    public ComponentEvidence withDocument(Document document) {
        List<Document> docs = new ArrayList<>(documents);
        docs.add(document);
        return new ComponentEvidence(indicator, status, value, source, docs, reportedBy, reportedAt, note);
    }

    /**
     * A copy with another source.
     *
     * @param newSource where the value comes from; null for self-reported
     * @return the copy
     */
    public ComponentEvidence withSource(EvidenceSource newSource) {
        return new ComponentEvidence(indicator, status, value, newSource, documents, reportedBy, reportedAt, note);
    }

    /**
     * Whether a value is given.
     *
     * @return true when the status is {@link ReportStatus#REPORTED}
     */
    public boolean reported() {
        return status == ReportStatus.REPORTED;
    }
}
