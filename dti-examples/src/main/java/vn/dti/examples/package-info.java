/** Runnable examples of the API; CI runs them. Start with {@link vn.dti.examples.ScoreExample}. */
package vn.dti.examples;
