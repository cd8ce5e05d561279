/** The {@code dti} command line ({@link vn.dti.cli.Main}): score, evidence template, rank, compare, methodology. */
package vn.dti.cli;
