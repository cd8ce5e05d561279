package vn.dti.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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
                + "component, per main indicator and in total, the points lost and at risk before and after and the findings the change adds "
                + "or removes; with --cohort, the overall and main-indicator ranks before and after (the cohort "
                + "scored again, so cohort-relative rules stay exact). A changed component without an evidence document is given a planned one.")
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EntityOptions entity;

    @Option(names = "--set", paramLabel = "<id=value>", description = "A change: 6.6=0.6, 6.6=60%%, 2.4=yes, 3.5=cloud, or 4.4=document (attach a "
            + "document to the value reported). Repeat for more.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "table (default) or json.")
    String format;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json");
        Output.checkNotAnInput(entity.out, PlanningInputs.files(entity.methodology, entity.evidence, entity.cohort));
        RuleScorer scorer = Inputs.methodology(entity.methodology, spec.commandLine().getErr());
        List<Change> changes = PlanningInputs.changes(spec, sets, scorer.methodology());
        Situation s = PlanningInputs.situation(scorer, entity.evidence, entity.cohort, entity.top);
        WhatIfResult r;
        try {
            r = WhatIf.run(s, changes);
        } catch (vn.dti.api.InvalidEvidenceException e) {
            throw Options.usage(spec, "--set " + e.getMessage());
        }
        String text = format.equals("json") ? DtiJson.write(r) : PlanningTables.whatIfTable(s, r);
        Output.write(text, entity.out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
