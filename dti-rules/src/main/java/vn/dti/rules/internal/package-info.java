/**
 * The engine's internals: <b>internal, not API</b> (left out of the published Javadoc and of the
 * API-compatibility check). Nothing here is meant to be used outside dti-rules, and
 * any of it may change or go without notice; applications use {@link vn.dti.rules} (and the
 * benchmarks' reference engines {@link vn.dti.rules.RuleEngine}). Dependencies run one way:
 * {@link vn.dti.rules.internal.Loader} reads a folder ({@code MethodologyFiles}, {@code DrlScan},
 * {@code DecisionTable}), compiles it ({@code RuleCompiler}), sweeps it ({@code Sweep}) into a
 * {@link vn.dti.rules.internal.RuleBase}; {@code Scoring} scores evidence with it, firing the rules
 * through a {@link vn.dti.rules.RuleEngine} ({@code DroolsEngine}) that records into a
 * {@code Recorder}. Of the public package, only what rules see ({@code ComponentValue},
 * {@code ScoreSheet}), the engine interface and {@code XlsxGuard} are used here.
 */
package vn.dti.rules.internal;
