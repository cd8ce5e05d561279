/**
 * Planners' answers, built on the scorer and each component's scoring rule: where the points are
 * lost and what the next step needs ({@link vn.dti.planning.Gaps}), targets as data
 * ({@link vn.dti.planning.TargetsFile}, {@link vn.dti.planning.Targets}), what a change buys
 * ({@link vn.dti.planning.WhatIf}), the cheapest path to a target ({@link vn.dti.planning.Planner}),
 * how sure a rank is ({@link vn.dti.planning.Sensitivity}, over what the methodology marks as
 * {@link vn.dti.rules.Assumptions}), the one-file dashboard
 * ({@link vn.dti.planning.DashboardHtml}) and the Excel export ({@link vn.dti.planning.ScoreWorkbook}).
 * Start from a {@link vn.dti.planning.Situation}: an entity's evidence scored alone or in a cohort.
 */
package vn.dti.planning;
