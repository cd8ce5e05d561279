/**
 * The promise: the domain model and the scoring API, with no rule engine in sight.
 *
 * <p>Start from {@link vn.dti.api.Methodology} (the catalogue of main indicators and components),
 * {@link vn.dti.api.Evidence} (what one entity reports for one period, with its documents),
 * {@link vn.dti.api.Scorer} and the {@link vn.dti.api.ScoreCard} it returns (points, explanations,
 * findings). All values are immutable records checked when built; user errors are
 * {@link vn.dti.api.DtiException}s.
 */
package vn.dti.api;
