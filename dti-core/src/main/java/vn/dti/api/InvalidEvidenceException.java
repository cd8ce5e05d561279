package vn.dti.api;

/**
 * Evidence was refused: it does not parse, or it names an indicator, a value or a category that
 * the methodology does not have. The message names the file and the JSON path or line.
 */
public class InvalidEvidenceException extends DtiException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message what is wrong and where (file, JSON path or line, or sheet, row and column),
     *                written for the person who made the file
     */
    public InvalidEvidenceException(String message) {
        super(message);
    }

    /**
     * An error with its message and the lower-level exception that revealed it.
     *
     * @param message what is wrong and where, for the person who made the file
     * @param cause   the exception of the parser or the file system, kept for logs
     */
    public InvalidEvidenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
