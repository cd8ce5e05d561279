package vn.dti.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.reporting.ReportingStatus;
import vn.dti.reporting.Workspace;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;
import vn.dti.server.DtiServer;
import vn.dti.server.ServerOptions;
import vn.dti.text.Language;

/**
 * The service over loopback against the same call in-process ({@code benchmarks.jar server [forks]
 * [seconds]}; docs/performance.md): the p50 and p99 latency of scoring an evidence document
 * ({@code POST /api/v1/score}, the bundled example; in-process: read the JSON, score, write the
 * card) and of a status request ({@code GET …/2025-Q3/status}, the worked example's 2025-Q3 as the
 * clerks submitted it; in-process: {@code ReportingStatus.of} on the example's folder, written as
 * JSON) at 1, 8 and 32 concurrent clients, each client sending its next request as soon as the last
 * one is answered (scoring twice over HTTP: with the JDK's {@code java.net.http} client, as another
 * Java system would call it, and with {@link LeanHttpClient}, which leaves the 2 cores to the
 * service); and the time to accept a filled agency workbook ({@code Sở KH&CN.xlsx}, one client:
 * read in full, stored, 201). Each fork is a fresh JVM with its own server and embedded
 * PostgreSQL; min/median/max are across forks. Run from the repository root (it reads
 * {@code dti-examples/data}). Never a pass/fail test.
 */
final class ServerBenchmark {
    static final Path EXAMPLE = Path.of("dti-examples/data/khanh-hoa-2023.json");
    static final Path WORKSPACE = Path.of("dti-examples/data/workspace-khanh-hoa-2025");
    static final List<String> Q3 = List.of("Công an tỉnh.csv", "Sở KH&CN.xlsx", "Sở Tài chính.json", "Sở Văn hóa, Thể thao và Du lịch.csv",
            "Văn phòng UBND tỉnh.csv");
    static final String WORKBOOK = "Sở KH&CN.xlsx";
    static final String PERIOD = "/api/v1/entities/khanh-hoa/periods/2025-Q3";
    static final int[] CLIENTS = {1, 8, 32};
    private static final String RESULT = "RESULT ";
    /** The system property with the forks' JVM options (the server and its clients share one JVM), e.g. {@code -Ddti.bench.serverJvm="-XX:+UseZGC"}. */
    static final String JVM_PROPERTY = "dti.bench.serverJvm";
    static final String DEFAULT_JVM = "-Xmx2g -XX:+UseParallelGC";

    private ServerBenchmark() {
    }

    /** One measurement: a workload at a number of clients. */
    record Figure(String workload, String where, int clients, double p50, double p99, double perSecond) {
        String line() {
            return String.format(Locale.ROOT, "%s%s %s %d %.4f %.4f %.1f", RESULT, workload, where, clients, p50, p99, perSecond);
        }

        static Figure parse(String line) {
            String[] f = line.substring(RESULT.length()).split(" ");
            return new Figure(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
        }
    }

