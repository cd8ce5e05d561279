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
import vn.dti.benchmarks.reference.PlainJavaSensitivity;
import vn.dti.cohort.Cohort;
import vn.dti.planning.Sensitivity;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * Workload: rank sensitivity, 34 provinces given by evidence × 10,000 Monte Carlo samples over the
 * assumptions the 2025 folder marks as such (± 20%, and the missing-value treatment), the whole run: score the
 * cohort, precompute, sample, summarise. Competitors: the library ({@code Sensitivity.run}) and a
 * plain-Java reference that scores every component of every entity again in every sample
 * ({@code PlainJavaSensitivity}, the same draws and the same intervals). Target (issue 10): under
 * 2 s on the project's 2-core machine.
 *
 * <p>Run: {@code java -jar dti-benchmarks/target/benchmarks.jar jmh SensitivityBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SensitivityBenchmark {
    static final int ENTITIES = 34;
    static final int SAMPLES = 10_000;

    @Param({Scorers.LIBRARY, Scorers.PLAIN_JAVA})
    public String scorer;

    private RuleScorer rules;
    private List<Evidence> evidence;
    private Cohort cohort;
    private long seed;

    @Setup
    public void setUp() {
        rules = Methodologies.bundled("vn-dti-province-2025");
        evidence = Workloads.entities(rules.methodology(), ENTITIES, Workloads.SEED);
        cohort = Workloads.cohort(evidence);
    }

    @Benchmark
    public Object sensitivity() {
        seed++;
        if (scorer.equals(Scorers.LIBRARY)) {
            return Sensitivity.run(rules, cohort, SAMPLES, seed, 0.2);
        }
        return PlainJavaSensitivity.run(rules, evidence, SAMPLES, seed, 0.2);
    }
}
