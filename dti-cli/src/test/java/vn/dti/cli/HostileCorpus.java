package vn.dti.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Runs the hostile-input corpus ({@code src/test/resources/hostile/cases.txt}, described in the
 * README beside it) through the command line's entry point, in this JVM, case after case, and
 * writes one line per case to a report: {@code id<TAB>PASS|FAIL|SKIP|PENDING<TAB>why}. A case
 * marked {@code jvm} runs in a JVM of its own (a heap of its own, its own standard output).
 * {@link HostileInputsTest} starts this in a child JVM with {@code -Xmx512m} and fails on any line
 * that is not PASS, SKIP or PENDING.
 *
 * <p>Every case is checked for: the expected exit code (0 or 1 fail unless the case says the input
 * is {@code accepted}); the expected message patterns; no stack trace and no Java class name in
 * what is printed; every input file unchanged (by content; a link's target; a device or pipe still
 * one); nothing new in the case's folder unless the run succeeded and it is a declared output
 * ({@code {name}} in the command line that no {@code given} made), so no temporary or half-written
 * file is left.
 *
 * <p>The runner uses only the JDK, POI (for one encrypted workbook) and {@code Main(PrintStream,
 * PrintStream).run(String...)}, so that it can run against an older {@code dti.jar}: {@code java
 * -cp dti.jar:target/test-classes vn.dti.cli.HostileCorpus …}.
 */
