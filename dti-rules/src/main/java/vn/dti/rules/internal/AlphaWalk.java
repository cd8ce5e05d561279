package vn.dti.rules.internal;

import org.drools.base.base.ValueResolver;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.core.common.DefaultFactHandle;
import vn.dti.rules.ComponentValue;

/**
 * One component fact's way down a knowledge base's alpha network: the rules whose constraints it
 * passes, marked in a bit set by firing order. {@link DirectRules} asks once per fact. The network
 * is given as {@link Step}s; {@link #interpreted} walks them as data, and {@link WalkCompiler}
 * writes the same walk as one Java class per rule base, which the JIT compiles as it would
 * hand-written tests.
 */
interface AlphaWalk {
    /**
     * An alpha node: its constraint (Drools' own, and as plain Java when {@link PlainConstraint}
     * knows its form), the nodes below it, and the rules (by firing order) a fact passing it reaches.
     */
    record Step(AlphaNodeFieldConstraint constraint, PlainConstraint plain, Step[] below, int[] rules) {
    }

    /**
     * Marks in {@code reached} the rules {@code v} reaches; {@code handle} holds {@code v}, for the
     * constraints Drools tests. True when it reaches any.
     */
    boolean reach(ComponentValue v, long[] reached, DefaultFactHandle handle, ValueResolver resolver);

    /** The walk of {@code roots}, with {@code always} (rules every component fact reaches), as data. */
    static AlphaWalk interpreted(Step[] roots, int[] always) {
        return new Interpreted(roots, always);
    }

    /** Sets in {@code reached} the bits of {@code rules}; true when there is any. */
    static boolean mark(int[] rules, long[] reached) {
        for (int r : rules) {
            reached[r >>> 6] |= 1L << r;
        }
        return rules.length > 0;
    }

    /** The walk done on the steps themselves: each constraint tested as plain Java where it can be, by Drools otherwise. */
    final class Interpreted implements AlphaWalk {
        private final Step[] roots;
        private final int[] always;

        private Interpreted(Step[] roots, int[] always) {
            this.roots = roots;
            this.always = always;
        }

        @Override
        public boolean reach(ComponentValue v, long[] reached, DefaultFactHandle handle, ValueResolver resolver) {
            boolean any = mark(always, reached);
            for (Step s : roots) {
                any |= reach(s, v, handle, resolver, reached);
            }
            return any;
        }

        private static boolean reach(Step s, ComponentValue v, DefaultFactHandle handle, ValueResolver resolver, long[] reached) {
            if (!(s.plain != null ? s.plain.test(v, handle, resolver) : s.constraint.isAllowed(handle, resolver))) {
                return false;
            }
            boolean any = mark(s.rules, reached);
            for (Step b : s.below) {
                any |= reach(b, v, handle, resolver, reached);
            }
            return any;
        }
    }
}
