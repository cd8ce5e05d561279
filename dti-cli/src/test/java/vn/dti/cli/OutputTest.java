package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code --out} on every command that has it: never one of the run's inputs (itself, through a
 * symbolic link, through a hard link), never inside a methodology folder the run reads (given
 * through a link, or not); and a written file gets the permissions any new file gets.
 */
class OutputTest {
    static final String M = MainTest.M;

    @TempDir
    Path tmp;

    /**
     * How to run each command that has --out, and the input it must not replace. Placeholders: {M}
     * the methodology folder through a symbolic link, {E} evidence, {C} a cohort (its evidence
     * file is {E}), {T} targets, {W} a workspace, {R1} {R2} rankings, {OUT} the --out file. A
     * command with --out missing here fails the test: add it.
     */
    static final Map<String, List<Run>> RUNS = new TreeMap<>(Map.ofEntries(
            Map.entry("score", List.of(new Run("{E}", "score", "--methodology", "{M}", "--evidence", "{E}", "--format", "json", "--out", "{OUT}"))),
            Map.entry("gaps", List.of(new Run("{E}", "gaps", "--methodology", "{M}", "--evidence", "{E}", "--format", "csv", "--out", "{OUT}"))),
            Map.entry("targets", List.of(new Run("{T}", "targets", "--methodology", "{M}", "--evidence", "{E}", "--targets", "{T}", "--out", "{OUT}"))),
            Map.entry("whatif", List.of(new Run("{E}", "whatif", "--methodology", "{M}", "--evidence", "{E}", "--set", "3.4=0.9", "--out", "{OUT}"))),
            Map.entry("plan", List.of(new Run("{E}", "plan", "--methodology", "{M}", "--evidence", "{E}", "--target", "total>=800", "--out", "{OUT}"))),
            Map.entry("sensitivity", List.of(new Run("{C}", "sensitivity", "--methodology", "{M}", "--cohort", "{C}", "--samples", "10", "--out", "{OUT}"))),
            Map.entry("dashboard", List.of(new Run("{E}", "dashboard", "--methodology", "{M}", "--evidence", "{E}", "--out", "{OUT}"))),
            Map.entry("evidence template", List.of(new Run("{M}/methodology.json", "evidence", "template", "--methodology", "{M}", "--out", "{OUT}"),
                    new Run("{M}/methodology.json", "evidence", "template", "--methodology", "{M}", "--agency", "Sở KH&CN", "--period", "2025-Q3",
                            "--out", "{OUT}"))),
            Map.entry("evidence merge", List.of(new Run("{W}/2025-Q3/Công an tỉnh.csv", "evidence", "merge", "--methodology", "{M}", "--workspace", "{W}",
                    "--period", "2025-Q3", "--out", "{OUT}"))),
            Map.entry("status", List.of(new Run("{W}/2025-Q3/Công an tỉnh.csv", "status", "--methodology", "{M}", "--workspace", "{W}", "--period",
                    "2025-Q3", "--as-of", "2025-10-01", "--out", "{OUT}"))),
            Map.entry("history", List.of(new Run("{W}/2025/appraisal.json", "history", "--methodology", "{M}", "--workspace", "{W}", "--out", "{OUT}"))),
            Map.entry("emulation", List.of(new Run("{W}/2025/appraisal.json", "emulation", "--methodology", "{M}", "--workspace", "{W}", "--period",
                    "2025", "--as-of", "2026-02-01", "--out", "{OUT}"))),
            Map.entry("rank", List.of(new Run("{C}", "rank", "--methodology", "{M}", "--cohort", "{C}", "--out", "{OUT}"),
                    new Run("{E}", "rank", "--methodology", "{M}", "--cohort", "{C}", "--out", "{OUT}"))),
            Map.entry("compare", List.of(new Run("{R1}", "compare", "{R1}", "{R2}", "--out", "{OUT}"))),
            Map.entry("methodology diff", List.of(new Run("{E}", "methodology", "diff", M, "{M}", "--evidence", "{E}", "--out", "{OUT}")))));

    /** A command line with placeholders, and the input (a placeholder path) an --out must not replace. */
    record Run(String input, String... args) {
        boolean readsTheFolder() {
            return List.of(args).contains("{M}");
        }
    }

    /** Where --out points, relative to the input it must not replace. */
    enum Where { THE_INPUT, SYMBOLIC_LINK_TO_IT, HARD_LINK_TO_IT, FILE_IN_THE_LINKED_FOLDER, NEW_FILE_IN_THE_FOLDER }

