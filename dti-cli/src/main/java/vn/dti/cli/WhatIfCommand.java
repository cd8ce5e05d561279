package vn.dti.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.json.DtiJson;
import vn.dti.planning.Change;
import vn.dti.planning.Situation;
import vn.dti.planning.WhatIf;
import vn.dti.planning.WhatIfResult;
import vn.dti.rules.RuleScorer;

/** {@code dti whatif}: what a change buys. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Scores the entity again with some components changed (--set 6.6=0.6 --set 4.4=document) and shows the change per "
                + "component, per main indicator and in total; with --cohort, the overall and main-indicator ranks before and after (the cohort "
                + "scored again, so cohort-relative rules stay exact). A changed component without an evidence document is given a planned one.")
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
    String methodology;

    @Option(names = "--evidence", required = true, paramLabel = "<file>", description = "The entity's evidence file.")
    Path evidence;

    @Option(names = "--cohort", paramLabel = "<file>", description = "A cohort to rank the entity in (docs/cohorts.md).")
    Path cohort;

    @Option(names = "--set", paramLabel = "<id=value>", description = "A change: 6.6=0.6, 6.6=60%, 2.4=yes, 3.5=cloud, or 4.4=document (attach a "
            + "document to the value reported). Repeat for more.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--top", defaultValue = "10", paramLabel = "<n>", description = "The N of \"top N\" (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "table (default) or json.")
    String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json");
        Output.checkNotAnInput(out, PlanningInputs.files(methodology, evidence, cohort));
        RuleScorer scorer = PlanningInputs.methodology(methodology, spec.commandLine().getErr());
        List<Change> changes = PlanningInputs.changes(spec, sets, scorer.methodology());
        Situation s = PlanningInputs.situation(scorer, evidence, cohort, top);
        WhatIfResult r;
        try {
            r = WhatIf.run(s, changes);
        } catch (vn.dti.api.InvalidEvidenceException e) {
            throw Options.usage(spec, "--set " + e.getMessage());
        }
        String text = format.equals("json") ? DtiJson.write(r) : PlanningTables.whatIfTable(s, r);
        Output.write(text, out, spec.commandLine().getOut());
        return Main.OK;
    }
}
