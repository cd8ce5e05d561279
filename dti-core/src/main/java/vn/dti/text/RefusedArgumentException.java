package vn.dti.text;

import java.util.Objects;

/**
 * A value refused by a record's constructor or a parser (a field an input file lacks, a value out of
 * range), with its message kept as a {@link Message}: {@link #message(Language)} writes it in any
 * language, {@link #getMessage()} in the environment's ({@link Language#fromEnvironment()}), so a
 * refusal met while reading a file reads in the run's language and can still be shown in English.
 *
 * <p>An {@link IllegalArgumentException}, as before, so callers that catch one still do.
 */
public class RefusedArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Not serialized (its arguments may not be): a deserialized exception keeps its message text. */
    private final transient Message message;
    /** The text in the environment's language, filled only when the exception is serialized. */
    private String text;

    /**
     * A refusal with a message from the catalogue.
     *
     * @param message what is wrong and how to fix it
     */
    public RefusedArgumentException(Message message) {
        super((String) null);
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * A refusal of the catalogue's message {@code key} with its arguments.
     *
     * @param key  the catalogue key
     * @param args its arguments
     * @return the exception, to be thrown
     */
    public static RefusedArgumentException of(String key, Object... args) {
        return new RefusedArgumentException(Message.of(key, args));
    }

    /**
     * {@code value} itself if it is not null; otherwise the refusal of the catalogue's {@code key}
     * (a field an input file lacks), in place of {@link Objects#requireNonNull(Object, String)}.
     *
     * @param <T>   the value's type
     * @param value the value
     * @param key   the catalogue key of the refusal
     * @param args  its arguments
     * @return the value
     * @throws RefusedArgumentException if the value is null
     */
    public static <T> T required(T value, String key, Object... args) {
        if (value == null) {
            throw of(key, args);
        }
        return value;
    }

    /**
     * The message, to be written in any language.
     *
     * @return the message
     */
    public Message message() {
        return message != null ? message : Message.text(text);
    }

    /**
     * The message in a language.
     *
     * @param language the reader's language
     * @return the text
     */
    public String message(Language language) {
        return message().in(language);
    }

    /**
     * Writes the exception with its message fixed in the environment's language: the catalogue
     * message itself is not serialised.
     *
     * @param out the stream
     * @throws java.io.IOException if the stream cannot be written
     */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        text = getMessage();
        out.defaultWriteObject();
    }

    /** The message in the environment's language ({@link Language#fromEnvironment()}). */
    @Override
    public String getMessage() {
        return message(Language.fromEnvironment());
    }
}
