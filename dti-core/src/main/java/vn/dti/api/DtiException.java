package vn.dti.api;

/**
 * Root of every error that dti reports about its inputs. Catch this to handle all user errors;
 * catch a subclass ({@link InvalidMethodologyException}, {@link InvalidEvidenceException}) to
 * tell a broken methodology folder from bad evidence.
 */
public class DtiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DtiException(String message) {
        super(message);
    }

    public DtiException(String message, Throwable cause) {
        super(message, cause);
    }
}
