/**
 * Planners' answers, built on the scorer and each component's scoring rule: where the points are
 * lost and what the next step needs ({@link vn.dti.planning.Gaps}), targets as data
 * ({@link vn.dti.planning.TargetsFile}, {@link vn.dti.planning.Targets}), what a change buys
 * ({@link vn.dti.planning.WhatIf}), the cheapest path to a target ({@link vn.dti.planning.Planner}),
 * how sure a rank is ({@link vn.dti.planning.Sensitivity}, over what the methodology marks as
 * {@link vn.dti.rules.Assumptions}), the one-file dashboard
 * ({@link vn.dti.planning.DashboardHtml}) and the Excel export ({@link vn.dti.planning.ScoreWorkbook}).
 * Start from a {@link vn.dti.planning.Situation}: an entity's evidence scored alone or in a cohort.
 *
 * <p>Every result is an immutable value and every class stateless, safe from any thread; a
 * {@code Situation} is immutable too ({@code withEvidence} makes a new one). Points are in points,
 * shares in [0, 1], ranks 1-based; targets and changes are parsed from the same text the command
 * line takes ({@code total>=800}, {@code 6.6=60%}).
 *
 * <p><b>Public API</b> of {@code vn.dti:dti-planning} (module {@code vn.dti.planning}): changes
 * follow semantic versioning, and a break is listed in the CHANGELOG (docs/releasing.md).
 */
package vn.dti.planning;
