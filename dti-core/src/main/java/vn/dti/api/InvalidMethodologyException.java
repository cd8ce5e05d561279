package vn.dti.api;

import java.util.List;

/**
 * A methodology (catalogue or rule files) was refused: it does not compile, does not add up, or
 * its rules and catalogue disagree. Each problem names the file and, for rule files, the line.
 */
public class InvalidMethodologyException extends DtiException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidMethodologyException(String message) {
        this(List.of(message));
    }

    public InvalidMethodologyException(List<String> problems) {
        super(join(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidMethodologyException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    /** Each problem on its own, in file order. */
    public List<String> problems() {
        return problems;
    }

    private static String join(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder sb = new StringBuilder("The methodology has " + problems.size() + " problems:");
        for (String p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
