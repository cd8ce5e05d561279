package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.internal.AlphaWalk.Step;

/**
 * Which facts a knowledge base's rules can see at all, asked of its own alpha network before a
 * fact is inserted. A component fact enters the network at every object-type node its class is
 * assignable to, and passes down chains of alpha nodes (single-fact constraints such as {@code
 * status == ReportStatus.NOT_REPORTED}, {@code reported}, {@code daysLate > 0}); it reaches a rule
 * only through a node that is not an alpha node (a rule's terminal, a join, a {@code not} or
 * {@code exists}, a query). A fact that every alpha path rejects changes nothing in the session:
 * no rule matches it, no join or {@code not} sees it. Inserting it costs a fact handle, a
 * propagation and the same constraint tests, for nothing, and most facts are such (a reported
 * value with its documents in order). So the engine inserts only the facts this gate lets
 * through, and the rules, evaluated by Drools on those facts, still decide every finding.
 *
 * <p>The gate walks the network as {@link DirectRules} does ({@link AlphaWalk}, written as a class of
 * its own by {@link WalkCompiler}): its constraints tested as plain Java where {@link PlainConstraint}
 * knows their form, by the very constraint objects of the network otherwise, with the session as
 * their resolver (a constraint may read a global), so it cannot disagree with Drools about a fact. A
 * consequence that read the working memory itself (its facts, a count) would see fewer facts; the
 * safe-mode code check refuses such calls ({@code getKieRuntime}, {@code getObjects}, …), and the
 * bundled and example folders make none. Built once per knowledge base; read-only, thread-safe.
 */
public final class AlphaGate {
    /** What a node that lets a fact through to a node that is not an alpha node marks: the walk's one "rule". */
    private static final int[] THROUGH = {0};
    private static final int[] NONE = {};

    /** The walk of the object-type nodes' alpha nodes, for component facts; null when a rule sees every component fact. */
    private final AlphaWalk walk;

    private AlphaGate(AlphaWalk walk) {
        this.walk = walk;
    }

    /** The gate of a knowledge base, for {@link ComponentValue} facts in the default entry point. */
    public static AlphaGate of(InternalKnowledgeBase kbase) {
        List<Step> roots = new ArrayList<>();
        boolean open = false;
        for (ObjectTypeNode otn : kbase.getRete().getObjectTypeNodes(EntryPointId.DEFAULT).values()) {
            if (!otn.getObjectType().isAssignableFrom(ComponentValue.class)) {
                continue;
            }
            for (ObjectSink sink : otn.getObjectSinkPropagator().getSinks()) {
                Step n = step(sink);
                if (n == null) {
                    open = true;
                } else {
                    roots.add(n);
                }
            }
        }
        return new AlphaGate(open ? null : WalkCompiler.walk(roots.toArray(new Step[0]), NONE));
    }

    /** The step for an alpha node, or null for any other sink: a fact that reaches it may matter. */
    private static Step step(ObjectSink sink) {
        if (!(sink instanceof AlphaNode alpha)) {
            return null;
        }
        List<Step> below = new ArrayList<>();
        boolean through = false;
        for (ObjectSink s : ((ObjectSource) alpha).getObjectSinkPropagator().getSinks()) {
            Step n = step(s);
            if (n == null) {
                through = true;
            } else {
                below.add(n);
            }
        }
        return new Step(alpha.getConstraint(), PlainConstraint.of(alpha.getConstraint()), below.toArray(new Step[0]), through ? THROUGH : NONE);
    }

    /** True when every component fact reaches some rule: the gate lets all through. */
    public boolean open() {
        return walk == null;
    }

    /** True when {@code fact} passes the constraints of some alpha path to a node that is not an alpha node. */
    public boolean admits(ComponentValue fact, ValueResolver resolver) {
        return probe(resolver).admits(fact);
    }

    /** A probe for one session's facts, one after another: one fact handle, reused (not thread-safe). */
    public Probe probe(ValueResolver resolver) {
        return new Probe(resolver);
    }

    /** Asks the gate about one fact after another with a single fact handle; used by one thread, for one session. */
    public final class Probe {
        private final ValueResolver resolver;
        private final long[] through = new long[1];
        private DefaultFactHandle handle;

        private Probe(ValueResolver resolver) {
            this.resolver = resolver;
        }

        /** True when {@code fact} passes the constraints of some alpha path to a node that is not an alpha node. */
        public boolean admits(ComponentValue fact) {
            if (walk == null) {
                return true;
            }
            if (handle == null) {
                handle = new DefaultFactHandle(0, fact);
            } else {
                handle.setObject(fact);
            }
            through[0] = 0;
            return walk.reach(fact, through, handle, resolver);
        }
    }
}
