package vn.dti.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options the planning commands share (a picocli mixin): the methodology, the entity's
 * evidence, an optional cohort and its "top N", and where to write.
 */
final class EntityOptions {
    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
    String methodology;

    @Option(names = "--evidence", required = true, paramLabel = "<file>", description = "The entity's evidence file (JSON, docs/formats.md).")
    Path evidence;

    @Option(names = "--cohort", paramLabel = "<file>", description = "A cohort to rank the entity in (docs/cohorts.md): its entry (the same id) "
            + "takes --evidence, or it joins the cohort.")
    Path cohort;

    @Option(names = "--top", defaultValue = "10", paramLabel = "<n>", description = "The N of \"main indicators in the top N\" (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file (only if the whole run succeeds) instead of printing it.")
    Path out;
}
