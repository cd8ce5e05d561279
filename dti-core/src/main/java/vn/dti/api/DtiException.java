package vn.dti.api;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Objects;
import vn.dti.text.Language;
import vn.dti.text.Message;

/**
 * Root of every error that dti reports about its inputs. Catch this to handle all user errors;
 * catch a subclass ({@link InvalidMethodologyException}, {@link InvalidEvidenceException}) to
 * tell a broken methodology folder from bad evidence.
 *
 * <p>The message is kept as a {@link Message} (its catalogue key and arguments), so that a caller
 * can show it in the reader's language: {@link #message(Language)}. {@link #getMessage()} is the
 * text in the environment's language ({@link Language#fromEnvironment()}).
 *
 * <p>The message is written for the person who made the input: it names the file and the line,
 * JSON path or cell, and says what to do; it holds no stack trace or class name, so it can be
 * shown as it is. Any other exception that reaches an application from dti is a bug.
 */
public class DtiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Not serialized (its arguments may not be): a deserialized exception keeps its message text. */
    private final transient Message message;
    /** The text in the environment's language, filled only when the exception is serialized. */
    private String text;

    /**
     * An error whose message is the same in every language (prefer {@link #DtiException(Message)}).
     *
     * @param message what is wrong, naming the file and the field, line or cell
     */
    public DtiException(String message) {
        this(Message.text(message));
    }

    /**
     * An error whose message is the same in every language, with its cause.
     *
     * @param message what is wrong, naming the file and the field, line or cell
     * @param cause   the error that revealed it
     */
    public DtiException(String message, Throwable cause) {
        this(Message.text(message), cause);
    }

    /**
     * An error with a message from the catalogue.
     *
     * @param message what is wrong, naming the file and the field, line or cell
     */
    public DtiException(Message message) {
        super((String) null);
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * An error with a message from the catalogue, and its cause.
     *
     * @param message what is wrong, naming the file and the field, line or cell
     * @param cause   the error that revealed it
     */
    public DtiException(Message message, Throwable cause) {
        super(null, cause);
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * The message, in its catalogue form (key and arguments) or as text given as it is.
     *
     * @return the message, to be written in any language
     */
    public Message message() {
        return message != null ? message : Message.text(text);
    }

    /**
     * The message in a language.
     *
     * @param language the reader's language
     * @return the message written in it
     */
    public String message(Language language) {
        return message().in(language);
    }

    /** The message in the environment's language ({@link Language#fromEnvironment()}). */
    @Override
    public String getMessage() {
        return message == null ? text : message.in(Language.fromEnvironment());
    }

    /**
     * Serializes the text in the environment's language in place of the message, whose arguments may
     * not be serializable.
     *
     * @param out the stream
     * @throws IOException if the stream fails
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
        text = getMessage();
        out.defaultWriteObject();
    }

    /**
     * The message of any exception as a {@link Message}: a dti exception's own, another's text
     * given as it is (an I/O error's message is the system's).
     *
     * @param e any exception
     * @return its message, to be written in any language
     */
    public static Message messageOf(Throwable e) {
        if (e instanceof DtiException d) {
            return d.message();
        }
        return Message.text(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
