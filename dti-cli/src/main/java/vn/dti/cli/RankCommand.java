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
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = {"Ranks a cohort (entities given by evidence, by published main-indicator values, or both; mergers applied): overall, "
                + "per main indicator, per pillar and per region, with groups, the average and \"in the top N\" counts (docs/cohorts.md).",
            "A cohort whose period precedes the methodology's edition (or follows a newer bundled edition) is warned about in the table's "
                + "header, the JSON's \"warnings\" and the CSV's last column, \"warnings\" (the same text on every row)."})
final class RankCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
    String methodology;

    @Option(names = "--cohort", required = true, paramLabel = "<file>", description = "The cohort file (JSON, docs/cohorts.md).")
    Path cohort;

    @Option(names = "--region", paramLabel = "<name>", description = "Keep one region's entities, ranked within it (national rank in brackets).")
    String region;

    @Option(names = "--top", paramLabel = "<n>", description = "The N of \"main indicators in the top N\" (default ${DEFAULT-VALUE}).", defaultValue = "10")
    int top;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "table (default), json or csv.")
    String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        if (top < 1) {
            throw Options.usage(spec, "--top must be at least 1; got [" + top + "].");
        }
        List<Path> inputs = new ArrayList<>(Inputs.methodologyFiles(methodology));
        inputs.add(cohort);
        try {
            inputs.addAll(CohortFiles.evidenceFiles(cohort));
        } catch (InvalidEvidenceException e) {
            // reported with its place when the cohort is read below
        }
        Output.checkNotAnInput(out, inputs);
        RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
        CohortRanking ranking = rank(scorer, cohort, top);
        ranking = ranking.withWarnings(scorer.rankingWarnings(ranking));
        if (region != null) {
            ranking = CohortRanker.region(ranking, region);
        }
        String text;
        switch (format) {
            case "json":
                text = DtiJson.write(ranking);
                break;
            case "csv":
                text = RankTable.csv(ranking);
                break;
            default:
                text = RankTable.table(ranking, scorer.methodology().name(), region, ranking.warnings());
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
            throw e.getMessage().startsWith(file.toString()) ? e : new InvalidEvidenceException(file + ": " + e.getMessage());
        }
        try {
            return CohortScores.rank(scorer, c, top);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(file + ": " + e.getMessage());
        }
    }
}
