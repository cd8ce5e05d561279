package vn.dti.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.planning.Dashboard;
import vn.dti.planning.DashboardHtml;
import vn.dti.planning.Effort;
import vn.dti.planning.Situation;
import vn.dti.planning.TargetsFile;
import vn.dti.planning.WorkspaceDashboard;
import vn.dti.api.Period;
import vn.dti.reporting.Workspace;
import vn.dti.rules.RuleScorer;

/** {@code dti dashboard}: one self-contained HTML page for planners. */
@Command(name = "dashboard", mixinStandardHelpOptions = true)
final class DashboardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>")
    String methodology;

    @picocli.CommandLine.Mixin
    CodeTrust trust;

    @Option(names = "--evidence", paramLabel = "<file>")
    Path evidence;

    @Option(names = "--workspace", paramLabel = "<dir>")
    Path workspace;

    @Option(names = "--period", paramLabel = "<period>")
    String period;

    @Option(names = "--cohort", paramLabel = "<file>")
    Path cohort;

    @Option(names = "--targets", paramLabel = "<file>")
    Path targets;

    @Option(names = "--effort", paramLabel = "<file>")
    Path effortFile;

    @Option(names = "--top", defaultValue = "10", paramLabel = "<n>")
    int top;

    @Option(names = "--out", required = true, paramLabel = "<file>")
    Path out;

    @Option(names = "--as-of", paramLabel = "<date>")
    String asOf;

    @Override
    public Integer call() {
        if ((evidence == null) == (workspace == null)) {
            throw Options.usage(spec, Text.of(spec).t("cli.dashboard.evidenceOrWorkspace"));
        }
        if (workspace != null && period == null) {
            throw Options.usage(spec, Text.of(spec).t("cli.dashboard.workspaceNeedsPeriod"));
        }
        if (workspace == null && (period != null || asOf != null)) {
            throw Options.usage(spec, Text.of(spec).t("cli.dashboard.onlyWithWorkspace", period != null ? "--period" : "--as-of"));
        }
        List<java.nio.file.Path> inputs = PlanningInputs.files(methodology, evidence, cohort, targets, effortFile);
        Output.checkNotAnInput(out, inputs);
        WorkspaceDashboard.Sections sections = null;
        RuleScorer scorer;
        if (workspace != null) {
            Period p = WorkspaceInputs.period(spec, period);
            LocalDate day = asOf == null ? vn.dti.api.ReportingDay.today() : WorkspaceInputs.day(spec, "--as-of", asOf);
            Workspace ws = WorkspaceInputs.open(spec, workspace, out, inputs);
            scorer = Inputs.methodology(methodology, spec);
            // the period's own methodology when workspace.json names one (as dti history scores it)
            scorer = ws.methodology(p).map(CodeTrust.resolver(spec)).orElse(scorer);
            sections = WorkspaceDashboard.of(scorer, ws, p, day, CodeTrust.resolver(spec));
        } else {
            scorer = Inputs.methodology(methodology, spec);
        }
        TargetsFile file = targets == null ? null : TargetsFile.read(targets, scorer.methodology());
        Effort effort = PlanningInputs.effort(effortFile, scorer.methodology());
        Situation s = sections == null ? PlanningInputs.situation(scorer, evidence, cohort, top)
                : PlanningInputs.situation(scorer, sections.evidence(), cohort, top);
        // the targets checked and planned for, the stages, the cohort's note, the rank after the plan and its interval: the library's, as the served page
        Dashboard d = sections == null ? Dashboard.planned(s, file, targets == null ? null : targets.toString(), effort, null, null, null, null)
                : Dashboard.planned(s, file, targets == null ? null : targets.toString(), effort, sections.completeness(), sections.deadlines(),
                        sections.trend(), sections.beforeAppraisal());
        String html = DashboardHtml.render(d);
        Output.write(html.getBytes(StandardCharsets.UTF_8), out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
