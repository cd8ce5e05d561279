package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.api.Component;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.api.Value;
import vn.dti.json.DtiJson;

/**
 * What improving each component costs (docs/planning.md): by default one unit per component
 * improved; a component can cost more, be fixed (its value cannot change this year), be capped
 * ({@code maxValue}: the most it can reach), or offer only some values, each at its own effort
 * ({@code steps}).
 *
 * <pre>{@code
 * {"default": 1,
 *  "components": {"7.1": {"fixed": true, "note": "no statistics this year"},
 *                 "3.5": {"effort": 5},
 *                 "6.6": {"maxValue": 0.7},
 *                 "1.2": {"steps": [{"value": 2, "effort": 1}, {"value": 3, "effort": 2}]}}}
 * }</pre>
 *
 * @param note          free text
 * @param defaultEffort the effort of improving a component not listed (default 1)
 * @param components    per component id
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Effort(String note, @JsonProperty("default") Double defaultEffort, Map<String, ComponentEffort> components) {
    /** One unit per component improved, nothing fixed. */
    public static final Effort UNIFORM = new Effort(null, 1.0, Map.of());

    /** How an effort file is written, for messages: in the run's language. */
    static String shape() {
        return Words.of("planning.effort.shape");
    }

    /**
     * One component's effort.
     *
     * @param effort   the effort of improving it (any amount), default the file's default
     * @param fixed    its value cannot change this year
     * @param maxValue the most its value can reach (numbers)
     * @param steps    only these values, each at its own effort
     * @param note     why
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComponentEffort(Double effort, Boolean fixed, Double maxValue, List<StepEffort> steps, String note) {
        /**
         * Copies the steps.
         *
         * @param effort   the effort, or null for the file's default
         * @param fixed    whether the value cannot change, or null for no
         * @param maxValue the most the value can reach, or null
         * @param steps    the values it can take, or null for any; copied
         * @param note     why, or null
         */
        public ComponentEffort {
            steps = steps == null ? null : List.copyOf(steps);
        }

        boolean isFixed() {
            return Boolean.TRUE.equals(fixed);
        }
    }

    /**
     * A value a component can reach and its effort.
     *
     * @param value  the value, as the component takes it
     * @param effort its effort, at least 0
     */
    public record StepEffort(Value value, double effort) {
    }

    /**
     * Fills the default and copies the map.
     *
     * @param note          free text, or null
     * @param defaultEffort null for 1
     * @param components    null for none; copied
     */
    public Effort {
        defaultEffort = defaultEffort == null ? 1.0 : defaultEffort;
        components = components == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }

    /** {@return the effort of improving a component not listed} */
    public double defaultOf() {
        return defaultEffort;
    }

    /** A component's entry, or null. */
    ComponentEffort of(Component c) {
        return components.get(c.id().value());
    }

    /**
     * Reads an effort file and checks it against the methodology.
     *
     * @param file the effort file
     * @param m    the methodology
     * @return the efforts
     * @throws InvalidEvidenceException naming the file, line and JSON path: an unknown component, a
     *                                  negative effort, a fixed component with an effort, a value the
     *                                  component does not take
     */
    public static Effort read(Path file, Methodology m) {
        return read(DtiJson.bytes(file, InvalidEvidenceException::new), file.toString(), m);
    }

    /**
     * Reads an effort file from its bytes (an upload) and checks it against the methodology, as
     * {@link #read(Path, Methodology)} does a file.
     *
     * @param bytes   the file's content, UTF-8 JSON
     * @param display the file's name in messages (an upload's name, never an application's own path)
     * @param m       the methodology
     * @return the efforts
     * @throws InvalidEvidenceException naming {@code display}, the line and the JSON path, for the same
     *                                  faults as {@link #read(Path, Methodology)}
     */
    public static Effort read(byte[] bytes, String display, Methodology m) {
        Effort e = DtiJson.read(bytes, display, Effort.class, shape(), InvalidEvidenceException::new);
        String top = display + ": $.default";
        if (!(e.defaultEffort() >= 0) || !Double.isFinite(e.defaultEffort())) {
            throw new InvalidEvidenceException(Words.of("planning.effort.negative", top, String.valueOf(e.defaultEffort())));
        }
        for (Map.Entry<String, ComponentEffort> en : e.components().entrySet()) {
            int[] lc = DtiJson.locate(bytes, "/components/" + en.getKey().replace("~", "~0").replace("/", "~1"));
            String where = display + (lc == null ? "" : ":" + lc[0] + ":" + lc[1]) + ": $.components." + en.getKey();
            Component c;
            try {
                c = Values.component(m, en.getKey(), where);
            } catch (IllegalArgumentException ex) {
                throw new InvalidEvidenceException(ex.getMessage());
            }
            ComponentEffort ce = en.getValue();
            if (ce == null) {
                throw new InvalidEvidenceException(Words.of("planning.effort.null", where));
            }
            if (ce.effort() != null && !(ce.effort() >= 0 && Double.isFinite(ce.effort()))) {
                throw new InvalidEvidenceException(Words.of("planning.effort.negative", where + ".effort", String.valueOf(ce.effort())));
            }
            if (ce.maxValue() != null && !(ce.maxValue() >= 0 && c.valueKind().numeric())) {
                throw new InvalidEvidenceException(c.valueKind().numeric()
                        ? Words.of("planning.effort.atLeastZero", where + ".maxValue", String.valueOf(ce.maxValue()))
                        : Words.of("planning.effort.maxValue", where, c.id().value(), c.valueKind()));
            }
            if (ce.isFixed() && (ce.steps() != null || ce.maxValue() != null || ce.effort() != null)) {
                throw new InvalidEvidenceException(Words.of("planning.effort.fixed", where));
            }
            if (ce.steps() != null) {
                if (ce.steps().isEmpty()) {
                    throw new InvalidEvidenceException(Words.of("planning.effort.noSteps", where));
                }
                for (int i = 0; i < ce.steps().size(); i++) {
                    StepEffort s = ce.steps().get(i);
                    String at = where + ".steps[" + i + "]";
                    if (s == null || s.value() == null) {
                        throw new InvalidEvidenceException(Words.of("planning.effort.noValue", at));
                    }
                    String problem = Methodology.checkValue(c, s.value());
                    if (problem != null) {
                        throw new InvalidEvidenceException(at + ".value: " + problem);
                    }
                    if (!(s.effort() >= 0 && Double.isFinite(s.effort()))) {
                        throw new InvalidEvidenceException(Words.of("planning.effort.negative", at + ".effort", String.valueOf(s.effort())));
                    }
                }
            }
        }
        return e;
    }
}
