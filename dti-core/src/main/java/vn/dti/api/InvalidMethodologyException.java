package vn.dti.api;

import java.util.List;

/**
 * A methodology (catalogue or rule files) was refused: it does not compile, does not add up, or
 * its rules and catalogue disagree. Each problem names the file and, for rule files, the line.
 */
public class InvalidMethodologyException extends DtiException {
    private static final long serialVersionUID = 1L;
    /** Each problem, naming its file and line, in file order (part of the serialized form). */
    private final List<String> problems;

    /**
     * A methodology refused for one problem.
     *
     * @param message the problem, naming the file and line (or sheet, row and column)
     */
    public InvalidMethodologyException(String message) {
        this(List.of(message));
    }

    /**
     * A methodology refused for every problem found; the message lists them all.
     *
     * @param problems each problem, naming its file and line, in file order; at least one
     */
    public InvalidMethodologyException(List<String> problems) {
        super(join(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * A methodology refused for one problem revealed by a lower-level exception.
     *
     * @param message the problem, naming the file and line
     * @param cause   the exception of the compiler or the file system, kept for logs
     */
    public InvalidMethodologyException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    /**
     * Each problem on its own, as a tool would list them.
     *
     * @return the problems in file order, each naming its file and line (or sheet, row and column)
     */
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
