package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import vn.dti.text.Message;
import vn.dti.text.RefusedArgumentException;

/**
 * One decision of the appraisal council (Hội đồng thẩm định) on one component: the value is
 * accepted, adjusted to a new value, or one of its evidence documents is rejected.
 *
 * @param indicator the component
 * @param decision  what the council decided
 * @param value     for {@link Outcome#VALUE_ADJUSTED}: the value the council sets
 * @param document  for {@link Outcome#DOCUMENT_REJECTED}: the rejected document's number (or title)
 * @param reason    why (required unless accepted)
 * @param date      when the council decided
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppraisalDecision(IndicatorId indicator, Outcome decision, Value value, String document, String reason, LocalDate date) {

    /** What the council decided. */
    public enum Outcome {
        /** The reported value and documents stand. */
        ACCEPTED,
        /** The council sets another value. */
        VALUE_ADJUSTED,
        /** The council does not accept one evidence document. */
        DOCUMENT_REJECTED
    }

    /**
     * Checks that the decision says what its outcome needs; see the class description for each
     * component.
     *
     * @param indicator not null
     * @param decision  not null
     * @param value     given exactly for {@link Outcome#VALUE_ADJUSTED}
     * @param document  given exactly for {@link Outcome#DOCUMENT_REJECTED}; blank for none
     * @param reason    required unless {@link Outcome#ACCEPTED}; blank for none
     * @param date      not null
     * @throws NullPointerException     if {@code indicator} is null
     * @throws IllegalArgumentException if any of these does not hold; the message names the
     *                                  component and the field to write
     */
    public AppraisalDecision {
        RefusedArgumentException.required(indicator, "api.decision.noIndicator");
        if (decision == null) {
            throw RefusedArgumentException.of("api.decision.noDecision", indicator);
        }
        if (date == null) {
            throw RefusedArgumentException.of("api.decision.noDate", indicator);
        }
        reason = reason == null || reason.isBlank() ? null : reason;
        document = document == null || document.isBlank() ? null : document;
        if (decision == Outcome.VALUE_ADJUSTED && value == null) {
            throw RefusedArgumentException.of("api.decision.noValue", indicator);
        }
        if (decision != Outcome.VALUE_ADJUSTED && value != null) {
            throw RefusedArgumentException.of("api.decision.valueNotAdjusted", indicator, decision);
        }
        if (decision == Outcome.DOCUMENT_REJECTED && document == null) {
            throw RefusedArgumentException.of("api.decision.noDocument", indicator);
        }
        if (decision != Outcome.DOCUMENT_REJECTED && document != null) {
            throw RefusedArgumentException.of("api.decision.documentNotRejected", indicator, decision);
        }
        if (decision != Outcome.ACCEPTED && reason == null) {
            throw RefusedArgumentException.of("api.decision.noReason", indicator, decision);
        }
    }

    /**
     * The decision in words, for explanations, written in the reader's language when shown.
     *
     * @param reported the value as reported, or null when none was
     * @return e.g. {@code "council: value adjusted 0.4669 → 0.45 (reason), 2026-01-20"} in English,
     *         {@code "Hội đồng thẩm định: điều chỉnh giá trị 0.4669 → 0.45 (reason), ngày 20/01/2026"} in Vietnamese
     */
    public Message describe(Value reported) {
        Object why = reason == null ? "" : Message.of("api.appraisal.reason", reason);
        switch (decision) {
            case VALUE_ADJUSTED:
                return Message.of("api.appraisal.valueAdjusted", reported == null ? Message.of("api.appraisal.notReported") : String.valueOf(reported.raw()),
                        String.valueOf(value.raw()), why, date);
            case DOCUMENT_REJECTED:
                return Message.of("api.appraisal.documentRejected", document, why, date);
            default:
                return Message.of("api.appraisal.accepted", why, date);
        }
    }
}
