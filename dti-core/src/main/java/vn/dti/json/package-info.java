/**
 * dti's JSON formats (docs/formats.md): {@link vn.dti.json.DtiJson} reads methodology catalogues,
 * evidence, cohorts, score cards and rankings, with errors naming file, line, column and JSON path.
 *
 * <p><b>Public API</b> of {@code vn.dti:dti-core} (module {@code vn.dti.core}): changes follow
 * semantic versioning, and a break is listed in the CHANGELOG (docs/releasing.md).
 */
package vn.dti.json;
