package vn.dti.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dti.api.Points;
import vn.dti.rules.MethodologyCheck;
import vn.dti.rules.Methodologies;
import vn.dti.rules.MethodologyTests;
import vn.dti.rules.RuleScorer;

/** {@code dti methodology …}: the methodology folders. */
@Command(name = "methodology", mixinStandardHelpOptions = true,
        description = "Methodology folders: list the bundled ones, export one to edit, validate and test an edited copy.",
        subcommands = {MethodologyCommand.ListCommand.class, MethodologyCommand.Export.class, MethodologyCommand.Test.class,
                MethodologyCommand.Validate.class})
final class MethodologyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw Options.usage(spec, "dti methodology needs a command: list, export, validate, test.");
    }

    /** {@code dti methodology list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the bundled methodologies: id, name, size and version.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (String id : Methodologies.bundled()) {
                RuleScorer s = Methodologies.bundled(id);
                out.println(id + "\t" + s.methodology().name() + "\t" + s.methodology().components().size() + " components, "
                        + Points.format(s.methodology().totalPoints()) + " points\tversion " + s.version());
            }
            return Main.OK;
        }
    }

    /** {@code dti methodology export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Copies a bundled methodology's folder out for editing (the folder must not exist or be empty). Edit its decision table "
                    + "(scoring.csv) or rule files, then use --methodology <dir>; no rebuild needed.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<id>", description = "A bundled methodology id.")
        String id;

        @Parameters(index = "1", paramLabel = "<dir>", description = "The folder to create.")
        Path dir;

        @Override
        public Integer call() {
            Methodologies.export(id, dir);
            spec.commandLine().getOut().println("Exported " + id + " to " + dir + ". Edit its files, then use --methodology " + dir + ".");
            return Main.OK;
        }
    }

    /** {@code dti methodology test}. */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Runs a methodology folder's own test cases (tests/*.json): exit 0 when all pass, 4 when any fails.")
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
        String methodology;

        @Override
        public Integer call() {
            RuleScorer scorer = Inputs.methodology(methodology, spec.commandLine().getErr());
            List<MethodologyTests.Result> results = MethodologyTests.run(scorer);
            PrintWriter out = spec.commandLine().getOut();
            if (results.isEmpty()) {
                out.println("No test cases in " + scorer.source() + "/tests/*.json.");
                return Main.OK;
            }
            long failed = results.stream().filter(r -> !r.passed()).count();
            for (MethodologyTests.Result r : results) {
                out.println(scorer.source() + "/" + r);
            }
            out.println((results.size() - failed) + " passed, " + failed + " failed");
            return failed == 0 ? Main.OK : Main.TESTS_FAILED;
        }
    }

    /** {@code dti methodology validate}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks a methodology folder as it loads (catalogue, rule files and decision tables cell by cell, each rule's "
                    + "parameters against the catalogue, the boundary sweep) and runs its test cases. Lists every problem in file order: "
                    + "exit 3 for an invalid methodology, 4 for failed test cases, 0 with a one-line summary.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<id|dir>", description = "A bundled methodology id or a folder.")
        String methodology;

        @Override
        public Integer call() {
            MethodologyCheck check = MethodologyCheck.of(methodology);
            return print(check, spec.commandLine().getOut());
        }

        /** Prints a check and returns its exit code (shared with watch). */
        static int print(MethodologyCheck check, PrintWriter out) {
            for (String p : check.problems()) {
                out.println(p);
            }
            for (MethodologyTests.Result r : check.tests()) {
                if (!r.passed()) {
                    out.println(check.source() + "/" + r);
                }
            }
            out.println(check.summary());
            out.flush();
            return !check.valid() ? Main.BAD_METHODOLOGY : check.passed() ? Main.OK : Main.TESTS_FAILED;
        }
    }
}
