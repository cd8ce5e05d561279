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
import vn.dti.api.ScoreCard;
import vn.dti.rules.RuleScorer;

/**
 * Workload: score a cohort of 34 provinces or 3,321 communes (synthetic, {@link Workloads}, one
 * seed) with the bundled 2025 methodology, each entity alone, complete score cards included.
 * Competitors: {@code library} (dti's scorer), {@code plainJava} (hand-written Java, the speed
 * limit), {@code naiveDrools} (a session per entity, modify per rule, accumulate totals). One
 * operation scores the whole cohort: entities per second = entities / (seconds per op).
 *
 * <p>Run: {@code java -jar dti-benchmarks/target/benchmarks.jar jmh ScoreBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoreBenchmark {
    @Param({"34", "3321"})
    public int entities;

    @Param({Scorers.LIBRARY, Scorers.PLAIN_JAVA, Scorers.NAIVE_DROOLS})
    public String scorer;

    private List<Evidence> evidence;
    private RuleScorer s;

    @Setup
    public void setUp() {
        s = Scorers.of(scorer);
        evidence = Workloads.entities(s.methodology(), entities, Workloads.SEED);
    }

    @Benchmark
    public List<ScoreCard> score() {
        return s.scoreAll(evidence);
    }
}
