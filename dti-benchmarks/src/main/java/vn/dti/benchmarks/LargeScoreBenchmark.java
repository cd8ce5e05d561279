package vn.dti.benchmarks;

import java.util.Iterator;
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
import vn.dti.api.Methodology;
import vn.dti.rules.RuleScorer;

/**
 * Workload: 100,000 synthetic entities streamed through {@code RuleScorer.scoreEach} (generated
 * on the fly from a seed, cards consumed as they come): memory stays bounded by the chunk size.
 * The naive scorer is left out (at its measured rate one operation would take minutes). One
 * operation scores all 100,000; the result is the sum of their totals.
 *
 * <p>Run: {@code java -jar dti-benchmarks/target/benchmarks.jar jmh LargeScoreBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeScoreBenchmark {
    @Param({"100000"})
    public int entities;

    @Param({Scorers.LIBRARY, Scorers.PLAIN_JAVA})
    public String scorer;

    private RuleScorer s;

    @Setup
    public void setUp() {
        s = Scorers.of(scorer);
    }

    @Benchmark
    public double scoreStream() {
        double[] sum = {0};
        s.scoreEach(stream(s.methodology(), entities), card -> sum[0] += card.totalPoints());
        return sum[0];
    }

    /** Entities generated 1,000 at a time from the seed; each batch discarded once scored. */
    static Iterator<Evidence> stream(Methodology m, int n) {
        return new Iterator<>() {
            private int made;
            private Iterator<Evidence> batch = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                return made < n;
            }

            @Override
            public Evidence next() {
                if (!batch.hasNext()) {
                    int size = Math.min(1000, n - made);
                    batch = Workloads.entities(m, size, Workloads.SEED + made).iterator();
                }
                made++;
                return batch.next();
            }
        };
    }
}
