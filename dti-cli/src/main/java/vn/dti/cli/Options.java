package vn.dti.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks of option values that picocli's types cannot express, as usage errors (exit 2) that name the option. */
final class Options {
    private Options() {
    }

    /** The value, if it is one of {@code allowed}; else a usage error "--name must be one of a, b; got [x]". */
    static String oneOf(CommandSpec spec, String option, String value, String... allowed) {
        if (Arrays.asList(allowed).contains(value)) {
            return value;
        }
        throw new CommandLine.ParameterException(spec.commandLine(), DtiCommand.text(spec, "cli.usage.oneOf", option, String.join(", ", allowed), value));
    }

    /** A catalogue text in the run's language, for a command's own messages (DtiCommand holds the language; commands come here). */
    static String text(CommandSpec spec, String key, Object... args) {
        return DtiCommand.text(spec, key, args);
    }

    /** A usage error naming the option. */
    static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
