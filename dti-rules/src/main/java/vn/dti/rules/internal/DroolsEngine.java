package vn.dti.rules.internal;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.runtime.KieSession;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.RuleEngine;
import vn.dti.rules.ScoreSheet;

/**
 * The library's engine: lean rules (no modify, no joins) over one chunk's facts in a new,
 * short-lived session of the compiled folder's knowledge base. (Pooling and resetting sessions
 * was measured and bought nothing: docs/performance.md.) Every run is watched ({@link Watchdog}):
 * past the time limit, or firing without end, it is stopped and the rule named.
 *
 * <p>The rows of decision tables in the bundled form are applied as data ({@link TableRows}) before
 * the session fires the rest; {@value #PROPERTY}{@code =true} fires them in Drools too.
 */
public final class DroolsEngine implements RuleEngine {
    /** The system property that makes every decision-table row fire as a Drools rule instead of being applied as data. */
    public static final String PROPERTY = "dti.rules.tablesInDrools";
    /** Firings counted after a run passed its limit, to name the rule that loops. */
    private static final int LOOP_WINDOW = 10_000;
    private final RuleBase base;
    private final boolean tablesInDrools;

    /** The engine scoring uses: table rows as data unless {@value #PROPERTY} is {@code true}. */
    public DroolsEngine(RuleBase base) {
        this(base, Boolean.getBoolean(PROPERTY));
    }

    /**
     * @param tablesInDrools true to fire every decision-table row as its compiled Drools rule,
     *                       false to apply the rows in the bundled form as data
     */
    public DroolsEngine(RuleBase base, boolean tablesInDrools) {
        this.base = base;
        this.tablesInDrools = tablesInDrools || base.tableRows().isEmpty();
    }

    /** Makes the knowledge base the default engine scores with, at load time. */
    static void prepare(RuleBase base) {
        if (Boolean.getBoolean(PROPERTY)) {
            base.kbase();
        } else {
            base.sessionKbase();
        }
    }

    @Override
    public void fire(ComponentValue[][] facts, ScoreSheet sheet, Awards awards) {
        Watchdog.Firings firings = new Watchdog.Firings(sheet instanceof RecordingSheet recording ? recording::lastRule : null);
        if (tablesInDrools || !(awards instanceof Recorder recorder)) {
            Watchdog.run(base, firings, () -> fire(base.kbase(), facts, sheet, firings));
            return;
        }
        InternalKnowledgeBase rest = base.sessionKbase();
        Watchdog.run(base, firings, () -> {
            base.tableRows().apply(facts, recorder);
            if (rest != null) {
                fire(rest, facts, sheet, firings);
            }
        });
    }

    private void fire(InternalKnowledgeBase kbase, ComponentValue[][] facts, ScoreSheet sheet, Watchdog.Firings firings) {
        KieSession session = kbase.newKieSession();
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
            // consequence that inserts or modifies facts can loop for ever: stop it and name the rule.
            int limit = (inserted + 1) * Math.max(1, base.ruleCount()) + 10_000;
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                // past the limit: count which rule keeps firing, then stop and name it
                session.addEventListener(firings);
                if (session.fireAllRules(LOOP_WINDOW) > 0) {
                    throw Watchdog.loop(base, firings, limit, inserted);
                }
            }
        } finally {
            session.dispose();
        }
    }
}
