/**
 * The promise: the domain model and the scoring API, with no rule engine in sight.
 *
 * <p>Start from {@link vn.dti.api.Methodology} (the catalogue of main indicators and components),
 * {@link vn.dti.api.Evidence} (what one entity reports for one period, with its documents),
 * {@link vn.dti.api.Scorer} and the {@link vn.dti.api.ScoreCard} it returns (points, explanations,
 * findings). All values are immutable records checked when built; user errors are
 * {@link vn.dti.api.DtiException}s.
 *
 * <p>Units throughout: points are {@code double}s in points, within [0, max]; a ratio is a share
 * in [0, 1] (87.20% is {@code 0.872}); an index is in [0, 1], unrounded until published to 4
 * decimals ({@link vn.dti.api.Points#publish}); a {@link vn.dti.api.Period} is a label such as
 * {@code 2025}, {@code 2025-H1} or {@code 2025-Q3}; dates are {@link java.time.LocalDate}s.
 *
 * <p>Thread safety: every record here is immutable (its lists and maps are unmodifiable copies)
 * and may be shared between threads; a {@link vn.dti.api.Scorer} is thread-safe.
 *
 * <p><b>Public API</b> of {@code vn.dti:dti-core} (module {@code vn.dti.core}): changes follow
 * semantic versioning, and a break is listed in the CHANGELOG (docs/releasing.md).
 */
package vn.dti.api;
