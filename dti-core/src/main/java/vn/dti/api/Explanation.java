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
 * @param rule    the rule that awarded the points; empty when none did
 * @param file    the rule's file; empty when none
 * @param formula the formula with its numbers, in words ({@code "min(1, value / goal) × max = min(1, 0.872 / 0.9) × 30 = 29.07"}),
 *                written in the reader's language
 * @param inputs  the values the rule used, by name
 *
 * @param location where in its file the rule is written: for a decision table's row its sheet,
 *                 row and column ({@code "scoring.xlsx, sheet Chấm điểm, row 23, column C"}), for
 *                 a rule file the rule's line ({@code "scoring.drl:45"}); empty when not known
 *                 (and left out of JSON)
 */
public record Explanation(String rule, String file, Message formula, Map<String, Object> inputs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String location) {
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

    /** An explanation without a known location in the file. */
    public Explanation(String rule, String file, Message formula, Map<String, Object> inputs) {
        this(rule, file, formula, inputs, null);
    }

    /** An explanation whose formula is the same in every language (as a rule file wrote it, or read back from JSON). */
    public Explanation(String rule, String file, String formula, Map<String, Object> inputs) {
        this(rule, file, Message.text(formula), inputs, null);
    }

    /** An explanation that no rule gave (e.g. "not reported → 0 of 50"). */
    public static Explanation of(Message formula) {
        return new Explanation(null, null, formula, null, null);
    }

    /** An explanation that no rule gave, its formula the same in every language. */
    public static Explanation of(String formula) {
        return of(Message.text(formula));
    }
}
