package vn.dti.rules.internal;

import org.kie.api.runtime.KieSession;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.RuleEngine;
import vn.dti.rules.ScoreSheet;

/**
 * The library's engine: lean rules (no modify, no joins) over one chunk's facts in a new,
 * short-lived session of the compiled folder's knowledge base. (Pooling and resetting sessions
 * was measured and bought nothing: docs/performance.md.)
 */
public final class DroolsEngine implements RuleEngine {
    private final RuleBase base;

    public DroolsEngine(RuleBase base) {
        this.base = base;
    }

    @Override
    public void fire(ComponentValue[][] facts, ScoreSheet sheet, Awards awards) {
        KieSession session = base.kbase().newKieSession();
        try {
            session.setGlobal(ScoreSheet.GLOBAL, sheet);
            int inserted = 0;
            for (ComponentValue[] entity : facts) {
                for (ComponentValue v : entity) {
                    session.insert(v);
                    inserted++;
                }
            }
            // Rules look at one fact each and change none, so each fires at most once per fact. A
            // consequence that inserts or modifies facts can loop for ever: stop it and say so.
            int limit = (inserted + 1) * Math.max(1, base.ruleCount()) + 10_000;
            int fired = session.fireAllRules(limit);
            if (fired >= limit && session.fireAllRules(1) > 0) {
                throw new InvalidMethodologyException(base.root() + ": the rules fired more than " + limit + " times on " + inserted
                        + " component values and would not stop: a rule's consequence inserts or modifies facts in a loop, or a rule joins "
                        + "several facts. Rules look at one component value each, award points and raise findings through 'score'; they do not "
                        + "insert or modify facts (docs/methodologies.md).");
            }
        } finally {
            session.dispose();
        }
    }
}
