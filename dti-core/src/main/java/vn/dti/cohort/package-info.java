/**
 * Many entities at once (docs/cohorts.md): {@link vn.dti.cohort.Cohort} (evidence or published
 * values, regions, mergers), {@link vn.dti.cohort.CohortRanker} and
 * {@link vn.dti.cohort.CohortScores} (ranking and what-if), {@link vn.dti.cohort.CohortComparison}
 * (year over year), {@link vn.dti.cohort.Normalize} (min–max, z-score, goalpost, competition ranks).
 *
 * <p><b>Public API</b> of {@code vn.dti:dti-core} (module {@code vn.dti.core}): changes follow
 * semantic versioning, and a break is listed in the CHANGELOG (docs/releasing.md).
 */
package vn.dti.cohort;
