/**
 * Runnable examples of the API; CI runs them. Start with {@link vn.dti.examples.ScoreExample}.
 *
 * <p>Not API and not published: examples to read and copy.
 */
package vn.dti.examples;
