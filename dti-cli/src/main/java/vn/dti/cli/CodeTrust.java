package vn.dti.cli;

import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * {@code --trust-code} (a picocli mixin of every command that loads a methodology folder): off by
 * default, so that a folder's rules may use the scoring API only and are checked before anything
 * runs; on, a folder's rules run any Java in this process (for a folder whose code you trust as
 * your own). The watchdog stops a rule that runs too long either way.
 */
final class CodeTrust {
    @Option(names = "--trust-code", descriptionKey = "trustCode")
    boolean trust;

    /** Whether this run's command was given {@code --trust-code} (false for a command without the option). */
    static boolean of(CommandSpec spec) {
        OptionSpec o = spec == null ? null : spec.findOption("--trust-code");
        return o != null && Boolean.TRUE.equals(o.getValue());
    }

    /** Loads a methodology by id or folder, trusted as the command was told (for a workspace's periods that name their own). */
    static Function<String, RuleScorer> resolver(CommandSpec spec) {
        boolean trusted = of(spec);
        return idOrFolder -> Methodologies.resolve(idOrFolder, trusted);
    }
}
