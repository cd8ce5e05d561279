package vn.dti.cli;

/**
 * The exit codes of {@code dti}, which scripts rely on: 0 done; 1 internal error (a bug); 2 bad
 * input or usage; 3 invalid methodology; 4 a methodology's own test cases failed. Kept apart from
 * {@link Main} so that the commands, which return them, do not depend on the entry point that
 * runs them.
 */
final class ExitCode {
    /** The command did what was asked. */
    static final int OK = 0;
    /** An internal error: a bug in dti, reported with {@code DTI_DEBUG=1} for its stack trace. */
    static final int BUG = 1;
    /** Bad input or bad usage: a file, a field or an option to fix. */
    static final int BAD_INPUT = 2;
    /** The methodology folder does not load. */
    static final int BAD_METHODOLOGY = 3;
    /** The methodology loads but its own test cases failed. */
    static final int TESTS_FAILED = 4;

    private ExitCode() {
    }
}
