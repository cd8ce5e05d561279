/**
 * The {@code dti} command line ({@link vn.dti.cli.Main}): score, evidence template and merge, status,
 * history, rank, compare, plan, dashboard, methodology.
 *
 * <p><b>Public API</b> of {@code vn.dti:dti-cli} (module {@code vn.dti.cli}) is the command line
 * itself: its commands, options, exit codes and JSON/CSV output (README.md), and
 * {@link vn.dti.cli.Main#main}. Applications call the library modules, not the command classes,
 * which are package-private.
 */
package vn.dti.cli;
