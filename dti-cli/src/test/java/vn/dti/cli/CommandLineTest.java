package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a product: help on every command, usage errors with suggestions, version, completion, inputs never overwritten. */
class CommandLineTest {
    static final String M = MainTest.M;
    static final String EXAMPLE = MainTest.EXAMPLE;

    @TempDir
    Path tmp;

    /** Every command and sub-command, as typed. */
    static final List<String> COMMANDS = List.of("score", "evidence", "evidence template", "evidence merge", "status", "history", "emulation", "rank",
            "compare", "methodology", "methodology list", "methodology export", "methodology test", "methodology validate", "methodology diff", "methodology watch",
            "gaps", "targets", "whatif", "plan", "sensitivity", "dashboard", "serve");

    static List<String> commands() {
        return COMMANDS;
    }

    /** The command tree as picocli builds it: every command and sub-command as typed (picocli's own help and completion left out). */
    private static java.util.SortedSet<String> tree(picocli.CommandLine cl, String prefix, java.util.SortedSet<String> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help") || e.getKey().equals("generate-completion")) {
                continue;
            }
            String name = prefix.isEmpty() ? e.getKey() : prefix + " " + e.getKey();
            out.add(name);
            tree(e.getValue(), name, out);
        }
        return out;
    }

    private static picocli.CommandLine commandLine() {
        return new Main(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .commandLine();
    }

    @Test
    void theListOfCommands_isTheRealCommandTree() {
        assertEquals(tree(commandLine(), "", new java.util.TreeSet<>()), new java.util.TreeSet<>(COMMANDS));
    }

    @Test
    void everyUsageMessage_formatsWithoutPicocliWarnings() {
        // picocli formats descriptions with String.format: an unescaped % ("± 20%)") makes it warn on stderr and print the raw text
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String c : COMMANDS) {
                picocli.CommandLine cl = commandLine();
                for (String w : c.split(" ")) {
                    cl = cl.getSubcommands().get(w);
                }
                cl.usage(new java.io.PrintWriter(new java.io.StringWriter()));
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void help_onEveryCommand(String command) {
        String[] words = (command + " --help").split(" ");
        MainTest.Run r = MainTest.en(words);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: dti " + command), r.out());
        assertTrue(r.out().contains("-h, --help"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"score --methodology", "score --methodology vn-dti-province-2025 --evidnce x.json", "evidence templat",
            "evidence template --methodology vn-dti-province-2025", "rank --methodology vn-dti-province-2025", "rank --cohort c.json --top x",
            "compare one.json", "methodology lst", "methodology export vn-dti-province-2025", "methodology test", "methodology validate",
            "methodology diff a", "methodology watch", "methodology watch no-such-dir",
            "evidence merge --methodology vn-dti-province-2025 --workspace w", "status --workspace w --period 2025-Q3",
            "status --methodology vn-dti-province-2025 --workspace w --period 2025-Q3 --as-of 31/02/2025",
            "status --methodology vn-dti-province-2025 --workspace w --period 2025-Q3 --format xml", "history --methodology vn-dti-province-2025",
            "evidence template --methodology vn-dti-province-2025 --agency Sở --format pdf --out x.pdf",
            "evidence template --methodology vn-dti-province-2025 --format xlsx --out x.xlsx"})
    void usageError_onEveryCommand_exit2_withItsUsage(String command) {
        MainTest.Run r = MainTest.en(command.split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("dti: "), r.err());
        assertTrue(r.err().contains("Usage: dti "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void usageError_suggestsTheCommandMeant() {
        MainTest.Run r = MainTest.en("scroe", "--methodology", M);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dti: Unknown command 'scroe'. Did you mean 'dti score'?\n"), r.err());
        MainTest.Run o = MainTest.en("score", "--methodology", M, "--evidnce", EXAMPLE);
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("dti: Unknown option '--evidnce'. Did you mean '--evidence'?\n\nUsage: dti score "), o.err());
    }

    /** Misspellings anywhere in the word, as edit distance finds them (picocli's own suggestions need the first two letters right). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "score --methodology vn-dti-province-2025 --evidence ../dti-examples/data/khanh-hoa-2023.json --fromat json | Unknown option '--fromat'. Did you mean '--format'?",
        "score --ecidence x | Unknown option '--ecidence'. Did you mean '--evidence'?",
        "score --epxlain | Unknown option '--epxlain'. Did you mean '--explain'?",
        "rank --tpo 5 | Unknown option '--tpo'. Did you mean '--top'?",
        "rank --fromat=csv | Unknown option '--fromat'. Did you mean '--format'?",
        "methodology lst | Unknown command 'lst'. Did you mean 'dti methodology list'?",
        "help scor | Unknown command 'scor'. Did you mean 'dti help score'?",
        "help methodology lst | Unknown command 'lst'. Did you mean 'dti help methodology list'?",
        "generate-completion --foo | Unknown option '--foo'. See 'dti generate-completion --help' for its options.",
        "generate-completion extra | Unexpected argument 'extra': dti generate-completion takes no arguments.",
        "compare a.json b.json c.json | Unexpected argument 'c.json': dti compare takes <old-result.json> <new-result.json>."})
    void usageError_saysWhatWasMeant_once(String command, String message) {
        MainTest.Run r = MainTest.en(command.split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("dti: " + message, r.err().lines().findFirst().orElseThrow(), r.err());
        assertEquals("", r.err().lines().skip(1).findFirst().orElseThrow(), "one line, then the usage: " + r.err());
        // the value typed after an unknown option is not a second unknown argument
        assertFalse(r.err().contains("'json'") || r.err().contains("'x'") || r.err().contains("'5'"), r.err());
        assertFalse(r.err().contains("Unknown options"), r.err());
    }

    /** Every command and sub-command of the real tree, as typed ("" is dti itself), picocli's help and completion included. */
    static List<String> everyCommand() {
        List<String> out = new ArrayList<>();
        out.add("");
        walk(commandLine(), "", out);
        return out;
    }

    private static void walk(picocli.CommandLine cl, String prefix, List<String> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            String full = prefix.isEmpty() ? name : prefix + " " + name;
            out.add(full);
            walk(sub, full, out);
        });
    }

    /** The words of a command as typed ("" is dti itself), to add arguments to. */
    private static List<String> words(String command) {
        return new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
    }

    /** The command's own CommandLine in the real tree. */
    private static picocli.CommandLine find(String command) {
        picocli.CommandLine cl = commandLine();
        for (String w : words(command)) {
            cl = cl.getSubcommands().get(w);
        }
        return cl;
    }

    @Test
    void everyCommand_isTheTreeWithHelpAndCompletion() {
        List<String> all = everyCommand();
        assertTrue(all.containsAll(COMMANDS) && all.contains("help") && all.contains("generate-completion"), all.toString());
        assertEquals(COMMANDS.size() + 3, all.size(), all.toString());
    }

    /** An option of the command misspelt (two letters swapped, as in --fromat), with its value: exit 2, the option meant, its usage. */
    @ParameterizedTest
    @MethodSource("everyCommand")
    void unknownOption_onEveryCommand_exit2_withTheOptionMeant(String command) {
        picocli.CommandLine cl = find(command);
        // its longest option name: on a command with no options of its own, --version
        String option = cl.getCommandSpec().options().stream().flatMap(o -> Stream.of(o.names()))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElseThrow();
        String typo = option.substring(0, 3) + option.charAt(4) + option.charAt(3) + option.substring(5);
        List<String> args = words(command);
        args.add(typo);
        // an option that takes a value gets one: it is not reported as a second unknown argument
        boolean takesValue = cl.getCommandSpec().findOption(option).arity().max() > 0;
        if (takesValue) {
            args.add("some-value");
        }
        MainTest.Run r = MainTest.en(args.toArray(new String[0]));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("dti: Unknown option '" + typo + "'. Did you mean '" + option + "'?\n\nUsage: dti" + (command.isEmpty() ? ""
                : " " + command)), r.err());
        assertFalse(r.err().contains("some-value"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        MainTest.Run vi = MainTest.run(args.toArray(new String[0]));
        assertEquals(2, vi.code(), vi.out() + vi.err());
        assertTrue(vi.err().startsWith("dti: Không có tùy chọn '" + typo + "'. Có phải là '" + option + "'?\n\nCách dùng: dti" + (command.isEmpty() ? ""
                : " " + command)), vi.err());
    }

    /** A misspelt sub-command (a letter left out): exit 2 and the sub-command meant. */
    @ParameterizedTest
    @MethodSource("everyCommand")
    void unknownSubCommand_onEveryCommandWithSubCommands_exit2_withTheOneMeant(String command) {
        for (String sub : find(command).getSubcommands().keySet()) {
            String typo = sub.substring(0, sub.length() / 2) + sub.substring(sub.length() / 2 + 1);
            List<String> args = words(command);
            args.add(typo);
            MainTest.Run r = MainTest.en(args.toArray(new String[0]));
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().startsWith("dti: Unknown command '" + typo + "'. Did you mean 'dti " + (command.isEmpty() ? "" : command + " ") + sub
                    + "'?\n"), r.err());
        }
    }

    @Test
    void version_namesTheLibraryAndEachBundledMethodology() {
        MainTest.Run r = MainTest.en("--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("dti 0."), r.out());
        assertTrue(r.out().contains("Drools 10.2.0"), r.out());
        assertTrue(r.out().matches("(?s).*\n  vn-dti-province-2025 version [0-9a-f]{16}\n.*"), r.out());
    }

    @Test
    void completionScript_isGenerated() {
        MainTest.Run r = MainTest.run("generate-completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F _complete_dti"), r.out().substring(0, 200));
        for (String c : List.of("score", "rank", "methodology")) {
            assertTrue(r.out().contains(c), c);
        }
    }

    @Test
    void out_thatIsTheEvidenceItself_isRefused_andTheEvidenceKept() throws IOException {
        Path evidence = tmp.resolve("kh.json");
        Files.copy(Path.of(EXAMPLE), evidence);
        String before = Files.readString(evidence);
        MainTest.Run r = MainTest.en("score", "--methodology", M, "--evidence", evidence.toString(), "--format", "json", "--out", evidence.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out " + evidence + " is one of this run's inputs"), r.err());
        MainTest.Run vi = MainTest.run("score", "--methodology", M, "--evidence", evidence.toString(), "--format", "json", "--out", evidence.toString());
        assertTrue(vi.err().contains("--out " + evidence + " là một đầu vào của lần chạy này (" + evidence + "); ghi vào đó sẽ thay mất nó."), vi.err());
        assertEquals(before, Files.readString(evidence));
        // the same file through a symbolic link, and through another spelling of the path
        Path link = tmp.resolve("link.json");
        Files.createSymbolicLink(link, evidence);
        assertEquals(2, MainTest.run("score", "--methodology", M, "--evidence", evidence.toString(), "--out", link.toString()).code());
        assertEquals(2, MainTest.run("score", "--methodology", M, "--evidence", evidence.toString(), "--out",
                tmp.resolve("sub/../kh.json").toString()).code());
        assertEquals(before, Files.readString(evidence));
    }

    @Test
    void out_thatIsAnInput_isRefusedByEveryCommandWithOut() throws IOException {
        Path dir = tmp.resolve("m");
        assertEquals(0, MainTest.run("methodology", "export", M, dir.toString()).code());
        Path catalogue = dir.resolve("methodology.json");
        String before = Files.readString(catalogue);
        assertEquals(2, MainTest.run("evidence", "template", "--methodology", dir.toString(), "--out", catalogue.toString()).code());
        assertEquals(before, Files.readString(catalogue));
        Path cohort = tmp.resolve("cohort.json");
        Files.copy(Path.of(RankCommandTest.COHORT), cohort);
        Files.copy(Path.of(EXAMPLE), tmp.resolve("khanh-hoa-2023.json"));
        assertEquals(2, MainTest.run("rank", "--methodology", M, "--cohort", cohort.toString(), "--out", cohort.toString()).code());
        assertEquals(2, MainTest.run("rank", "--methodology", M, "--cohort", cohort.toString(), "--out", tmp.resolve("khanh-hoa-2023.json").toString()).code());
        Path ranking = tmp.resolve("r.json");
        assertEquals(0, MainTest.run("rank", "--methodology", M, "--cohort", cohort.toString(), "--format", "json", "--out", ranking.toString()).code());
        String r = Files.readString(ranking);
        assertEquals(2, MainTest.run("compare", ranking.toString(), ranking.toString(), "--out", ranking.toString()).code());
        assertEquals(r, Files.readString(ranking));
    }

    @Test
    void evidence_withoutComponents_orAnArray_saysWhatTheFileMustLookLike() throws IOException {
        Path none = tmp.resolve("none.json");
        Files.writeString(none, "{\"entity\": {\"id\": \"kh\", \"kind\": \"PROVINCE\"}, \"period\": \"2025\"}");
        MainTest.Run r = MainTest.en("score", "--methodology", M, "--evidence", none.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dti: " + none + ": has no \"components\" list. An evidence file is one JSON object:"), r.err());
        MainTest.Run vi = MainTest.run("score", "--methodology", M, "--evidence", none.toString());
        assertTrue(vi.err().startsWith("dti: " + none + ": không có danh sách \"components\". Một tệp số liệu là một đối tượng JSON:"), vi.err());
        Path array = tmp.resolve("array.json");
        Files.writeString(array, "[{\"indicator\": \"3.4\", \"value\": 0.9}]");
        r = MainTest.en("score", "--methodology", M, "--evidence", array.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dti: " + array + ": the file holds a JSON array [...] where one JSON object {...} is expected. An evidence file is"),
                r.err());
        assertFalse(r.err().contains("JsonToken"), r.err());
    }

    @Test
    void score_explain_addsAFormulaColumn_afterThePoints() {
        MainTest.Run r = MainTest.en("score", "--methodology", M, "--evidence", EXAMPLE, "--explain");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("Id ")).findFirst().orElseThrow();
        assertTrue(header.matches("Id {8}Points / Max  Formula \\[rule, file\\] +Indicator"), header);
        int names = header.indexOf("Indicator");
        String row = lines.stream().filter(l -> l.startsWith("  3.4 ")).findFirst().orElseThrow();
        assertEquals("  3.4       29.07 / 30  min(1, value / goal) × max = min(1, 0.872 / 0.9) × 30 = 29.07  [3.4, scoring.csv]", row.substring(0, names)
                .stripTrailing());
        assertEquals("Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", row.substring(names));
        // the names start in one column on every row, a component's mark just before it; not reported: the formula says so
        String notReported = lines.stream().filter(l -> l.startsWith("  7.1 ")).findFirst().orElseThrow();
        assertEquals("  7.1           0 / 50  not reported → 0 of 50", notReported.substring(0, names - 1).stripTrailing());
        assertEquals("!Tỷ trọng kinh tế số trong GRDP", notReported.substring(names - 1));
        String main = lines.stream().filter(l -> l.startsWith("3 ")).findFirst().orElseThrow();
        assertEquals("3          54.07 / 200", main.substring(0, names).stripTrailing());
        assertEquals("HẠ TẦNG SỐ", main.substring(names));
        // the full names stay: the column adds, it does not cut
        assertTrue(r.out().contains("cấp độ 3 trở lên được kiểm tra, đánh giá An toàn thông tin hàng năm đầy đủ các nội dung và hình thức theo quy định "
                + "tại Thông tư số 12/2022/TT-BTTTT\n"), r.out());
        MainTest.Run plain = MainTest.en("score", "--methodology", M, "--evidence", EXAMPLE);
        assertFalse(plain.out().contains("Formula") || plain.out().contains("[3.4, scoring.csv]"), plain.out());
    }

    @Test
    void score_explain_withJson_isANote_theJsonUnchanged() {
        MainTest.Run json = MainTest.en("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "json", "--explain");
        assertEquals(0, json.code(), json.err());
        assertEquals("dti: note: --explain adds the Formula column to the table; --format json always carries each component's formula "
                + "(explanation.formula).\n", json.err());
        assertEquals(MainTest.en("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "json").out(), json.out());
    }

    @Test
    void score_periodBeforeTheEdition_isWarnedInTheHeaderAndTheCard() {
        MainTest.Run r = MainTest.en("score", "--methodology", M, "--evidence", EXAMPLE);
        assertTrue(r.out().contains("\nWARNING: Period 2023 precedes this methodology's edition (vn-dti-province-2025 applies from "), r.out());
        MainTest.Run json = MainTest.en("score", "--methodology", M, "--evidence", EXAMPLE, "--format", "json");
        assertTrue(json.out().contains("\"warnings\" : [ \"Period 2023 precedes this methodology's edition"), json.out());
        // the planners' tables and the ranking say it in their headers too
        for (String[] cmd : new String[][] {{"gaps", "--methodology", M, "--evidence", EXAMPLE}, {"whatif", "--methodology", M, "--evidence", EXAMPLE,
                "--set", "3.4=0.9"}, {"rank", "--methodology", M, "--cohort", "../dti-examples/data/cohort-2025-illustrative.json"}}) {
            MainTest.Run t = MainTest.en(cmd);
            assertEquals(0, t.code(), t.err());
            int warning = t.out().indexOf("\nWARNING: Period 2023 precedes this methodology's edition (vn-dti-province-2025 applies from 2025)");
            assertTrue(warning > 0 && warning < t.out().indexOf("\n\n"), cmd[0] + ": in the header\n" + t.out());
        }
    }

    @Test
    void eachCommandsName_isTheNameItsAnnotationGives() {
        DtiCommand.COMMANDS.forEach((name, type) -> assertEquals(name, type.getAnnotation(picocli.CommandLine.Command.class).name(), type.getName()));
        assertEquals(17, DtiCommand.COMMANDS.size());
    }

    @Test
    void aRunNamingOneCommand_addsThatCommandAlone_withTheSameUsage() {
        for (vn.dti.text.Language language : vn.dti.text.Language.values()) {
            Main main = new Main(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            picocli.CommandLine whole = main.commandLine(language);
            for (String name : DtiCommand.COMMANDS.keySet()) {
                if (name.equals("help") || name.equals("generate-completion")) {
                    continue;
                }
                picocli.CommandLine alone = main.commandLine(language, DtiCommand.commandsFor("--lang", language.name().toLowerCase(java.util.Locale.ROOT), name, "--help"));
                assertEquals(List.of(name), List.copyOf(alone.getSubcommands().keySet()));
                assertEquals(usages(whole.getSubcommands().get(name)), usages(alone.getSubcommands().get(name)), name + " in " + language);
            }
        }
    }

    /** The usage of a command and of each of its sub-commands. */
    private static String usages(picocli.CommandLine cl) {
        java.io.StringWriter out = new java.io.StringWriter();
        cl.usage(new java.io.PrintWriter(out));
        cl.getSubcommands().values().forEach(sub -> out.write(usages(sub)));
        return out.toString();
    }

    @Test
    void commandsFor_theWholeTree_whereTheUsageOrAnErrorListsTheCommands() {
        int all = DtiCommand.COMMANDS.size();
        assertEquals(List.of(ScoreCommand.class), DtiCommand.commandsFor("score", "--methodology", "x"));
        assertEquals(List.of(ScoreCommand.class), DtiCommand.commandsFor("--lang", "en", "score"));
        assertEquals(List.of(MethodologyCommand.class), DtiCommand.commandsFor("--lang=vi", "methodology", "validate", "x"));
        assertEquals(all, DtiCommand.commandsFor().size());
        assertEquals(all, DtiCommand.commandsFor("help", "score").size());
        assertEquals(all, DtiCommand.commandsFor("generate-completion").size());
        assertEquals(all, DtiCommand.commandsFor("scor", "--evidence", "x").size());
        assertEquals(all, DtiCommand.commandsFor("--help").size());
        assertEquals(all, DtiCommand.commandsFor("--lang", "en").size());
    }
}
