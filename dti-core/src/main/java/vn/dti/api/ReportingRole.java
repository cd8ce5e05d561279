package vn.dti.api;

/** The part an agency plays for a component, and so which reporting deadlines bind it. */
public enum ReportingRole {
    /** The responsible agency (cơ quan chủ trì, cơ quan phụ trách): reports the component and owns its losses. */
    RESPONSIBLE,
    /** A cooperating agency (cơ quan phối hợp): reports what it contributes, and is accountable for it too. */
    COOPERATING,
    /** The agency that reviews every report and reports on to the steering committee (in Khánh Hòa, Sở KH&amp;CN). */
    COORDINATOR
}
