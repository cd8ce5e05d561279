package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.base.EnabledBoolean;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.common.ReteEvaluator;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.LeftInputAdapterNode;
import org.drools.core.reteoo.LeftTupleSink;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.RuleTerminalNode;
import org.drools.core.reteoo.RuleTerminalNodeLeftTuple;
import org.drools.kiesession.consequence.DefaultKnowledgeHelper;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.internal.AlphaWalk.Step;
import vn.dti.rules.ScoreSheet;

/**
 * The rules of a knowledge base fired without an agenda, when every one of them looks at one
 * component fact and nothing else: a single {@code ComponentValue(...)} pattern whose constraints
 * are all single-fact tests (the alpha network), no {@code not}, {@code exists}, {@code eval},
 * {@code from} or join, no agenda or activation group, timer, calendar, dynamic salience or
 * enabled expression, no named consequence. Such a rule fires exactly once for each fact that
 * passes its constraints, whatever else is in the session, so a session's agenda, fact handles
 * and propagation add nothing to what it decides: each fact is taken down the knowledge base's
 * own alpha network (its constraints tested as plain Java where {@link PlainConstraint} knows their
 * form, by Drools' own constraint objects otherwise, with the session as their resolver; the walk
 * written as a class of its own by {@link WalkCompiler}), and the consequence of each rule it reaches is run by Drools' own
 * compiled consequence, with a knowledge helper and a match as Drools gives them
 * ({@code kcontext}, {@code $v}, the globals).
 *
 * <p>Only for folders whose rule files neither score, read points nor insert, modify or remove
 * facts (the condition under which decision-table rows are applied as data, {@link TableRows}):
 * then the rules only raise findings and withhold points, whose order on a card does not depend
 * on the order rules fire in. The rules still fire in Drools' order (salience, highest first,
 * then the order they were loaded in) for each fact. {@code -Ddti.rules.agenda=true} fires them
 * through a session's agenda instead (the system property {@code dti.rules.agenda}); both give the same cards
 * ({@code DirectRulesProperties}). Built once per knowledge base; thread-safe (its one change, the
 * walk compiled once, is published through a volatile field).
 */
final class DirectRules {
    /** The alpha network's nodes under the component fact's type. */
    private final Step[] roots;
    /**
     * The rules a fact reaches, found by walking {@link #roots}: as data for the first
     * {@value #COMPILE_AFTER} facts, then as a class of its own ({@link WalkCompiler}), as a JIT
     * compiles a method once it has run enough: a command that scores one entity (47 facts) does
     * not pay for writing and loading a class it would hardly use.
     */
    private volatile AlphaWalk walk;
    /** Facts walked as data so far; the walk is compiled when they reach {@value #COMPILE_AFTER}. */
    private final java.util.concurrent.atomic.AtomicLong walked = new java.util.concurrent.atomic.AtomicLong();
    /** How many facts are walked as data before the walk is compiled (about 21 entities of 47 components). */
    static final long COMPILE_AFTER = 1_000;
    /** Rules a component fact reaches with no constraint at all ({@code $v : ComponentValue()}), by firing order. */
    private final int[] always;
    /** The rules' terminal nodes, in firing order. */
    private final RuleTerminalNode[] terminals;
    /** True when the rules' code was checked in safe mode and declares no function: straight-line code, which ends at once. */
    private final boolean endsQuickly;
    /**
     * Idle contexts, each with an empty session as the consequences' context: no fact is ever
     * inserted, so one is used again by the next run (one thread at a time) instead of being made
     * and disposed.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<Context> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private DirectRules(Step[] roots, int[] always, RuleTerminalNode[] terminals, boolean endsQuickly) {
        this.roots = roots;
        this.always = always;
        this.walk = AlphaWalk.interpreted(roots, always);
        this.terminals = terminals;
        this.endsQuickly = endsQuickly;
    }

    /**
     * True when a run cannot take long, so that it needs no watchdog: the folder's code passed the
     * safe-mode check ({@link CodeCheck}: no loops, no calls but the scoring API, {@link Math} and
     * getters) and declares no function (which could recurse), so each consequence and condition
     * is straight-line code that ends at once.
     */
    boolean endsQuickly() {
        return endsQuickly;
    }