public final class HostileCorpus {
    private static final Pattern STACK_TRACE = Pattern.compile("\\n\\s*at [\\w$.]+\\(|Exception in thread|Caused by: |\\.java:\\d+\\)");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|net|vn)\\.[a-z]\\w*\\.[\\w.$]*[A-Z][\\w$]*"
            + "|\\b[A-Z]\\w*(?:Exception|Error)\\b|StreamReadConstraints");
    private static final String MAIN_METHODOLOGY = "vn-dti-province-2025";

    private final Path data;
    private final Path repo;
    private final Path work;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-case");
        t.setDaemon(true);
        return t;
    });

    HostileCorpus(Path data, Path repo, Path work) {
        // absolute: a case with a JVM of its own runs in its folder
        this.data = data.toAbsolutePath().normalize();
        this.repo = repo.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
    }

    /** {@code --data <hostile folder> --repo <repository root> --work <scratch folder> --report <file> [--only id,id] [--keep-going true]}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        HostileCorpus corpus = new HostileCorpus(Path.of(opt.get("--data")), Path.of(opt.get("--repo")), Path.of(opt.get("--work")));
        List<Case> cases = parse(Files.readString(Path.of(opt.get("--data"), "cases.txt"), StandardCharsets.UTF_8));
        Set<String> only = opt.containsKey("--only") ? Set.of(opt.get("--only").split(",")) : null;
        Path report = Path.of(opt.get("--report"));
        Files.createDirectories(report.toAbsolutePath().getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(report), true, StandardCharsets.UTF_8)) {
            for (Case c : cases) {
                if (only != null && !only.contains(c.id)) {
                    continue;
                }
                long t0 = System.nanoTime();
                Result r = corpus.run(c);
                out.println(c.id + "\t" + r.status + "\t" + (System.nanoTime() - t0) / 1_000_000 + " ms\t" + r.why.replace('\n', ' ').replace('\t', ' '));
                if (r.fatal && !opt.containsKey("--keep-going")) {
                    break;   // a case that did not stop holds this JVM: the others cannot be trusted (--keep-going true: go on anyway)
                }
            }
        }
        System.exit(0);
    }

    // ------------------------------------------------------------------ the cases file

    /** One case: its id and its lines by keyword, in order. */
    static final class Case {
        final String id;
        final List<String[]> lines = new ArrayList<>();

        Case(String id) {
            this.id = id;
        }

        List<String> all(String key) {
            List<String> out = new ArrayList<>();
            lines.stream().filter(l -> l[0].equals(key)).forEach(l -> out.add(l[1]));
            return out;
        }

        String one(String key) {
            List<String> all = all(key);
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }
    }

    static List<Case> parse(String text) {
        List<Case> cases = new ArrayList<>();
        Map<String, Case> seen = new LinkedHashMap<>();
        Case current = null;
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("== ")) {
                current = new Case(l.substring(3).strip());
                if (!current.id.matches("[A-Za-z0-9_.-]+") || seen.put(current.id, current) != null) {
                    throw new IllegalArgumentException("cases.txt:" + n + ": a case id is letters, digits, '.', '-', '_', and unique: " + current.id);
                }
                cases.add(current);
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("cases.txt:" + n + ": a line before the first case (== id)");
            }
            String[] kv = l.split("\\s+", 2);
            if (!Set.of("why", "given", "edit", "prepare", "run", "exit", "expect", "expect-out", "reject", "expect-file", "reject-file", "count-file",
                    "accepted", "jvm", "root", "listen", "timeout", "pending", "fifo-read").contains(kv[0])) {
                throw new IllegalArgumentException("cases.txt:" + n + ": unknown keyword [" + kv[0] + "] in case " + current.id);
            }
            current.lines.add(new String[] {kv[0], kv.length > 1 ? kv[1] : ""});
        }
        for (Case c : cases) {
            if (c.one("run") == null || c.one("exit") == null) {
                throw new IllegalArgumentException("case " + c.id + " needs a 'run' and an 'exit' line");
            }
            int exit = Integer.parseInt(c.one("exit"));
            if ((exit == 0 || exit == 1) && c.one("accepted") == null) {
                throw new IllegalArgumentException("case " + c.id + " expects exit " + exit + ": only an input documented as accepted may (say so in 'accepted')");
            }
            if (c.all("expect").isEmpty() && c.all("expect-out").isEmpty() && c.all("expect-file").isEmpty()) {
                throw new IllegalArgumentException("case " + c.id + " needs at least one expected pattern (expect, expect-out or expect-file)");
            }
        }
        return cases;
    }

    /**
     * Words as a shell splits them: spaces separate; '…' is taken as it is but for \n and \t
     * (a newline, a tab); "…" takes \" \\ \n \t \r and a backslash-u escape, and keeps any other
     * backslash as it is (so that a pattern's \. or \s survives); {…} is one word, spaces and all
     * (a file name); a word may join quoted parts.
     */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (w != null) {
                    out.add(w.toString());
                    w = null;
                }
                continue;
            }
            if (w == null) {
                w = new StringBuilder();
            }
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("an unclosed ' in: " + s);
                }
                w.append(s.substring(i + 1, end).replace("\\n", "\n").replace("\\t", "\t"));
                i = end;
            } else if (c == '{' && PLACE.matcher(s).region(i, s.length()).lookingAt()) {
                int end = s.indexOf('}', i);
                w.append(s, i, end + 1);
                i = end;
            } else if (c == '"') {
                i++;
                for (; i < s.length() && s.charAt(i) != '"'; i++) {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length()) {
                        char e = s.charAt(++i);
                        switch (e) {
                            case 'n' -> w.append('\n');
                            case 't' -> w.append('\t');
                            case 'r' -> w.append('\r');
                            case '"', '\\' -> w.append(e);
                            case 'u' -> {
                                w.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                                i += 4;
                            }
                            default -> w.append('\\').append(e);
                        }
                    } else {
                        w.append(d);
                    }
                }
                if (i >= s.length()) {
                    throw new IllegalArgumentException("an unclosed \" in: " + s);
                }
            } else {
                w.append(c);
            }
        }
        if (w != null) {
            out.add(w.toString());
        }
        return out;
    }

    // ------------------------------------------------------------------ running a case

    record Result(String status, String why, boolean fatal) {
    }

    record Run(int code, String out, String err) {
    }

    Result run(Case c) {
        if (c.one("pending") != null) {
            return new Result("PENDING", c.one("pending"), false);
        }
        Path dir = work.resolve(c.id);
        Map<String, String> places = new LinkedHashMap<>();
        List<Thread> readers = new ArrayList<>();
        Map<String, ByteArrayOutputStream> fifoRead = new TreeMap<>();
        try (Listener listener = c.one("listen") != null ? new Listener() : null) {
            clean(dir);
            Files.createDirectories(dir);
            places.put("{dir}", dir.toString());
            if (listener != null) {
                places.put("{port}", Integer.toString(listener.port()));
            }
            if (c.one("root") != null && !isRoot()) {
                return new Result("SKIP", "needs root (" + c.one("root") + ")", false);
            }
            List<String> given = new ArrayList<>();
            for (String[] l : c.lines) {
                switch (l[0]) {
                    case "given" -> {
                        String made = given(dir, l[1], places, readers, fifoRead);
                        if (made == null) {
                            return new Result("SKIP", "cannot make the input (" + l[1] + "): not supported here", false);
                        }
                        given.add(made);
                    }
                    case "edit" -> given.add(edit(dir, l[1], places));
                    case "prepare" -> {
                        Run p = inProcess(args(l[1], dir, places));
                        if (p.code() != 0) {
                            return new Result("FAIL", "prepare failed (exit " + p.code() + "): " + p.err(), false);
                        }
                    }
                    default -> {
                        // checked below
                    }
                }
            }
            List<String> argv = args(c.one("run"), dir, places);
            List<String> outputs = outputs(c.one("run"), given);
            for (String kind : new String[] {"expect-file", "reject-file", "count-file"}) {
                // a file the case looks into is one the run writes (through a link, say)
                c.all(kind).forEach(spec -> outputs.add(words(spec).get(0).replaceAll("!.*", "")));
            }
            Map<String, String> before = snapshot(dir);
            Run r;
            String jvm = c.one("jvm");
            int timeout = c.one("timeout") == null ? 300 : Integer.parseInt(c.one("timeout"));
            if (jvm != null) {
                r = ownJvm(argv, jvm, dir, timeout);
            } else {
                Future<Run> f = pool.submit(() -> inProcess(argv));
                try {
                    r = f.get(timeout, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    return new Result("FAIL", "did not finish in " + timeout + " s", true);
                }
            }
            for (Thread t : readers) {
                t.join(10_000);
            }
            List<String> problems = new ArrayList<>();
            check(c, dir, r, before, outputs, problems, fifoRead);
            if (listener != null && listener.connections() > 0) {
                problems.add(listener.connections() + " connection(s) reached the listener on port " + listener.port() + ": something was fetched");
            }
            return problems.isEmpty() ? new Result("PASS", "exit " + r.code(), false)
                    : new Result("FAIL", String.join("; ", problems) + " | exit " + r.code() + " | out: " + cut(r.out()) + " | err: " + cut(r.err()), false);
        } catch (Exception | OutOfMemoryError e) {
            return new Result("FAIL", "the runner failed: " + e, e instanceof OutOfMemoryError);
        } finally {
            unfreeze(dir);
        }
    }

    private void check(Case c, Path dir, Run r, Map<String, String> before, List<String> outputs, List<String> problems,
            Map<String, ByteArrayOutputStream> fifoRead) throws IOException {
        int exit = Integer.parseInt(c.one("exit"));
        String both = r.err() + "\n" + r.out();
        if (r.code() != exit) {
            problems.add("exit " + r.code() + ", expected " + exit);
        }
        if (STACK_TRACE.matcher(both).find()) {
            problems.add("a stack trace was printed");
        }
        Matcher cls = CLASS_NAME.matcher(both);
        if (cls.find()) {
            problems.add("a Java class name was printed (" + cls.group() + ")");
        }
        for (String p : c.all("expect")) {
            if (!Pattern.compile(p, Pattern.DOTALL).matcher(both).find()) {
                problems.add("no match for /" + p + "/");
            }
        }
        for (String p : c.all("expect-out")) {
            if (!Pattern.compile(p, Pattern.DOTALL).matcher(r.out()).find()) {
                problems.add("standard output has no match for /" + p + "/");
            }
        }
        for (String p : c.all("reject")) {
            if (Pattern.compile(p, Pattern.DOTALL).matcher(both).find()) {
                problems.add("printed what it must not: /" + p + "/");
            }
        }
        for (String spec : c.all("fifo-read")) {
            List<String> w = words(spec);
            ByteArrayOutputStream got = fifoRead.get(w.get(0));
            if (got == null || !Pattern.compile(w.get(1), Pattern.DOTALL).matcher(got.toString(StandardCharsets.UTF_8)).find()) {
                problems.add("the reader of the pipe " + w.get(0) + " did not get /" + w.get(1) + "/ (" + (got == null ? "nothing" : got.size() + " bytes") + ")");
            }
        }
        for (String kind : new String[] {"expect-file", "reject-file", "count-file"}) {
            for (String spec : c.all(kind)) {
                List<String> w = words(spec);
                String content = content(dir, w.get(0));
                if (content == null) {
                    problems.add(w.get(0) + " was not written");
                    continue;
                }
                Matcher m = Pattern.compile(w.get(1), Pattern.DOTALL).matcher(content);
                int count = 0;
                while (m.find()) {
                    count++;
                }
                if (kind.equals("expect-file") && count == 0) {
                    problems.add(w.get(0) + " has no match for /" + w.get(1) + "/");
                } else if (kind.equals("reject-file") && count > 0) {
                    problems.add(w.get(0) + " holds /" + w.get(1) + "/");
                } else if (kind.equals("count-file") && count != Integer.parseInt(w.get(2))) {
                    problems.add(w.get(0) + " holds /" + w.get(1) + "/ " + count + " times, expected " + w.get(2));
                }
            }
        }
        Map<String, String> after = snapshot(dir);
        for (Map.Entry<String, String> e : before.entrySet()) {
            String now = after.get(e.getKey());
            boolean output = outputs.contains(e.getKey());
            if (now == null) {
                problems.add("input " + e.getKey() + " was removed");
            } else if (!now.equals(e.getValue()) && !(output && r.code() == 0 && sameKind(e.getValue(), now))) {
                problems.add("input " + e.getKey() + " changed (" + e.getValue() + " → " + now + ")");
            }
        }
        for (String name : after.keySet()) {
            if (!before.containsKey(name) && !(r.code() == 0 && outputs.contains(name))) {
                problems.add("a file was left behind: " + name);
            }
        }
    }

    /** Two snapshots of the same kind of file (a device stays a device, a pipe a pipe; a file may get new content). */
    private static boolean sameKind(String a, String b) {
        return a.substring(0, a.indexOf(':')).equals(b.substring(0, b.indexOf(':'))) && (a.startsWith("file:") || a.equals(b));
    }

    /** A file's text, or a zip part's ("out.xlsx!xl/worksheets/*.xml": every part matching, joined); null when absent. */
    private static String content(Path dir, String name) throws IOException {
        int bang = name.indexOf('!');
        Path f = dir.resolve(bang < 0 ? name : name.substring(0, bang));
        if (!Files.isRegularFile(f)) {
            return null;
        }
        if (bang < 0) {
            return Files.readString(f, StandardCharsets.UTF_8);
        }
        Pattern part = Pattern.compile(name.substring(bang + 1).replace(".", "\\.").replace("*", "[^/]*"));
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(f))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (part.matcher(e.getName()).matches()) {
                    sb.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String cut(String s) {
        String t = s.strip();
        return t.length() <= 600 ? t : t.substring(0, 600) + "…";
    }

    static Run inProcess(List<String> argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(argv.toArray(new String[0]));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run ownJvm(List<String> argv, String jvmOptions, Path dir, int timeout) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(words(jvmOptions));
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toString());   // the JVM starts in the case's folder
        }
        cmd.addAll(List.of("-Duser.language=vi", "-Duser.country=VN", "-cp", String.join(java.io.File.pathSeparator, classPath), "vn.dti.cli.Main"));
        cmd.addAll(argv);
        Path out = Files.createTempFile("hostile-out", ".txt");
        Path err = Files.createTempFile("hostile-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("DTI_CACHE", "off");
            Process p = pb.start();
            if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Run(-1, "", "did not finish in " + timeout + " s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * The command line's words, {name} replaced by the path of that file in the case's folder
     * ({dir}: the folder); a base input named there (kh.json, ws/…, meth/…) is copied in first.
     */
    private List<String> args(String line, Path dir, Map<String, String> places) throws IOException {
        Matcher m = PLACE.matcher(line);
        while (m.find()) {
            String top = m.group(1).contains("/") ? m.group(1).substring(0, m.group(1).indexOf('/')) : m.group(1);
            if (BASES.contains(top) && !Files.exists(dir.resolve(top), LinkOption.NOFOLLOW_LINKS)) {
                copy(base(dir, top), dir.resolve(top));
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : words(line)) {
            out.add(fill(w, dir, places));
        }
        return out;
    }

    private static final Set<String> BASES = Set.of("kh.json", "cohort.json", "targets.json", "ws", "meth");

    private static final Pattern PLACE = Pattern.compile("\\{([^{}\"\\s][^{}\"\\n]*)\\}");

    private static String fill(String w, Path dir, Map<String, String> places) {
        Matcher m = PLACE.matcher(w);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = "{" + m.group(1) + "}";
            m.appendReplacement(sb, Matcher.quoteReplacement(places.getOrDefault(key, dir.resolve(m.group(1)).toString())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The {names} of the command line that no given line made: what the run may write. */
    private static List<String> outputs(String line, List<String> given) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACE.matcher(line);
        while (m.find()) {
            String top = m.group(1).contains("/") ? m.group(1).substring(0, m.group(1).indexOf('/')) : m.group(1);
            if (!m.group(1).equals("dir") && !m.group(1).equals("port") && !given.contains(m.group(1)) && !BASES.contains(top)) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ inputs

    /**
     * Makes one input: {@code name = source | op | op}, where the source is a base input (kh.json,
     * ws, meth, cohort.json, targets.json), files/NAME, text '…', an earlier input of the case,
     * {@code gen …}, {@code fifo}, {@code chardev MAJOR MINOR}, {@code blockdev MAJOR MINOR},
     * {@code symlink TARGET}, {@code hardlink NAME}, {@code dir}. Returns the name, or null when it
     * cannot be made here.
     */
    private String given(Path dir, String spec, Map<String, String> places, List<Thread> readers, Map<String, ByteArrayOutputStream> fifoRead)
            throws IOException, InterruptedException {
        String[] pipe = splitOps(spec);
        int eq = pipe[0].indexOf('=');
        String name = pipe[0].substring(0, eq).strip();
        String from = fill(pipe[0].substring(eq + 1).strip(), dir, places);
        String first = from.split("\\s+", 2)[0];
        // a keyword and its words, or else the whole text is the path of a source (spaces and all)
        List<String> source = Set.of("text", "dir", "symlink", "hardlink", "fifo", "fifo-with-reader", "chardev", "blockdev", "gen").contains(first)
                ? words(from) : List.of(from);
        Path target = dir.resolve(name);
        String top = name.contains("/") ? name.substring(0, name.indexOf('/')) : null;
        if (top != null && BASES.contains(top) && !Files.exists(dir.resolve(top))) {
            copy(base(dir, top), dir.resolve(top));   // a file put into a base folder (ws/2025-Q3/x.csv): the folder first
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        switch (source.get(0)) {
            case "text" -> Files.writeString(target, source.size() > 1 ? source.get(1) : "", StandardCharsets.UTF_8);
            case "dir" -> Files.createDirectories(target);
            case "symlink" -> Files.createSymbolicLink(target, Path.of(source.get(1)));
            case "hardlink" -> Files.createLink(target, dir.resolve(from.substring("hardlink".length()).strip()));
            case "fifo", "fifo-with-reader" -> {
                if (!command("mkfifo", target.toString())) {
                    return null;
                }
                if (source.get(0).equals("fifo-with-reader")) {
                    ByteArrayOutputStream got = new ByteArrayOutputStream();
                    fifoRead.put(name, got);
                    Thread t = new Thread(() -> {
                        try (InputStream in = Files.newInputStream(target)) {
                            in.transferTo(got);
                        } catch (IOException e) {
                            // the pipe was replaced: the check says so
                        }
                    }, "fifo-reader");
                    t.setDaemon(true);
                    t.start();
                    readers.add(t);
                }
            }
            case "chardev", "blockdev" -> {
                if (!command("mknod", target.toString(), source.get(0).equals("chardev") ? "c" : "b", source.get(1), source.get(2))) {
                    return null;
                }
            }
            case "gen" -> Generators.make(source, target, dir);
            default -> copy(base(dir, source.get(0)), target);
        }
        for (int i = 1; i < pipe.length; i++) {
            if (!op(dir, target, words(fill(pipe[i], dir, places)), places)) {
                return null;
            }
        }
        return name;
    }

    /** {@code name | op | op}: operations on an input made by an earlier line, or on a file inside a base folder (ws/…, meth/…). */
    private String edit(Path dir, String spec, Map<String, String> places) throws IOException, InterruptedException {
        String[] pipe = splitOps(spec);
        String name = pipe[0].strip();
        Path target = dir.resolve(name);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            String top = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
            if (!Files.exists(dir.resolve(top))) {
                copy(base(dir, top), dir.resolve(top));
            }
        }
        for (int i = 1; i < pipe.length; i++) {
            if (!op(dir, target, words(fill(pipe[i], dir, places)), places)) {
                throw new IllegalStateException("cannot apply [" + pipe[i] + "] to " + name);
            }
        }
        return name;
    }

    /** The parts of "name = source | op | op", split at the | that are outside quotes. */
    private static String[] splitOps(String spec) {
        List<String> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"' && i + 1 < spec.length()) {
                    sb.append(c).append(spec.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '|') {
                parts.add(sb.toString());
                sb.setLength(0);
                continue;
            }
            sb.append(c);
        }
        parts.add(sb.toString());
        return parts.toArray(new String[0]);
    }

    /** The path of a source: an input already made in the case's folder, files/NAME, or a base input. */
    private Path base(Path dir, String name) {
        if (Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            return dir.resolve(name);
        }
        if (name.startsWith("files/")) {
            return data.resolve(name);
        }
        return switch (name) {
            case "kh.json" -> repo.resolve("dti-examples/data/khanh-hoa-2023.json");
            case "cohort.json" -> repo.resolve("dti-examples/data/cohort-2025-illustrative.json");
            case "targets.json" -> repo.resolve("dti-examples/data/targets-khanh-hoa-2025.json");
            case "ws" -> repo.resolve("dti-examples/data/workspace-khanh-hoa-2025");
            case "meth" -> repo.resolve("dti-rules/src/main/resources/methodologies/" + MAIN_METHODOLOGY);
            default -> throw new IllegalArgumentException("no input named " + name);
        };
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : all.sorted().toList()) {
                    Path t = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * One operation on a made input. Text: {@code replace OLD NEW} (exactly one occurrence),
     * {@code replace-all OLD NEW}, {@code prepend TEXT}, {@code append TEXT}, {@code cut-after TEXT},
     * {@code encode CHARSET} (the UTF-8 text written in another encoding). A workbook's parts:
     * {@code part NAME replace OLD NEW}, {@code part NAME put TEXT}, {@code part NAME remove},
     * {@code part NAME pad BYTES}, {@code cell REF XML} (the cell REF of the first sheet replaced),
     * {@code rows N} (rows filled down to row N), {@code encrypt PASSWORD}. A folder: {@code
     * immutable}.
     */
    private boolean op(Path dir, Path target, List<String> w, Map<String, String> places) throws IOException, InterruptedException {
        switch (w.get(0)) {
            case "replace", "replace-all" -> {
                String s = Files.readString(target, StandardCharsets.UTF_8);
                int count = count(s, w.get(1));
                if (count == 0 || (w.get(0).equals("replace") && count > 1)) {
                    throw new IllegalStateException(target.getFileName() + ": [" + w.get(1) + "] occurs " + count + " times; 'replace' needs exactly one");
                }
                Files.writeString(target, s.replace(w.get(1), w.get(2)), StandardCharsets.UTF_8);
            }
            case "prepend" -> Files.writeString(target, w.get(1) + Files.readString(target, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            case "append" -> Files.writeString(target, Files.readString(target, StandardCharsets.UTF_8) + w.get(1), StandardCharsets.UTF_8);
            case "cut-after" -> {
                String s = Files.readString(target, StandardCharsets.UTF_8);
                int at = s.indexOf(w.get(1));
                if (at < 0) {
                    throw new IllegalStateException(target.getFileName() + ": no [" + w.get(1) + "] to cut after");
                }
                Files.writeString(target, s.substring(0, at + w.get(1).length()), StandardCharsets.UTF_8);
            }
            case "encode" -> Files.write(target, Files.readString(target, StandardCharsets.UTF_8).getBytes(Charset.forName(w.get(1))));
            case "semicolons" -> Files.writeString(target, semicolons(Files.readString(target, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            case "delete" -> Files.delete(target);
            case "part" -> Zips.edit(target, w.get(1), w.subList(2, w.size()));
            case "cell" -> Zips.cell(target, w.get(1), w.get(2));
            case "rows" -> Zips.rows(target, Integer.parseInt(w.get(1)));
            case "encrypt" -> Zips.encrypt(target, w.get(1));
            case "immutable" -> {
                return command("chattr", "+i", target.toString());
            }
            default -> throw new IllegalArgumentException("unknown operation [" + w.get(0) + "]");
        }
        return true;
    }

    /** A comma-separated file written again with semicolons (as Excel saves CSV under Vietnamese regional settings), quoting kept right. */
    static String semicolons(String csv) {
        StringBuilder out = new StringBuilder();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\r' || c == '\n') {
                String v = cell.toString();
                out.append(wasQuoted || v.contains(";") ? "\"" + v.replace("\"", "\"\"") + "\"" : v).append(c == ',' ? ';' : c);
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0) {
            out.append(wasQuoted ? "\"" + cell.toString().replace("\"", "\"\"") + "\"" : cell);
        }
        return out.toString();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static boolean command(String... cmd) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;   // no such command here
        }
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    private static void unfreeze(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isDirectory).toList()) {
                command("chattr", "-i", p.toString());
            }
        } catch (IOException | InterruptedException | UncheckedIOException e) {
            // nothing was frozen
        }
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        unfreeze(dir);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Every entry of the case's folder (links not followed): "file:SHA-256", "link:target",
     * "dir:", or "char device:", "block device:", "pipe:", "socket:" (never opened).
     */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                if (p.equals(dir)) {
                    continue;
                }
                String name = dir.relativize(p).toString();
                int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
                int type = mode & 0170000;
                out.put(name, switch (type) {
                    case 0100000 -> "file:" + sha256(p);
                    case 0120000 -> "link:" + Files.readSymbolicLink(p);
                    case 0040000 -> "dir:";
                    case 0020000 -> "char device:";
                    case 0060000 -> "block device:";
                    case 0010000 -> "pipe:";
                    default -> "other:" + Integer.toOctalString(type);
                });
            }
        }
        return out;
    }

    private static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A socket on a free loopback port that counts the connections made to it (a request a workbook must never make). */
    static final class Listener implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "hostile-listener");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Edits of a workbook's zip parts, written back whole (entries in their order). */
    static final class Zips {
        private Zips() {
        }

        static void edit(Path xlsx, String part, List<String> w) throws IOException {
            Map<String, byte[]> parts = read(xlsx);
            switch (w.get(0)) {
                case "replace" -> {
                    String s = new String(require(parts, part), StandardCharsets.UTF_8);
                    if (count(s, w.get(1)) != 1) {
                        throw new IllegalStateException(part + ": [" + w.get(1) + "] occurs " + count(s, w.get(1)) + " times; 'replace' needs exactly one");
                    }
                    parts.put(part, s.replace(w.get(1), w.get(2)).getBytes(StandardCharsets.UTF_8));
                }
                case "put" -> parts.put(part, w.get(1).getBytes(StandardCharsets.UTF_8));
                case "after-declaration" -> {
                    // a document type (or anything) right after the part's XML declaration, before its first element
                    String s = new String(require(parts, part), StandardCharsets.UTF_8);
                    int at = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
                    parts.put(part, (s.substring(0, at) + w.get(1) + s.substring(at)).getBytes(StandardCharsets.UTF_8));
                }
                case "remove" -> require(parts, part);
                case "pad" -> {
                    // streamed: a part of many megabytes of spaces after its last element (a zip bomb) is never held
                    long pad = Long.parseLong(w.get(1));
                    write(xlsx, parts, part, pad);
                    return;
                }
                default -> throw new IllegalArgumentException("unknown part operation [" + w.get(0) + "]");
            }
            if (w.get(0).equals("remove")) {
                parts.remove(part);
            }
            write(xlsx, parts, null, 0);
        }

        /** Replaces the cell REF of the first sheet (its whole {@code <c r="REF" …>…</c>} or {@code <c r="REF" …/>}) by the XML given. */
        static void cell(Path xlsx, String ref, String xml) throws IOException {
            Map<String, byte[]> parts = read(xlsx);
            String sheet = new String(require(parts, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<c r=\"" + Pattern.quote(ref) + "\"[^>]*?(?:/>|>.*?</c>)").matcher(sheet);
            if (!m.find()) {
                throw new IllegalStateException("no cell " + ref + " in the first sheet");
            }
            parts.put("xl/worksheets/sheet1.xml", (sheet.substring(0, m.start()) + xml + sheet.substring(m.end())).getBytes(StandardCharsets.UTF_8));
            write(xlsx, parts, null, 0);
        }

        /** Fills column M (a note) of every row after the last down to row N, and sets the sheet's size: a sheet of N rows, streamed. */
        static void rows(Path xlsx, int last) throws IOException {
            Map<String, byte[]> parts = read(xlsx);
            String sheet = new String(require(parts, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
            Matcher rows = Pattern.compile("<row r=\"(\\d+)\"").matcher(sheet);
            int from = 0;
            while (rows.find()) {
                from = Integer.parseInt(rows.group(1));
            }
            int end = sheet.indexOf("</sheetData>");
            String head = sheet.substring(0, end).replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:N" + last + "\"/>");
            String tail = sheet.substring(end);
            Path tmp = Files.createTempFile(xlsx.getParent(), ".rows", ".xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    if (e.getKey().equals("xl/worksheets/sheet1.xml")) {
                        zip.write(head.getBytes(StandardCharsets.UTF_8));
                        StringBuilder sb = new StringBuilder();
                        for (int r = from + 1; r <= last; r++) {
                            sb.append("<row r=\"").append(r).append("\"><c r=\"M").append(r).append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
                            if (sb.length() > 1 << 16) {
                                zip.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                                sb.setLength(0);
                            }
                        }
                        zip.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                        zip.write(tail.getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(e.getValue());
                    }
                    zip.closeEntry();
                }
            }
            Files.move(tmp, xlsx, StandardCopyOption.REPLACE_EXISTING);
        }

        /** The workbook encrypted with a password (ECMA-376 agile encryption, as Excel's File > Info > Protect Workbook writes it). */
        static void encrypt(Path xlsx, String password) throws IOException {
            try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
                org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(
                        org.apache.poi.poifs.crypt.EncryptionMode.agile);
                org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
                enc.confirmPassword(password);
                try (OutputStream os = enc.getDataStream(fs)) {
                    Files.copy(xlsx, os);
                } catch (java.security.GeneralSecurityException e) {
                    throw new IOException(e);
                }
                try (OutputStream out = Files.newOutputStream(xlsx)) {
                    fs.writeFilesystem(out);
                }
            }
        }

        private static byte[] require(Map<String, byte[]> parts, String part) {
            byte[] b = parts.get(part);
            if (b == null) {
                throw new IllegalStateException("no part " + part + " (the workbook has " + parts.keySet() + ")");
            }
            return b;
        }

        private static Map<String, byte[]> read(Path xlsx) throws IOException {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    parts.put(e.getName(), zip.readAllBytes());
                }
            }
            return parts;
        }

        private static void write(Path xlsx, Map<String, byte[]> parts, String padded, long pad) throws IOException {
            Path tmp = Files.createTempFile(xlsx.getParent(), ".zip", ".xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    if (e.getKey().equals(padded)) {
                        byte[] spaces = new byte[1 << 20];
                        java.util.Arrays.fill(spaces, (byte) ' ');
                        for (long left = pad; left > 0; left -= spaces.length) {
                            zip.write(spaces, 0, (int) Math.min(spaces.length, left));
                        }
                    }
                    zip.closeEntry();
                }
            }
            Files.move(tmp, xlsx, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Inputs too large to keep in the repository, made when a case needs them ({@code given x = gen NAME ARGS}). */
    static final class Generators {
        private Generators() {
        }

        static void make(List<String> w, Path target, Path dir) throws IOException {
            switch (w.get(1)) {
                case "unknown-components" -> unknownComponents(target, Integer.parseInt(w.get(2)));
                case "deep-json" -> {
                    int depth = Integer.parseInt(w.get(2));
                    Files.writeString(target, "{\"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
                }
                case "long-name" -> {
                    int length = Integer.parseInt(w.get(2));
                    try (OutputStream o = Files.newOutputStream(target)) {
                        o.write("{\"entity\": {\"id\": \"x\", \"name\": \"".getBytes(StandardCharsets.UTF_8));
                        byte[] a = new byte[1 << 20];
                        java.util.Arrays.fill(a, (byte) 'a');
                        for (int left = length; left > 0; left -= a.length) {
                            o.write(a, 0, Math.min(a.length, left));
                        }
                        o.write("\", \"kind\": \"PROVINCE\"}, \"period\": \"2025\", \"components\": []}".getBytes(StandardCharsets.UTF_8));
                    }
                }
                default -> throw new IllegalArgumentException("no generator " + w.get(1));
            }
        }

        /** Khánh Hòa's evidence with N components of ids no methodology has (10.7 MB for 100,000, as the sweep's file). */
        private static void unknownComponents(Path target, int n) throws IOException {
            try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(target))) {
                o.write(("{\n  \"methodology\": \"vn-dti-province-2025\",\n  \"entity\": {\"id\": \"khanh-hoa\", \"name\": \"Khánh Hòa\", \"kind\": \"PROVINCE\"},\n"
                        + "  \"period\": \"2023\",\n  \"components\": [\n").getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < n; i++) {
                    o.write(("    {\n      \"indicator\": \"99." + i + "\",\n      \"value\": 0.5,\n      \"source\": \"SELF_REPORTED\",\n"
                            + "      \"note\": \"an entry for a component no methodology has\"\n    }" + (i + 1 < n ? "," : "") + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                o.write("  ]\n}\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
