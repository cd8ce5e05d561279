package vn.dti.rules.internal;

import org.kie.api.runtime.KieSession;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.ScoreSheet;

/**
 * What fires a methodology's rules over one chunk of facts, recording into a {@link Recorder}.
 * The library's engine is {@link #DROOLS}; the benchmarks plug in references (a plain-Java loop,
 * a naive Drools design) that record the same way, so their score cards equal the library's.
 */
public interface Engine {
    void fire(RuleBase base, ComponentValue[][] facts, Recorder recorder);

    /**
     * Lean rules (no modify, no joins) over one chunk's facts in a new, short-lived session.
     * (Pooling and resetting sessions was measured and bought nothing: docs/performance.md.)
     */
    Engine DROOLS = (base, facts, recorder) -> {
        KieSession session = base.kbase().newKieSession();
        try {
            session.setGlobal(RuleBase.GLOBAL, new ScoreSheet(recorder, base.patterns()));
            for (ComponentValue[] entity : facts) {
                for (ComponentValue v : entity) {
                    session.insert(v);
                }
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    };
}
