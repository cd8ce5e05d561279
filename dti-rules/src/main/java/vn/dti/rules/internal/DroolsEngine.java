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
 * past the time limit, or firing without end, it is stopped and the rule named; except rules
 * fired directly whose code cannot loop ({@link DirectRules#endsQuickly()}), on the calling thread.
 *
 * <p>The rows of decision tables in the bundled form are applied as data ({@link TableRows}) before
 * the session fires the rest; {@value #PROPERTY}{@code =true} fires them in Drools too. Only the
 * facts some rule of the session can see are inserted ({@link AlphaGate}: most facts pass no alpha
 * path to any rule and would cost a handle and a propagation for nothing);
 * {@value #INSERT_ALL}{@code =true} inserts every fact. Both give the same cards ({@code AlphaGateProperties}).
 * When every rule left beside the table rows looks at one fact only (the bundled folders' rule
 * files), no fact is inserted at all: the rules fire directly ({@link DirectRules}), the session
 * serving only as their context; {@value #AGENDA}{@code =true} fires them through its agenda
 * (the same cards: {@code DirectRulesProperties}).
 */
public final class DroolsEngine implements RuleEngine {
    /** The system property that makes every decision-table row fire as a Drools rule instead of being applied as data. */
    public static final String PROPERTY = "dti.rules.tablesInDrools";
    /** Firings counted after a run passed its limit, to name the rule that loops. */
    private static final int LOOP_WINDOW = 10_000;
    /** The system property that makes every component fact be inserted, not only those {@link AlphaGate} lets through. */
    public static final String INSERT_ALL = "dti.rules.insertAll";
    /**
     * The system property that makes the rules left beside the table rows fire through a session's
     * agenda even when each looks at one fact only ({@link DirectRules}).
     */
    public static final String AGENDA = "dti.rules.agenda";
    private final RuleBase base;
    private final boolean tablesInDrools;
    private final boolean insertAll;
    private final boolean agenda;
    /** The rules left beside the table rows, fired without an agenda; made on first use, {@link #NO_DIRECT} when they need one. */
    private volatile Object direct;
    private static final Object NO_DIRECT = new Object();
    /** The gates of the two knowledge bases a run may use (all rules, the rules left beside the table rows), made on first use. */
    private volatile AlphaGate fullGate;
    private volatile AlphaGate sessionGate;

    /** The engine scoring uses: table rows as data unless {@value #PROPERTY} is {@code true}. */
    public DroolsEngine(RuleBase base) {
        this(base, Boolean.getBoolean(PROPERTY));
    }

    /**
     * @param tablesInDrools true to fire every decision-table row as its compiled Drools rule,
     *                       false to apply the rows in the bundled form as data
     */
    public DroolsEngine(RuleBase base, boolean tablesInDrools) {
        this(base, tablesInDrools, Boolean.getBoolean(INSERT_ALL));
    }

    /**
     * @param insertAll true to insert every component fact, false to insert only those some rule
     *                  can see ({@link AlphaGate}); the findings are the same
     */
    public DroolsEngine(RuleBase base, boolean tablesInDrools, boolean insertAll) {
        this(base, tablesInDrools, insertAll, Boolean.getBoolean(AGENDA));
    }

    /**
     * @param agenda true to fire the rules left beside the table rows through a session's agenda,
     *               false to fire them directly when each looks at one fact only ({@link DirectRules});
     *               the findings are the same
     */
    public DroolsEngine(RuleBase base, boolean tablesInDrools, boolean insertAll, boolean agenda) {
        this.base = base;
        this.tablesInDrools = tablesInDrools || base.tableRows().isEmpty();
        this.insertAll = insertAll;
        this.agenda = agenda;
    }

    /**
     * The rules of {@code rest} fired without an agenda, or null: when asked for the agenda, or
     * when any rule needs one, or when a decision-table row is among them (rows that score fire in
     * the agenda's order, which a second row scoring the same component would show).
     */
    private DirectRules direct(InternalKnowledgeBase rest) {
        Object d = direct;
        if (d == null) {
            DirectRules rules = agenda ? null : DirectRules.of(rest, base.files().trusted());
            if (rules != null) {
                for (String name : rules.ruleNames()) {
                    RuleOrigins.Origin o = base.origins().find(name);
                    if (o == null || o.where().inTable()) {
                        rules = null;
                        break;
                    }
                }
            }
            d = rules == null ? NO_DIRECT : rules;
            direct = d;
        }
        return d instanceof DirectRules r ? r : null;
    }

    private AlphaGate gate(InternalKnowledgeBase kbase, boolean full) {
        AlphaGate g = full ? fullGate : sessionGate;
        if (g == null) {
            g = AlphaGate.of(kbase);
            if (full) {
                fullGate = g;
            } else {
                sessionGate = g;
            }
        }
        return g;
    }

    /** A scoring session's options: used by one thread only (the runner), so without locks. Read, never changed, once made. */
    private static final org.kie.api.runtime.KieSessionConfiguration SESSION = sessionConfiguration();

    private static org.kie.api.runtime.KieSessionConfiguration sessionConfiguration() {
        org.kie.api.runtime.KieSessionConfiguration c = org.kie.api.KieServices.get().newKieSessionConfiguration();
        c.setOption(org.kie.api.runtime.conf.ThreadSafeOption.NO);
        return c;
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
        Watchdog.Firings firings;
        if (!tablesInDrools && awards instanceof Recorder recorder) {
            InternalKnowledgeBase rest = base.sessionKbase();
            DirectRules rules = rest == null ? null : direct(rest);
            if (rules != null && rules.endsQuickly()) {
                // straight-line code on one fact at a time: nothing to watch, so no runner thread
                // either; each fact's table row and rules in one pass
                rules.fire(facts, () -> newSession(rest), sheet, base.tableRows(), recorder);
                return;
            }
            firings = firings(sheet);
            Watchdog.run(base, firings, () -> {
                base.tableRows().apply(facts, recorder);
                if (rules != null) {
                    rules.fire(facts, () -> newSession(rest), sheet);
                } else if (rest != null) {
                    fire(rest, false, facts, sheet, firings);
                }
            });
            return;
        }
        firings = firings(sheet);
        Watchdog.run(base, firings, () -> fire(base.kbase(), true, facts, sheet, firings));
    }

    private static Watchdog.Firings firings(ScoreSheet sheet) {
        return new Watchdog.Firings(sheet instanceof RecordingSheet recording ? recording::lastRule : null);
    }

    /** The rules left beside the table rows applied as data, fired without an agenda; null when they need one, or every row fires in Drools. */
    private DirectRules directRules() {
        InternalKnowledgeBase rest = tablesInDrools ? null : base.sessionKbase();
        return rest == null ? null : direct(rest);
    }

    /**
     * True when the rules left beside the decision-table rows applied as data fire without a
     * session's agenda ({@link DirectRules}): each looks at one component fact only.
     */
    public boolean firesDirectly() {
        return directRules() != null;
    }

    /**
     * When the rules fire directly: how many of their single-fact constraints are tested as plain
     * Java ({@link PlainConstraint}) and how many there are, {plain, all}; null otherwise.
     */
    public int[] constraintsAsPlainJava() {
        DirectRules rules = directRules();
        return rules == null ? null : rules.constraintCounts();
    }

    /**
     * When the rules fire directly: true when their alpha network is walked by a class written for
     * it ({@link WalkCompiler}), false when it is walked as data; null when they do not fire directly.
     */
    public Boolean walkIsCompiled() {
        DirectRules rules = directRules();
        return rules == null ? null : rules.walkIsCompiled();
    }

    /** A scoring session of {@code kbase}: single-thread. */
    private static KieSession newSession(InternalKnowledgeBase kbase) {
        return kbase.newKieSession(SESSION, org.drools.core.impl.EnvironmentFactory.newEnvironment());
    }

    /**
     * True when the rules left beside the table rows fire directly ({@link #firesDirectly()}) and
     * on the calling thread: their code cannot loop (safe mode, no function), so no watchdog is needed.
     */
    public boolean firesOnCallingThread() {
        DirectRules rules = directRules();
        return rules != null && rules.endsQuickly();
    }

    private void fire(InternalKnowledgeBase kbase, boolean full, ComponentValue[][] facts, ScoreSheet sheet, Watchdog.Firings firings) {
        // one thread uses a session, start to end: no locks; its one global is resolved without a map
        KieSession session = newSession(kbase);
        try {
            ((org.drools.kiesession.session.StatefulKnowledgeSessionImpl) session).setGlobalResolver(new SheetGlobal(sheet));
            // only the facts some rule can see: the others would pass through the network for nothing
            AlphaGate.Probe gate = insertAll ? null : gate(kbase, full).probe((org.drools.base.base.ValueResolver) session);
            int inserted = 0;
            for (ComponentValue[] entity : facts) {
                for (ComponentValue v : entity) {
                    if (gate == null || gate.admits(v)) {
                        session.insert(v);
                        inserted++;
                    }
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
