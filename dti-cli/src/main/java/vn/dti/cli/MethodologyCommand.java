package vn.dti.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Option;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.json.DtiJson;
import vn.dti.rules.MethodologyDiff;
import vn.dti.rules.MethodologyWatcher;
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
import vn.dti.text.Message;

/** {@code dti methodology …}: the methodology folders. */
@Command(name = "methodology", mixinStandardHelpOptions = true,
        subcommands = {MethodologyCommand.ListCommand.class, MethodologyCommand.Export.class, MethodologyCommand.Test.class,
                MethodologyCommand.Validate.class, MethodologyCommand.Diff.class, MethodologyCommand.Watch.class})
final class MethodologyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw Options.usage(spec, Text.of(spec).t("cli.methodology.needsCommand"));
    }

    /** {@code dti methodology list}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Text x = Text.of(spec);
            for (String id : Methodologies.bundled()) {
                RuleScorer s = Methodologies.bundled(id);
                out.println(x.t("cli.methodology.listed", id, s.methodology().name(), s.methodology().components().size(),
                        Points.format(s.methodology().totalPoints()), s.version()));
            }
            return ExitCode.OK;
        }
    }

    /** {@code dti methodology export}. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "id")
        String id;

        @Parameters(index = "1", paramLabel = "<dir>", descriptionKey = "dir")
        Path dir;

        @Option(names = "--xlsx")
        boolean xlsx;

        @Override
        public Integer call() {
            Methodologies.export(id, dir, xlsx);
            spec.commandLine().getOut().println(Text.of(spec).t("cli.methodology.exported", id, dir.toString()));
            return ExitCode.OK;
        }
    }

    /** {@code dti methodology test}. */
    @Command(name = "test", mixinStandardHelpOptions = true)
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        CodeTrust trust;

        @Parameters(index = "0", paramLabel = "<id|dir>", descriptionKey = "id")
        String methodology;

        @Option(names = "--accept", paramLabel = "<case|component>")
        String accept;

        @Option(names = "--yes")
        boolean yes;

        @Override
        public Integer call() {
            RuleScorer scorer = Inputs.methodology(methodology, spec);
            PrintWriter out = spec.commandLine().getOut();
            if (accept != null) {
                Integer refused = accept(scorer, out);
                if (refused != null) {
                    return refused;
                }
                scorer = Inputs.methodology(methodology, spec);
            }
            List<MethodologyTests.Result> results = MethodologyTests.run(scorer);
            Text x = Text.of(spec);
            if (results.isEmpty()) {
                out.println(x.t("cli.methodology.noTests", scorer.source()));
                return ExitCode.OK;
            }
            long failed = results.stream().filter(r -> !r.passed()).count();
            for (MethodologyTests.Result r : results) {
                out.println(result(x, scorer.source(), r));
            }
            out.println(x.t("cli.methodology.tested", results.size() - failed, failed));
            return failed == 0 ? ExitCode.OK : ExitCode.TESTS_FAILED;
        }

    /**
     * {@code --accept}: shows the expected points and findings that a deliberate change makes out of date, old and
     * new, and rewrites the case files after confirmation; null to go on and run the cases, or the
     * exit code when nothing was written.
     */
    private Integer accept(RuleScorer scorer, PrintWriter out) {
        Text x = Text.of(spec);
        Path folder = Path.of(methodology);
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw Options.usage(spec, x.t("cli.methodology.accept.notFolder", methodology));
        }
        List<MethodologyTests.Change> changes = MethodologyTests.accepting(scorer, accept);
        if (changes.isEmpty()) {
            out.println(x.t("cli.methodology.accept.nothing", accept));
            return null;
        }
        for (MethodologyTests.Change c : changes) {
            if (c.findings()) {
                out.println(x.t("cli.methodology.accept.findings", c.file() + ":" + c.line(), c.caseName(), String.join(", ", c.expectedFindings()),
                        String.join(", ", c.actualFindings())));
            } else {
                out.println(x.t(c.component() == null ? "cli.methodology.accept.total" : "cli.methodology.accept.points", c.file() + ":" + c.line(),
                        c.caseName(), c.component(), x.points(c.expected()), x.points(c.actual())));
            }
        }
        out.flush();
        if (!yes) {
            java.io.Console console = System.console();
            if (console == null) {
                throw Options.usage(spec, x.t("cli.methodology.accept.needYes"));
            }
            String answer = console.readLine("%s", x.t("cli.methodology.accept.confirm", changes.size()));
            if (answer == null || !(answer.strip().equalsIgnoreCase("c") || answer.strip().equalsIgnoreCase("y")
                    || answer.strip().equalsIgnoreCase("có") || answer.strip().equalsIgnoreCase("yes"))) {
                out.println(x.t("cli.methodology.accept.notWritten"));
                return ExitCode.TESTS_FAILED;
            }
        }
        MethodologyTests.accept(folder, changes);
        out.println(x.t("cli.methodology.accept.written", changes.size()));
        return null;
    }
    }

    /** A test case's result in the run's language: "tests/patterns.json:12: name: ĐẠT", or KHÔNG ĐẠT and its problems. */
    static String result(Text x, String source, MethodologyTests.Result r) {
        return x.t(r.passed() ? "cli.methodology.case.passed" : "cli.methodology.case.failed", source + "/" + r.file(), r.line(), r.name())
                + (r.passed() ? "" : "\n    " + String.join("\n    ", r.problems()));
    }

    /** {@link MethodologyCheck#summaryMessage()} in the run's language. */
    static String summary(MethodologyCheck check, Text x) {
        return x.of(check.summaryMessage());
    }

    /** {@code dti methodology validate}. */
    @Command(name = "validate", mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        CodeTrust trust;

        @Parameters(index = "0", paramLabel = "<id|dir>", descriptionKey = "id")
        String methodology;

        @Override
        public Integer call() {
            MethodologyCheck check = MethodologyCheck.of(methodology, CodeTrust.of(spec));
            return print(check, spec.commandLine().getOut(), Text.of(spec));
        }

        /** Prints a check and returns its exit code (shared with watch). */
        static int print(MethodologyCheck check, PrintWriter out, Text x) {
            for (String p : check.problems()) {
                out.println(p);
            }
            for (MethodologyTests.Result r : check.tests()) {
                if (!r.passed()) {
                    out.println(result(x, check.source(), r));
                }
            }
            out.println(summary(check, x));
            if (check.valid() && !check.passed()) {
                long failed = check.tests().stream().filter(r -> !r.passed()).count();
                out.println(x.t("cli.methodology.testsFail", check.source(), failed, check.tests().size()));
            }
            out.flush();
            return !check.valid() ? ExitCode.BAD_METHODOLOGY : check.passed() ? ExitCode.OK : ExitCode.TESTS_FAILED;
        }
    }

    /** {@code dti methodology diff}. */
    @Command(name = "diff", mixinStandardHelpOptions = true)
    static final class Diff implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        CodeTrust trust;

        @Parameters(index = "0", paramLabel = "<old>", descriptionKey = "old")
        String older;

        @Parameters(index = "1", paramLabel = "<new>", descriptionKey = "new")
        String newer;

        @Option(names = "--evidence", paramLabel = "<file>")
        List<Path> evidence = new ArrayList<>();

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|json")
        String format;

        @Option(names = "--out", paramLabel = "<file>")
        Path out;

        @Override
        public Integer call() {
            Options.oneOf(spec, "--format", format, "table", "json");
            List<Path> inputs = new ArrayList<>(evidence);
            inputs.addAll(Inputs.methodologyFiles(older));
            inputs.addAll(Inputs.methodologyFiles(newer));
            Output.checkNotAnInput(out, inputs);
            RuleScorer a = Inputs.methodology(older, spec);
            RuleScorer b = Inputs.methodology(newer, spec);
            List<Evidence> read = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Path p : evidence) {
                Evidence e = DtiJson.readEvidence(p);
                List<String> leftOutOfOld = new ArrayList<>();
                List<String> leftOutOfNew = new ArrayList<>();
                Evidence forOld = MethodologyDiff.evidenceFor(e, a, b, false, leftOutOfOld);
                Evidence forNew = MethodologyDiff.evidenceFor(e, a, b, true, leftOutOfNew);
                if (leftOutOfOld.stream().anyMatch(leftOutOfNew::contains)) {
                    // a component neither methodology has: a mistake in the evidence, named with its line
                    List<String> onlyOld = leftOutOfNew.stream().filter(id -> !leftOutOfOld.contains(id)).toList();
                    check(p, e, new Evidence(e.methodology(), e.entity(), e.period(), e.reportedAt(), e.note(), e.components().stream()
                            .filter(ce -> !onlyOld.contains(ce.indicator().value())).toList()), onlyOld, b);
                }
                // each side checks the components it scores (a component only one side has does not stop the diff)
                check(p, e, forOld, leftOutOfOld, a);
                check(p, e, forNew, leftOutOfNew, b);
                read.add(e);
                names.add(p.toString());
            }
            MethodologyDiff d = MethodologyDiff.compare(a, b, read, names);
            Text x = Text.of(spec);
            Output.write(format.equals("json") ? DtiJson.write(d, x.language()) : DiffTable.render(d, x), out, spec.commandLine().getOut());
            return ExitCode.OK;
        }

        /**
         * Checks the evidence one side scores ({@code side}: the file's components but those in {@code leftOut}, in the
         * file's order), naming the file's own line: "$.components[k]" of {@code side} is the file's k-th entry kept.
         */
        private static void check(Path file, Evidence whole, Evidence side, List<String> leftOut, RuleScorer s) {
            try {
                s.methodology().checkEvidence(side);
            } catch (InvalidEvidenceException ex) {
                int[] at = new int[side.components().size()];
                for (int i = 0, j = 0; i < whole.components().size() && j < at.length; i++) {
                    if (!leftOut.contains(whole.components().get(i).indicator().value())) {
                        at[j++] = i;
                    }
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\.components\\[(\\d+)\\]").matcher(ex.getMessage());
                StringBuilder message = new StringBuilder();
                while (m.find()) {
                    int k = Integer.parseInt(m.group(1));
                    m.appendReplacement(message, java.util.regex.Matcher.quoteReplacement("$.components[" + (k < at.length ? at[k] : k) + "]"));
                }
                m.appendTail(message);
                throw new InvalidEvidenceException(Message.of("cli.methodology.diff.under", Inputs.locate(file, message.toString()), s.methodology().id(),
                        s.source()));
            }
        }
    }

    /** {@code dti methodology watch}. */
    @Command(name = "watch", mixinStandardHelpOptions = true)
    static final class Watch implements java.util.concurrent.Callable<Integer> {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        CodeTrust trust;

        @Parameters(index = "0", paramLabel = "<dir>", descriptionKey = "dir")
        Path dir;

        @Option(names = "--timeout", paramLabel = "<seconds>")
        Long timeout;

        @Option(names = "--settle", paramLabel = "<ms>", defaultValue = "300")
        long settle;

        @Override
        public Integer call() throws InterruptedException {
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw Options.usage(spec, Text.of(spec).t("cli.methodology.watchNotAFolder", dir));
            }
            // each outcome is printed below; the watcher's own log lines would say it a second time
            System.setProperty("org.slf4j.simpleLogger.log.vn.dti.rules.MethodologyWatcher", "error");
            PrintWriter out = spec.commandLine().getOut();
            Text x = Text.of(spec);
            out.println(x.t("cli.methodology.watching", dir.toString()));
            out.flush();
            MethodologyWatcher.Listener listener = new MethodologyWatcher.Listener() {
                @Override
                public void accepted(MethodologyCheck check) {
                    report(out, check, null, x);
                }

                @Override
                public void refused(MethodologyCheck check, RuleScorer serving) {
                    report(out, check, serving, x);
                }

                @Override
                public void folderGone(Path folder, RuleScorer serving) {
                    synchronized (Watch.class) {
                        out.println();
                        out.println(x.t("cli.methodology.folderGone", LocalTime.now().format(TIME), folder.toString(), serving(x, serving)));
                        out.flush();
                    }
                }
            };
            CountDownLatch never = new CountDownLatch(1);
            try (MethodologyWatcher w = MethodologyWatcher.start(dir, Duration.ofMillis(Math.max(50, settle)), listener, CodeTrust.of(spec))) {
                if (timeout == null) {
                    never.await();
                } else {
                    never.await(timeout, TimeUnit.SECONDS);
                }
            }
            return ExitCode.OK;
        }

        private static String serving(Text x, RuleScorer serving) {
            return serving == null ? x.t("cli.methodology.noneServed") : x.t("cli.methodology.serving", serving.version());
        }

        private static synchronized void report(PrintWriter out, MethodologyCheck check, RuleScorer serving, Text x) {
            out.println();
            out.println("[" + LocalTime.now().format(TIME) + "] " + x.t(check.passed() ? "cli.methodology.watch.passed" : check.valid()
                    ? "cli.methodology.watch.testsFail" : "cli.methodology.watch.invalid"));
            Validate.print(check, out, x);
            if (!check.passed()) {
                out.println(serving(x, serving));
            }
            out.flush();
        }
    }
}
