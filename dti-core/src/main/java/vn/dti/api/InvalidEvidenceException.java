package vn.dti.api;

import vn.dti.text.Message;

/**
 * Evidence was refused: it does not parse, or it names an indicator, a value or a category that
 * the methodology does not have. The message names the file and the JSON path or line.
 */
public class InvalidEvidenceException extends DtiException {
    private static final long serialVersionUID = 1L;

    /** Refused evidence, with a message that is the same in every language. */
    public InvalidEvidenceException(String message) {
        super(message);
    }

    /** Refused evidence, with a message that is the same in every language, and its cause. */
    public InvalidEvidenceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Refused evidence, with a message from the catalogue. */
    public InvalidEvidenceException(Message message) {
        super(message);
    }

    /** Refused evidence, with a message from the catalogue, and its cause. */
    public InvalidEvidenceException(Message message, Throwable cause) {
        super(message, cause);
    }
}
