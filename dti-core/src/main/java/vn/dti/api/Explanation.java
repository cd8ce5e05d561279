package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
                : inputs.getClass().getName().startsWith("java.util.Collections$Unmodifiable") ? inputs
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
}
