package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a component's points were found: the rule that awarded them, its file, the inputs it used
 * and the formula in words.
 *
 * @param location where in its file the rule is written: for a decision table's row its sheet,
 *                 row and column ({@code "scoring.xlsx, sheet Chấm điểm, row 23, column C"}), for
 *                 a rule file the rule's line ({@code "scoring.drl:45"}); empty when not known
 *                 (and left out of JSON)
 */
public record Explanation(String rule, String file, String formula, Map<String, Object> inputs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String location) {
    public Explanation {
        rule = rule == null ? "" : rule;
        file = file == null ? "" : file;
        formula = formula == null ? "" : formula;
        location = location == null ? "" : location;
        // a map that is already unmodifiable (as the scorer passes, in insertion order) is kept as
        // it is: copying 50 small maps per entity showed in profiles; any other map is copied
        inputs = inputs == null ? Map.of()
                : inputs.getClass().getName().startsWith("java.util.Collections$Unmodifiable") ? inputs
                : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** An explanation without a known location in the file. */
    public Explanation(String rule, String file, String formula, Map<String, Object> inputs) {
        this(rule, file, formula, inputs, null);
    }

    /** An explanation that no rule gave (e.g. "not reported: 0"). */
    public static Explanation of(String formula) {
        return new Explanation(null, null, formula, null, null);
    }
}
