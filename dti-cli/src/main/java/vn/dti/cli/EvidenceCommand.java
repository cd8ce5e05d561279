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
import vn.dti.reporting.AgencyWorkbooks;
import vn.dti.rules.EvidenceTemplate;
import vn.dti.rules.RuleScorer;

/** {@code dti evidence …}: evidence files. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        subcommands = {EvidenceCommand.Template.class, MergeCommand.class})
final class EvidenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw Options.usage(spec, Options.text(spec, "cli.evidence.needsCommand"));
    }

    /** {@code dti evidence template}. */
    @Command(name = "template", mixinStandardHelpOptions = true)
    static final class Template implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--methodology", required = true, paramLabel = "<id|dir>")
        String methodology;

        @picocli.CommandLine.Mixin
        CodeTrust trust;

        @Option(names = "--fill", defaultValue = "empty", paramLabel = "empty|max|zero")
        String fill;

        @Option(names = "--out", required = true, paramLabel = "<file>")
        Path out;

        @Option(names = "--entity", defaultValue = "province", paramLabel = "<id>")
        String entity;

        @Option(names = "--name", paramLabel = "<name>")
        String name;

        @Option(names = "--period", paramLabel = "<2025|2025-Q3>")
        String period;

        @Option(names = "--agency", paramLabel = "<name>")
        String agency;

        @Option(names = "--format", paramLabel = "xlsx|csv|json")
        String format;

        @Override
        public Integer call() {
            EvidenceTemplate.Fill how = EvidenceTemplate.Fill.valueOf(Options.oneOf(spec, "--fill", fill, "empty", "max", "zero").toUpperCase(Locale.ROOT));
            AgencyWorkbooks.Format f = agency == null ? null : agencyFormat(how);
            if (agency == null && format != null && !Options.oneOf(spec, "--format", format, "xlsx", "csv", "json").equals("json")) {
                throw Options.usage(spec, Options.text(spec, "cli.template.formatNeedsAgency", format));
            }
            Output.checkNotAnInput(out, Inputs.methodologyFiles(methodology));
            RuleScorer scorer = Inputs.methodology(methodology, spec);
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
            Text x = Text.of(spec);
            if (agency != null) {
                Output.write(AgencyWorkbooks.template(scorer, agency, p, e, f), out, spec.commandLine().getOut());
                wrote(x.t("cli.template.wroteAgency", scorer.agencies().canonical(agency).orElse(agency), p, e.name(), out));
                return ExitCode.OK;
            }
            Evidence template = EvidenceTemplate.create(scorer, how, e, p);
            Output.write(DtiJson.write(template), out, spec.commandLine().getOut());
            wrote(x.t("cli.template.wroteEvidence", scorer.methodology().id(), p, e.name(), out, x.t("cli.template.fill." + fill.toLowerCase(Locale.ROOT))));
            return ExitCode.OK;
        }

        /** What was written, on standard error as 'dti evidence merge' says it, unless the file itself went to standard output. */
        private void wrote(String what) {
            if (!Output.isStandardOutput(out)) {
                spec.commandLine().getErr().println("dti: " + what);
            }
        }

        /** An agency's file: always empty; --format, or the --out file's extension, and they must agree. */
        private AgencyWorkbooks.Format agencyFormat(EvidenceTemplate.Fill how) {
            if (how != EvidenceTemplate.Fill.EMPTY) {
                throw Options.usage(spec, Options.text(spec, "cli.template.fillWholeOnly"));
            }
            AgencyWorkbooks.Format byName = AgencyWorkbooks.Format.of(out);
            if (format == null) {
                if (byName == null) {
                    boolean device = Output.isStandardOutput(out) || !java.nio.file.Files.isRegularFile(out) && java.nio.file.Files.exists(out);
                    throw Options.usage(spec, Options.text(spec, device ? "cli.template.noExtensionDevice" : "cli.template.noExtension", out.toString()));
                }
                return byName;
            }
            AgencyWorkbooks.Format f = AgencyWorkbooks.Format.valueOf(Options.oneOf(spec, "--format", format, "xlsx", "csv", "json").toUpperCase(Locale.ROOT));
            if (byName != null && byName != f) {
                throw Options.usage(spec, Options.text(spec, "cli.template.extensionDisagrees", out, byName.extension(), format));
            }
            return f;
        }
    }
}
