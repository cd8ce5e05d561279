/**
 * Internals of {@code vn.dti.reporting}: <b>internal, not API</b> (left out of the published Javadoc
 * and of the API-compatibility check), free to change: the submission layout, the workbook and
 * CSV readers and writers, Vietnamese numbers and dates, the checks a workbook passes before it
 * is read.
 */
package vn.dti.reporting.internal;
