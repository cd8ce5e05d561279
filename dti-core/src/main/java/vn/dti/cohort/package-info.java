/**
 * Many entities at once (docs/cohorts.md): {@link vn.dti.cohort.Cohort} (evidence or published
 * values, regions, mergers), {@link vn.dti.cohort.CohortRanker} and
 * {@link vn.dti.cohort.CohortScores} (ranking and what-if), {@link vn.dti.cohort.CohortComparison}
 * (year over year), {@link vn.dti.cohort.Normalize} (min–max, z-score, goalpost, competition ranks).
 */
package vn.dti.cohort;
