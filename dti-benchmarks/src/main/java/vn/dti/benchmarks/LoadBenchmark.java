package vn.dti.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * Workload: warm rebuild of the 2025 methodology from a folder (read, check, compile), in a JVM
 * that has loaded it before. The cold load (a fresh JVM, as a whole process) is measured by
 * {@code Bench cold}.
 *
 * <p>Run: {@code java -jar dti-benchmarks/target/benchmarks.jar jmh LoadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    private Path folder;

    @Setup
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("dti-load").resolve("m");
        Methodologies.export("vn-dti-province-2025", folder);
    }

    @Benchmark
    public RuleScorer warmRebuild() {
        return Methodologies.load(folder);
    }
}
