package vn.dti.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortScores;
import vn.dti.cohort.CohortRanking;
import vn.dti.rules.RuleScorer;

/**
 * Workload: rank a whole cohort given by evidence (34 provinces, 3,321 communes): score every
 * entity together (cohort-relative rules see them all), form indices, rank overall and per main
 * indicator. The rule base is compiled once, before the measurement.
 *
 * <p>Run: {@code java -jar dti-benchmarks/target/benchmarks.jar jmh RankBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankBenchmark {
    @Param({"34", "3321"})
    public int entities;

    private RuleScorer scorer;
    private Cohort cohort;

    @Setup
    public void setUp() {
        scorer = Scorers.of(Scorers.LIBRARY);
        cohort = Workloads.cohort(Workloads.entities(scorer.methodology(), entities, Workloads.SEED));
    }

    @Benchmark
    public CohortRanking rank() {
        return CohortScores.rank(scorer, cohort, 10);
    }
}