    /** {@code server [forks] [seconds]}: each fork a fresh JVM, then the table. */
    static void run(int forks, double seconds) throws Exception {
        if (!Files.isRegularFile(EXAMPLE)) {
            System.out.println("\n## The service over loopback: skipped (run from the repository root: needs " + EXAMPLE + ")");
            return;
        }
        List<List<Figure>> runs = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(System.getProperty(JVM_PROPERTY, DEFAULT_JVM).strip().split("\\s+")));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerBenchmark.class.getName(), Double.toString(seconds)));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<Figure> figures = new ArrayList<>();
            StringBuilder log = new StringBuilder();
            for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(RESULT)) {
                    figures.add(Figure.parse(line));
                } else {
                    log.append(line).append('\n');
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("server benchmark fork failed:\n" + log);
            }
            runs.add(figures);
        }
        table(runs, forks + " forks, " + seconds + " s measured per row after " + warmup(seconds) + " s of warm-up; JVM "
                + System.getProperty(JVM_PROPERTY, DEFAULT_JVM).strip());
    }

    /** The smoke run: one pass in this JVM, a fraction of a second a row. */
    static void smoke() throws Exception {
        if (!Files.isRegularFile(EXAMPLE)) {
            System.out.println("\n## The service over loopback: skipped (run from the repository root: needs " + EXAMPLE + ")");
            return;
        }
        table(List.of(measure(0.2)), "smoke: one pass in-process, 0.2 s a row; figures are not meaningful");
    }

    /** A fork: {@code java … ServerBenchmark <seconds>} prints its figures as RESULT lines. */
    public static void main(String[] args) throws Exception {
        for (Figure f : measure(Double.parseDouble(args[0]))) {
            System.out.println(f.line());
        }
    }

    static double warmup(double seconds) {
        return Math.max(0.1, seconds / 2);
    }

    private static void table(List<List<Figure>> runs, String how) {
        System.out.println("\n## The service over loopback against the same call in-process (" + how + ")\n");
        System.out.println("| workload | clients | where | p50 ms min | median | max | p99 ms min | median | max | requests/s (median) | "
                + "p50 ÷ in-process (median) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Figure shape : runs.get(0)) {
            double[] p50 = pick(runs, shape, Figure::p50);
            double[] p99 = pick(runs, shape, Figure::p99);
            double[] rate = pick(runs, shape, Figure::perSecond);
            String ratio = "";
            if (shape.where().startsWith("http")) {
                Figure local = new Figure(shape.workload(), "in-process", shape.clients(), 0, 0, 0);
                boolean measured = runs.get(0).stream().anyMatch(f -> same(f, local));
                ratio = measured ? String.format(Locale.ROOT, "%.1f", Stats.median(p50) / Stats.median(pick(runs, local, Figure::p50))) : "";
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %,.0f | %s |%n", shape.workload(), shape.clients(),
                    shape.where(), Stats.min(p50), Stats.median(p50), Stats.max(p50), Stats.min(p99), Stats.median(p99), Stats.max(p99),
                    Stats.median(rate), ratio);
        }
    }

    private static boolean same(Figure a, Figure b) {
        return a.workload().equals(b.workload()) && a.where().equals(b.where()) && a.clients() == b.clients();
    }

    private static double[] pick(List<List<Figure>> runs, Figure shape, java.util.function.ToDoubleFunction<Figure> value) {
        return runs.stream().flatMap(List::stream).filter(f -> same(f, shape)).mapToDouble(value).toArray();
    }

    // ------------------------------------------------------------------ one pass

    /** A server on a fresh embedded PostgreSQL, the example's 2025-Q3 submitted, then every workload. */
    static List<Figure> measure(double seconds) throws Exception {
        for (String quiet : new String[] {"vn.dti.server", "io.javalin", "org.eclipse.jetty", "com.zaxxer", "org.flywaydb", "io.zonky"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + quiet, "warn");   // one log line a request would be measured too
        }
        List<Figure> out = new ArrayList<>();
        Path work = Files.createTempDirectory("dti-server-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on").start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database dti");
            }
            StringWriter started = new StringWriter();
            ServerOptions options = ServerOptions.defaults().withPort(0).withDatabase(postgres.getJdbcUrl("postgres", "dti"), "postgres", null);
            try (DtiServer server = DtiServer.start(options, new PrintWriter(started, true))) {
                Client admin = Client.admin(server.url(), started.toString());
                admin.send("POST", "/api/v1/entities", json(Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), "application/json", 201);
                String viewer = admin.token("VIEWER", null);
                String clerk = admin.token("CLERK", "Sở KH&CN");
                for (String f : Q3) {
                    String agency = f.substring(0, f.lastIndexOf('.'));
                    Client.withToken(server.url(), admin.token("CLERK", agency)).upload(agency, WORKSPACE.resolve("2025-Q3").resolve(f), 201);
                }
                byte[] evidence = Files.readAllBytes(EXAMPLE);
                RuleScorer scorer = Methodologies.bundled(ServerOptions.DEFAULT_METHODOLOGY);
                Workspace folder = Workspace.open(WORKSPACE);
                Period q3 = Period.parse("2025-Q3");
                LocalDate asOf = LocalDate.of(2025, 9, 30);
                for (int n : CLIENTS) {
                    out.add(load("score", "in-process", n, seconds, i -> DtiJson.write(scorer.score(DtiJson.readEvidence(evidence, "evidence")),
                            Language.VI)));
                    out.add(load("score", "http", n, seconds, perClient(n, server.url(), viewer,
                            c -> c.send("POST", "/api/v1/score", evidence, "application/json", 200))));
                    LeanHttpClient[] lean = new LeanHttpClient[n];
                    for (int i = 0; i < n; i++) {
                        lean[i] = new LeanHttpClient(server.url(), viewer);
                    }
                    try {
                        out.add(load("score", "http-lean", n, seconds, i -> lean[i].post("/api/v1/score", evidence, "application/json", 200)));
                    } finally {
                        for (LeanHttpClient c : lean) {
                            c.close();
                        }
                    }
                }
                for (int n : CLIENTS) {
                    out.add(load("status", "in-process", n, seconds, i -> DtiJson.write(ReportingStatus.of(scorer, folder, q3, asOf), Language.VI)));
                    out.add(load("status", "http", n, seconds, perClient(n, server.url(), viewer,
                            c -> c.send("GET", PERIOD + "/status?asOf=2025-09-30", null, null, 200))));
                }
                Client science = Client.withToken(server.url(), clerk);
                Path workbook = WORKSPACE.resolve("2025-Q3").resolve(WORKBOOK);
                out.add(load("workbook", "http", 1, seconds, i -> science.upload("Sở KH&CN", workbook, 201)));
            }
        } finally {
            delete(work);
        }
        return out;
    }

    /** A request made by client number i (of n). */
    interface Call {
        Object call(int client) throws Exception;
    }

    /** Each of n clients its own connection (an HttpClient of its own). */
    private static Call perClient(int n, String url, String token, ClientCall call) {
        Client[] clients = new Client[n];
        for (int i = 0; i < n; i++) {
            clients[i] = Client.withToken(url, token);
        }
        return i -> call.call(clients[i]);
    }

    interface ClientCall {
        Object call(Client c) throws Exception;
    }

    /**
     * n threads calling in a closed loop: warm-up, then {@code seconds} measured (and at least one
     * request a thread); every request started after the warm-up has its latency kept. p50 and p99 in milliseconds, and requests per second.
     */
    static Figure load(String workload, String where, int n, double seconds, Call call) throws Exception {
        long warmEnd = System.nanoTime() + (long) (warmup(seconds) * 1e9);
        long end = warmEnd + (long) (seconds * 1e9);
        long[][] latencies = new long[n][];
        int[] counts = new int[n];
        Throwable[] failed = new Throwable[1];
        CountDownLatch done = new CountDownLatch(n);
        for (int t = 0; t < n; t++) {
            int client = t;
            Thread th = new Thread(() -> {
                long[] mine = new long[1024];
                int k = 0;
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end && k > 0) {
                            break;   // at least one measured request a client, however slow (the smoke run's rows are short)
                        }
                        call.call(client);
                        long t1 = System.nanoTime();
                        if (t0 >= warmEnd) {
                            if (k == mine.length) {
                                mine = Arrays.copyOf(mine, k * 2);
                            }
                            mine[k++] = t1 - t0;
                        }
                    }
                } catch (Throwable e) {
                    synchronized (failed) {
                        failed[0] = e;
                    }
                } finally {
                    latencies[client] = mine;
                    counts[client] = k;
                    done.countDown();
                }
            }, "client-" + t);
            th.setDaemon(true);
            th.start();
        }
        if (!done.await((long) (warmup(seconds) + seconds) + 300, TimeUnit.SECONDS)) {
            throw new IllegalStateException(workload + " " + where + " with " + n + " clients did not end");
        }
        if (failed[0] != null) {
            throw new IllegalStateException(workload + " " + where + " with " + n + " clients failed", failed[0]);
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < n; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Figure(workload, where, n, percentile(all, 50) / 1e6, percentile(all, 99) / 1e6, total / seconds);
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static byte[] json(Object o) {
        return DtiJson.write(o).getBytes(StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ------------------------------------------------------------------ a client of the API

    /** A client as another system is one: an API token (or, for the admin, the session cookie and its CSRF token). */
    static final class Client {
        private static final Pattern ADMIN = Pattern.compile("(?m)^admin password: (\\S+)$");
        private final String base;
        private final HttpClient http;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        static Client withToken(String base, String token) {
            Client c = new Client(base);
            c.headers.put("Authorization", "Bearer " + token);
            return c;
        }

        /** The first admin, signed in with the printed one-time password, then a password of its own. */
        static Client admin(String base, String startOutput) throws Exception {
            Matcher m = ADMIN.matcher(startOutput);
            if (!m.find()) {
                throw new IllegalStateException("no admin password in: " + startOutput);
            }
            Client c = new Client(base);
            c.csrf(c.send("POST", "/api/v1/session", json(Map.of("name", "admin", "password", m.group(1))), "application/json", 200));
            c.csrf(c.send("PUT", "/api/v1/session/password", json(Map.of("current", m.group(1), "password", "the benchmark's admin password")),
                    "application/json", 200));
            return c;
        }

        private void csrf(byte[] session) throws IOException {
            headers.put("X-CSRF-Token", DtiJson.mapper().readTree(session).path("csrfToken").asText());
        }

        String token(String role, String agency) throws Exception {
            Map<String, String> body = new LinkedHashMap<>(Map.of("name", "benchmark " + role + " " + agency, "role", role));
            if (agency != null) {
                body.put("agency", agency);
            }
            return DtiJson.mapper().readTree(send("POST", "/api/v1/tokens", json(body), "application/json", 201)).path("value").asText();
        }

        /** Submits the agency's workbook for 2025-Q3 (multipart, as a browser or another system sends it). */
        byte[] upload(String agency, Path file, int status) throws Exception {
            String boundary = "dti-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send("POST", PERIOD + "/agencies/" + URLEncoder.encode(agency, StandardCharsets.UTF_8).replace("+", "%20") + "/submissions",
                    body.toByteArray(), "multipart/form-data; boundary=" + boundary, status);
        }

        byte[] send(String method, String path, byte[] body, String contentType, int status) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            headers.forEach(b::header);
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != status) {
                throw new UncheckedIOException(new IOException(method + " " + path + ": " + r.statusCode() + " "
                        + new String(r.body(), StandardCharsets.UTF_8)));
            }
            return r.body();
        }
    }
}
