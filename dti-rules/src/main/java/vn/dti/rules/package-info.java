/**
 * The Drools engine behind {@link vn.dti.api.Scorer}: {@link vn.dti.rules.Methodologies} loads a
 * methodology folder (bundled or on disk) into a shared, thread-safe
 * {@link vn.dti.rules.RuleScorer}. Rule files see {@link vn.dti.rules.ComponentValue} facts and
 * award points through the {@link vn.dti.rules.ScoreSheet} global {@code score}
 * (docs/methodologies.md); everything else here is internal.
 */
package vn.dti.rules;
