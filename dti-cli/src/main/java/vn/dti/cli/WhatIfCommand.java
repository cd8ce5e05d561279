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
@Command(name = "whatif", mixinStandardHelpOptions = true)
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EntityOptions entity;

    @Option(names = "--set", paramLabel = "<id=value>")
    List<String> sets = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json")
    String format;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json");
        Text x = Text.of(spec);
        Output.checkNotAnInput(entity.out, PlanningInputs.files(entity.methodology, entity.evidence, entity.cohort));
        RuleScorer scorer = Inputs.methodology(entity.methodology, spec);
        List<Change> changes = PlanningInputs.changes(spec, sets, scorer.methodology());
        Situation s = PlanningInputs.situation(scorer, entity.evidence, entity.cohort, entity.top);
        WhatIfResult r;
        try {
            r = WhatIf.run(s, changes);
        } catch (vn.dti.api.InvalidEvidenceException e) {
            throw Options.usage(spec, "--set " + e.message(x.language()));
        }
        String text = format.equals("json") ? DtiJson.write(r, x.language()) : PlanningTables.whatIfTable(s, r, x);
        Output.write(text, entity.out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
