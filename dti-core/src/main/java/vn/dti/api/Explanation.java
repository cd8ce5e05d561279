package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import vn.dti.text.Message;

/**
 * How a component's points were found: the rule that awarded them, its file, the inputs it used
 * and the formula in words.
 *
 * @param rule     the rule's name ({@code "3.4"} for a decision table's row); empty when no rule
 *                 scored the component
 * @param file     the file the rule is in, relative to the methodology folder
 *                 ({@code scoring.csv}); empty when none
 * @param formula  the formula with its numbers, written in the reader's language when shown, e.g.
 *                 {@code "min(1, value / goal) × max = min(1, 0.872 / 0.9) × 30 = 29.07"} in English,
 *                 {@code "min(1; giá trị / mục tiêu) × tối đa = min(1; 0,872 / 0,9) × 30 = 29,07"} in
 *                 Vietnamese; in JSON, its text in the writer's language
 * @param inputs   what the rule used, by name ({@code value}, {@code goal}, …), in the order used;
 *                 numbers as {@link Double}, yes/no as {@link Boolean}, category codes as
 *                 {@link String}
 * @param location where in its file the rule is written: for a decision table's row its sheet,
 *                 row and column ({@code "scoring.xlsx, sheet Chấm điểm, row 23, column C"}), for
 *                 a rule file the rule's line ({@code "scoring.drl:45"}); empty when not known
 *                 (and left out of JSON)
 */
public record Explanation(String rule, String file, Message formula, Map<String, Object> inputs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String location) {
    /**
     * Reads nulls as empty; an unmodifiable {@code inputs} map is kept, any other is copied.
     *
     * @param rule     null for empty
     * @param file     null for empty
     * @param formula  null for empty
     * @param inputs   null for none
     * @param location null for empty
     */
    public Explanation {
        rule = rule == null ? "" : rule;
        file = file == null ? "" : file;
        formula = formula == null ? Message.text("") : formula;
        location = location == null ? "" : location;
        // a map that is already unmodifiable (as the scorer passes, in insertion order) is kept as
        // it is: copying 50 small maps per entity showed in profiles; any other map is copied
        inputs = inputs == null ? Map.of()
                : inputs instanceof Inputs || inputs.getClass().getName().startsWith("java.util.Collections$Unmodifiable") ? inputs
                : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /**
     * An explanation without a known location in the file.
     *
     * @param rule    the rule's name, or null
     * @param file    its file, or null
     * @param formula the formula with its numbers, or null
     * @param inputs  what the rule used, or null
     */
    public Explanation(String rule, String file, Message formula, Map<String, Object> inputs) {
        this(rule, file, formula, inputs, null);
    }

    /**
     * An explanation whose formula is the same in every language (as a rule file wrote it, or as
     * read back from JSON), without a known location in the file.
     *
     * @param rule    the rule's name, or null
     * @param file    its file, or null
     * @param formula the formula with its numbers, or null
     * @param inputs  what the rule used, or null
     */
    public Explanation(String rule, String file, String formula, Map<String, Object> inputs) {
        this(rule, file, formula == null ? null : Message.text(formula), inputs, null);
    }

    /**
     * An explanation that no rule gave (e.g. "not reported → 0 of 50").
     *
     * @param formula what happened, in words
     * @return the explanation, without rule, file, inputs or location
     */
    public static Explanation of(Message formula) {
        return new Explanation(null, null, formula, null, null);
    }

    /**
     * An explanation that no rule gave, its formula the same in every language.
     *
     * @param formula what happened, in words
     * @return the explanation, without rule, file, inputs or location
     */
    public static Explanation of(String formula) {
        return of(Message.text(formula));
    }

    /**
     * The inputs of a rule, in the order given, as an unmodifiable map an explanation keeps as it
     * is (a scorer makes one per component scored: one array instead of a hash map, its entries
     * and a view; docs/performance.md, "The shared path"). A name given twice keeps its first
     * place and its last value, as a {@link LinkedHashMap} would.
     *
     * @param namesAndValues names ({@link String}s) and values, alternating:
     *                       {@code "value", 0.872, "goal", 0.9}; a last name without a value is left out
     * @return the map
     * @throws ClassCastException if a name is not a {@link String}
     */
    public static Map<String, Object> inputsOf(Object... namesAndValues) {
        int n = namesAndValues.length / 2;
        Object[] pairs = new Object[2 * n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            String name = (String) namesAndValues[2 * i];
            int at = Inputs.indexOf(pairs, size, name);
            if (at < 0) {
                at = size++;
                pairs[2 * at] = name;
            }
            pairs[2 * at + 1] = namesAndValues[2 * i + 1];
        }
        return size == 0 ? Map.of() : new Inputs(pairs, size);
    }

    /** An explanation's inputs: names and values alternating in one array, in order; read-only. */
    private static final class Inputs extends AbstractMap<String, Object> implements Serializable {
        private static final long serialVersionUID = 1L;
        /** name, value, name, value, … for the first {@code size} pairs. */
        private final Object[] pairs;
        private final int size;

        Inputs(Object[] pairs, int size) {
            this.pairs = pairs;
            this.size = size;
        }

        /** The pair of {@code name} among the first {@code size}, or -1 (names' hashes, kept by each string, compared first). */
        static int indexOf(Object[] pairs, int size, Object name) {
            int hash = Objects.hashCode(name);
            for (int i = 0; i < size; i++) {
                Object other = pairs[2 * i];
                if (other == name || other != null && other.hashCode() == hash && other.equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(pairs, size, key) >= 0;
        }

        @Override
        public Object get(Object key) {
            int i = indexOf(pairs, size, key);
            return i < 0 ? null : pairs[2 * i + 1];
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, Object> e = new SimpleImmutableEntry<>((String) pairs[2 * next], pairs[2 * next + 1]);
                            next++;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}
