package vn.dti.api;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.dti.text.Language;
import vn.dti.text.Message;

/**
 * A methodology (catalogue or rule files) was refused: it does not compile, does not add up, or
 * its rules and catalogue disagree. Each problem names the file and, for rule files, the line.
 */
public class InvalidMethodologyException extends DtiException {
    private static final long serialVersionUID = 1L;
    private final transient List<Message> problems;
    /** The problems in the environment's language, filled only when the exception is serialized. */
    private List<String> texts;

    /**
     * One problem, the same in every language.
     *
     * @param message the problem, naming the file and, for rule files, the line
     */
    public InvalidMethodologyException(String message) {
        this(List.of(message));
    }

    /**
     * Problems that are the same in every language, in file order.
     *
     * @param problems each problem, naming its file and, for rule files, the line
     */
    public InvalidMethodologyException(List<String> problems) {
        this(texts(problems), null);
    }

    /**
     * One problem, the same in every language, and its cause.
     *
     * @param message the problem, naming the file and, for rule files, the line
     * @param cause   the error that revealed it
     */
    public InvalidMethodologyException(String message, Throwable cause) {
        this(List.of(Message.text(message)), cause);
    }

    /**
     * One problem from the catalogue.
     *
     * @param problem the problem, naming the file and, for rule files, the line
     */
    public InvalidMethodologyException(Message problem) {
        this(List.of(problem), null);
    }

    /**
     * One problem from the catalogue, and its cause.
     *
     * @param problem the problem, naming the file and, for rule files, the line
     * @param cause   the error that revealed it
     */
    public InvalidMethodologyException(Message problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    private InvalidMethodologyException(List<Message> problems, Throwable cause) {
        super(join(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * Problems from the catalogue, in file order.
     *
     * @param problems at least one problem, each naming its file and, for rule files, the line
     * @return the exception listing them
     * @throws IllegalArgumentException if there is no problem
     */
    public static InvalidMethodologyException of(List<Message> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid methodology has at least one problem.");
        }
        return new InvalidMethodologyException(problems, null);
    }

    /**
     * Each problem on its own, in file order, in the environment's language.
     *
     * @return the problems as text
     */
    public List<String> problems() {
        return problems(Language.fromEnvironment());
    }

    /**
     * Each problem on its own, in file order, in a language.
     *
     * @param language the reader's language
     * @return the problems written in it
     */
    public List<String> problems(Language language) {
        if (problems == null) {
            return texts == null ? List.of(getMessage()) : texts;
        }
        List<String> out = new ArrayList<>(problems.size());
        for (Message p : problems) {
            out.add(p.in(language));
        }
        return out;
    }

    /**
     * Each problem on its own, in file order, in its catalogue form.
     *
     * @return the problems, to be written in any language
     */
    public List<Message> problemMessages() {
        return problems == null ? List.of(message()) : problems;
    }

    /**
     * Serializes the problems as text in the environment's language in place of the messages.
     *
     * @param out the stream
     * @throws IOException if the stream fails
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
        texts = List.copyOf(problems());
        out.defaultWriteObject();
    }

    private static List<Message> texts(List<String> problems) {
        List<Message> out = new ArrayList<>(problems.size());
        for (String p : problems) {
            out.add(Message.text(p));
        }
        return out;
    }

    private static Message join(List<Message> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return Message.of("api.methodology.problems", problems.size(), Message.join("\n  ", problems));
    }
}
