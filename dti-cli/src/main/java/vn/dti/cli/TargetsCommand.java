package vn.dti.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.json.DtiJson;
import vn.dti.planning.Situation;
import vn.dti.planning.TargetResult;
import vn.dti.planning.Targets;
import vn.dti.planning.TargetsFile;
import vn.dti.planning.TargetsReport;
import vn.dti.rules.RuleScorer;

/** {@code dti targets}: each target met or not, and the distance. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "Checks a targets file (total, index, rank, main indicators in the top N, component values; docs/planning.md) against the "
                + "entity's score card: each target met or not, and the distance. Rank and top-N targets need --cohort, and cannot be told in a "
                + "cohort of N entities or fewer (rank<=20 among 6). A targets file for another entity is refused; for another period, a warning.")
final class TargetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EntityOptions entity;

    @Option(names = "--targets", required = true, paramLabel = "<file>", description = "The targets file (JSON, docs/planning.md), e.g. "
            + "dti-examples/data/targets-khanh-hoa-2025.json.")
    Path targets;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "table (default) or json.")
    String format;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json");
        Output.checkNotAnInput(entity.out, PlanningInputs.files(entity.methodology, entity.evidence, entity.cohort, targets));
        RuleScorer scorer = Inputs.methodology(entity.methodology, spec.commandLine().getErr());
        TargetsFile file = TargetsFile.read(targets, scorer.methodology());
        Situation s = PlanningInputs.situation(scorer, entity.evidence, entity.cohort, entity.top);
        List<String> warnings = file.against(targets, s.evidence());
        List<TargetResult> results = Targets.check(s, file.parsed(scorer.methodology()), file::sourceOf);
        String text = format.equals("json") ? DtiJson.write(TargetsReport.of(s, file, warnings, results))
                : PlanningTables.targetsTable(s, file, warnings, results);
        Output.write(text, entity.out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
