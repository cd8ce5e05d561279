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
import vn.dti.planning.Effort;
import vn.dti.planning.Plan;
import vn.dti.planning.Planner;
import vn.dti.planning.Situation;
import vn.dti.planning.Target;
import vn.dti.planning.Targets;
import vn.dti.planning.TargetsFile;
import vn.dti.rules.RuleScorer;

/** {@code dti plan}: the cheapest path to a target. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Finds the set of component improvements that reaches every target at the least effort (exact, not greedy: dynamic "
                + "programming over Pareto frontiers, docs/planning.md): each step with the value to reach, the points it adds and the agency "
                + "that owns it; the plan is checked by scoring again. When no plan reaches the targets, says so and shows the closest plan.")
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EntityOptions entity;

    @Option(names = "--target", paramLabel = "<target>", description = "A target: 'total>=800', 'index>=0.8', 'rank<=20' or 'top10>=4' (with "
            + "--cohort), or a component's value '6.6>=0.6'. Repeat for more.")
    List<String> targetTexts = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "<file>", description = "A targets file (docs/planning.md): all its targets, with any --target.")
    Path targetsFile;

    @Option(names = "--effort", paramLabel = "<file>", description = "Effort per component (docs/planning.md); default: one unit per component "
            + "improved.")
    Path effortFile;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "table (default) or json.")
    String format;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json");
        if (targetTexts.isEmpty() && targetsFile == null) {
            throw Options.usage(spec, "give at least one --target (e.g. --target 'total>=800') or --targets <file>.");
        }
        Output.checkNotAnInput(entity.out, PlanningInputs.files(entity.methodology, entity.evidence, entity.cohort, targetsFile, effortFile));
        RuleScorer scorer = Inputs.methodology(entity.methodology, spec.commandLine().getErr());
        List<Target> targets = new ArrayList<>(PlanningInputs.targets(spec, targetTexts, scorer.methodology()));
        int given = targets.size();
        TargetsFile file = targetsFile == null ? null : TargetsFile.read(targetsFile, scorer.methodology());
        if (file != null) {
            targets.addAll(file.parsed(scorer.methodology()));
        }
        for (Target t : targets) {
            if ((t.subject() == Target.Subject.RANK || t.subject() == Target.Subject.TOP) && entity.cohort == null) {
                throw Options.usage(spec, "--target " + t + " needs --cohort: a rank is a place in a cohort.");
            }
        }
        Effort effort = PlanningInputs.effort(effortFile, scorer.methodology());
        Situation s = PlanningInputs.situation(scorer, entity.evidence, entity.cohort, entity.top);
        List<String> warnings = file == null ? List.of() : file.against(targetsFile, s.evidence());
        for (int i = 0; i < targets.size(); i++) {
            String why = Targets.cannotTell(s, targets.get(i));
            if (why != null) {
                // a rank target every entity of the cohort meets constrains nothing: a plan for it would be a plan for nothing
                throw Options.usage(spec, (i < given ? "--target " + targets.get(i) : "--targets " + targetsFile + ": target " + targets.get(i))
                        + " constrains nothing in the cohort " + entity.cohort + ": " + why + ". Give that cohort, or leave the target out.");
            }
        }
        Plan plan = Planner.plan(s, targets, effort);
        String text = format.equals("json") ? DtiJson.write(plan) : PlanningTables.planTable(s, plan, warnings);
        Output.write(text, entity.out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
