package vn.dti.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.dti.rules.Methodologies;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The top of the command tree: {@code dti <command>}. Its commands are added by {@link Main}
 * ({@link #COMMANDS}): all of them, or only the one a run names.
 */
@Command(name = "dti", mixinStandardHelpOptions = true, versionProvider = DtiCommand.Version.class)
final class DtiCommand implements Callable<Integer> {
    /**
     * The commands under {@code dti} by name, in the order the usage lists them. Each name is the
     * one its class's {@code @Command} gives (a test checks it), so that a run naming one command
     * can add that command alone: picocli reads every option of every command it is given, which
     * in a cold JVM took about a tenth of a second for the whole tree.
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> c = new LinkedHashMap<>();
        c.put("score", ScoreCommand.class);
        c.put("evidence", EvidenceCommand.class);
        c.put("status", StatusCommand.class);
        c.put("history", HistoryCommand.class);
        c.put("emulation", EmulationCommand.class);
        c.put("rank", RankCommand.class);
        c.put("compare", CompareCommand.class);
        c.put("methodology", MethodologyCommand.class);
        c.put("gaps", GapsCommand.class);
        c.put("targets", TargetsCommand.class);
        c.put("whatif", WhatIfCommand.class);
        c.put("plan", PlanCommand.class);
        c.put("sensitivity", SensitivityCommand.class);
        c.put("dashboard", DashboardCommand.class);
        c.put("serve", ServeCommand.class);
        c.put("generate-completion", Completion.class);
        c.put("help", Help.class);
        return Collections.unmodifiableMap(c);
    }

    /**
     * The commands a run of {@code args} needs: the one it names first, alone, when that is a
     * command that does not look at the others; else all of them ({@code help}, completion, a
     * misspelt or missing command, an option before the command: the usage or the error lists them).
     */
    static List<Class<?>> commandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang")) {
                i++;
            } else if (!a.startsWith("--lang=")) {
                Class<?> named = a.startsWith("-") || a.equals("help") || a.equals("generate-completion") ? null : COMMANDS.get(a);
                return named == null ? List.copyOf(COMMANDS.values()) : List.of(named);
            }
        }
        return List.copyOf(COMMANDS.values());
    }

    @Spec
    CommandSpec spec;

    /**
     * {@code --lang vi|en} on every command (inherited). Main reads it before parsing, since the
     * help texts and parse errors need the language too; the value parsed here is that same one,
     * and commands read the run's language with {@link #language}.
     */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "vi|en", descriptionKey = "lang")
    String lang;

    /** The language of this run, as Main resolved it. */
    private final Language language;

    DtiCommand(Language language) {
        this.language = language;
    }

    /**
     * The language of the run that {@code spec} belongs to: the one Main resolved; for a command
     * tree not built by Main, the locale of its help texts' bundle, else the environment's.
     */
    static Language language(CommandSpec spec) {
        if (spec.root().userObject() instanceof DtiCommand d) {
            return d.language;
        }
        java.util.ResourceBundle bundle = spec.root().resourceBundle();
        return bundle == null ? Language.fromEnvironment() : Language.parse(bundle.getLocale().getLanguage()).orElse(Language.VI);
    }

    /** The catalogue's text {@code key} in the run's language. */
    static String text(CommandSpec spec, String key, Object... args) {
        return Messages.text(language(spec), key, args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.BAD_INPUT;
    }

    /** {@code dti generate-completion}: picocli's bash/zsh completion script for the whole command tree. */
    @Command(name = "generate-completion", mixinStandardHelpOptions = true)
    static final class Completion implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            // not println: a script with Windows line ends fails in strange ways
            out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
            out.print('\n');
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code dti help [command [sub-command]]}: the usage of dti or of one of its commands; a misspelt command gets the closest one. */
    @Command(name = "help", mixinStandardHelpOptions = true)
    static final class Help implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "<command>", descriptionKey = "command")
        List<String> command = new ArrayList<>();

        @Override
        public Integer call() {
            CommandLine at = spec.parent().commandLine();
            for (String word : command) {
                CommandLine next = at.getSubcommands().get(word);
                if (next == null) {
                    String near = vn.dti.api.Spelling.nearest(word, at.getSubcommands().keySet());
                    String qualified = at.getCommandSpec().qualifiedName();
                    throw new CommandLine.ParameterException(at, near == null
                            ? text(spec, "cli.usage.unknownCommand", word, qualified, String.join(", ", at.getSubcommands().keySet()))
                            : text(spec, "cli.usage.unknownCommandMeant", word, spec.qualifiedName() + " " + (qualified.equals(spec.root().qualifiedName())
                                    ? "" : qualified.substring(spec.root().qualifiedName().length() + 1) + " ") + near));
                }
                at = next;
            }
            at.usage(spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    /** {@code --version}: the library's version and each bundled methodology's id and version (a hash of its folder). */
    static final class Version implements CommandLine.IVersionProvider {
        @Spec
        CommandSpec spec;

        @Override
        public String[] getVersion() {
            List<String> lines = new ArrayList<>();
            lines.add("dti " + libraryVersion() + " (Drools 10.2.0, Java " + Runtime.version().feature() + ")");
            lines.add(text(spec, "cli.version.bundled"));
            for (String id : Methodologies.bundled()) {
                lines.add("  " + text(spec, "cli.version.methodology", id, Methodologies.bundledVersion(id)));
            }
            return lines.toArray(new String[0]);
        }

        static String libraryVersion() {
            try (InputStream in = DtiCommand.class.getResourceAsStream("version.properties")) {
                Properties p = new Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
