package vn.dti.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
                AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
final class DtiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Main.BAD_INPUT;
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