    /** Every command (and sub-command) of the real command tree that has an --out option, as typed. */
    static List<String> commandsWithOut() {
        List<String> out = new ArrayList<>();
        collect(new Main(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream())).commandLine(), "", out);
        return out;
    }

    private static void collect(CommandLine cl, String name, List<String> out) {
        if (cl.getCommandSpec().findOption("--out") != null) {
            out.add(name);
        }
        cl.getSubcommands().forEach((sub, c) -> collect(c, name.isEmpty() ? sub : name + " " + sub, out));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String command : commandsWithOut()) {
            List<Run> runs = RUNS.get(command);
            if (runs == null) {
                cases.add(Arguments.of(command, -1, Where.THE_INPUT));
                continue;
            }
            for (int i = 0; i < runs.size(); i++) {
                for (Where w : Where.values()) {
                    if (runs.get(i).readsTheFolder() || w.ordinal() < Where.FILE_IN_THE_LINKED_FOLDER.ordinal()) {
                        cases.add(Arguments.of(command, i, w));
                    }
                }
            }
        }
        return cases.stream();
    }

    @Test
    void theRuns_coverEveryCommandWithOut_andNothingElse() {
        assertEquals(new java.util.TreeSet<>(commandsWithOut()), RUNS.keySet());
        assertTrue(RUNS.keySet().containsAll(List.of("score", "gaps", "targets", "whatif", "plan", "sensitivity", "dashboard", "evidence template",
                "evidence merge", "status", "history", "rank", "compare", "methodology diff")), RUNS.keySet().toString());
    }

    @ParameterizedTest(name = "{0} #{1}: --out {2}")
    @MethodSource("cases")
    void out_intoAnInput_isRefused_exit2_andTheInputKept(String command, int variant, Where where) throws IOException {
        assertTrue(variant >= 0, "dti " + command + " has --out: add how to run it to OutputTest.RUNS");
        Run run = RUNS.get(command).get(variant);
        Map<String, String> places = fixture();
        Path input = Path.of(fill(run.input(), places));
        Path out = switch (where) {
            case THE_INPUT -> input;
            case SYMBOLIC_LINK_TO_IT -> Files.createSymbolicLink(tmp.resolve("link-" + input.getFileName()), input.toAbsolutePath());
            case HARD_LINK_TO_IT -> Files.createLink(tmp.resolve("hard-" + input.getFileName()), input);
            case FILE_IN_THE_LINKED_FOLDER -> Path.of(places.get("{M}"), "scoring.csv");
            case NEW_FILE_IN_THE_FOLDER -> tmp.resolve("my").resolve("result.json");
        };
        Path victim = where.ordinal() >= Where.FILE_IN_THE_LINKED_FOLDER.ordinal() ? out : input;
        byte[] before = Files.exists(victim) ? Files.readAllBytes(victim) : null;
        List<String> folderBefore = listing(tmp.resolve("my"));
        places.put("{OUT}", out.toString());
        String[] args = Stream.of(run.args()).map(a -> fill(a, places)).toArray(String[]::new);

        MainTest.Run r = MainTest.en(args);

        assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        assertTrue(r.err().startsWith("dti: --out " + out + " is one of this run's inputs (")
                || r.err().startsWith("dti: --out " + out + " is inside the methodology folder "), r.err());
        if (where.ordinal() >= Where.FILE_IN_THE_LINKED_FOLDER.ordinal()) {
            assertTrue(r.err().contains("one of this run's inputs: every file in it is read when the folder loads"), r.err());
            assertTrue(r.err().contains("Write it outside the folder, e.g. --out "), r.err());
        }
        if (before == null) {
            assertFalse(Files.exists(victim), victim + " was written");
        } else {
            assertArrayEquals(before, Files.readAllBytes(victim), victim + " changed");
        }
        assertEquals(folderBefore, listing(tmp.resolve("my")), "nothing written into the methodology folder");
        assertEquals("", r.out());
    }

    @Test
    void out_insideTheMethodologyFolder_saysWhereToWriteInstead() throws IOException {
        Map<String, String> places = fixture();
        MainTest.Run r = MainTest.en("gaps", "--methodology", places.get("{M}"), "--evidence", places.get("{E}"), "--format", "csv", "--out",
                tmp.resolve("my/gaps.csv").toString());
        assertEquals(2, r.code(), r.err());
        MainTest.Run vi = MainTest.run("gaps", "--methodology", places.get("{M}"), "--evidence", places.get("{E}"), "--format", "csv", "--out",
                tmp.resolve("my/gaps.csv").toString());
        assertTrue(vi.err().startsWith("dti: --out " + tmp.resolve("my/gaps.csv") + " nằm trong thư mục bộ chỉ số " + places.get("{M}") + " (")
                && vi.err().endsWith("Hãy ghi ra ngoài thư mục, ví dụ --out " + tmp.resolve("gaps.csv") + ".\n"), vi.err());
        assertEquals("dti: --out " + tmp.resolve("my/gaps.csv") + " is inside the methodology folder " + places.get("{M}") + " (" + tmp.resolve("my")
                .toRealPath() + "), one of this run's inputs: every file in it is read when the folder loads, so a file written there would replace "
                + "one of its files or break its next load. Write it outside the folder, e.g. --out " + tmp.resolve("gaps.csv") + ".\n", r.err());
        assertFalse(Files.exists(tmp.resolve("my/gaps.csv")));
        // the folder still loads and passes its tests; beside it, the same run writes
        assertEquals(0, MainTest.run("methodology", "validate", places.get("{M}")).code());
        assertEquals(0, MainTest.run("gaps", "--methodology", places.get("{M}"), "--evidence", places.get("{E}"), "--format", "csv", "--out",
                tmp.resolve("gaps.csv").toString()).code());
        assertTrue(Files.readString(tmp.resolve("gaps.csv")).startsWith("component,main_indicator,name,value,points,"));
    }

    @Test
    void methodologyFolder_throughALink_listsEachOfItsFilesOnce_evenWithALinkLoopInside() throws IOException {
        Map<String, String> places = fixture();
        Files.createSymbolicLink(tmp.resolve("my/tests/loop"), Path.of(".."));
        List<Path> files = Inputs.methodologyFiles(places.get("{M}"));
        assertEquals(Path.of(places.get("{M}")), files.get(0), "the folder itself: nothing may be written inside it");
        List<Path> real = new ArrayList<>();
        for (Path f : files.subList(1, files.size())) {
            real.add(f.toRealPath());
        }
        List<Path> expected;
        try (Stream<Path> all = Files.walk(tmp.resolve("my"))) {
            expected = all.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).map(f -> {
                try {
                    return f.toRealPath();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
        assertEquals(9, expected.size(), expected.toString());   // 7 files and tests/patterns.json, tests/reporting.json
        assertEquals(expected, real.stream().sorted().toList());
        assertEquals(List.of(), Inputs.methodologyFiles(M), "a bundled id has no files to guard");
    }

    @Test
    void out_newFile_isReadableByGroupAndOthers_underUmask022() throws IOException, InterruptedException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Map<String, String> places = fixture();
        Path out = tmp.resolve("changes.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "umask 022 && exec \"$0\" -cp \"$1\" vn.dti.cli.Main compare \"$2\" \"$3\" --format csv "
                + "--out \"$4\"", java, classPath, places.get("{R1}"), places.get("{R2}"), out.toString()).redirectErrorStream(true);
        pb.environment().put("DTI_CACHE", "off");
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(Files.readString(out).startsWith("id,name,indicator,oldValue"), Files.readString(out));
        assertEquals(List.of(), listing(tmp).stream().filter(n -> n.startsWith(".dti-")).toList(), "no temporary file left");
    }

    @Test
    void out_replacingAFile_keepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Map<String, String> places = fixture();
        Path out = tmp.resolve("changes.csv");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, MainTest.run("compare", places.get("{R1}"), places.get("{R2}"), "--format", "csv", "--out", out.toString()).code());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(Files.readString(out).startsWith("id,name,indicator,oldValue"));
    }

    /** Every run of {@link #RUNS}, once each. */
    static Stream<Arguments> everyRun() {
        List<Arguments> out = new ArrayList<>();
        RUNS.forEach((command, runs) -> {
            for (int i = 0; i < runs.size(); i++) {
                out.add(Arguments.of(command, i));
            }
        });
        return out.stream();
    }

    /**
     * Issue 18 item 1: an --out that is a named pipe being read, a symbolic link to a file not yet
     * made, or (as root) a character device is written into, never replaced by a regular file; the
     * pipe stays a pipe, the link a link, the device a device.
     */
    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("everyRun")
    void out_aPipeALinkOrADevice_isWrittenInto_neverReplaced(String command, int variant) throws Exception {
        Run run = RUNS.get(command).get(variant);
        Map<String, String> places = fixture();
        String ext = List.of(run.args()).contains("--agency") ? ".xlsx" : ".out";

        Path pipe = tmp.resolve("pipe" + ext);
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (java.io.InputStream in = Files.newInputStream(pipe)) {
                in.transferTo(read);
            } catch (IOException e) {
                // the check below says what was read
            }
        });
        reader.setDaemon(true);
        reader.start();
        MainTest.Run r = MainTest.run(args(run, places, pipe));
        reader.join(30_000);
        assertEquals(0, r.code(), r.err());
        assertTrue(read.size() > 100, "the reader of the pipe got the result: " + read.size() + " bytes");
        assertEquals("pipe", kind(pipe));

        Path link = Files.createSymbolicLink(tmp.resolve("link" + ext), Path.of("target" + ext));
        r = MainTest.run(args(run, places, link));
        assertEquals(0, r.code(), r.err());
        assertEquals("link", kind(link));
        assertTrue(Files.size(tmp.resolve("target" + ext)) > 100, "the link's target was written");

        if (isRoot()) {
            Path device = tmp.resolve("null" + ext);
            assertEquals(0, new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor());
            r = MainTest.run(args(run, places, device));
            assertEquals(0, r.code(), r.err());
            assertEquals("char device", kind(device));
        }
        assertEquals(List.of(), listing(tmp).stream().filter(n -> n.startsWith(".dti-")).toList(), "no temporary file left");
    }

    /** --out /dev/stdout (a link to /proc/self/fd/1) prints the card, in a JVM of its own whose standard output is read; /dev/stdout stays a link. */
    @Test
    void out_devStdout_printsTheCard_andLeavesTheLink() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/dev/stdout")), "/dev/stdout is a link here");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", classPath, "vn.dti.cli.Main", "score", "--methodology", M, "--evidence",
                Path.of(MainTest.EXAMPLE).toAbsolutePath().toString(), "--format", "json", "--out", "/dev/stdout");
        pb.environment().put("DTI_CACHE", "off");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(out.contains("\"totalPoints\" : 243.25"), out);
        assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")));
    }

    /** --out - is standard output, also for a workbook's bytes. */
    @Test
    void out_dash_isStandardOutput() throws IOException {
        boolean before = Files.exists(Path.of("-"));
        MainTest.Run r = MainTest.run("score", "--methodology", M, "--evidence", MainTest.EXAMPLE, "--format", "json", "--out", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"totalPoints\" : 243.25"), r.out());
        assertEquals(before, Files.exists(Path.of("-")), "no file named - written");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int code = new Main(new PrintStream(bytes, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()))
                .run("score", "--methodology", M, "--evidence", MainTest.EXAMPLE, "--format", "xlsx", "--out", "-");
        assertEquals(0, code);
        byte[] b = bytes.toByteArray();
        assertTrue(b.length > 1000 && b[0] == 'P' && b[1] == 'K', "a workbook (a zip file) on standard output");
    }

    private static String[] args(Run run, Map<String, String> places, Path out) {
        Map<String, String> with = new TreeMap<>(places);
        with.put("{OUT}", out.toString());
        return Stream.of(run.args()).map(a -> fill(a, with)).toArray(String[]::new);
    }

    private static String kind(Path p) throws IOException {
        int type = (Integer) Files.getAttribute(p, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS) & 0170000;
        return switch (type) {
            case 0010000 -> "pipe";
            case 0020000 -> "char device";
            case 0120000 -> "link";
            case 0100000 -> "file";
            default -> Integer.toOctalString(type);
        };
    }

    private static boolean isRoot() throws IOException {
        return new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().equals("0");
    }

    /** The inputs in {@link #tmp}: a methodology folder "my" and the link "mylink" to it, evidence, a cohort, targets, a workspace, rankings. */
    private Map<String, String> fixture() throws IOException {
        Map<String, String> places = new TreeMap<>();
        assertEquals(0, MainTest.run("methodology", "export", M, tmp.resolve("my").toString()).code());
        places.put("{M}", Files.createSymbolicLink(tmp.resolve("mylink"), Path.of("my")).toString());
        places.put("{E}", Files.copy(Path.of(MainTest.EXAMPLE), tmp.resolve("khanh-hoa-2023.json")).toString());
        places.put("{C}", Files.copy(Path.of(RankCommandTest.COHORT), tmp.resolve("cohort.json")).toString());
        places.put("{T}", Files.copy(Path.of("../dti-examples/data/targets-khanh-hoa-2025.json"), tmp.resolve("targets.json")).toString());
        Path ws = Path.of("../dti-examples/data/workspace-khanh-hoa-2025");
        try (Stream<Path> all = Files.walk(ws)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path to = tmp.resolve("ws").resolve(ws.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        places.put("{W}", tmp.resolve("ws").toString());
        places.put("{R1}", ranking("r1.json"));
        places.put("{R2}", ranking("r2.json"));
        return places;
    }

    private static byte[] ranking;

    /** The illustrative cohort's ranking (JSON), made once. */
    private String ranking(String name) throws IOException {
        synchronized (OutputTest.class) {
            if (ranking == null) {
                MainTest.Run r = MainTest.run("rank", "--methodology", M, "--cohort", RankCommandTest.COHORT, "--format", "json");
                assertEquals(0, r.code(), r.err());
                ranking = r.out().getBytes(StandardCharsets.UTF_8);
            }
        }
        return Files.write(tmp.resolve(name), ranking).toString();
    }

    private static String fill(String arg, Map<String, String> places) {
        String s = arg;
        for (var e : places.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }

    private static List<String> listing(Path dir) throws IOException {
        assertNotNull(dir);
        try (Stream<Path> l = Files.list(dir)) {
            return l.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
