package vn.dti.api;

/**
 * What evidence a component needs. When {@code required}, a self-reported value without any
 * document earns nothing (a {@link FindingCode#NO_EVIDENCE_DOCUMENT} finding), unless the value
 * is measured automatically.
 *
 * @param required    whether a self-reported value must come with at least one document
 * @param description what the document should be, in the methodology's words (never null; empty
 *                    when the methodology says nothing)
 */
public record EvidenceRequirement(boolean required, String description) {
    /** A document is required, with no further description: the default for a component. */
    public static final EvidenceRequirement DOCUMENT_REQUIRED = new EvidenceRequirement(true, null);

    /**
     * Reads a null {@code description} as empty.
     *
     * @param required    whether a document is required
     * @param description null for none
     */
    public EvidenceRequirement {
        description = description == null ? "" : description;
    }
}
