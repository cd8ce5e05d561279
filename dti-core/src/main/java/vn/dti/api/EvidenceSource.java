package vn.dti.api;

/** Where a value comes from. */
public enum EvidenceSource {
    /** Reported by the responsible agency; needs evidence documents. */
    SELF_REPORTED,
    /** Measured automatically from a national platform; needs no document. */
    AUTOMATIC
}
