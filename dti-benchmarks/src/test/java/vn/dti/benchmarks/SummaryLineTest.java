package vn.dti.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The summary line's ratios, by hand: issue 17's table (3,321 entities: library 15,070/s, plain Java 35,000/s, naive 2,560/s). */
class SummaryLineTest {
    @Test
    void ratios_fromMedianThroughputs() {
        // 15,070 ÷ 35,000 = 0.4306 → 0.43; 15,070 ÷ 2,560 = 5.887 → 5.9
        assertEquals(" | 3321 entities: library÷plain 0.43 (target ≥ 0.80), naive÷library 5.9× (target ≥ 20×)",
                Bench.summaryOf("3321", 15_070, 35_000, 2_560));
    }
}
