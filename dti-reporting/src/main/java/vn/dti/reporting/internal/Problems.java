package vn.dti.reporting.internal;

import java.util.List;

/** Joins problems into one message: all of them, up to a limit, so that one pass fixes a file. */
public final class Problems {
    static final int MAX = 40;

    private Problems() {
    }

    public static String join(List<String> problems) {
        if (problems.size() <= MAX) {
            return String.join("\n", problems);
        }
        return String.join("\n", problems.subList(0, MAX)) + "\n… and " + (problems.size() - MAX) + " more problems.";
    }
}