    /** An alpha node as found, before the rules are put in firing order. */
    private record Found(AlphaNodeFieldConstraint constraint, List<Found> below, List<RuleTerminalNode> rules) {
    }

    /**
     * The rules of {@code kbase} fired without an agenda; null when any rule needs one (see the class comment).
     *
     * @param trusted true when the folder's code was not checked in safe mode
     */
    static DirectRules of(InternalKnowledgeBase kbase, boolean trusted) {
        Map<EntryPointId, EntryPointNode> entryPoints = kbase.getRete().getEntryPointNodes();
        if (entryPoints.size() != 1 || !entryPoints.containsKey(EntryPointId.DEFAULT)) {
            return null;
        }
        List<Found> roots = new ArrayList<>();
        List<RuleTerminalNode> always = new ArrayList<>();
        List<RuleTerminalNode> all = new ArrayList<>();
        for (ObjectTypeNode otn : kbase.getRete().getObjectTypeNodes(EntryPointId.DEFAULT).values()) {
            ObjectSink[] sinks = otn.getObjectSinkPropagator().getSinks();
            if (!otn.getObjectType().isAssignableFrom(ComponentValue.class)) {
                if (sinks.length > 0) {
                    return null;    // a pattern on another type, or the initial fact (not, exists, an empty when)
                }
                continue;
            }
            for (ObjectSink sink : sinks) {
                if (sink instanceof AlphaNode alpha) {
                    Found n = found(alpha, all);
                    if (n == null) {
                        return null;
                    }
                    roots.add(n);
                } else if (!(sink instanceof LeftInputAdapterNode lia && terminals(lia, always, all))) {
                    return null;
                }
            }
        }
        // firing order: salience, highest first, then the order the rules were loaded in
        List<RuleTerminalNode> ordered = new ArrayList<>();
        Map<RuleTerminalNode, Integer> index = new IdentityHashMap<>();
        for (RuleTerminalNode t : all) {
            if (!index.containsKey(t)) {
                index.put(t, -1);
                ordered.add(t);
            }
        }
        ordered.sort(Comparator.comparingInt((RuleTerminalNode t) -> -t.getRule().getSalienceValue())
                .thenComparingInt(t -> t.getRule().getLoadOrder()));
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i), i);
        }
        boolean functions = kbase.getKiePackages().stream().anyMatch(p -> !p.getFunctionNames().isEmpty());
        return new DirectRules(roots.stream().map(n -> indexed(n, index)).toArray(Step[]::new), order(always, index),
                ordered.toArray(new RuleTerminalNode[0]), !trusted && !functions);
    }

    private static Step indexed(Found f, Map<RuleTerminalNode, Integer> index) {
        return new Step(f.constraint, PlainConstraint.of(f.constraint), f.below.stream().map(b -> indexed(b, index)).toArray(Step[]::new),
                order(f.rules, index));
    }

    private static int[] order(List<RuleTerminalNode> rules, Map<RuleTerminalNode, Integer> index) {
        return rules.stream().mapToInt(index::get).sorted().distinct().toArray();
    }

    /** An alpha node as found, its rules' terminals added to {@code all}; null when something below needs an agenda. */
    private static Found found(AlphaNode alpha, List<RuleTerminalNode> all) {
        List<Found> below = new ArrayList<>();
        List<RuleTerminalNode> here = new ArrayList<>();
        for (ObjectSink s : ((ObjectSource) alpha).getObjectSinkPropagator().getSinks()) {
            if (s instanceof AlphaNode a) {
                Found n = found(a, all);
                if (n == null) {
                    return null;
                }
                below.add(n);
            } else if (!(s instanceof LeftInputAdapterNode lia && terminals(lia, here, all))) {
                return null;
            }
        }
        return new Found(alpha.getConstraint(), below, here);
    }

    /** Adds the rule terminals under {@code lia} to {@code out} and {@code all}; false when any sink is not a rule that can fire directly. */
    private static boolean terminals(LeftInputAdapterNode lia, List<RuleTerminalNode> out, List<RuleTerminalNode> all) {
        for (LeftTupleSink s : lia.getSinkPropagator().getSinks()) {
            if (s.getClass() != RuleTerminalNode.class) {
                return false;
            }
            RuleTerminalNode t = (RuleTerminalNode) s;
            if (!simple(t.getRule())) {
                return false;
            }
            out.add(t);
            all.add(t);
        }
        return true;
    }

    /** True when a rule fires once per matching fact, at once, whatever else the session holds. */
    private static boolean simple(RuleImpl rule) {
        String group = rule.getAgendaGroup();
        return !rule.isQuery() && !rule.hasNamedConsequences() && rule.getConsequence() != null
                && !rule.getSalience().isDynamic()
                && enabledOutright(rule)
                && rule.getTimer() == null
                && (rule.getCalendars() == null || rule.getCalendars().length == 0)
                && rule.getDateEffective() == null && rule.getDateExpires() == null
                && (group == null || group.isEmpty() || "MAIN".equals(group))
                && (rule.getActivationGroup() == null || rule.getActivationGroup().isEmpty())
                && (rule.getRuleFlowGroup() == null || rule.getRuleFlowGroup().isEmpty());
    }

    /**
     * True when a rule is enabled outright ({@code enabled true}, the default), not by an expression.
     * Compared by value: a rule read back from the compiled cache holds its own copy of
     * {@link EnabledBoolean#ENABLED_TRUE} (Java serialization makes a new one), which an identity
     * test took for an expression, so that every folder loaded from the cache fired through the agenda.
     */
    private static boolean enabledOutright(RuleImpl rule) {
        return rule.getEnabled() instanceof EnabledBoolean enabled && enabled.getValue(null, null, rule, null);
    }

    /** How many of the alpha network's constraints are tested as plain Java ({@link PlainConstraint}), and how many there are: {plain, all}. */
    int[] constraintCounts() {
        int[] counts = new int[2];
        for (Step s : roots) {
            count(s, counts);
        }
        return counts;
    }

    private static void count(Step s, int[] counts) {
        counts[0] += s.plain() != null ? 1 : 0;
        counts[1]++;
        for (Step b : s.below()) {
            count(b, counts);
        }
    }

    /** The walk compiled now if it is not yet, as {@value #COMPILE_AFTER} facts would compile it. */
    AlphaWalk compiledWalk() {
        compile();
        return walk;
    }

    /** Writes the walk as a class of its own, once (see {@link #walk}). */
    private synchronized void compile() {
        if (walk instanceof AlphaWalk.Interpreted) {
            walk = WalkCompiler.walk(roots, always);
        }
    }

    /** The same walk, as data: what the compiled one must agree with. */
    AlphaWalk interpretedWalk() {
        return AlphaWalk.interpreted(roots, always);
    }

    /** True when the walk is a class of its own ({@link WalkCompiler}), false when it is walked as data. */
    boolean walkIsCompiled() {
        return !(walk instanceof AlphaWalk.Interpreted);
    }

    /** The compiled names of the rules, in firing order. */
    List<String> ruleNames() {
        List<String> names = new ArrayList<>(terminals.length);
        for (RuleTerminalNode t : terminals) {
            names.add(t.getRule().getName());
        }
        return names;
    }

    /**
     * What one run of the rules needs besides the facts: an empty session as the consequences'
     * context, whose only global is set per run; a knowledge helper; one fact handle, whose fact
     * changes; a match per rule, on that handle. Used by one thread at a time, then idle again.
     */
    private final class Context {
        final KieSession session;
        final SheetGlobal globals = new SheetGlobal(null);
        final DefaultKnowledgeHelper helper;
        final DefaultFactHandle handle = new DefaultFactHandle(0, null);
        final RuleTerminalNodeLeftTuple[] matches = new RuleTerminalNodeLeftTuple[terminals.length];
        final long[] reached = new long[(terminals.length + 63) >>> 6];

        Context(KieSession session) {
            this.session = session;
            ((org.drools.kiesession.session.StatefulKnowledgeSessionImpl) session).setGlobalResolver(globals);
            this.helper = new DefaultKnowledgeHelper((ReteEvaluator) session);
            for (int i = 0; i < matches.length; i++) {
                matches[i] = new RuleTerminalNodeLeftTuple(handle, terminals[i], false);
            }
        }
    }

    /**
     * Fires the rules on {@code facts}, with {@code sheet} as the global {@code score}, in an idle
     * context (made with a session from {@code sessions} when none is idle), which is idle again
     * afterwards; a context a consequence failed in is dropped, its session disposed of.
     */
    void fire(ComponentValue[][] facts, java.util.function.Supplier<KieSession> sessions, ScoreSheet sheet) {
        fire(facts, sessions, sheet, null, null);
    }

    /**
     * The same, applying first to each fact its decision-table row ({@code rows}, into
     * {@code recorder}; none when null): one pass over the facts instead of two. The rows score
     * and the rules do not read points, so the order of the two does not matter.
     */
    void fire(ComponentValue[][] facts, java.util.function.Supplier<KieSession> sessions, ScoreSheet sheet, TableRows rows, Recorder recorder) {
        if (walked.get() < COMPILE_AFTER) {
            long n = 0;
            for (ComponentValue[] entity : facts) {
                n += entity.length;
            }
            if (walked.addAndGet(n) >= COMPILE_AFTER) {
                compile();
            }
        }
        Context c = idle.poll();
        if (c == null) {
            c = new Context(sessions.get());
        }
        boolean ok = false;
        try {
            c.globals.setGlobal(ScoreSheet.GLOBAL, sheet);
            fire(c, facts, rows, recorder);
            ok = true;
        } finally {
            c.handle.setObject(null);
            c.globals.setGlobal(ScoreSheet.GLOBAL, null);    // the sheet is not kept
            if (ok) {
                idle.offer(c);
            } else {
                c.session.dispose();
            }
        }
    }

    /**
     * Fires, for each fact, the consequence of each rule whose constraints it passes, in firing
     * order. The context's session is the consequences' context only (their globals,
     * {@code kcontext}): no fact is inserted into it. A consequence that throws is handled as the
     * session's agenda would ({@code ConsequenceException} naming the rule, by default).
     */
    private void fire(Context c, ComponentValue[][] facts, TableRows rows, Recorder recorder) {
        ReteEvaluator evaluator = (ReteEvaluator) c.session;
        ValueResolver resolver = (ValueResolver) c.session;
        DefaultFactHandle handle = c.handle;
        DefaultKnowledgeHelper helper = c.helper;
        RuleTerminalNodeLeftTuple[] matches = c.matches;
        long[] reached = c.reached;
        AlphaWalk walker = walk;
        for (ComponentValue[] entity : facts) {
            for (ComponentValue v : entity) {
                if (rows != null) {
                    rows.apply(v, recorder);
                }
                handle.setObject(v);
                if (!walker.reach(v, reached, handle, resolver)) {
                    continue;
                }
                for (int w = 0; w < reached.length; w++) {
                    long bits = reached[w];
                    reached[w] = 0;
                    while (bits != 0) {
                        int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        RuleTerminalNodeLeftTuple m = matches[i];
                        helper.setActivation(m);
                        try {
                            m.getConsequence().evaluate(helper, resolver);
                        } catch (Exception e) {
                            java.util.Arrays.fill(reached, 0);
                            evaluator.getActivationsManager().handleException(m, e);
                        } finally {
                            helper.reset();
                        }
                    }
                }
            }
        }
    }
}
