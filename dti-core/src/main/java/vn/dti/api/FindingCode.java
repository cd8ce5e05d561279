package vn.dti.api;

/** What a finding is about. */
public enum FindingCode {
    /** No value was reported: the component's points are lost. */
    NOT_REPORTED,
    /** Declared not applicable; what it earns is the methodology's choice. */
    NOT_APPLICABLE,
    /** A self-reported value has no evidence document: it earns nothing until one is attached. */
    NO_EVIDENCE_DOCUMENT,
    /** A value outside its range (e.g. a ratio of 111.22%): scored as capped, and flagged. */
    OUT_OF_RANGE,
    /** A document dated after the period, or long before it. */
    STALE_EVIDENCE,
    /** A rule tried to award more than max or less than 0, or two rules scored one component: it earns nothing until the rule is fixed. */
    RULE_VIOLATION,
    /** A reported value that no scoring rule matched: it earns nothing. */
    NOT_SCORED,
    /** Reported after the reporting calendar's deadline: no points withheld; the agency and the days late are named. */
    LATE_REPORT,
    /** Reported only by a cooperating agency: kept, and the responsible agency that did not report is named. */
    REPORTED_BY_COOPERATING_AGENCY,
    /** The appraisal council (Hội đồng thẩm định) adjusted the reported value. */
    APPRAISAL_ADJUSTED,
    /** The appraisal council rejected an evidence document. */
    DOCUMENT_REJECTED
}
