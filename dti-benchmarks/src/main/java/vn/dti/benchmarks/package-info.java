/**
 * Benchmarks (docs/performance.md): JMH workloads and harnesses, run through
 * {@link vn.dti.benchmarks.Bench}; the references live beside the engine in {@code vn.dti.rules}
 * ({@code PlainJava}, {@code NaiveDrools}).
 */
package vn.dti.benchmarks;
