package vn.dti.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text a person reads, kept as its catalogue key and arguments so that it can be written in any
 * {@link Language} when it is shown (a command line renders it once, a service once per request).
 *
 * <p>Four kinds: a catalogued message ({@link #of(String, Object...)}: a key of the catalogue,
 * {@link Messages}, and its arguments), a text given as it is ({@link #text(String)}: a name, a
 * message a rule file wrote in one language, a message read back from JSON), and a list of messages
 * joined by a separator ({@link #join(String, List)}), and a text code writes for each language
 * ({@link #computed(Localized)}). Arguments are written in the message's
 * language: a {@link Localized} argument (another message, a {@link Figure}) by itself, a whole
 * number as {@link Figure#count(long)}, another number as {@link Figure#number(double)}, a date as
 * {@link Figure#date(Language, java.time.LocalDate)}, anything else as {@link String#valueOf(Object)}.
 *
 * <p>Immutable and thread-safe when its arguments are. {@link #toString()} is the text in
 * {@link Language#fromEnvironment()}. In JSON a message is its text in the writer's language
 * ({@code vn.dti.json.DtiJson#write(Object, Language)}); read back, a text given as it is.
 */
@JsonSerialize(using = Message.JsonWriter.class)
@JsonDeserialize(using = Message.JsonReader.class)
public final class Message implements Localized, Serializable {
    private static final long serialVersionUID = 1L;

    /** The catalogue key; null for a text given as it is or a joined message. */
    private final String key;
    /** The text given as it is; null for a catalogued or joined message. */
    private final String text;
    /** The arguments of a catalogued message, or a joined one's separator followed by its parts (unmodifiable). */
    private final List<Object> args;
    /** A text written by code for each language (not serialized: a deserialized one is empty). */
    private final transient Localized computed;

    private Message(String key, String text, List<Object> args) {
        this(key, text, args, null);
    }

    private Message(String key, String text, List<Object> args, Localized computed) {
        this.key = key;
        this.text = text;
        this.args = args;
        this.computed = computed;
    }

    /**
     * The catalogue's message {@code key} with its arguments ({@code {0}}, {@code {1}}, … in the
     * catalogue's texts).
     *
     * @param key  the catalogue key, starting with its package ({@code cli.}, {@code rules.}, …)
     * @param args the arguments, in the order of their placeholders
     * @return the message
     * @throws IllegalArgumentException if the key is blank or has no prefix
     */
    public static Message of(String key, Object... args) {
        Messages.checkKey(key);
        return new Message(key, null, arguments(args));
    }

    /**
     * The arguments as an unmodifiable list, one copy of them: scoring makes several messages per
     * component (docs/performance.md, "The shared path"), so without nulls (nearly always) an
     * immutable list, which for one or two arguments holds them without an array; with a null
     * (written as the empty text) a copy in an unmodifiable view.
     */
    private static List<Object> arguments(Object[] args) {
        switch (args.length) {
            case 0:
                return List.of();
            case 1:
                return args[0] == null ? Collections.singletonList(null) : List.of(args[0]);
            case 2:
                return args[0] == null || args[1] == null ? Collections.unmodifiableList(Arrays.asList(args.clone())) : List.of(args[0], args[1]);
            default:
                for (Object a : args) {
                    if (a == null) {
                        return Collections.unmodifiableList(Arrays.asList(args.clone()));
                    }
                }
                return List.of(args);
        }
    }

    /**
     * A text that is the same in every language (a name, a code, a message a rule file wrote in one language).
     *
     * @param text the text; null is the empty text
     * @return the message
     */
    public static Message text(String text) {
        return new Message(null, text == null ? "" : text, List.of());
    }

    /**
     * The messages joined by {@code separator} (the same in both languages), each in the language of the whole.
     *
     * @param separator what goes between two messages (a line break and an indent, "; ")
     * @param parts     the messages, in order
     * @return the joined message
     */
    public static Message join(String separator, List<? extends Localized> parts) {
        List<Object> all = new ArrayList<>(parts.size() + 1);
        all.add(Objects.requireNonNull(separator, "separator"));
        all.addAll(parts);
        return new Message(null, null, Collections.unmodifiableList(all));
    }

    /**
     * A text that code writes for each language from other messages (e.g. each line of another
     * message prefixed with the place it is about).
     *
     * @param text how to write it in a language
     * @return the message
     */
    public static Message computed(Localized text) {
        return new Message(null, null, List.of(), Objects.requireNonNull(text, "text"));
    }

    /**
     * The catalogue key.
     *
     * @return the key; null for a text given as it is or a joined list
     */
    public String key() {
        return key;
    }

    /**
     * The arguments.
     *
     * @return the arguments in order; empty for a text given as it is or a joined list
     */
    public List<Object> args() {
        return key == null ? List.of() : args;
    }

    /**
     * Whether this message comes from the catalogue.
     *
     * @return true for a catalogued message, false for a text given as it is or a joined list
     */
    public boolean catalogued() {
        return key != null;
    }

    @Override
    public String in(Language language) {
        Objects.requireNonNull(language, "language");
        if (key != null) {
            return Messages.text(language, key, args.toArray());
        }
        if (text != null) {
            return text;
        }
        if (args.isEmpty()) {
            return computed == null ? "" : computed.in(language);
        }
        String separator = (String) args.get(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < args.size(); i++) {
            if (i > 1) {
                sb.append(separator);
            }
            sb.append(Messages.argument(language, args.get(i)));
        }
        return sb.toString();
    }

    /** The text in the environment's language ({@link Language#fromEnvironment()}). */
    @Override
    public String toString() {
        return in(Language.fromEnvironment());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && Objects.equals(key, m.key) && Objects.equals(text, m.text) && args.equals(m.args)
                && Objects.equals(computed, m.computed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, text, args, computed);
    }

    /**
     * Writes a message as its text in the writer's language: the attribute {@code Language.class}
     * of the {@code ObjectWriter}, else {@link Language#fromEnvironment()}.
     */
    static final class JsonWriter extends JsonSerializer<Message> {
        @Override
        public void serialize(Message value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Object language = provider.getAttribute(Language.class);
            gen.writeString(value.in(language instanceof Language l ? l : Language.fromEnvironment()));
        }
    }

    /** Reads a text as a message that is the same in every language. */
    static final class JsonReader extends JsonDeserializer<Message> {
        @Override
        public Message deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Message.text(p.getValueAsString());
        }
    }
}
