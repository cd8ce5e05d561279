package vn.dti.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dti.api.Evidence;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.CohortScores;
import vn.dti.rules.RuleScorer;

/**
 * Workload: what-if on a cohort of 34 provinces given by evidence: change component 6.6 of one
 * province, re-score the cohort (evidence entities are scored together, so cohort-relative rules
 * stay exact) and re-rank. Sample mode: JMH reports the mean and the p0.99 latency.
 *
 * <p>Run: {@code java -jar dti-benchmarks/target/benchmarks.jar jmh WhatIfBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WhatIfBenchmark {
    @Param({Scorers.LIBRARY, Scorers.PLAIN_JAVA})
    public String scorer;

    private CohortScores cohort;
    private List<Evidence> evidence;
    private int i;

    @Setup
    public void setUp() {
        RuleScorer s = Scorers.of(scorer);
        evidence = Workloads.entities(s.methodology(), 34, Workloads.SEED);
        cohort = CohortScores.score(s, Workloads.cohort(evidence));
    }

    @Benchmark
    public CohortRanking changeRescoreRerank() {
        int who = (i++ & 0x7fffffff) % evidence.size();
        Evidence changed = Workloads.change(evidence.get(who), (i % 100) / 100.0);
        return cohort.withEvidence(changed.entity().id(), changed).rank(10);
    }
}
