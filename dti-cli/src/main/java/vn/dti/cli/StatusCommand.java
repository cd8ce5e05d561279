package vn.dti.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.reporting.ReportingStatus;
import vn.dti.reporting.Workspace;
import vn.dti.rules.RuleScorer;

/** {@code dti status}: who has reported what, for a period of a workspace. */
@Command(name = "status", mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>")
    String methodology;

    @picocli.CommandLine.Mixin
    CodeTrust trust;

    @Option(names = "--workspace", required = true, paramLabel = "<dir>")
    Path workspace;

    @Option(names = "--period", required = true, paramLabel = "<2025-Q3|2025-H1|2025>")
    String period;

    @Option(names = "--as-of", paramLabel = "<date>")
    String asOf;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv")
    String format;

    @Option(names = "--out", paramLabel = "<file>")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Period p = WorkspaceInputs.period(spec, period);
        LocalDate day = asOf == null ? vn.dti.api.ReportingDay.today() : WorkspaceInputs.day(spec, "--as-of", asOf);
        Workspace ws = WorkspaceInputs.open(spec, workspace, out, Inputs.methodologyFiles(methodology));
        RuleScorer scorer = Inputs.methodology(methodology, spec);
        ReportingStatus status = ReportingStatus.of(scorer, ws, p, day);
        String text = format.equals("json") ? DtiJson.write(status) : format.equals("csv") ? ReportingTables.statusCsv(status)
                : ReportingTables.status(status, scorer.methodology().name(), Text.of(spec));
        Output.write(format.equals("csv") ? ReportingTables.BOM + text : text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
