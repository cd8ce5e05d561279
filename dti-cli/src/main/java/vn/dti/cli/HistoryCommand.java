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
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Scores every period of a workspace: its quarters, then the half-years and each year built from them, each with the "
                + "appraisal council's decisions when its folder holds appraisal.json. Per period: the total and index, the main indicators, each "
                + "agency's completeness in both roles (Chủ trì: components it leads with a value; Phối hợp: those it cooperates on that it "
                + "submitted; and late), and the change from the previous quarter, half-year or year.",
            "When two periods were scored by different methodology versions (workspace.json names a period's methodology), the change is split "
                + "into what the data changed and what the methodology changed. A period whose files cannot be merged is listed as not scored, "
                + "with the reasons (exit 0)."},
        footer = {"", "Example: dti history --methodology vn-dti-province-2025 --workspace ws"})
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>",
            description = "A bundled methodology id or a folder: scores every period workspace.json does not give another.")
    String methodology;

    @Option(names = "--workspace", required = true, paramLabel = "<dir>", description = "The workspace folder (one sub-folder per period).")
    Path workspace;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "table (default), json or csv.")
    String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Workspace ws = WorkspaceInputs.open(spec, workspace, out, Inputs.methodologyFiles(methodology));
        RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
        ReportingHistory h = ReportingHistory.of(ws, scorer, Methodologies::resolve);
        String text = format.equals("json") ? DtiJson.write(h) : format.equals("csv") ? ReportingTables.BOM + ReportingTables.historyCsv(h)
                : ReportingTables.history(h, scorer.methodology());
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
