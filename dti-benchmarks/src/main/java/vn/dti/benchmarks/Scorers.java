package vn.dti.benchmarks;

import vn.dti.rules.Methodologies;
import vn.dti.benchmarks.reference.NaiveDrools;
import vn.dti.benchmarks.reference.PlainJava;
import vn.dti.rules.RuleScorer;

/** The competitors, by name: the library, the plain-Java speed limit, the naive Drools design. */
final class Scorers {
    static final String LIBRARY = "library";
    static final String PLAIN_JAVA = "plainJava";
    static final String NAIVE_DROOLS = "naiveDrools";

    private Scorers() {
    }

    static RuleScorer of(String name) {
        switch (name) {
            case LIBRARY:
                return Methodologies.bundled("vn-dti-province-2025");
            case PLAIN_JAVA:
                return PlainJava.scorer();
            case NAIVE_DROOLS:
                return NaiveDrools.scorer("vn-dti-province-2025");
            default:
                throw new IllegalArgumentException("unknown scorer " + name);
        }
    }
}
