package vn.dti.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.json.DtiJson;
import vn.dti.reporting.EvidenceMerge;
import vn.dti.reporting.Workspace;
import vn.dti.rules.RuleScorer;

/** {@code dti evidence merge}: the agencies' submissions for a period, as one evidence file. */
@Command(name = "merge", mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {
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

    @Option(names = "--out", paramLabel = "<file>")
    Path out;

    @Override
    public Integer call() {
        Period p = WorkspaceInputs.period(spec, period);
        Workspace ws = WorkspaceInputs.open(spec, workspace, out, Inputs.methodologyFiles(methodology));
        RuleScorer scorer = Inputs.methodology(methodology, spec);
        EvidenceMerge.Result r = EvidenceMerge.merge(scorer, ws, p);
        Text x = Text.of(spec);
        for (String note : r.notes()) {
            spec.commandLine().getErr().println(x.t("cli.merge.note", note));
        }
        for (String w : EvidenceMerge.withoutDocuments(scorer, r, x.language())) {
            spec.commandLine().getErr().println(x.t("cli.merge.warning", w));
        }
        Output.write(DtiJson.write(r.evidence()), out, spec.commandLine().getOut());
        if (out != null && !Output.isStandardOutput(out)) {
            long reported = r.evidence().components().stream().filter(c -> c.status() != ReportStatus.NOT_REPORTED).count();
            spec.commandLine().getErr().println(x.t(r.submissions().size() == 1 ? "cli.merge.mergedOne" : "cli.merge.merged", r.submissions().size(), p,
                    reported, out));
        }
        return ExitCode.OK;
    }
}
