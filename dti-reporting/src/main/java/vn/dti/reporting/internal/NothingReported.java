package vn.dti.reporting.internal;

import vn.dti.api.InvalidEvidenceException;

/**
 * A submission file in which nothing is filled in (a template as it was made). {@code dti evidence
 * merge} refuses it like any bad file; {@code dti status} and {@code dti history} count its agency
 * as not having submitted, with no error.
 */
public final class NothingReported extends InvalidEvidenceException {
    private static final long serialVersionUID = 1L;

    public NothingReported(String message) {
        super(message);
    }
}
