/**
 * The Drools engine behind {@link vn.dti.api.Scorer}: {@link vn.dti.rules.Methodologies} loads a
 * methodology folder (bundled or on disk) into a shared, thread-safe
 * {@link vn.dti.rules.RuleScorer}. Rule files see {@link vn.dti.rules.ComponentValue} facts and
 * award points through the {@link vn.dti.rules.ScoreSheet} global {@code score}
 * (docs/methodologies.md). {@link vn.dti.rules.XlsxGuard} checks a workbook before it is opened
 * (decision tables, agencies' workbooks); {@link vn.dti.rules.RuleEngine} lets the benchmarks fire
 * the same rules with a reference engine. {@code vn.dti.rules.internal} is not API.
 */
package vn.dti.rules;
