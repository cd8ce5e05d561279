/**
 * Benchmarks (docs/performance.md): JMH workloads and harnesses, run through
 * {@link vn.dti.benchmarks.Bench}; the references live beside the engine in {@code vn.dti.rules}
 * ({@code PlainJava2025}, {@code NaiveDrools}).
 */
package vn.dti.benchmarks;
