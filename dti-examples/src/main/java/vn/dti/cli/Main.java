package vn.dti.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.DtiException;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.Period;
import vn.dti.api.ScoreCard;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortComparison;
import vn.dti.cohort.CohortRanker;
import vn.dti.cohort.CohortRanking;
import vn.dti.json.DtiJson;
import vn.dti.rules.EvidenceTemplate;
import vn.dti.rules.Methodologies;
import vn.dti.rules.MethodologyTests;
import vn.dti.rules.RuleScorer;

/**
 * The {@code dti} command line. Exit codes: 0 done; 1 internal error (a bug); 2 bad input or
 * usage; 3 invalid methodology; 4 a methodology's own test cases failed. A user error prints one message, never a stack trace, and
 * nothing is written to {@code --out} unless the whole run succeeded.
 */
public final class Main {
    static final int OK = 0;
    static final int BUG = 1;
    static final int BAD_INPUT = 2;
    static final int BAD_METHODOLOGY = 3;
    static final int TESTS_FAILED = 4;

    static final String USAGE = String.join("\n",
            "Usage:",
            "  dti score --methodology <id|dir> --evidence <file> [--format table|json] [--out <file>]",
            "  dti evidence template --methodology <id|dir> [--fill empty|max|zero] --out <file>",
            "            [--entity <id>] [--name <name>] [--period <2025|2025-Q3>]",
            "  dti rank --methodology <id|dir> --cohort <file> [--region <name>] [--top <n>] [--format table|json|csv] [--out <file>]",
            "  dti compare <old-result.json> <new-result.json> [--format table|json|csv] [--out <file>]",
            "  dti methodology list",
            "  dti methodology test <id|dir>",
            "  dti methodology export <id> <dir>");

