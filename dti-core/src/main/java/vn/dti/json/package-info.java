/**
 * dti's JSON formats (docs/formats.md): {@link vn.dti.json.DtiJson} reads methodology catalogues,
 * evidence, cohorts, score cards and rankings, with errors naming file, line, column and JSON path.
 */
package vn.dti.json;
