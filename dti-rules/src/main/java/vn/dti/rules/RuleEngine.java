package vn.dti.rules;

import vn.dti.api.FindingCode;
import vn.dti.scoring.ScoringPattern;
import vn.dti.text.Message;

/**
 * What fires a methodology's rules over one chunk of facts. A {@link RuleScorer} fires the
 * folder's compiled rules in a short-lived Drools session; the benchmarks plug in reference
 * engines (a plain-Java loop, a naive Drools design) with {@link RuleScorer#withEngine}, which
 * record into the same {@link Awards} and so produce the same score cards. Applications do not
 * need this interface.
 */
public interface RuleEngine {
    /**
     * Fires the rules over {@code facts} (per entity of the chunk, one fact per catalogue
     * component, in catalogue order). Compiled rules award through {@code sheet}, the global
     * {@value ScoreSheet#GLOBAL} of their session; an engine that applies the patterns itself
     * records in {@code awards}, which the sheet records in too.
     */
    void fire(ComponentValue[][] facts, ScoreSheet sheet, Awards awards);

    /**
     * Where an engine records what its rules decide, for one chunk of entities. Rule names are
     * the names score cards show (a table row's component id, a rule file's rule name).
     */
    interface Awards {
        /** Applies a pattern to a component's value, as the rule named {@code rule}. */
        void apply(String rule, ComponentValue v, ScoringPattern pattern);

        /** Raises a finding; the component's points stand. */
        void finding(String rule, ComponentValue v, FindingCode code, Message message);

        /** Raises a finding and withholds the component's points. */
        void withhold(String rule, ComponentValue v, FindingCode code, Message message);

        /** The points awarded so far: 0 when none, withheld or in violation. */
        double points(ComponentValue v);
    }
}
