/**
 * The references the benchmarks measure the library against, plugged in as alternative engines so
 * that they produce exactly the library's score cards: {@link vn.dti.benchmarks.reference.PlainJava}
 * (the rules as a Java loop, parameters read from the decision table) and
 * {@link vn.dti.benchmarks.reference.NaiveDrools} (the typical Drools design).
 */
package vn.dti.benchmarks.reference;
