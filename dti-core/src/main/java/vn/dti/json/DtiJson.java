package vn.dti.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dti.api.DtiException;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.Methodology;
import vn.dti.api.ScoreCard;
import vn.dti.text.Language;
import vn.dti.text.Message;
import vn.dti.text.Messages;
import vn.dti.text.ShownText;

/**
 * Reads and writes dti's JSON formats (documented in {@code docs/formats.md}): methodology
 * catalogues, evidence, and score cards (cohorts are read by {@code vn.dti.cohort.CohortFiles}).
 * Errors name the file, the line and column, and the JSON path of what to fix. Stateless apart
 * from one shared, configured mapper; safe from any thread.
 */
public final class DtiJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final ObjectWriter WRITER;
    /** The writer for each language (the language an attribute its texts' serialiser reads). */
    private static final Map<Language, ObjectWriter> WRITERS;

    static {
        // written JSON keeps every character of the data, but those that change how text is shown without being seen (bidirectional
        // controls, zero-width and other format characters, controls) as Unicode escapes: the file reads the same, and shows no hidden text
        MAPPER.getFactory().setCharacterEscapes(new HiddenEscapes());
        WRITER = MAPPER.writerWithDefaultPrettyPrinter();
        Map<Language, ObjectWriter> writers = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            writers.put(l, WRITER.withAttribute(Language.class, l));
        }
        WRITERS = Collections.unmodifiableMap(writers);
    }

    /** JSON's standard escapes, and a Unicode escape for every character {@link ShownText#hidden} names. */
    private static final class HiddenEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        HiddenEscapes() {
            for (int c = 0; c < ascii.length; c++) {
                if (ShownText.hidden(c) && ascii[c] == 0) {
                    ascii[c] = CharacterEscapes.ESCAPE_STANDARD;
                }
            }
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        /**
         * {@link ShownText#hidden} of every character of the BMP, looked up once: Jackson asks for each character beyond ASCII it
         * writes. Made when JSON with such a character is first written, not when the mapper is: 65,536 look-ups cost a cold
         * {@code dti score}, which writes no JSON, 10-17 ms of its main thread.
         */
        private static final class Hidden {
            static final java.util.BitSet BMP = hiddenCharacters();

            private static java.util.BitSet hiddenCharacters() {
                java.util.BitSet hidden = new java.util.BitSet(0x10000);
                for (int c = 0; c < 0x10000; c++) {
                    if (ShownText.hidden(c)) {
                        hidden.set(c);
                    }
                }
                return hidden;
            }
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean hidden = ch < 0x10000 ? Hidden.BMP.get(ch) : ShownText.hidden(ch);
            return hidden ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }

    private DtiJson() {
    }

    /**
     * The shared, configured mapper, for callers that embed dti's types in their own JSON. Do not
     * reconfigure it: every reader and writer here uses it.
     *
     * @return the mapper (Java time types as ISO dates, records, dti's field order)
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a methodology catalogue ({@code methodology.json}).
     *
     * @param file the catalogue
     * @return the methodology, checked to add up
     * @throws InvalidMethodologyException if the file cannot be read, does not parse, or does not
     *                                     add up, naming the line, column and JSON path
     */
    public static Methodology readMethodology(Path file) {
        return read(file, Methodology.class, InvalidMethodologyException::new);
    }

    /**
     * Reads a methodology catalogue from a stream (read to its end, not closed).
     *
     * @param in         the catalogue's bytes, UTF-8
     * @param sourceName what to call it in messages, e.g. {@code classpath:/…/methodology.json}
     * @return the methodology, checked to add up
     * @throws InvalidMethodologyException if the stream cannot be read, does not parse, or does not
     *                                     add up
     */
    public static Methodology readMethodology(InputStream in, String sourceName) {
        return read(in, sourceName, Methodology.class, InvalidMethodologyException::new);
    }

    /**
     * Reads one entity's evidence. It is checked against a methodology only when scored.
     *
     * @param file the evidence file
     * @return the evidence
     * @throws InvalidEvidenceException if the file is missing or unreadable, does not parse, is not
     *                                  evidence, or has no {@code "components"} list, naming the line,
     *                                  column and JSON path
     */
    public static Evidence readEvidence(Path file) {
        return readEvidence(bytes(file, InvalidEvidenceException::new), file.toString());
    }

    /**
     * Reads one entity's evidence from a stream (read to its end, not closed).
     *
     * @param in         the evidence's bytes, UTF-8
     * @param sourceName what to call it in messages
     * @return the evidence
     * @throws InvalidEvidenceException as {@link #readEvidence(byte[], String)}, or if the stream
     *                                  cannot be read
     */
    public static Evidence readEvidence(InputStream in, String sourceName) {
        try {
            return readEvidence(in.readAllBytes(), sourceName);
        } catch (IOException e) {
            throw new InvalidEvidenceException(sourceName + ": " + text("json.cannotRead", e.getMessage()), e);
        }
    }

    /**
     * Reads evidence from bytes. Besides the checks every format gets, a file without a
     * {@code "components"} list is refused: a forgotten or misspelt key must not score 0 with
     * every component "not reported".
     *
     * @param json       the evidence, UTF-8
     * @param sourceName what to call it in messages
     * @return the evidence
     * @throws InvalidEvidenceException if it does not parse, is not evidence, or has no
     *                                  {@code "components"} list, naming the line, column and JSON
     *                                  path
     */
    public static Evidence readEvidence(byte[] json, String sourceName) {
        // A province's evidence (about 40 kB): the typed read first, and the streaming pass (prescan)
        // only when it can find something: the typed read failed (a component listed twice fails it
        // too), the list is longer than allowed, or it is empty (absent, null or []). Its answers, and
        // which answer wins, are as if it had run first. A large file: the streaming pass first, so
        // that a list far too long is refused before anything is built of it.
        if (json.length > PRESCAN_FIRST) {
            Components components = prescan(json, sourceName);
            Evidence e = read(json, sourceName, Evidence.class, text("json.evidence.shape"), InvalidEvidenceException::new);
            return checked(e, components, sourceName);
        }
        Evidence e;
        try {
            e = read(json, sourceName, Evidence.class, text("json.evidence.shape"), InvalidEvidenceException::new);
        } catch (InvalidEvidenceException typed) {
            prescan(json, sourceName);
            throw typed;
        }
        if (!e.components().isEmpty() && e.components().size() <= MAX_ENTRIES) {
            return e;   // a list, of allowed length, with every component once
        }
        return checked(e, prescan(json, sourceName), sourceName);
    }

    /** Files larger than this (1 MB) are scanned before they are read. */
    private static final int PRESCAN_FIRST = 1 << 20;

    /** The evidence, unless its "components" list is absent or null (a misspelt key must not score 0 with every component "not reported"). */
    private static Evidence checked(Evidence e, Components components, String sourceName) {
        if (components.state() != 1) {
            int[] at = components.state() == 0 ? components.at() : null;
            throw new InvalidEvidenceException(sourceName + (at == null ? "" : ":" + at[0] + ":" + at[1]) + ": "
                    + text(components.state() == 0 ? "json.evidence.componentsNull" : "json.evidence.noComponents", text("json.evidence.shape")));
        }
        return e;
    }

    /** The most entries an evidence file's "components" may list in any methodology: 10,000 (the 2025 provincial methodology has 47 components). */
    public static final int MAX_ENTRIES = 10_000;

    /** What {@link #prescan} found of the "components" list: -1 absent, 0 null, 1 present; where it starts. */
    private record Components(int state, int[] at) {
    }

    /**
     * One streaming pass over evidence before it is read into objects, so that the commonest
     * large mistakes answer at once and at their place: a list of more than {@link #MAX_ENTRIES}
     * components is refused without reading further, and a component listed twice is refused at
     * its second entry, naming the first ("file:551:5: $.components[50].indicator: component 3.4 is
     * listed a second time; the first is $.components[12], line 186"), where the typed read would
     * only notice at the end of the file. A document that does not parse is left to the typed
     * read, which says where.
     */
    private static Components prescan(byte[] json, String sourceName) {
        int state = -1;
        int[] listAt = null;
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Components(1, null);   // not an object: the typed read says what it is
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                t = p.nextToken();
                if (!"components".equals(name)) {
                    p.skipChildren();
                    continue;
                }
                listAt = where(p);
                state = t == JsonToken.VALUE_NULL ? 0 : 1;
                if (t != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                java.util.Map<String, int[]> first = new java.util.HashMap<>();
                for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
                    if (i >= MAX_ENTRIES) {
                        throw new InvalidEvidenceException(Message.join("", List.of(Message.text(sourceName + ":" + listAt[0] + ":" + listAt[1] + ": "),
                                Message.of("json.evidence.tooManyEntries", MAX_ENTRIES))));
                    }
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        t = p.nextToken();
                        if (!"indicator".equals(field) || t != JsonToken.VALUE_STRING) {
                            p.skipChildren();
                            continue;
                        }
                        int[] here = where(p);
                        int[] before = first.putIfAbsent(p.getText().strip(), new int[] {i, here[0]});
                        if (before != null) {
                            throw new InvalidEvidenceException(Message.join("", List.of(Message.text(sourceName + ":" + here[0] + ":" + here[1] + ": "),
                                    Message.of("json.evidence.listedTwice", Integer.toString(i), p.getText(), Integer.toString(before[0]),
                                            Integer.toString(before[1])))));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidEvidenceException iee) {
                throw iee;
            }
            return new Components(1, null);   // does not parse: the typed read says where
        }
        return new Components(state, listAt);
    }

    private static int[] where(JsonParser p) {
        var loc = p.currentTokenLocation();
        return new int[] {loc.getLineNr(), loc.getColumnNr()};
    }

    /** The largest JSON file dti reads: 64 MB (a province's evidence is about 40 kB; a cohort of every commune a few MB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** What an evidence file looks like, in English words (the messages take it from the catalogue, json.evidence.shape, in the run's language). */
    public static final String EVIDENCE_SHAPE = "An evidence file is one JSON object: {\"entity\": {\"id\": …, \"kind\": …}, \"period\": \"2025\", "
            + "\"components\": [{\"indicator\": \"3.4\", \"value\": 0.872, \"documents\": […]}, …]} (docs/formats.md).";

    /**
     * Reads a score card written by {@link #write(Object)} ({@code dti score --format json}).
     *
     * @param file the card
     * @return the card, checked to add up
     * @throws InvalidEvidenceException if the file is missing, does not parse or is not a card
     */
    public static ScoreCard readScoreCard(Path file) {
        return read(file, ScoreCard.class, InvalidEvidenceException::new);
    }

    /**
     * Reads any of dti's JSON types from a file, with dti's error messages.
     *
     * @param <T>   the type
     * @param file  the file
     * @param type  the type, e.g. {@code Appraisal.class}
     * @param error makes the exception for a message, e.g. {@code InvalidEvidenceException::new}
     * @return the value
     * @throws DtiException made by {@code error}, naming the file, line, column and JSON path
     */
    public static <T> T read(Path file, Class<T> type, Function<String, ? extends DtiException> error) {
        return read(file, type, null, error);
    }

    /**
     * Reads any of dti's JSON types from a file; {@code shape} says in words what the file must
     * look like (used when the file's top level is not an object).
     *
     * @param <T>   the type
     * @param file  the file
     * @param type  the type
     * @param shape what the file must look like, in words, or null
     * @param error makes the exception for a message
     * @return the value
     * @throws DtiException made by {@code error}, naming the file, line, column and JSON path
     */
    public static <T> T read(Path file, Class<T> type, String shape, Function<String, ? extends DtiException> error) {
        return read(bytes(file, error), file.toString(), type, shape, error);
    }

    /**
     * Reads any of dti's JSON types from a stream (read to its end, not closed).
     *
     * @param <T>        the type
     * @param in         the bytes, UTF-8
     * @param sourceName what to call it in messages
     * @param type       the type
     * @param error      makes the exception for a message
     * @return the value
     * @throws DtiException made by {@code error}, naming the source, line, column and JSON path
     */
    public static <T> T read(InputStream in, String sourceName, Class<T> type, Function<String, ? extends DtiException> error) {
        try {
            return read(in.readAllBytes(), sourceName, type, null, error);
        } catch (IOException e) {
            throw error.apply(sourceName + ": " + text("json.cannotRead", e.getMessage()));
        }
    }

    /**
     * Reads any of dti's JSON types from bytes, with dti's error messages.
     *
     * @param <T>        the type
     * @param json       the bytes, UTF-8
     * @param sourceName what to call it in messages
     * @param type       the type
     * @param shape      what the document must look like, in words, or null
     * @param error      makes the exception for a message
     * @return the value
     * @throws DtiException made by {@code error}, naming the source, line, column and JSON path
     */
    public static <T> T read(byte[] json, String sourceName, Class<T> type, String shape, Function<String, ? extends DtiException> error) {
        String then = shape == null ? "" : " " + shape;
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw error.apply(notAnObject(json, sourceName) + then);
            }
            return value;
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No content to map")) {
                throw error.apply(sourceName + ": " + text("json.empty") + then);
            }
            if (e.getPath().isEmpty() && e.getMessage() != null && e.getMessage().contains("from Array value")) {
                throw error.apply(sourceName + ": " + text("json.array") + then);
            }
            if (e.getPath().isEmpty() && notAnObject(json, sourceName) != null) {
                throw error.apply(notAnObject(json, sourceName) + then);
            }
            throw error.apply(describe(e, sourceName) + (e.getPath().isEmpty() ? then : ""));
        } catch (JsonMappingException e) {
            // e.g. {} for evidence: "The evidence has no "entity"", then what the file must look like
            throw error.apply(describe(e, sourceName) + (e.getPath().isEmpty() ? then : ""));
        } catch (JsonProcessingException e) {
            throw error.apply(describe(e, sourceName));
        } catch (IOException e) {
            throw error.apply(sourceName + ": " + text("json.cannotRead", e.getMessage()));
        }
    }

    /**
     * "file:1:1: expected an object {...} here, but found a number (42)." when the document's top
     * level is a single value (a number, a text, true, false or null) rather than an object; null
     * otherwise (an object, an array, or a document that does not parse).
     */
    private static String notAnObject(byte[] json, String sourceName) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            JsonToken t = parser.nextToken();
            if (t == null || !t.isScalarValue()) {
                return null;
            }
            String what = switch (t) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text("json.kind.number") + " (" + parser.getText() + ")";
                case VALUE_STRING -> text("json.kind.text") + " (\"" + shorten(parser.getText()) + "\")";
                default -> parser.getText();   // true, false, null: JSON's own words
            };
            var at = parser.currentTokenLocation();
            return sourceName + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + text("json.expectedFound", text("json.kind.object"), what);
        } catch (IOException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /**
     * A file's bytes, with dti's error for a missing or unreadable file.
     *
     * @param file  the file
     * @param error makes the exception for a message
     * @return its bytes
     * @throws DtiException made by {@code error}: "no such file" or "cannot be read"
     */
    public static byte[] bytes(Path file, Function<String, ? extends DtiException> error) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw error.apply(text("json.file.tooLarge", file.toString(), Files.size(file), MAX_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw error.apply(file + ": " + text("json.noSuchFile"));
        } catch (IOException e) {
            throw error.apply(file + ": " + text("json.cannotRead", e.getMessage()));
        }
    }

    /**
     * Where the value at a JSON pointer starts in a document.
     *
     * @param json    the document, UTF-8
     * @param pointer a JSON pointer, e.g. {@code /components/12} or {@code /cases/3}
     * @return {line, column}, both 1-based, or null when the document does not parse or has no such
     *         value
     */
    public static int[] locate(byte[] json, String pointer) {
        return locateAll(json, List.of(pointer)).get(pointer);
    }

    /**
     * Where each of several values starts, found in one pass over the document (however many
     * there are: a file with a hundred thousand problems is read once, not once per problem):
     * pointer to {line, column}, 1-based; a pointer that is not found, or lies past a point where
     * the document stops parsing, is left out. Thread-safe.
     *
     * @param json     the document's bytes (UTF-8)
     * @param pointers JSON pointers such as {@code /components/12}
     * @return where each pointer found starts: {line, column}, both 1-based
     */
    public static java.util.Map<String, int[]> locateAll(byte[] json, java.util.Collection<String> pointers) {
        java.util.Map<String, int[]> found = new java.util.HashMap<>();
        java.util.Set<String> wanted = new java.util.HashSet<>(pointers);
        int deepest = 0;
        for (String p : wanted) {
            deepest = Math.max(deepest, JsonPointer.compile(p).length());
        }
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            while (!wanted.isEmpty() && parser.nextToken() != null) {
                JsonToken t = parser.currentToken();
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                // a value's depth is its container's, plus one past the top: deeper values are skipped without making their path
                int depth = parser.getParsingContext().getNestingDepth() + (t.isStructStart() ? -1 : 0);
                if (depth > deepest) {
                    continue;
                }
                // (an object or a list that starts here has no place in itself yet: the pointer is where it stands)
                String here = parser.getParsingContext().pathAsPointer().toString();
                if (wanted.remove(here)) {
                    var loc = parser.currentTokenLocation();
                    found.put(here, new int[] {loc.getLineNr(), loc.getColumnNr()});
                }
            }
        } catch (IOException | RuntimeException e) {
            // the values before the point where it stops parsing are found
        }
        return found;
    }

    /**
     * The JSON pointer of a JSON path as messages write it: {@code $.components[12].value} is
     * {@code /components/12/value}; null for text that is not such a path.
     *
     * @param jsonPath a path as messages write it, starting with {@code $}
     * @return the JSON pointer, or null
     */
    public static String pointer(String jsonPath) {
        java.util.regex.Matcher m = JSON_PATH.matcher(jsonPath);
        if (!m.matches()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher step = PATH_STEP.matcher(m.group(1));
        while (step.find()) {
            String name = step.group(1) != null ? step.group(1) : step.group(2);
            sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern COMPONENT_PATH = java.util.regex.Pattern.compile("\\$\\.components\\[(\\d+)\\]");
    private static final java.util.regex.Pattern MESSAGE_PATH = java.util.regex.Pattern.compile("\\$(?:\\.[\\w-]+|\\[\\d+\\])*(?=:)");

    /**
     * A problem message about a document (one problem a line, each starting with a JSON path such
     * as {@code $.components[N].value} or {@code $.entity.kind}, as
     * {@link vn.dti.api.Methodology#checkEvidence} writes them), with "source:line:column: " before
     * each line: where that component's entry starts for {@code $.components[N]…}, where the value
     * is for any other path; only "source: " when the line names no path or the document has no
     * such place. Every place is found in one pass over the document, however many problems there
     * are. Thread-safe.
     *
     * @param json       the document's bytes (the evidence file as read)
     * @param sourceName the document's name for messages (a file path, or an upload's name)
     * @param message    the problems, one a line
     * @return the problems, each line prefixed with its place
     */
    public static String locateComponents(byte[] json, String sourceName, String message) {
        String[] lines = message.split("\n");
        String[] pointers = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = COMPONENT_PATH.matcher(lines[i]);
            java.util.regex.Matcher path = MESSAGE_PATH.matcher(lines[i]);
            if (m.lookingAt()) {
                pointers[i] = "/components/" + m.group(1);   // the component's entry, where it starts
            } else if (path.lookingAt()) {
                pointers[i] = pointer(path.group());
            }
        }
        java.util.Map<String, int[]> at = locateAll(json, java.util.Arrays.stream(pointers).filter(java.util.Objects::nonNull).toList());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            int[] lc = pointers[i] == null ? null : at.get(pointers[i]);
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(sourceName).append(lc == null ? "" : ":" + lc[0] + ":" + lc[1]).append(": ").append(lines[i]);
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern JSON_PATH = java.util.regex.Pattern.compile("\\$((?:\\.[\\w-]+|\\[\\d+\\])*)");
    private static final java.util.regex.Pattern PATH_STEP = java.util.regex.Pattern.compile("\\.([\\w-]+)|\\[(\\d+)\\]");

    /**
     * Pretty-printed JSON of a score card, evidence, methodology or any of dti's types, its texts
     * (finding messages, formulas, warnings) in the environment's language
     * ({@link Language#fromEnvironment()}).
     *
     * @param value the value
     * @return the JSON, ending with a newline
     * @throws java.io.UncheckedIOException if the value cannot be written (not one of dti's types)
     */
    public static String write(Object value) {
        return write(value, Language.fromEnvironment());
    }

    /**
     * Pretty-printed JSON of a score card, evidence, methodology or any of dti's types, its texts
     * (finding messages, formulas, warnings: each {@link Message}) in {@code language}; field
     * names and codes are the same in every language. The same value and language give the same
     * bytes, from the command line or the service.
     *
     * @param value    the value
     * @param language the language of its texts
     * @return the JSON, ending with a newline
     * @throws java.io.UncheckedIOException if the value cannot be written (not one of dti's types)
     */
    public static String write(Object value, Language language) {
        try {
            return WRITERS.get(language).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@link #write(Object, Language)}'s JSON to a stream as UTF-8 (not closed): the same
     * bytes as {@code write(value, language).getBytes(UTF_8)}, without a second copy of the text to
     * end it with its newline (the service answers every score card this way).
     *
     * @param value    the value
     * @param language the language of its texts
     * @param out      where to write
     * @throws IOException if the stream fails
     */
    public static void write(Object value, Language language, OutputStream out) throws IOException {
        // Jackson's text generator writing into a UTF-8 encoder: no String of the whole text, no second encoding of it (String's encoder
        // took most of the service's time for a 44 KB card). Not Jackson's UTF-8 generator: with the hidden characters' escapes it writes
        // a character beyond the BMP as two \\u escapes, where the text has the character itself.
        Utf8Writer text = new Utf8Writer();
        WRITERS.get(language).writeValue(text, value);
        text.write('\n');
        text.writeTo(out);
    }

    /**
     * Characters encoded as UTF-8 as they come, as {@link String#getBytes} encodes them: a pair of
     * surrogates as the one character (four bytes), a lone surrogate as {@code '?'}.
     */
    private static final class Utf8Writer extends Writer {
        /** Each thread's buffer, kept between cards up to 1 MB (the service writes a 44 KB card per request on its pool's threads). */
        private static final ThreadLocal<byte[]> BUFFERS = new ThreadLocal<>();
        private static final int KEPT = 1 << 20;
        private byte[] buf;
        private int count;
        /** A high surrogate waiting for the character after it (perhaps in the next chunk), or 0. */
        private char high;

        @Override
        public void write(char[] chars, int off, int len) {
            // one pass with the position and the buffer in locals, room made first for the worst case (three bytes a character, and a
            // '?' for a surrogate left waiting): Vietnamese text has a letter beyond ASCII every few characters
            ensure(3 * len + 1);
            byte[] b = buf;
            int n = count;
            int i = off;
            int end = off + len;
            if (high != 0 && i < end) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(chars[i])) {
                    n = pair(b, n, h, chars[i++]);
                } else {
                    b[n++] = '?';
                }
            }
            while (i < end) {
                char c = chars[i++];
                if (c < 0x80) {
                    b[n++] = (byte) c;
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | (c >> 6));
                    b[n++] = (byte) (0x80 | (c & 0x3F));
                } else if (!Character.isSurrogate(c)) {
                    b[n++] = (byte) (0xE0 | (c >> 12));
                    b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[n++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isLowSurrogate(c)) {
                    b[n++] = '?';
                } else if (i == end) {
                    high = c;   // its low surrogate may come with the next chunk
                } else if (Character.isLowSurrogate(chars[i])) {
                    n = pair(b, n, c, chars[i++]);
                } else {
                    b[n++] = '?';
                }
            }
            count = n;
        }

        /** A surrogate pair's character, four bytes at {@code n}; the position after them. */
        private static int pair(byte[] b, int n, char high, char low) {
            int cp = Character.toCodePoint(high, low);
            b[n] = (byte) (0xF0 | (cp >> 18));
            b[n + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            b[n + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            b[n + 3] = (byte) (0x80 | (cp & 0x3F));
            return n + 4;
        }

        /** Room for {@code more} bytes after those written. */
        private void ensure(int more) {
            if (buf.length - count < more) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }

        @Override
        public void write(String str, int off, int len) {
            char[] chunk = new char[Math.min(len, 1024)];
            for (int at = off, end = off + len; at < end; ) {
                int n = Math.min(chunk.length, end - at);
                str.getChars(at, at + n, chunk, 0);
                write(chunk, 0, n);
                at += n;
            }
        }

        @Override
        public void write(int c) {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void flush() {
            // the bytes stay here until writeTo
        }

        @Override
        public void close() {
            // Jackson closes its target; the bytes stay here until writeTo
        }

        Utf8Writer() {
            byte[] kept = BUFFERS.get();
            BUFFERS.remove();   // a card written while writing one (never today) gets a buffer of its own
            buf = kept != null ? kept : new byte[64 * 1024];
        }

        /** Writes the bytes (a surrogate left waiting at the end as '?'), then gives the buffer back to the thread. */
        void writeTo(OutputStream out) throws IOException {
            if (high != 0) {
                high = 0;
                ensure(1);
                buf[count++] = '?';
            }
            out.write(buf, 0, count);
            if (buf.length <= KEPT) {
                BUFFERS.set(buf);
            }
            buf = null;
        }
    }

    /**
     * Writes pretty-printed JSON to a writer (not closed).
     *
     * @param value the value
     * @param out   where to write
     * @throws IOException if the writer fails
     */
    public static void write(Object value, Writer out) throws IOException {
        out.write(write(value));
    }

    /**
     * Writes pretty-printed JSON to a file as UTF-8, replacing it.
     *
     * @param value the value
     * @param file  the file
     * @throws IOException if the file cannot be written
     */
    public static void write(Object value, Path file) throws IOException {
        Files.writeString(file, write(value), StandardCharsets.UTF_8);
    }

    /** "file:line:column: at $.path: what is wrong" for a Jackson error. */
    static String describe(JsonProcessingException e, String sourceName) {
        StringBuilder sb = new StringBuilder(sourceName);
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            sb.append(':').append(loc.getLineNr()).append(':').append(loc.getColumnNr());
        }
        sb.append(": ");
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            sb.append(text("json.at", path(jme))).append(": ");
        }
        sb.append(reason(e));
        return sb.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder p = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                p.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                p.append('[').append(r.getIndex()).append(']');
            }
        }
        return p.toString();
    }

    private static String reason(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return text("json.unknownField", u.getPropertyName(), u.getKnownPropertyIds());
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException || root instanceof NullPointerException
                || root instanceof java.time.DateTimeException) {
            String m = root.getMessage();
            if (root instanceof java.time.DateTimeException) {
                return text("json.badDate", m);
            }
            return m == null ? root.getClass().getSimpleName() : m;
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            return text("json.notParsed");
        }
        // Jackson quotes the start of the document after a newline ("(for root starting at [Source: (byte[])"{\n …"): the place is given already
        m = SOURCE.matcher(m).replaceAll("");
        java.util.regex.Matcher text = FROM_TEXT.matcher(m);
        if (text.find()) {
            // Cannot deserialize value of type `int` from String "2025x": not a valid `int` value; … `EntityKind` from String "PLANET": not one of the
            // values accepted for Enum class: [COMMUNE, …]
            java.util.regex.Matcher values = ENUM_VALUES.matcher(m);
            if (values.find()) {
                return text("json.value.notOneOf", text.group(2), values.group(1));
            }
            return text("json.value.expectedFoundText", text(kindKey(text.group(1))), shorten(text.group(2)));
        }
        if (m.contains("Non-standard token 'NaN'") || m.contains("'NaN'") || m.contains("Infinity")) {
            return text("json.notFinite");
        }
        if (m.contains("getMaxNestingDepth")) {
            return text("json.limit.nesting", MAPPER.getFactory().streamReadConstraints().getMaxNestingDepth());
        }
        if (m.contains("getMaxStringLength")) {
            return text("json.limit.stringLength", MAPPER.getFactory().streamReadConstraints().getMaxStringLength());
        }
        if (m.contains("getMaxNumberLength")) {
            return text("json.limit.numberLength", MAPPER.getFactory().streamReadConstraints().getMaxNumberLength());
        }
        if (m.contains("StreamReadConstraints") || m.contains("StreamWriteConstraints")) {
            return text("json.limit.other");
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return text("json.truncated", firstLine(m));
        }
        if (m.contains("java.time.LocalDate")) {
            return text("json.badDate", firstLine(m));
        }
        java.util.regex.Matcher mismatch = MISMATCH.matcher(m);
        if (mismatch.find()) {
            // Jackson's "Cannot deserialize value of type `java.util.ArrayList<…>` from Object value": say it in JSON's words
            return text("json.expectedFound", expected(mismatch.group(1)), found(mismatch.group(2)));
        }
        return firstLine(m.replace("vn.dti.api.", "")).replaceAll("`(?:[\\w$]+\\.)*([\\w$]+)`", "$1");
    }

    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("\\s*(\\(for \\w+ starting at )?\\[Source:.*", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern FROM_TEXT = java.util.regex.Pattern.compile(
            "^Cannot deserialize value of type `([^`]+)` from String \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final java.util.regex.Pattern ENUM_VALUES = java.util.regex.Pattern.compile("not one of the values accepted for Enum class: (\\[[^\\]]*\\])");
    private static final java.util.regex.Pattern MISMATCH = java.util.regex.Pattern.compile(
            "^Cannot (?:deserialize value of type|construct instance of) `([^`]+)`.*? from (\\w+) value");

    /** A catalogue text in the environment's language (the language of {@code getMessage()}; DtiJson's messages are texts). */
    private static String text(String key, Object... args) {
        return Messages.text(Language.fromEnvironment(), key, args);
    }

    /** The catalogue key of what a Java type is in JSON's words (json.kind.number: "a number"). */
    private static String kindKey(String javaType) {
        String simple = javaType.substring(javaType.lastIndexOf('.') + 1);
        if (javaType.equals("java.lang.String") || TEXT_TYPES.contains(simple)) {
            return "json.kind.text";
        }
        if (javaType.equals("int") || javaType.equals("long") || javaType.startsWith("java.lang.Integer") || javaType.startsWith("java.lang.Long")) {
            return "json.kind.wholeNumber";
        }
        if (javaType.equals("double") || javaType.startsWith("java.lang.Double")) {
            return "json.kind.number";
        }
        if (javaType.equals("boolean") || javaType.startsWith("java.lang.Boolean")) {
            return "json.kind.trueOrFalse";
        }
        if ((javaType.startsWith("java.util.") && !javaType.contains("Map")) || javaType.endsWith("[]")) {
            return "json.kind.list";
        }
        return "json.kind.object";
    }

    /** What a Java type is in JSON's words. */
    private static String expected(String javaType) {
        return text(javaType == null ? "json.kind.other" : kindKey(javaType));
    }

    /** dti's types written in JSON as a text: "3.4", "2025-Q3", "2025-09-25", "PROVINCE". */
    private static final java.util.Set<String> TEXT_TYPES = java.util.Set.of("IndicatorId", "Period", "LocalDate", "EntityKind", "ValueKind",
            "ReportStatus", "EvidenceSource", "FindingCode", "Decision");

    private static String found(String token) {
        if (token == null) {
            return text("json.kind.other");
        }
        String t = token.strip();
        if (t.startsWith("Object")) {
            return text("json.kind.object");
        }
        if (t.startsWith("Array")) {
            return text("json.kind.list");
        }
        if (t.startsWith("String")) {
            return text("json.kind.text");
        }
        if (t.startsWith("Boolean") || t.startsWith("boolean")) {
            return text("json.kind.trueOrFalse");
        }
        if (t.startsWith("Integer") || t.startsWith("Floating") || t.startsWith("Double") || t.startsWith("Number") || t.startsWith("int")
                || t.startsWith("long") || t.startsWith("double")) {
            return text("json.kind.number");
        }
        return t;
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

}
