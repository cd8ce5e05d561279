package vn.dti.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options the planning commands share (a picocli mixin): the methodology, the entity's
 * evidence, an optional cohort and its "top N", and where to write.
 */
final class EntityOptions {
    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>")
    String methodology;

    @Option(names = "--evidence", required = true, paramLabel = "<file>")
    Path evidence;

    @Option(names = "--cohort", paramLabel = "<file>")
    Path cohort;

    @Option(names = "--top", defaultValue = "10", paramLabel = "<n>")
    int top;

    @Option(names = "--out", paramLabel = "<file>")
    Path out;

    @Option(names = "--trust-code", descriptionKey = "trustCode")
    boolean trust;
}
