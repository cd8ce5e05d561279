package vn.dti.api;

/**
 * Root of every error that dti reports about its inputs. Catch this to handle all user errors;
 * catch a subclass ({@link InvalidMethodologyException}, {@link InvalidEvidenceException}) to
 * tell a broken methodology folder from bad evidence.
 *
 * <p>The message is written for the person who made the input: it names the file and the line,
 * JSON path or cell, and says what to do; it holds no stack trace or class name, so it can be
 * shown as it is. Any other exception that reaches an application from dti is a bug.
 */
public class DtiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message what is wrong and where, for the person who made the input
     */
    public DtiException(String message) {
        super(message);
    }

    /**
     * An error with its message and the lower-level exception that revealed it.
     *
     * @param message what is wrong and where, for the person who made the input
     * @param cause   the exception of the parser, the engine or the file system, kept for logs
     */
    public DtiException(String message, Throwable cause) {
        super(message, cause);
    }
}
