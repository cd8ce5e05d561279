package vn.dti.api;

import vn.dti.text.Message;

/**
 * Evidence was refused: it does not parse, or it names an indicator, a value or a category that
 * the methodology does not have. The message names the file and the JSON path or line.
 */
public class InvalidEvidenceException extends DtiException {
    private static final long serialVersionUID = 1L;

    /**
     * Refused evidence, with a message that is the same in every language.
     *
     * @param message what is wrong, naming the file and the JSON path or line
     */
    public InvalidEvidenceException(String message) {
        super(message);
    }

    /**
     * Refused evidence, with a message that is the same in every language, and its cause.
     *
     * @param message what is wrong, naming the file and the JSON path or line
     * @param cause   the error that revealed it
     */
    public InvalidEvidenceException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Refused evidence, with a message from the catalogue.
     *
     * @param message what is wrong, naming the file and the JSON path or line
     */
    public InvalidEvidenceException(Message message) {
        super(message);
    }

    /**
     * Refused evidence, with a message from the catalogue, and its cause.
     *
     * @param message what is wrong, naming the file and the JSON path or line
     * @param cause   the error that revealed it
     */
    public InvalidEvidenceException(Message message, Throwable cause) {
        super(message, cause);
    }
}
