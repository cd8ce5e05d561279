/**
 * The province's reporting year: each agency's submission per period, a workspace of them, the
 * merged evidence, who is late, the appraisal council's decisions, and the history of periods.
 *
 * <p>Start from {@link vn.dti.reporting.AgencyWorkbooks} (an agency's workbook, CSV or evidence
 * file: made empty, read back filled), {@link vn.dti.reporting.Workspace} (a folder
 * {@code <period>/<agency>.xlsx|csv|json}), {@link vn.dti.reporting.EvidenceMerge},
 * {@link vn.dti.reporting.ReportingStatus}, {@link vn.dti.reporting.ReportingHistory},
 * {@link vn.dti.reporting.Emulation} (the agencies' emulation table) and
 * {@link vn.dti.reporting.Appraisals}. User errors are {@link vn.dti.api.InvalidEvidenceException}s
 * naming the file, sheet, row and column.
 *
 * <p>Nothing here writes to a workspace: templates come back as bytes, merged evidence, status and
 * history as values. Every class is stateless or immutable and safe from any thread. Workbooks are
 * checked before Apache POI opens them; nothing in them is run (formulas are read as their saved
 * values, macros and links listed, never run or followed).
 *
 * <p><b>Public API</b> of {@code vn.dti:dti-reporting} (module {@code vn.dti.reporting}): changes
 * follow semantic versioning, and a break is listed in the CHANGELOG (docs/releasing.md).
 */
package vn.dti.reporting;
