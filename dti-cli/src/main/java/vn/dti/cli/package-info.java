/** The {@code dti} command line ({@link vn.dti.cli.Main}): score, evidence template and merge, status, history, rank, compare, methodology. */
package vn.dti.cli;
