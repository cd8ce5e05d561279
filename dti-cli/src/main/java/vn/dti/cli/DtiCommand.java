package vn.dti.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dti.rules.Methodologies;

/** The top of the command tree: {@code dti <command>}. */
@Command(name = "dti", mixinStandardHelpOptions = true, versionProvider = DtiCommand.Version.class,
        description = "Scores Vietnam's Digital Transformation Index (DTI, Chỉ số chuyển đổi số) and indices like it, from evidence with its "
                + "documents, with each year's methodology kept as a folder of editable Drools rule files and decision tables.",
        footer = {"", "Exit codes: 0 done; 2 bad input or usage; 3 invalid methodology; 4 a methodology's own test cases failed; 1 a bug.",
                "Nothing is written to --out unless the whole run succeeded.",
                "Shell completion: dti generate-completion > dti_completion.sh && . dti_completion.sh"},
        subcommands = {ScoreCommand.class, EvidenceCommand.class, StatusCommand.class, HistoryCommand.class, RankCommand.class, CompareCommand.class,
                MethodologyCommand.class,
                GapsCommand.class, TargetsCommand.class, WhatIfCommand.class, PlanCommand.class, SensitivityCommand.class, DashboardCommand.class,
                ServeCommand.class,
                DtiCommand.Completion.class, DtiCommand.Help.class})
final class DtiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.BAD_INPUT;
    }

    /** {@code dti generate-completion}: picocli's bash/zsh completion script for the whole command tree. */
    @Command(name = "generate-completion", mixinStandardHelpOptions = true,
            description = {"Prints a bash/zsh completion script for dti: its commands, sub-commands and options.",
                "Load it in the current shell: source <(dti generate-completion); or save it: dti generate-completion > dti_completion.sh"})
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
    @Command(name = "help", mixinStandardHelpOptions = true, description = "Shows the usage of dti, or of the command named (e.g. dti help score, "
            + "dti help methodology diff).")
    static final class Help implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "<command>", description = "The command, and a sub-command of it.")
        List<String> command = new ArrayList<>();

        @Override
        public Integer call() {
            CommandLine at = spec.parent().commandLine();
            for (String word : command) {
                CommandLine next = at.getSubcommands().get(word);
                if (next == null) {
                    String near = vn.dti.api.Spelling.nearest(word, at.getSubcommands().keySet());
                    String qualified = at.getCommandSpec().qualifiedName();
                    throw new CommandLine.ParameterException(at, "Unknown command '" + word + "'." + (near == null
                            ? " The commands of " + qualified + " are: " + String.join(", ", at.getSubcommands().keySet()) + "."
                            : " Did you mean '" + spec.qualifiedName() + " " + (qualified.equals(spec.root().qualifiedName()) ? ""
                                    : qualified.substring(spec.root().qualifiedName().length() + 1) + " ") + near + "'?"));
                }
                at = next;
            }
            at.usage(spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    /** {@code --version}: the library's version and each bundled methodology's id and version (a hash of its folder). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            List<String> lines = new ArrayList<>();
            lines.add("dti " + libraryVersion() + " (Drools 10.2.0, Java " + Runtime.version().feature() + ")");
            lines.add("bundled methodologies:");
            for (String id : Methodologies.bundled()) {
                lines.add("  " + id + " version " + Methodologies.bundledVersion(id));
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
