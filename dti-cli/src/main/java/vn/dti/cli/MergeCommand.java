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
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merges the agencies' submissions for a period (<workspace>/<period>/<agency>.xlsx|csv|json) into the province's evidence "
                + "file, ready for 'dti score'.",
            "The agencies the catalogue names for one component must agree on its value: two that disagree are refused, naming both files and "
                + "cells. A component only a cooperating agency reported is kept (the score card names the responsible agency that did not report "
                + "it). Members of a cooperating group (agencies.json) report their own figures: kept in the component's note, not added up. A year "
                + "is its own folder's reports where there are any, and otherwise built from its quarters by the methodology's calendar.json "
                + "(latest quarter for ratios and states, sum for counts of things done in the year); a half-year (2025-H1) from its two quarters.",
            "Any problem in any file is an error (exit 2) and nothing is written; 'dti status' and 'dti history' go on past such files. Macros and "
                + "links to other workbooks are not refused: only the values saved in the workbook are read (a note says so); nothing is run."},
        footer = {"", "Example: dti evidence merge --methodology vn-dti-province-2025 --workspace ws --period 2025-Q3 --out ws/2025-Q3.json"})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
    String methodology;

    @Option(names = "--workspace", required = true, paramLabel = "<dir>", description = "The workspace folder (one sub-folder per period).")
    Path workspace;

    @Option(names = "--period", required = true, paramLabel = "<2025-Q3|2025-H1|2025>", description = "The quarter, half-year (built from its "
            + "quarters) or year to merge.")
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
        if (out != null && !Output.isStandardOutput(out)) {
            long reported = r.evidence().components().stream().filter(c -> c.status() != ReportStatus.NOT_REPORTED).count();
            spec.commandLine().getErr().println("dti: merged " + r.submissions().size() + (r.submissions().size() == 1 ? " submission" : " submissions") + " for " + p + " (" + reported
                    + " components reported) into " + out + ".");
        }
        return ExitCode.OK;
    }
}
