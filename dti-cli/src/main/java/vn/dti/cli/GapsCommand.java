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
@Command(name = "gaps", mixinStandardHelpOptions = true)
final class GapsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>")
    String methodology;

    @picocli.CommandLine.Mixin
    CodeTrust trust;

    @Option(names = "--evidence", required = true, paramLabel = "<file>")
    Path evidence;

    @Option(names = "--by", defaultValue = "indicator", paramLabel = "agency|indicator")
    String by;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv")
    String format;

    @Option(names = "--out", paramLabel = "<file>")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--by", by, "agency", "indicator");
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Text x = Text.of(spec);
        Output.checkNotAnInput(out, PlanningInputs.files(methodology, evidence, null));
        RuleScorer scorer = Inputs.methodology(methodology, spec);
        Situation s = PlanningInputs.situation(scorer, evidence, null, 0);
        List<Gap> gaps = Gaps.of(s);
        GapsReport report = GapsReport.of(s, by);
        String text;
        switch (format) {
            case "json":
                text = DtiJson.write(report, x.language());
                break;
            case "csv":
                text = PlanningTables.gapsCsv(s, gaps, x);
                break;
            default:
                text = PlanningTables.gapsTable(s, gaps, report, x);
        }
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
