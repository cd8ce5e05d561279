/**
 * The Drools engine behind {@link vn.dti.api.Scorer}: {@link vn.dti.rules.Methodologies} loads a
 * methodology folder (bundled or on disk) into a shared, thread-safe
 * {@link vn.dti.rules.RuleScorer}. Rule files see {@link vn.dti.rules.ComponentValue} facts and
 * award points through the {@link vn.dti.rules.ScoreSheet} global {@code score}
 * (docs/methodologies.md). {@link vn.dti.rules.XlsxGuard} checks a workbook before it is opened
 * (decision tables, agencies' workbooks); {@link vn.dti.rules.RuleEngine} lets the benchmarks fire
 * the same rules with a reference engine. {@code vn.dti.rules.internal} is not API.
 *
 * <p>Thread safety: {@code RuleScorer}, {@code MethodologyCheck}, {@code MethodologyDiff} and
 * {@code ComponentValue} are immutable; {@code Methodologies}' static methods and
 * {@code MethodologyWatcher} may be called from any thread. Logging goes through SLF4J (the
 * watcher's reports); Apache POI's log4j-api is routed to SLF4J by {@code log4j-to-slf4j}, which
 * this module brings.
 *
 * <p><b>Public API</b> of {@code vn.dti:dti-rules} (module {@code vn.dti.rules}): changes follow
 * semantic versioning, and a break is listed in the CHANGELOG (docs/releasing.md).
 */
package vn.dti.rules;
