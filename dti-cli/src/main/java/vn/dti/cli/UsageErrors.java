package vn.dti.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import vn.dti.api.Spelling;

/**
 * Usage errors (exit 2) in dti's words: "Unknown option '--fromat'. Did you mean '--format'?",
 * "Unknown command 'lst'. Did you mean 'dti methodology list'?", with the closest spelling by
 * edit distance ({@link Spelling}, whatever letters the mistake is in; picocli's own suggestions
 * need the first two letters right), the value typed after an unknown option not reported as a
 * second unknown argument, then the command's usage.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        List<String> unmatched = unmatched(ex);
        if (unmatched.isEmpty()) {
            err.println("dti: " + plain(cl.getCommandSpec(), ex.getMessage()));
        } else {
            for (String line : explain(cl.getCommandSpec(), unmatched)) {
                err.println("dti: " + line);
            }
        }
        err.println();
        cl.usage(err);
        return ExitCode.BAD_INPUT;
    }

    /**
     * picocli's message in dti's words: "Invalid value for option '--seed': 'abc' is not a long" is
     * "--seed: [abc] is not a whole number.", with no Java type named.
     */
    static String plain(CommandSpec spec, String message) {
        if (message == null) {
            return "";
        }
        Matcher typed = TYPED.matcher(message);
        if (typed.matches()) {
            String key = switch (typed.group(3)) {
                case "long", "int", "short", "byte", "Long", "Integer", "Short", "Byte" -> "cli.usage.notAWholeNumber";
                case "double", "float", "Double", "Float" -> "cli.usage.notANumber";
                case "boolean", "Boolean" -> "cli.usage.notTrueOrFalse";
                default -> "cli.usage.badValue";
            };
            return text(spec, key, typed.group(1), typed.group(2));
        }
        Matcher invalid = INVALID.matcher(message);
        if (invalid.matches()) {
            return text(spec, "cli.usage.invalidValue", invalid.group(1), invalid.group(2));
        }
        for (int i = 0; i < PICOCLI.length; i++) {
            Matcher m = PICOCLI[i].matcher(message);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int g = 0; g < groups.length; g++) {
                    groups[g] = m.group(g + 1);
                }
                return text(spec, PICOCLI_KEYS[i], groups);
            }
        }
        return message;
    }

    /** picocli's other usage errors (a required option or parameter missing, an option given twice), each with its catalogue key. */
    private static final Pattern[] PICOCLI = {
        Pattern.compile("Missing required options?: (.*)", Pattern.DOTALL),
        Pattern.compile("Missing required parameter for option '([^']+)' \\((.*)\\)", Pattern.DOTALL),
        Pattern.compile("Missing required parameters?: (.*)", Pattern.DOTALL),
        Pattern.compile("Expected parameter for option '([^']+)' but found '(.*)'", Pattern.DOTALL),
        Pattern.compile("option '([^']+)' \\(([^)]*)\\) should be specified only once", Pattern.DOTALL),
    };
    private static final String[] PICOCLI_KEYS = {"cli.usage.missingOptions", "cli.usage.missingValue", "cli.usage.missingParameters",
        "cli.usage.expectedValue", "cli.usage.onlyOnce"};

    private static final Pattern TYPED = Pattern.compile("Invalid value for (?:option|positional parameter at index \\d+) '?([^':]+?)'?(?: \\([^)]*\\))?: "
            + "'(.*)' is not an? (\\w+)", Pattern.DOTALL);
    private static final Pattern INVALID = Pattern.compile("Invalid value for (?:option|positional parameter at index \\d+) '?([^':]+?)'?(?: \\([^)]*\\))?: "
            + "(.*)", Pattern.DOTALL);

    /**
     * An unknown command before a help or version option ("dti scor --help"): picocli would show
     * the top's help and exit 0; this names the closest command and exits 2, as without --help.
     * Returns the lines to print, or an empty list when every command in {@code args} is known.
     */
    static List<String> unknownCommand(CommandLine root, String[] args) {
        if (java.util.Arrays.stream(args).noneMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"))) {
            return List.of();
        }
        CommandLine cl = root;
        for (String arg : args) {
            if (arg.startsWith("-")) {
                return List.of();   // options before the command: picocli reads them as they are
            }
            CommandLine sub = cl.getSubcommands().get(arg);
            if (sub == null) {
                if (cl.getSubcommands().isEmpty() || !cl.getCommandSpec().positionalParameters().isEmpty()) {
                    return List.of();
                }
                return explain(cl.getCommandSpec(), List.of(arg));
            }
            cl = sub;
        }
        return List.of();
    }

    /**
     * The arguments picocli could not match. A misspelt required option ("--evidnce x.json") is
     * first a missing --evidence to picocli: the misspelling is the news.
     */
    private static List<String> unmatched(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return u.getUnmatched();
        }
        CommandLine.ParseResult parsed = ex.getCommandLine().getParseResult();
        if (ex instanceof CommandLine.MissingParameterException && parsed != null) {
            List<String> stripped = new ArrayList<>();
            for (String s : parsed.unmatched()) {
                int pos = s.indexOf(" (while processing option:");
                stripped.add(pos < 0 ? s : s.substring(0, pos));
            }
            if (stripped.stream().anyMatch(UsageErrors::isOption)) {
                return stripped;
            }
        }
        return List.of();
    }

    /** One line per unknown option, command or surplus argument, each with the closest known spelling when there is one. */
    static List<String> explain(CommandSpec spec, List<String> unmatched) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < unmatched.size(); i++) {
            String arg = unmatched.get(i);
            if (isOption(arg)) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String near = Spelling.nearest(name, optionNames(spec));
                lines.add(near == null ? text(spec, "cli.usage.unknownOption", name, spec.qualifiedName())
                        : text(spec, "cli.usage.unknownOptionMeant", name, near));
                OptionSpec meant = near == null ? null : spec.findOption(near);
                boolean takesValue = meant == null || meant.arity().max() > 0;
                if (!arg.contains("=") && takesValue && i + 1 < unmatched.size() && !isOption(unmatched.get(i + 1))) {
                    i++;   // the value typed after the unknown option, not a second unknown argument
                }
            } else if (!spec.subcommands().isEmpty() && lines.isEmpty()) {
                String near = Spelling.nearest(arg, spec.subcommands().keySet());
                lines.add(near == null ? text(spec, "cli.usage.unknownCommand", arg, spec.qualifiedName(), String.join(", ", spec.subcommands().keySet()))
                        : text(spec, "cli.usage.unknownCommandMeant", arg, spec.qualifiedName() + " " + near));
                break;   // what follows belongs to the command meant
            } else {
                lines.add(spec.positionalParameters().isEmpty() ? text(spec, "cli.usage.noArguments", arg, spec.qualifiedName())
                        : text(spec, "cli.usage.onlyArguments", arg, spec.qualifiedName(), labels(spec)));
            }
        }
        return lines;
    }

    private static String text(CommandSpec spec, String key, Object... args) {
        return DtiCommand.text(spec, key, args);
    }

    private static boolean isOption(String arg) {
        return arg != null && arg.length() > 1 && arg.startsWith("-") && !isNumber(arg);
    }

    private static boolean isNumber(String arg) {
        try {
            Double.parseDouble(arg);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            names.addAll(List.of(o.names()));
        }
        return names;
    }

    private static String labels(CommandSpec spec) {
        List<String> labels = new ArrayList<>();
        spec.positionalParameters().forEach(p -> labels.add(p.paramLabel()));
        return String.join(" ", labels);
    }
}
