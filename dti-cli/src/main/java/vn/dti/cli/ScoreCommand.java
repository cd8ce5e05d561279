package vn.dti.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.api.Evidence;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.planning.ScoreWorkbook;
import vn.dti.planning.Situation;
import vn.dti.reporting.Appraisals;
import vn.dti.rules.RuleScorer;

/** {@code dti score}: one entity's evidence scored against a methodology. */
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>")
    String methodology;

    @picocli.CommandLine.Mixin
    CodeTrust trust;

    @Option(names = "--evidence", required = true, paramLabel = "<file>")
    Path evidence;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|xlsx")
    String format;

    @Option(names = "--out", paramLabel = "<file>")
    Path out;

    @Option(names = "--explain")
    boolean explain;

    @Option(names = "--appraisal", paramLabel = "<file>")
    Path appraisal;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--format", format, "table", "json", "xlsx");
        Text x = Text.of(spec);
        if (format.equals("xlsx") && out == null) {
            throw Options.usage(spec, x.t("cli.score.xlsxNeedsOut"));
        }
        if (explain && !format.equals("table")) {
            spec.commandLine().getErr().println(x.t(format.equals("json") ? "cli.score.explainJson" : "cli.score.explainXlsx", format));
        }
        List<Path> inputs = new ArrayList<>(Inputs.methodologyFiles(methodology));
        inputs.add(evidence);
        inputs.add(appraisal);
        Output.checkNotAnInput(out, inputs);
        // The evidence is read while a bundled methodology may still be loading on its own thread (Preload) rather than after
        // it; a methodology that cannot be used is still the error reported when both are wrong.
        Evidence reported = null;
        RuntimeException unread = null;
        try {
            reported = DtiJson.readEvidence(evidence);
        } catch (RuntimeException e) {
            unread = e;
        }
        RuleScorer scorer = Inputs.methodology(methodology, spec);
        if (unread != null) {
            throw unread;
        }
        ScoreCard card = Inputs.score(scorer, evidence, reported);
        if (format.equals("xlsx")) {
            // With --appraisal the workbook holds the evidence after the council's decisions (the final values and points), and the
            // self-assessed and appraised points beside them.
            if (appraisal == null) {
                Output.write(ScoreWorkbook.write(Situation.alone(scorer, reported), x.language()), out, spec.commandLine().getOut());
            } else {
                var decisions = Appraisals.read(appraisal);
                var scored = Appraisals.appraised(scorer, reported, decisions, appraisal);
                Output.write(ScoreWorkbook.write(Situation.alone(scorer, scored), Appraisals.score(scorer, reported, decisions, appraisal),
                        x.language()), out, spec.commandLine().getOut());
            }
            return ExitCode.OK;
        }
        if (appraisal != null) {
            card = Appraisals.score(scorer, reported, Appraisals.read(appraisal), appraisal);
        }
        String text = format.equals("json") ? DtiJson.write(card, x.language()) : ScoreTable.render(card, scorer.methodology(), explain, x);
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
