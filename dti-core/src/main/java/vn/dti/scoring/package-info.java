/**
 * How a component's points are found, as data: {@link vn.dti.scoring.ScoringPattern} (ratio,
 * goal, bands, yes/no, categories, relative to the cohort, …) with its parameters, and the
 * {@link vn.dti.scoring.ScoringRule} that applies it to a component, with its
 * {@link vn.dti.scoring.RuleLocation} in the methodology folder. Pure Java, no rule engine: the
 * engine, the load-time checks and the planners share these.
 *
 * <p><b>Public API</b> of {@code vn.dti:dti-core} (module {@code vn.dti.core}): changes follow
 * semantic versioning, and a break is listed in the CHANGELOG (docs/releasing.md).
 */
package vn.dti.scoring;
