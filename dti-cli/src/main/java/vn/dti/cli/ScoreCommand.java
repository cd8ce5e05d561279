package vn.dti.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.planning.ScoreWorkbook;
import vn.dti.planning.Situation;
import vn.dti.rules.RuleScorer;

/** {@code dti score}: one entity's evidence scored against a methodology. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Scores one entity's evidence against a methodology: points per main indicator and component, the total and index, "
                + "and the findings (what is missing, unproven or in doubt) by responsible agency.")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id (dti methodology list) or a folder.")
    String methodology;

    @Option(names = "--evidence", required = true, paramLabel = "<file>", description = "The evidence file (JSON, docs/formats.md).")
    Path evidence;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|xlsx", description = "table (default), json, or xlsx (an Excel "
            + "workbook: score card, gaps and findings, with filters; needs --out).")
    String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file (only if the whole run succeeds) instead of printing it.")
    Path out;

    @Option(names = "--explain", description = "Show under each component the formula that gave its points.")
    boolean explain;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "xlsx");
        if (format.equals("xlsx") && out == null) {
            throw Options.usage(spec, "--format xlsx needs --out <file.xlsx>: a workbook is not printed.");
        }
        List<Path> inputs = new ArrayList<>(Inputs.methodologyFiles(methodology));
        inputs.add(evidence);
        Output.checkNotAnInput(out, inputs);
        RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
        ScoreCard card = Inputs.score(scorer, evidence);
        if (format.equals("xlsx")) {
            Output.write(ScoreWorkbook.write(Situation.alone(scorer, DtiJson.readEvidence(evidence))), out);
            return Main.OK;
        }
        String text = format.equals("json") ? DtiJson.write(card) : ScoreTable.render(card, scorer.methodology(), explain);
        Output.write(text, out, spec.commandLine().getOut());
        return Main.OK;
    }
}
