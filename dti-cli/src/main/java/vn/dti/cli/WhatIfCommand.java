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
import vn.dti.planning.TargetResult;
import vn.dti.planning.Targets;
import vn.dti.planning.TargetsFile;
import vn.dti.planning.TargetsReport;
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

    @Option(names = "--targets", paramLabel = "<file>")
    Path targetsFile;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json")

    String format;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json");
        Text x = Text.of(spec);
        Output.checkNotAnInput(entity.out, PlanningInputs.files(entity.methodology, entity.evidence, entity.cohort, targetsFile));
        RuleScorer scorer = Inputs.methodology(entity.methodology, spec);
        List<Change> changes = PlanningInputs.changes(spec, sets, scorer.methodology());
        TargetsFile file = targetsFile == null ? null : TargetsFile.read(targetsFile, scorer.methodology());
        Situation s = PlanningInputs.situation(scorer, entity.evidence, entity.cohort, entity.top);
        Situation then;
        try {
            then = s.withEvidence(WhatIf.apply(s.evidence(), changes));
        } catch (vn.dti.api.InvalidEvidenceException e) {
            throw Options.usage(spec, "--set " + e.message(x.language()));
        }
        WhatIfResult r = WhatIf.compare(s, then, changes);
        // each target of the file, met or not after the changes (a rank target without a cohort cannot be checked, as dti targets says)
        List<TargetResult> results = file == null ? null : Targets.check(then, file.parsed(scorer.methodology()), file::sourceOf);
        String text;
        if (format.equals("json")) {
            text = DtiJson.write(r, x.language());
            if (results != null) {
                try {
                    com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) DtiJson.mapper().readTree(text);
                    json.set("targets", DtiJson.mapper().readTree(DtiJson.write(TargetsReport.of(then, file, file.against(targetsFile,
                            then.evidence()), results), x.language())));
                    text = DtiJson.write(json, x.language());
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        } else {
            text = PlanningTables.whatIfTable(s, r, results, x);
        }
        Output.write(text, entity.out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
