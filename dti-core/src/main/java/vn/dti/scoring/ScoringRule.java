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
    public ScoringRule {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pattern, "pattern");
        assumption = assumption == null ? "" : assumption.strip();
    }

    /** True when its parameters are known (a table pattern, not a formula written in a rule). */
    public boolean parametric() {
        return !(pattern instanceof ScoringPattern.Custom);
    }
}
