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
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<old-result.json>", descriptionKey = "old")
    Path older;

    @Parameters(index = "1", paramLabel = "<new-result.json>", descriptionKey = "new")
    Path newer;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv")
    String format;

    @Option(names = "--out", paramLabel = "<file>")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Output.checkNotAnInput(out, List.of(older, newer));
        CohortRanking a = CohortFiles.readRanking(older);
        CohortRanking b = CohortFiles.readRanking(newer);
        CohortComparison c = CohortComparison.compare(a, b);
        Text x = Text.of(spec);
        String text = format.equals("json") ? DtiJson.write(c, x.language()) : format.equals("csv") ? RankTable.compareCsv(c) : RankTable.compareTable(c, x);
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
