package vn.dti.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
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

/**
 * Reads and writes dti's JSON formats (documented in {@code docs/formats.md}): methodology
 * catalogues, evidence, and score cards. Errors name the file, the line and column, and the JSON
 * path of what to fix. Thread-safe.
 */
public final class DtiJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
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
        return read(file, Evidence.class, InvalidEvidenceException::new);
    }

    public static Evidence readEvidence(InputStream in, String sourceName) {
        return read(in, sourceName, Evidence.class, InvalidEvidenceException::new);
    }

    /**
     * Reads a cohort file; entities given by {@code evidenceFile} have their evidence read from
     * that file, relative to the cohort file's folder.
     */
    public static vn.dti.cohort.Cohort readCohort(Path file) {
        vn.dti.cohort.Cohort cohort = read(file, vn.dti.cohort.Cohort.class, InvalidEvidenceException::new);
        java.util.List<vn.dti.cohort.CohortEntity> entities = new java.util.ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        for (vn.dti.cohort.CohortEntity e : cohort.entities()) {
            if (e.evidenceFile() != null) {
                entities.add(e.withEvidence(readEvidence(dir.resolve(e.evidenceFile()))));
            } else {
                entities.add(e);
            }
        }
        return new vn.dti.cohort.Cohort(cohort.methodology(), cohort.period(), cohort.mainIndicatorScale(), cohort.regions(), cohort.mergerMap(),
                cohort.mergers(), entities, cohort.note());
    }

    /** Reads a ranking written by {@code dti rank --format json}. */
    public static vn.dti.cohort.CohortRanking readRanking(Path file) {
        return read(file, vn.dti.cohort.CohortRanking.class, InvalidEvidenceException::new);
    }

    /** Reads a score card written by {@link #write(Object)}. */
    public static ScoreCard readScoreCard(Path file) {
        return read(file, ScoreCard.class, InvalidEvidenceException::new);
    }

    /** Reads any of dti's JSON types from a file, with dti's error messages. */
    public static <T> T read(Path file, Class<T> type, Function<String, ? extends DtiException> error) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), type, error);
        } catch (NoSuchFileException e) {
            throw error.apply(file + ": no such file.");
        } catch (IOException e) {
            throw error.apply(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    public static <T> T read(InputStream in, String sourceName, Class<T> type, Function<String, ? extends DtiException> error) {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw error.apply(sourceName + ": holds no JSON object (the file is empty or null).");
            }
            return value;
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No content to map")) {
                throw error.apply(sourceName + ": the file is empty; expected a JSON object.");
            }
            throw error.apply(describe(e, sourceName));
        } catch (JsonProcessingException e) {
            throw error.apply(describe(e, sourceName));
        } catch (IOException e) {
            throw error.apply(sourceName + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** Pretty-printed JSON of a score card, evidence or methodology. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
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
        return firstLine(m.replace("vn.dti.api.", ""));
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

}
