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
import vn.dti.reporting.internal.VietnameseValues;
import vn.dti.rules.RuleScorer;

/** {@code dti plan}: the cheapest path to a target. */
@Command(name = "plan", mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EntityOptions entity;

    @Option(names = "--target", paramLabel = "<target>")
    List<String> targetTexts = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "<file>")
    Path targetsFile;

    @Option(names = "--effort", paramLabel = "<file>")
    Path effortFile;

    /** The lead a rank plan keeps, in points, as typed (0,5 or 0.5: read as the workbooks read numbers). */
    @Option(names = "--margin", defaultValue = "0", paramLabel = "<points>")
    String margin;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json")

    String format;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json");
        Text x = Text.of(spec);
        if (targetTexts.isEmpty() && targetsFile == null) {
            throw Options.usage(spec, x.t("cli.plan.noTargets"));
        }
        Output.checkNotAnInput(entity.out, PlanningInputs.files(entity.methodology, entity.evidence, entity.cohort, targetsFile, effortFile));
        RuleScorer scorer = Inputs.methodology(entity.methodology, spec);
        List<Target> targets = new ArrayList<>(PlanningInputs.targets(spec, targetTexts, scorer.methodology()));
        int given = targets.size();
        TargetsFile file = targetsFile == null ? null : TargetsFile.read(targetsFile, scorer.methodology());
        if (file != null) {
            List<String> skipped = new ArrayList<>();
            for (Target t : file.parsed(scorer.methodology())) {
                if (rank(t) && entity.cohort == null) {
                    skipped.add(t.toString());    // as the dashboard does: a rank is a place in a cohort, and there is none
                } else {
                    targets.add(t);
                }
            }
            if (!skipped.isEmpty()) {
                spec.commandLine().getErr().println(x.t("cli.plan.rankSkipped", targetsFile, String.join(", ", skipped)));
            }
            if (targets.isEmpty()) {
                throw Options.usage(spec, x.t("cli.plan.onlyRankTargets", targetsFile));
            }
        }
        for (Target t : targets) {
            if (rank(t) && entity.cohort == null) {
                throw Options.usage(spec, x.t("cli.plan.rankNeedsCohort", t));
            }
        }
        Effort effort = PlanningInputs.effort(effortFile, scorer.methodology());
        Situation s = PlanningInputs.situation(scorer, entity.evidence, entity.cohort, entity.top);
        List<String> warnings = file == null ? List.of() : file.against(targetsFile, s.evidence());
        for (int i = 0; i < targets.size(); i++) {
            String why = Targets.cannotTell(s, targets.get(i));
            if (why != null) {
                // a rank target every entity of the cohort meets constrains nothing: a plan for it would be a plan for nothing
                throw Options.usage(spec, x.t("cli.plan.constrainsNothing", i < given ? "--target " + targets.get(i)
                        : x.t("cli.plan.fileTarget", targetsFile, targets.get(i)), entity.cohort, why));
            }
        }
        Plan plan = Planner.plan(s, targets, effort, margin(x));
        String text = format.equals("json") ? DtiJson.write(plan, x.language()) : PlanningTables.planTable(s, plan, warnings, x);
        Output.write(text, entity.out, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** A rank or top-N target: a place in a cohort. */
    private static boolean rank(Target t) {
        return t.subject() == Target.Subject.RANK || t.subject() == Target.Subject.TOP;
    }

    /** --margin as a number of points: Vietnamese (0,5) or English (0.5) decimals, as --set and --target take them; at least 0. */
    private double margin(Text x) {
        VietnameseValues.Number n;
        try {
            n = VietnameseValues.number(margin);
        } catch (IllegalArgumentException e) {
            throw Options.usage(spec, x.t("cli.plan.marginNotANumber", e.getMessage()));
        }
        double points = n.value();
        if (n.percent() || !(points >= 0) || !Double.isFinite(points)) {
            throw Options.usage(spec, x.t("cli.plan.margin", n.percent() ? margin : String.valueOf(points)));
        }
        return points;
    }
}
