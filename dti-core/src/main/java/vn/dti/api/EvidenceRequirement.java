package vn.dti.api;

/**
 * What evidence a component needs. When {@code required}, a self-reported value without any
 * document earns nothing (a {@link FindingCode#NO_EVIDENCE_DOCUMENT} finding), unless the value
 * is measured automatically.
 */
public record EvidenceRequirement(boolean required, String description) {
    public static final EvidenceRequirement DOCUMENT_REQUIRED = new EvidenceRequirement(true, null);

    public EvidenceRequirement {
        description = description == null ? "" : description;
    }
}
