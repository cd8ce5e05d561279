package vn.dti.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import vn.dti.api.DtiException;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.Methodology;
import vn.dti.api.ScoreCard;
import vn.dti.text.Language;

/**
 * Reads and writes dti's JSON formats (documented in {@code docs/formats.md}): methodology
 * catalogues, evidence, and score cards (cohorts are read by {@code vn.dti.cohort.CohortFiles}). Errors name the file, the line and column, and the JSON
 * path of what to fix. Thread-safe.
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
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

    private DtiJson() {
    }

    /** The shared, configured mapper (for callers that embed dti's types in their own JSON). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a methodology catalogue ({@code methodology.json}). */
    public static Methodology readMethodology(Path file) {
        return read(file, Methodology.class, InvalidMethodologyException::new);
    }

    public static Methodology readMethodology(InputStream in, String sourceName) {
        return read(in, sourceName, Methodology.class, InvalidMethodologyException::new);
    }

    /** Reads one entity's evidence. It is checked against a methodology only when scored. */
    public static Evidence readEvidence(Path file) {
        return readEvidence(bytes(file, InvalidEvidenceException::new), file.toString());
    }

    public static Evidence readEvidence(InputStream in, String sourceName) {
        try {
            return readEvidence(in.readAllBytes(), sourceName);
        } catch (IOException e) {
            throw new InvalidEvidenceException(sourceName + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Reads evidence from bytes. Besides the checks every format gets, a file without a
     * {@code "components"} list is refused: a forgotten or misspelt key must not score 0 with
     * every component "not reported".
     */
    public static Evidence readEvidence(byte[] json, String sourceName) {
        Evidence e = read(json, sourceName, Evidence.class, EVIDENCE_SHAPE, InvalidEvidenceException::new);
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (!tree.has("components") || tree.get("components").isNull()) {
                int[] at = locate(json, "/components");
                throw new InvalidEvidenceException(sourceName + (at == null ? "" : ":" + at[0] + ":" + at[1]) + ": has "
                        + (tree.has("components") ? "\"components\": null" : "no \"components\" list") + ". " + EVIDENCE_SHAPE
                        + " List every component you report under \"components\" (an empty list [] if none yet).");
            }
        } catch (IOException ex) {
            throw new InvalidEvidenceException(sourceName + ": cannot be read (" + ex.getMessage() + ").", ex);
        }
        return e;
    }

    /** What an evidence file looks like, for error messages. */
    public static final String EVIDENCE_SHAPE = "An evidence file is one JSON object: {\"entity\": {\"id\": …, \"kind\": …}, \"period\": \"2025\", "
            + "\"components\": [{\"indicator\": \"3.4\", \"value\": 0.872, \"documents\": […]}, …]} (docs/formats.md).";

    /** Reads a score card written by {@link #write(Object)}. */
    public static ScoreCard readScoreCard(Path file) {
        return read(file, ScoreCard.class, InvalidEvidenceException::new);
    }

    /** Reads any of dti's JSON types from a file, with dti's error messages. */
    public static <T> T read(Path file, Class<T> type, Function<String, ? extends DtiException> error) {
        return read(file, type, null, error);
    }

    /**
     * Reads any of dti's JSON types from a file; {@code shape} says in words what the file must
     * look like (used when the file's top level is not an object).
     */
    public static <T> T read(Path file, Class<T> type, String shape, Function<String, ? extends DtiException> error) {
        return read(bytes(file, error), file.toString(), type, shape, error);
    }

    public static <T> T read(InputStream in, String sourceName, Class<T> type, Function<String, ? extends DtiException> error) {
        try {
            return read(in.readAllBytes(), sourceName, type, null, error);
        } catch (IOException e) {
            throw error.apply(sourceName + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** Reads any of dti's JSON types from bytes, with dti's error messages. */
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
                throw error.apply(sourceName + ": the file is empty; expected a JSON object." + then);
            }
            if (e.getPath().isEmpty() && e.getMessage() != null && e.getMessage().contains("from Array value")) {
                throw error.apply(sourceName + ": the file holds a JSON array [...] where one JSON object {...} is expected." + then);
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
            throw error.apply(sourceName + ": cannot be read (" + e.getMessage() + ").");
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
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number (" + parser.getText() + ")";
                case VALUE_STRING -> "a text in quotes (\"" + shorten(parser.getText()) + "\")";
                default -> parser.getText();   // true, false, null: JSON's own words
            };
            var at = parser.currentTokenLocation();
            return sourceName + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": expected an object {...} here, but found " + what + ".";
        } catch (IOException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** A file's bytes, with dti's error for a missing or unreadable file. */
    public static byte[] bytes(Path file, Function<String, ? extends DtiException> error) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw error.apply(file + ": no such file.");
        } catch (IOException e) {
            throw error.apply(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /**
     * Where the value at a JSON pointer starts in a document (e.g. {@code /components/12} or
     * {@code /cases/3}): {line, column}, both 1-based, or null when the document does not parse
     * or has no such value.
     */
    public static int[] locate(byte[] json, String pointer) {
        JsonPointer target = JsonPointer.compile(pointer);
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                JsonToken t = parser.currentToken();
                if (t != JsonToken.FIELD_NAME && parser.getParsingContext().pathAsPointer().equals(target)) {
                    var loc = parser.currentTokenLocation();
                    return new int[] {loc.getLineNr(), loc.getColumnNr()};
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /**
     * Pretty-printed JSON of a score card, evidence or methodology, its texts (finding messages,
     * formulas, warnings) in the environment's language ({@link Language#fromEnvironment()}).
     *
     * @param value what to write
     * @return the JSON, ending with a line break
     */
    public static String write(Object value) {
        return write(value, Language.fromEnvironment());
    }

    /**
     * Pretty-printed JSON of a score card, evidence or methodology, its texts (finding messages,
     * formulas, warnings) in {@code language}; field names and codes are the same in every
     * language. The same value and language give the same bytes, from the command line or a service.
     *
     * @param value    what to write
     * @param language the language of its texts
     * @return the JSON, ending with a line break
     */
    public static String write(Object value, Language language) {
        try {
            return WRITER.withAttribute(Language.class, language).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Object value, Writer out) throws IOException {
        out.write(write(value));
    }

    /** Writes to a file as UTF-8. */
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
            sb.append("at ").append(path(jme)).append(": ");
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
            return "unknown field \"" + u.getPropertyName() + "\"; known fields here: " + u.getKnownPropertyIds() + ".";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException || root instanceof NullPointerException
                || root instanceof java.time.DateTimeException) {
            String m = root.getMessage();
            if (root instanceof java.time.DateTimeException) {
                return "a date that does not parse (" + m + "); write dates as yyyy-mm-dd.";
            }
            return m == null ? root.getClass().getSimpleName() : m;
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        if (m.contains("Non-standard token 'NaN'") || m.contains("'NaN'") || m.contains("Infinity")) {
            return "NaN and Infinity are not numbers here; write a finite number, or set \"status\": \"NOT_REPORTED\".";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (truncated JSON?): " + firstLine(m);
        }
        if (m.contains("java.time.LocalDate")) {
            return "a date that does not parse; write dates as yyyy-mm-dd. (" + firstLine(m) + ")";
        }
        java.util.regex.Matcher mismatch = MISMATCH.matcher(m);
        if (mismatch.find()) {
            // Jackson's "Cannot deserialize value of type `java.util.ArrayList<…>` from Object value": say it in JSON's words
            return "expected " + expected(mismatch.group(1)) + " here, but found " + found(mismatch.group(2)) + ".";
        }
        return firstLine(m.replace("vn.dti.api.", ""));
    }

    private static final java.util.regex.Pattern MISMATCH = java.util.regex.Pattern.compile(
            "^Cannot (?:deserialize value of type|construct instance of) `([^`]+)`.*? from (\\w+) value");

    private static String expected(String javaType) {
        if (javaType == null) {
            return "another kind of value";
        }
        if (javaType.startsWith("java.util.ArrayList") || javaType.startsWith("java.util.List") || javaType.endsWith("[]")) {
            return "a list [...]";
        }
        if (javaType.startsWith("java.util.") && javaType.contains("Map")) {
            return "an object {...}";
        }
        if (javaType.equals("java.lang.String")) {
            return "a text in quotes";
        }
        if (javaType.equals("double") || javaType.equals("int") || javaType.equals("long") || javaType.startsWith("java.lang.Double")
                || javaType.startsWith("java.lang.Integer")) {
            return "a number";
        }
        return "an object {...}";
    }

    private static String found(String token) {
        if (token == null) {
            return "another kind of value";
        }
        String t = token.strip();
        if (t.startsWith("Object")) {
            return "an object {...}";
        }
        if (t.startsWith("Array")) {
            return "a list [...]";
        }
        if (t.startsWith("String")) {
            return "a text in quotes";
        }
        if (t.startsWith("Boolean") || t.startsWith("boolean")) {
            return "true or false";
        }
        if (t.startsWith("Integer") || t.startsWith("Floating") || t.startsWith("Double") || t.startsWith("Number") || t.startsWith("int")
                || t.startsWith("long") || t.startsWith("double")) {
            return "a number";
        }
        return t;
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

}
