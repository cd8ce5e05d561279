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
import vn.dti.reporting.Appraisals;
import vn.dti.rules.RuleScorer;

/** {@code dti score}: one entity's evidence scored against a methodology. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores one entity's evidence against a methodology: points per main indicator and component, the total and index, "
                + "and the findings (what is missing, unproven or in doubt) by responsible agency.",
            "With --appraisal: the appraisal council's decisions on the evidence applied (docs/formats.md): the card shows, per component and in "
                + "total, the self-assessed points (tự đánh giá), the appraised points (hội đồng thẩm định) and the final points (đạt được), "
                + "with APPRAISAL_ADJUSTED and DOCUMENT_REJECTED findings carrying the points each decision cost."})
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

    @Option(names = "--explain", description = "Add a Formula column to the table: the formula that gave each component its points, with its "
            + "numbers, and the rule and file that applied it. json and xlsx always carry each formula (explanation.formula; the column Cách "
            + "tính): with them --explain changes nothing and says so on stderr.")
    boolean explain;

    @Option(names = "--appraisal", paramLabel = "<file>", description = "The appraisal council's decisions on this evidence (JSON, docs/formats.md).")
    Path appraisal;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "xlsx");
        if (format.equals("xlsx") && out == null) {
            throw Options.usage(spec, "--format xlsx needs --out <file.xlsx>: a workbook is not printed.");
        }
        if (explain && !format.equals("table")) {
            spec.commandLine().getErr().println("dti: note: --explain adds the Formula column to the table; --format " + format + " always carries "
                    + "each component's formula (" + (format.equals("json") ? "explanation.formula" : "the column Cách tính") + ").");
        }
        List<Path> inputs = new ArrayList<>(Inputs.methodologyFiles(methodology));
        inputs.add(evidence);
        inputs.add(appraisal);
        Output.checkNotAnInput(out, inputs);
        RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
        ScoreCard card = Inputs.score(scorer, evidence);
        if (format.equals("xlsx")) {
            // With --appraisal the workbook holds the evidence after the council's decisions (the final values and points), and the
            // self-assessed and appraised points beside them.
            var reported = DtiJson.readEvidence(evidence);
            if (appraisal == null) {
                Output.write(ScoreWorkbook.write(Situation.alone(scorer, reported)), out, spec.commandLine().getOut());
            } else {
                var decisions = Appraisals.read(appraisal);
                var scored = Appraisals.appraised(scorer, reported, decisions, appraisal);
                Output.write(ScoreWorkbook.write(Situation.alone(scorer, scored), Appraisals.score(scorer, reported, decisions, appraisal)), out, spec.commandLine().getOut());
            }
            return ExitCode.OK;
        }
        if (appraisal != null) {
            card = Appraisals.score(scorer, DtiJson.readEvidence(evidence), Appraisals.read(appraisal), appraisal);
        }
        String text = format.equals("json") ? DtiJson.write(card) : ScoreTable.render(card, scorer.methodology(), explain);
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
