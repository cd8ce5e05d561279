package vn.dti.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dti.cohort.CohortComparison;
import vn.dti.cohort.CohortFiles;
import vn.dti.cohort.CohortRanking;
import vn.dti.json.DtiJson;

/** {@code dti compare}: two rankings, year over year. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares two rankings written by 'dti rank --format json' (e.g. last year's and this year's): each entity's value and "
                + "rank, and its main indicators' when both come from the same methodology.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<old-result.json>", description = "The older ranking.")
    Path older;

    @Parameters(index = "1", paramLabel = "<new-result.json>", description = "The newer ranking.")
    Path newer;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "table (default), json or csv.")
    String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Output.checkNotAnInput(out, List.of(older, newer));
        CohortRanking a = CohortFiles.readRanking(older);
        CohortRanking b = CohortFiles.readRanking(newer);
        CohortComparison c = CohortComparison.compare(a, b);
        String text = format.equals("json") ? DtiJson.write(c) : format.equals("csv") ? RankTable.compareCsv(c) : RankTable.compareTable(c);
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
