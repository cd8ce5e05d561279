package vn.dti.cli;

import vn.dti.api.DtiException;

/** The command line was given wrong words or options (exit 2). */
final class UsageException extends DtiException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message + "\n" + Main.USAGE);
    }
}
