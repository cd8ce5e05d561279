package vn.dti.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortFiles;
import vn.dti.json.DtiJson;
import vn.dti.planning.Sensitivity;
import vn.dti.planning.SensitivityResult;
import vn.dti.rules.RuleScorer;

/** {@code dti sensitivity}: how sure the ranks are when the formulas are assumptions. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true)
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>")
    String methodology;

    @picocli.CommandLine.Mixin
    CodeTrust trust;

    @Option(names = "--cohort", required = true, paramLabel = "<file>")
    Path cohort;

    @Option(names = "--samples", defaultValue = "10000", paramLabel = "<n>")
    int samples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "<n>")
    long seed;

    @Option(names = "--range", defaultValue = "0.2", paramLabel = "<fraction>")
    double range;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json")
    String format;

    @Option(names = "--out", paramLabel = "<file>")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json");
        if (samples < 2 || samples > Sensitivity.MAX_SAMPLES) {
            throw Options.usage(spec, Options.text(spec, "cli.samples.range", Sensitivity.MAX_SAMPLES, Integer.toString(samples)));
        }
        if (!(range >= 0 && range < 1)) {
            throw Options.usage(spec, Text.of(spec).t("cli.usage.rangeBelowOne", String.valueOf(range)));
        }
        List<Path> inputs = new ArrayList<>(Inputs.methodologyFiles(methodology));
        inputs.add(cohort);
        try {
            inputs.addAll(CohortFiles.evidenceFiles(cohort));
        } catch (InvalidEvidenceException e) {
            // reported with its place when the cohort is read
        }
        Output.checkNotAnInput(out, inputs);
        RuleScorer scorer = Inputs.methodology(methodology, spec);
        Cohort c;
        try {
            c = CohortFiles.readCohort(cohort);
        } catch (InvalidEvidenceException e) {
            throw e.getMessage().startsWith(cohort.toString()) ? e : new InvalidEvidenceException(Inputs.at(cohort, e));
        }
        SensitivityResult r;
        try {
            r = Sensitivity.run(scorer, c, samples, seed, range);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(Inputs.at(cohort, e));
        }
        Text x = Text.of(spec);
        String text = format.equals("json") ? DtiJson.write(r, x.language()) : PlanningTables.sensitivityTable(r, x);
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
