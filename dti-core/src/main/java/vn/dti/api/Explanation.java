package vn.dti.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a component's points were found: the rule that awarded them, its file, the inputs it used
 * and the formula in words.
 */
public record Explanation(String rule, String file, String formula, Map<String, Object> inputs) {
    public Explanation {
        rule = rule == null ? "" : rule;
        file = file == null ? "" : file;
        formula = formula == null ? "" : formula;
        // a map that is already unmodifiable (as the scorer passes, in insertion order) is kept as
        // it is: copying 50 small maps per entity showed in profiles; any other map is copied
        inputs = inputs == null ? Map.of()
                : inputs.getClass().getName().startsWith("java.util.Collections$Unmodifiable") ? inputs
                : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** An explanation that no rule gave (e.g. "not reported: 0"). */
    public static Explanation of(String formula) {
        return new Explanation(null, null, formula, null);
    }
}
