package vn.dti.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.rules.EvidenceTemplate;
import vn.dti.rules.RuleScorer;

/** {@code dti evidence …}: evidence files. */
@Command(name = "evidence", mixinStandardHelpOptions = true, description = "Evidence files: templates to fill.",
        subcommands = {EvidenceCommand.Template.class})
final class EvidenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw Options.usage(spec, "dti evidence needs a command: template.");
    }

    /** {@code dti evidence template}. */
    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Writes an evidence file listing every component of a methodology: empty, for officers to fill (each with a note on the "
                    + "value it expects), or filled to earn full marks (max) or nothing (zero).")
    static final class Template implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--methodology", required = true, paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
        String methodology;

        @Option(names = "--fill", defaultValue = "empty", paramLabel = "empty|max|zero", description = "empty (default), max or zero.")
        String fill;

        @Option(names = "--out", required = true, paramLabel = "<file>", description = "The evidence file to write.")
        Path out;

        @Option(names = "--entity", defaultValue = "province", paramLabel = "<id>", description = "The entity's id (default ${DEFAULT-VALUE}).")
        String entity;

        @Option(names = "--name", paramLabel = "<name>", description = "The entity's name (default: its id).")
        String name;

        @Option(names = "--period", paramLabel = "<2025|2025-Q3>", description = "The period (default: the methodology's year).")
        String period;

        @Override
        public Integer call() {
            EvidenceTemplate.Fill how = EvidenceTemplate.Fill.valueOf(Options.oneOf(spec, "--fill", fill, "empty", "max", "zero").toUpperCase(Locale.ROOT));
            Output.checkNotAnInput(out, Inputs.methodologyFiles(methodology));
            RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
            Period p;
            try {
                p = period == null ? Period.year(scorer.methodology().year()) : Period.parse(period);
            } catch (IllegalArgumentException e) {
                throw Options.usage(spec, "--period: " + e.getMessage());
            }
            Entity e;
            try {
                e = new Entity(entity, name == null ? entity : name, scorer.methodology().entityKind());
            } catch (IllegalArgumentException ex) {
                throw Options.usage(spec, "--entity: " + ex.getMessage());
            }
            Evidence template = EvidenceTemplate.create(scorer, how, e, p);
            Output.write(DtiJson.write(template), out, spec.commandLine().getOut());
            return Main.OK;
        }
    }
}
