package vn.dti.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.json.DtiJson;
import vn.dti.reporting.ReportingHistory;
import vn.dti.reporting.Workspace;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/** {@code dti history}: every period of a workspace scored. */
@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>")
    String methodology;

    @picocli.CommandLine.Mixin
    CodeTrust trust;

    @Option(names = "--workspace", required = true, paramLabel = "<dir>")
    Path workspace;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv")
    String format;

    @Option(names = "--out", paramLabel = "<file>")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Workspace ws = WorkspaceInputs.open(spec, workspace, out, Inputs.methodologyFiles(methodology));
        RuleScorer scorer = Inputs.methodology(methodology, spec);
        ReportingHistory h = ReportingHistory.of(ws, scorer, CodeTrust.resolver(spec));
        String text = format.equals("json") ? DtiJson.write(h) : format.equals("csv") ? ReportingTables.BOM + ReportingTables.historyCsv(h)
                : ReportingTables.history(h, scorer.methodology(), Text.of(spec));
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
