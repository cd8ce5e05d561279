package vn.dti.api;

/**
 * Evidence was refused: it does not parse, or it names an indicator, a value or a category that
 * the methodology does not have. The message names the file and the JSON path or line.
 */
public class InvalidEvidenceException extends DtiException {
    private static final long serialVersionUID = 1L;

    public InvalidEvidenceException(String message) {
        super(message);
    }

    public InvalidEvidenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
