package vn.dti.scoring;

import java.util.Objects;
import vn.dti.api.IndicatorId;

/**
 * The rule that scores one component, as the methodology folder states it: a row of a decision
 * table or a rule of a rule file, with its pattern and parameters. Planners read it to say what
 * the next step needs; the load-time checks read it to compare each parameter with the catalogue.
 *
 * @param component  the component it scores
 * @param rule       the rule's name (as score cards' explanations give it)
 * @param location   where it is written
 * @param pattern    how it scores, with its parameters
 * @param assumption the assumption in words, when the methodology states one (else empty)
 */
public record ScoringRule(IndicatorId component, String rule, RuleLocation location, ScoringPattern pattern, String assumption) {
    /**
     * Checks that nothing is missing.
     *
     * @param component  not null
     * @param rule       not null
     * @param location   not null
     * @param pattern    not null
     * @param assumption null for empty; stripped
     * @throws NullPointerException if any of the first four is null
     */
    public ScoringRule {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pattern, "pattern");
        assumption = assumption == null ? "" : assumption.strip();
    }

    /**
     * Whether its parameters are known.
     *
     * @return true for a table pattern; false for a formula written in a rule ({@link ScoringPattern.Custom})
     */
    public boolean parametric() {
        return !(pattern instanceof ScoringPattern.Custom);
    }
}
