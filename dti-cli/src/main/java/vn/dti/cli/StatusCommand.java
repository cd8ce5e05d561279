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
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Where a period's reporting stands, for every agency in both its roles (Chủ trì: responsible; Phối hợp: cooperating, named "
                + "or as a member of a group): the components due, submitted on time, late, missing, without documents, the points late or missing, "
                + "the points at stake (max points of the components late, without a document, or missing while the province has no value), the days "
                + "to the period's deadline and to the agency's next one, and the next review.",
            "Sorted for the steering committee: first the agencies behind (late, or missing after the deadline), the most points late or missing "
                + "first; then the others, the most points at stake first. A template nobody filled in counts as not submitted; a file that is "
                + "refused is listed under its agency with its problems (exit 0). Deadlines come from the methodology's calendar.json."},
        footer = {"", "Example: dti status --methodology vn-dti-province-2025 --workspace ws --period 2025-Q3 --as-of 2025-09-30"})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
    String methodology;

    @Option(names = "--workspace", required = true, paramLabel = "<dir>", description = "The workspace folder (one sub-folder per period).")
    Path workspace;

    @Option(names = "--period", required = true, paramLabel = "<2025-Q3|2025-H1|2025>", description = "The quarter, half-year or year.")
    String period;

    @Option(names = "--as-of", paramLabel = "<date>", description = "The day to report for, yyyy-mm-dd or dd/mm/yyyy (default: today).")
    String asOf;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "table (default), json or csv.")
    String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Period p = WorkspaceInputs.period(spec, period);
        LocalDate day = asOf == null ? LocalDate.now() : WorkspaceInputs.day(spec, "--as-of", asOf);
        Workspace ws = WorkspaceInputs.open(spec, workspace, out, Inputs.methodologyFiles(methodology));
        RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
        ReportingStatus status = ReportingStatus.of(scorer, ws, p, day);
        String text = format.equals("json") ? DtiJson.write(status) : format.equals("csv") ? ReportingTables.statusCsv(status)
                : ReportingTables.status(status, scorer.methodology().name());
        Output.write(format.equals("csv") ? ReportingTables.BOM + text : text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