    private static final Pattern COMPONENT_PATH = Pattern.compile("\\$\\.components\\[(\\d+)\\]");

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new Main(out, err).run(args));
    }

    /** Runs one command and returns its exit code. */
    int run(String... args) {
        try {
            return dispatch(Arrays.asList(args));
        } catch (InvalidMethodologyException e) {
            err.println("dti: invalid methodology: " + e.getMessage());
            return BAD_METHODOLOGY;
        } catch (DtiException e) {
            err.println("dti: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("dti: internal error: " + e + "\nThis is a bug in dti; please report it with the command you ran."
                    + (System.getenv("DTI_DEBUG") != null ? "" : " (Set DTI_DEBUG=1 to print the stack trace.)"));
            if (System.getenv("DTI_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return BUG;
        }
    }

    private int dispatch(List<String> a) {
        if (a.isEmpty() || a.get(0).equals("--help") || a.get(0).equals("-h") || a.get(0).equals("help")) {
            out.println(USAGE);
            return a.isEmpty() ? BAD_INPUT : OK;
        }
        String cmd = a.get(0);
        List<String> rest = a.subList(1, a.size());
        switch (cmd) {
            case "score":
                return score(Args.parse(rest, Set.of("methodology", "evidence", "format", "out")));
            case "rank":
                return rank(Args.parse(rest, Set.of("methodology", "cohort", "region", "top", "format", "out")));
            case "compare":
                return compare(Args.parse(rest, Set.of("format", "out")));
            case "evidence":
                if (rest.isEmpty() || !rest.get(0).equals("template")) {
                    throw new UsageException("Unknown command: dti evidence " + String.join(" ", rest));
                }
                return template(Args.parse(rest.subList(1, rest.size()), Set.of("methodology", "fill", "out", "entity", "name", "period")));
            case "methodology":
                if (rest.isEmpty()) {
                    throw new UsageException("dti methodology needs 'list' or 'export'.");
                }
                if (rest.get(0).equals("list")) {
                    Args.parse(rest.subList(1, rest.size()), Set.of()).noPositional();
                    return list();
                }
                if (rest.get(0).equals("test")) {
                    Args args = Args.parse(rest.subList(1, rest.size()), Set.of());
                    if (args.positional.size() != 1) {
                        throw new UsageException("dti methodology test needs <id|dir>.");
                    }
                    return test(args.positional.get(0));
                }
                if (rest.get(0).equals("export")) {
                    Args args = Args.parse(rest.subList(1, rest.size()), Set.of());
                    if (args.positional.size() != 2) {
                        throw new UsageException("dti methodology export needs <id> and <dir>.");
                    }
                    Methodologies.export(args.positional.get(0), Path.of(args.positional.get(1)));
                    out.println("Exported " + args.positional.get(0) + " to " + args.positional.get(1)
                            + ". Edit its files, then use --methodology " + args.positional.get(1) + ".");
                    return OK;
                }
                throw new UsageException("Unknown command: dti methodology " + rest.get(0));
            default:
                throw new UsageException("Unknown command: " + cmd);
        }
    }

    private int score(Args args) {
        args.noPositional();
        String format = args.oneOf("format", "table", "table", "json");
        RuleScorer scorer = resolve(args.require("methodology"));
        Path file = Path.of(args.require("evidence"));
        Evidence evidence = DtiJson.readEvidence(file);
        ScoreCard card;
        try {
            card = scorer.score(evidence);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(locate(file, e.getMessage()));
        }
        String text = format.equals("json") ? DtiJson.write(card) : ScoreTable.render(card, scorer.methodology());
        Output.write(text, args.get("out"), out);
        return OK;
    }

    private int rank(Args args) {
        args.noPositional();
        String format = args.oneOf("format", "table", "table", "json", "csv");
        int top;
        try {
            top = Integer.parseInt(args.get("top", Integer.toString(CohortRanker.DEFAULT_TOP)));
        } catch (NumberFormatException e) {
            throw new UsageException("--top must be a whole number; got [" + args.get("top") + "].");
        }
        if (top < 1) {
            throw new UsageException("--top must be at least 1; got [" + top + "].");
        }
        RuleScorer scorer = resolve(args.require("methodology"));
        Path file = Path.of(args.require("cohort"));
        Cohort cohort;
        try {
            cohort = DtiJson.readCohort(file);
        } catch (InvalidEvidenceException e) {
            throw e.getMessage().startsWith(file.toString()) ? e : new InvalidEvidenceException(file + ": " + e.getMessage());
        }
        CohortRanking ranking;
        try {
            ranking = CohortRanker.rank(scorer, cohort, top);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(file + ": " + e.getMessage());
        }
        String region = args.get("region");
        if (region != null) {
            ranking = CohortRanker.region(ranking, region);
        }
        String text;
        switch (format) {
            case "json":
                text = DtiJson.write(ranking);
                break;
            case "csv":
                text = RankTable.csv(ranking);
                break;
            default:
                text = RankTable.table(ranking, scorer.methodology().name(), region);
        }
        Output.write(text, args.get("out"), out);
        return OK;
    }

    private int compare(Args args) {
        if (args.positional.size() != 2) {
            throw new UsageException("dti compare needs <old-result.json> and <new-result.json> (written by dti rank --format json).");
        }
        String format = args.oneOf("format", "table", "table", "json", "csv");
        CohortRanking older = DtiJson.readRanking(Path.of(args.positional.get(0)));
        CohortRanking newer = DtiJson.readRanking(Path.of(args.positional.get(1)));
        CohortComparison c = CohortComparison.compare(older, newer);
        String text = format.equals("json") ? DtiJson.write(c) : format.equals("csv") ? RankTable.compareCsv(c) : RankTable.compareTable(c);
        Output.write(text, args.get("out"), out);
        return OK;
    }

    private int template(Args args) {
        args.noPositional();
        EvidenceTemplate.Fill fill = EvidenceTemplate.Fill.valueOf(args.oneOf("fill", "empty", "empty", "max", "zero").toUpperCase(java.util.Locale.ROOT));
        String target = args.require("out");
        RuleScorer scorer = resolve(args.require("methodology"));
        Period period;
        try {
            period = args.get("period") == null ? Period.year(scorer.methodology().year()) : Period.parse(args.get("period"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--period: " + e.getMessage());
        }
        String id = args.get("entity", "province");
        Entity entity;
        try {
            entity = new Entity(id, args.get("name", id), scorer.methodology().entityKind());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--entity: " + e.getMessage());
        }
        Evidence template = EvidenceTemplate.create(scorer, fill, entity, period);
        Output.write(DtiJson.write(template), target, out);
        return OK;
    }

    private int test(String idOrDir) {
        RuleScorer scorer = resolve(idOrDir);
        List<MethodologyTests.Result> results = MethodologyTests.run(scorer);
        if (results.isEmpty()) {
            out.println("No test cases in " + scorer.source() + "/tests/*.json.");
            return OK;
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        for (MethodologyTests.Result r : results) {
            out.println(scorer.source() + "/" + r);
        }
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? OK : TESTS_FAILED;
    }

    private int list() {
        for (String id : Methodologies.bundled()) {
            RuleScorer s = Methodologies.bundled(id);
            out.println(id + "\t" + s.methodology().name() + "\t" + s.methodology().components().size() + " components, "
                    + vn.dti.api.Points.format(s.methodology().totalPoints()) + " points\tversion " + s.version());
        }
        return OK;
    }

    /** A folder or bundled id; says so when a folder shadows the bundled methodology of the same name. */
    private RuleScorer resolve(String idOrFolder) {
        RuleScorer scorer = Methodologies.resolve(idOrFolder);
        if (!scorer.source().startsWith("classpath:") && Methodologies.bundled().contains(idOrFolder)) {
            err.println("dti: note: using the folder " + scorer.source() + ", not the bundled methodology " + idOrFolder + ".");
        }
        return scorer;
    }

    /** Prefixes "file:line:column" to each "$.components[N]…" problem, found by reading the file again. */
    static String locate(Path file, String message) {
        StringBuilder sb = new StringBuilder();
        for (String line : message.split("\n")) {
            Matcher m = COMPONENT_PATH.matcher(line);
            String where = file.toString();
            if (m.find()) {
                int[] lc = lineOfComponent(file, Integer.parseInt(m.group(1)));
                if (lc != null) {
                    where += ":" + lc[0] + ":" + lc[1];
                }
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(where).append(": ").append(line);
        }
        return sb.toString();
    }

    private static int[] lineOfComponent(Path file, int index) {
        try (var parser = DtiJson.mapper().getFactory().createParser(Files.newInputStream(file))) {
            com.fasterxml.jackson.core.JsonPointer target = com.fasterxml.jackson.core.JsonPointer.compile("/components/" + index);
            while (parser.nextToken() != null) {
                if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT
                        && parser.getParsingContext().pathAsPointer().equals(target)) {
                    var loc = parser.currentTokenLocation();
                    return new int[] {loc.getLineNr(), loc.getColumnNr()};
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
