package vn.dti.api;

/** Whether a component's value was reported. */
public enum ReportStatus {
    /** A value is given. */
    REPORTED,
    /** No value: the component earns nothing and is flagged {@link FindingCode#NOT_REPORTED}. */
    NOT_REPORTED,
    /** The entity declares the component does not apply to it; the methodology's rules decide what that earns. */
    NOT_APPLICABLE
}
