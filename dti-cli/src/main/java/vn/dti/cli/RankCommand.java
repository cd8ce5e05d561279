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
import vn.dti.cohort.CohortRanker;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.CohortScores;
import vn.dti.json.DtiJson;
import vn.dti.rules.RuleScorer;

/** {@code dti rank}: a cohort ranked overall, per main indicator, per pillar and per region. */
@Command(name = "rank", mixinStandardHelpOptions = true)
final class RankCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>")
    String methodology;

    @picocli.CommandLine.Mixin
    CodeTrust trust;

    @Option(names = "--cohort", required = true, paramLabel = "<file>")
    Path cohort;

    @Option(names = "--region", paramLabel = "<name>")
    String region;

    @Option(names = "--top", paramLabel = "<n>", defaultValue = "10")
    int top;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv")
    String format;

    @Option(names = "--out", paramLabel = "<file>")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Text x = Text.of(spec);
        if (top < 1) {
            throw Options.usage(spec, x.t("cli.usage.topAtLeastOne", Integer.toString(top)));
        }
        List<Path> inputs = new ArrayList<>(Inputs.methodologyFiles(methodology));
        inputs.add(cohort);
        try {
            inputs.addAll(CohortFiles.evidenceFiles(cohort));
        } catch (InvalidEvidenceException e) {
            // reported with its place when the cohort is read below
        }
        Output.checkNotAnInput(out, inputs);
        RuleScorer scorer = Inputs.methodology(methodology, spec);
        CohortRanking ranking = rank(scorer, cohort, top);
        ranking = ranking.withWarnings(scorer.rankingWarnings(ranking));
        // in a cohort of N entities or fewer every main indicator ranks in the top N: the count says nothing, as dti targets says
        int cohortSize = ranking.entities().size();
        if (region != null) {
            ranking = CohortRanker.region(ranking, region);
        }
        String text;
        switch (format) {
            case "json":
                text = DtiJson.write(ranking, x.language());
                break;
            case "csv":
                text = RankTable.csv(ranking, x);
                break;
            default:
                text = RankTable.table(ranking, scorer.methodology().name(), region, ranking.warnings(), cohortSize, x);
        }
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** Reads and ranks a cohort file; errors name the file. */
    static CohortRanking rank(RuleScorer scorer, Path file, int top) {
        Cohort c;
        try {
            c = CohortFiles.readCohort(file);
        } catch (InvalidEvidenceException e) {
            throw e.getMessage().startsWith(file.toString()) ? e : new InvalidEvidenceException(Inputs.at(file, e));
        }
        try {
            return CohortScores.rank(scorer, c, top);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(Inputs.at(file, e));
        }
    }
}
