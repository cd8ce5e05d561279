package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import vn.dti.rules.ComponentValue;

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
 * <p>The gate evaluates the very constraint objects of the network, with the session as their
 * resolver (a constraint may read a global), so it cannot disagree with Drools about a fact. A
 * consequence that read the working memory itself (its facts, a count) would see fewer facts; the
 * safe-mode code check refuses such calls ({@code getKieRuntime}, {@code getObjects}, …), and the
 * bundled and example folders make none. Built once per knowledge base; read-only, thread-safe.
 */
public final class AlphaGate {
    /** An alpha node's constraint and what lies below it; {@code open} when something below is not an alpha node. */
    private record Node(AlphaNodeFieldConstraint constraint, Node[] below, boolean open) {
    }

    /** The object-type nodes' sinks, for component facts; {@code open} when a rule sees every component fact. */
    private final Node[] roots;
    private final boolean open;

    private AlphaGate(Node[] roots, boolean open) {
        this.roots = roots;
        this.open = open;
    }

    /** The gate of a knowledge base, for {@link ComponentValue} facts in the default entry point. */
    public static AlphaGate of(InternalKnowledgeBase kbase) {
        List<Node> roots = new ArrayList<>();
        boolean open = false;
        for (ObjectTypeNode otn : kbase.getRete().getObjectTypeNodes(EntryPointId.DEFAULT).values()) {
            if (!otn.getObjectType().isAssignableFrom(ComponentValue.class)) {
                continue;
            }
            for (ObjectSink sink : otn.getObjectSinkPropagator().getSinks()) {
                Node n = node(sink);
                if (n == null) {
                    open = true;
                } else {
                    roots.add(n);
                }
            }
        }
        return new AlphaGate(roots.toArray(new Node[0]), open);
    }

    /** The node for an alpha node, or null for any other sink: a fact that reaches it may matter. */
    private static Node node(ObjectSink sink) {
        if (!(sink instanceof AlphaNode alpha)) {
            return null;
        }
        List<Node> below = new ArrayList<>();
        boolean open = false;
        for (ObjectSink s : ((ObjectSource) alpha).getObjectSinkPropagator().getSinks()) {
            Node n = node(s);
            if (n == null) {
                open = true;
            } else {
                below.add(n);
            }
        }
        return new Node(alpha.getConstraint(), below.toArray(new Node[0]), open);
    }

    /** True when every component fact reaches some rule: the gate lets all through. */
    public boolean open() {
        return open;
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
        private DefaultFactHandle handle;

        private Probe(ValueResolver resolver) {
            this.resolver = resolver;
        }

        /** True when {@code fact} passes the constraints of some alpha path to a node that is not an alpha node. */
        public boolean admits(ComponentValue fact) {
            if (open) {
                return true;
            }
            if (handle == null) {
                handle = new DefaultFactHandle(0, fact);
            } else {
                handle.setObject(fact);
            }
            for (Node n : roots) {
                if (AlphaGate.admits(n, handle, resolver)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean admits(Node n, DefaultFactHandle handle, ValueResolver resolver) {
        if (!n.constraint.isAllowed(handle, resolver)) {
            return false;
        }
        if (n.open) {
            return true;
        }
        for (Node b : n.below) {
            if (admits(b, handle, resolver)) {
                return true;
            }
        }
        return false;
    }
}
