package vn.dti.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.reporting.EvidenceMerge;
import vn.dti.reporting.Workspace;
import vn.dti.rules.RuleScorer;

/** {@code dti evidence merge}: the agencies' submissions for a period, as one evidence file. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merges the agencies' submissions for a period (<workspace>/<period>/<agency>.xlsx|csv|json) into the province's evidence "
                + "file, ready for 'dti score'.",
            "Agencies that report one component must agree on its value: two that disagree are refused, naming both files and cells. A component "
                + "only a cooperating agency reported is kept (the score card names the responsible agency that did not report it). A year is its "
                + "own folder's reports where there are any, and otherwise built from its quarters by the methodology's calendar.json "
                + "(latest quarter for ratios and states, sum for counts of things done in the year)."},
        footer = {"", "Example: dti evidence merge --methodology vn-dti-province-2025 --workspace ws --period 2025-Q3 --out ws/2025-Q3.json"})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
    String methodology;

    @Option(names = "--workspace", required = true, paramLabel = "<dir>", description = "The workspace folder (one sub-folder per period).")
    Path workspace;

    @Option(names = "--period", required = true, paramLabel = "<2025-Q3|2025>", description = "The quarter or year to merge.")
    String period;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the evidence file here (only if the whole merge succeeds) instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        Period p = WorkspaceInputs.period(spec, period);
        Workspace ws = WorkspaceInputs.open(spec, workspace, out, Inputs.methodologyFiles(methodology));
        RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
        EvidenceMerge.Result r = EvidenceMerge.merge(scorer, ws, p);
        for (String note : r.notes()) {
            spec.commandLine().getErr().println("dti: note: " + note);
        }
        Output.write(DtiJson.write(r.evidence()), out, spec.commandLine().getOut());
        if (out != null) {
            spec.commandLine().getErr().println("dti: merged " + r.submissions().size() + " submissions for " + p + " (" + r.evidence().components().size()
                    + " components reported) into " + out + ".");
        }
        return Main.OK;
    }
}
