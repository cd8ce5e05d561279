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
     * Fires the rules over one chunk of entities. Compiled rules award through {@code sheet}, the
     * global {@value ScoreSheet#GLOBAL} of their session; an engine that applies the patterns itself
     * records in {@code awards}, which the sheet records in too. Called from the scoring thread; an
     * engine is shared by every thread that scores, so it keeps no state between calls.
     *
     * @param facts  per entity of the chunk, one fact per catalogue component, in catalogue order
     * @param sheet  the global the compiled rules award through
     * @param awards where an engine that applies the patterns itself records
     */
    void fire(ComponentValue[][] facts, ScoreSheet sheet, Awards awards);

    /**
     * Where an engine records what its rules decide, for one chunk of entities. Rule names are
     * the names score cards show (a table row's component id, a rule file's rule name).
     */
    interface Awards {
        /**
         * Applies a pattern to a component's value, as a rule.
         *
         * @param rule    the rule's name, as the card shows it
         * @param v       the fact
         * @param pattern the pattern with its parameters
         */
        void apply(String rule, ComponentValue v, ScoringPattern pattern);

        /**
         * Raises a finding; the component's points stand.
         *
         * @param rule    the rule's name
         * @param v       the fact
         * @param code    what kind of finding
         * @param message what happened and what to do, written in the reader's language when shown
         */
        void finding(String rule, ComponentValue v, FindingCode code, Message message);

        /**
         * Raises a finding and withholds the component's points.
         *
         * @param rule    the rule's name
         * @param v       the fact
         * @param code    what kind of finding
         * @param message what happened and what to do, written in the reader's language when shown
         */
        void withhold(String rule, ComponentValue v, FindingCode code, Message message);

        /**
         * The points awarded so far in this call.
         *
         * @param v the fact
         * @return the points; 0 when none, withheld or in violation
         */
        double points(ComponentValue v);
    }
}
