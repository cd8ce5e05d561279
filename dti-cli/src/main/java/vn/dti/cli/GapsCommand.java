package vn.dti.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.json.DtiJson;
import vn.dti.planning.Gap;
import vn.dti.planning.Gaps;
import vn.dti.planning.Situation;
import vn.dti.rules.RuleScorer;

/** {@code dti gaps}: where the points are lost, who owns them, and what the next step needs. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = "Lists every component below its max or with points at risk: the points lost and the points at risk (separate figures), "
                + "why (not reported, no document, below the goal, a lower band or category, flagged), the responsible and cooperating agencies, "
                + "and what the next step needs (the next band or category, the value for full points, points per percentage point).")
final class GapsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
    String methodology;

    @Option(names = "--evidence", required = true, paramLabel = "<file>", description = "The entity's evidence file (JSON, docs/formats.md).")
    Path evidence;

    @Option(names = "--by", defaultValue = "indicator", paramLabel = "agency|indicator", description = "Group by responsible agency or by main "
            + "indicator (default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "table (default), json or csv.")
    String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the result to this file instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        Options.oneOf(spec, "--by", by, "agency", "indicator");
        Options.oneOf(spec, "--format", format, "table", "json", "csv");
        Output.checkNotAnInput(out, PlanningInputs.files(methodology, evidence, null));
        RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
        Situation s = PlanningInputs.situation(scorer, evidence, null, 0);
        List<Gap> gaps = Gaps.of(s);
        Map<String, List<Gap>> groups = group(s, gaps, by);
        String text;
        switch (format) {
            case "json":
                text = DtiJson.write(PlanningTables.gapsJson(s, gaps, groups, by));
                break;
            case "csv":
                text = PlanningTables.gapsCsv(s, gaps);
                break;
            default:
                text = PlanningTables.gapsTable(s, gaps, groups, by);
        }
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    static Map<String, List<Gap>> group(Situation s, List<Gap> gaps, String by) {
        if (by.equals("agency")) {
            return Gaps.byAgency(gaps);
        }
        Map<String, List<Gap>> out = new LinkedHashMap<>();
        for (var mi : s.methodology().mainIndicators()) {
            List<Gap> list = new ArrayList<>();
            gaps.stream().filter(g -> g.mainIndicator().equals(mi.id())).forEach(list::add);
            if (!list.isEmpty()) {
                out.put(mi.id() + " " + mi.name(), list);
            }
        }
        return out;
    }
}
