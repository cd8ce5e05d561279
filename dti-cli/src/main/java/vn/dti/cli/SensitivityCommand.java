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
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "A Monte Carlo over what the methodology marks as an assumption (a table row whose assumption starts with ASSUMPTION, a "
                + "rule whose comment says ASSUMPTION: each goal and reference ± --range, band edges, points of intermediate categories; the "
                + "treatment of missing values when marked); a goal the province's plan sets is not varied. Each entity's share of the samples "
                + "at each rank, its median band (flagged when the samples split about half and half), its mode(s) and 5th–95th percentile "
                + "interval, and which assumptions move the ranks most (first-order variance share). The same --seed gives the same result.")
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
    String methodology;

    @Option(names = "--cohort", required = true, paramLabel = "<file>", description = "The cohort (docs/cohorts.md).")
    Path cohort;

    @Option(names = "--samples", defaultValue = "10000", paramLabel = "<n>", description = "Monte Carlo samples, from 2 to 10,000,000 "
            + "(default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "<n>", description = "The random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--range", defaultValue = "0.2", paramLabel = "<fraction>", description = "Each parameter varies within ± this fraction of "
            + "its value (default ${DEFAULT-VALUE}, i.e. ± 20%%).")
    double range;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "table (default) or json.")
    String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json");
        if (samples < 2 || samples > Sensitivity.MAX_SAMPLES) {
            throw Options.usage(spec, Options.text(spec, "cli.samples.range", Sensitivity.MAX_SAMPLES, Integer.toString(samples)));
        }
        if (!(range >= 0 && range < 1)) {
            throw Options.usage(spec, "--range must be at least 0 and below 1 (0.2 is ± 20%); got [" + range + "].");
        }
        List<Path> inputs = new ArrayList<>(Inputs.methodologyFiles(methodology));
        inputs.add(cohort);
        try {
            inputs.addAll(CohortFiles.evidenceFiles(cohort));
        } catch (InvalidEvidenceException e) {
            // reported with its place when the cohort is read
        }
        Output.checkNotAnInput(out, inputs);
        RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
        Cohort c;
        try {
            c = CohortFiles.readCohort(cohort);
        } catch (InvalidEvidenceException e) {
            throw e.getMessage().startsWith(cohort.toString()) ? e : new InvalidEvidenceException(cohort + ": " + e.getMessage());
        }
        SensitivityResult r;
        try {
            r = Sensitivity.run(scorer, c, samples, seed, range);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(cohort + ": " + e.getMessage());
        }
        String text = format.equals("json") ? DtiJson.write(r) : PlanningTables.sensitivityTable(r);
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
