package vn.dti.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.json.DtiJson;
import vn.dti.planning.Gap;
import vn.dti.planning.Gaps;
import vn.dti.planning.GapsReport;
import vn.dti.planning.Situation;
import vn.dti.rules.RuleScorer;

/** {@code dti gaps}: where the points are lost, who owns them, and what the next step needs. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = "Lists every component below its max or with points at risk: the points lost and the points at risk (separate figures), "
                + "why (not reported, no document, below the goal, a lower band or category, flagged), the responsible and cooperating agencies, "
                + "and what the next step needs (the next band or category, the value for full points, points per percentage point).")
final class GapsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
    String methodology;

    @Option(names = "--evidence", required = true, paramLabel = "<file>", description = "The entity's evidence file (JSON, docs/formats.md).")
    Path evidence;

    @Option(names = "--by", defaultValue = "indicator", paramLabel = "agency|indicator", description = "Group by responsible agency or by main "
            + "indicator (default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "table (default), json or csv.")
    String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--by", by, "agency", "indicator");
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Output.checkNotAnInput(out, PlanningInputs.files(methodology, evidence, null));
        RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
        Situation s = PlanningInputs.situation(scorer, evidence, null, 0);
        List<Gap> gaps = Gaps.of(s);
        GapsReport report = GapsReport.of(s, by);
        String text;
        switch (format) {
            case "json":
                text = DtiJson.write(report);
                break;
            case "csv":
                text = PlanningTables.gapsCsv(s, gaps);
                break;
            default:
                text = PlanningTables.gapsTable(s, gaps, report);
        }
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
