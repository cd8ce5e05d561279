package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.server.ApiClient;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * {@code kill -9} in the middle of uploads loses nothing acknowledged. {@code dti serve} runs as a
 * child process on its embedded PostgreSQL in a data folder; five agencies' clerks upload the worked
 * example's 2025-Q3 workbooks (each with a document scan of its own) over and over; the JVM is
 * killed (SIGKILL: no shutdown hook runs, and PostgreSQL, a process of its own, is left running as
 * an orphan); {@code dti serve} starts again on the same folder: it stops the orphan cleanly, and
 * every submission answered 201 is there with its SHA-256, its bytes, what was read and its
 * document; none is half-stored (every stored one has all of these, numbers run 1…n, each has its
 * audit entry); the views answer; numbering goes on.
 */
class CrashTest {
    static final Path Q3 = Path.of("../dti-examples/data/workspace-khanh-hoa-2025/2025-Q3");
    static final List<String> FILES = List.of("Công an tỉnh.csv", "Sở KH&CN.xlsx", "Sở Tài chính.json", "Sở Văn hóa, Thể thao và Du lịch.csv",
            "Văn phòng UBND tỉnh.csv");
    static final String PERIOD = "/api/v1/entities/khanh-hoa/periods/2025-Q3";
    static final String PASSWORD = "the admin's password after the crash";
    /** Acknowledged before the kill, at the least: the uploads go on while it comes. */
    static final int ACKNOWLEDGED = 12;

    /** A submission answered 201: its agency, number, file SHA-256 and document SHA-256. */
    record Ack(String agency, int number, String sha256, String document, byte[] documentBytes) {
    }

    static String agency(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }

    static String submissions(String agency) {
        return PERIOD + "/agencies/" + ApiClient.segment(agency) + "/submissions";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process id in the data folder's postmaster.pid, if there is one. */
    static Optional<Long> postmaster(Path data) throws IOException {
        Path pid = data.resolve("postgres/postmaster.pid");
        return Files.exists(pid) ? Optional.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())) : Optional.empty();
    }

    @Test
    void killedInTheMiddleOfUploads_losesNothingAcknowledged_andStartsAgainOnTheSameFolder(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("dti-data");
        try {
            crashAndRestart(tmp, data);
        } finally {
            // whatever failed: no PostgreSQL outlives the test
            Optional<ProcessHandle> left = postmaster(data).flatMap(ProcessHandle::of);
            left.ifPresent(ProcessHandle::destroy);
            left.ifPresent(p -> p.onExit().completeOnTimeout(p, 30, TimeUnit.SECONDS).join());
        }
    }

    private void crashAndRestart(Path tmp, Path data) throws Exception {
        Map<String, String> env = Map.of("DTI_LANG", "en");
        List<Ack> acks = new CopyOnWriteArrayList<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        long orphan;
        ServeProcess first = ServeProcess.start(tmp, "first", env, "--data", data.toString());
        try {
            ApiClient admin = new ApiClient(first.url());
            String oneTime = first.adminPassword().orElseThrow();
            assertEquals(200, admin.signIn("admin", oneTime).status());
            assertEquals(200, admin.changePassword(oneTime, PASSWORD).status());
            assertEquals(201, admin.postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")).status());
            for (String f : FILES) {
                ApiClient.Response t = admin.postJson("/api/v1/tokens", Map.of("name", agency(f), "role", "CLERK", "agency", agency(f)));
                assertEquals(201, t.status(), t.toString());
                tokens.put(f, t.json().path("value").asText());
            }

            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger refused = new AtomicInteger();
            List<String> unexpected = new CopyOnWriteArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(FILES.size());
            for (String f : FILES) {
                ApiClient clerk = new ApiClient(first.url()).withToken(tokens.get(f));
                byte[] workbook = read(Q3.resolve(f));
                clients.submit(() -> {
                    for (int i = 0; !killed.get(); i++) {
                        byte[] scan = ("%PDF-1.4 the scan of " + agency(f) + ", upload " + i).getBytes(StandardCharsets.UTF_8);
                        ApiClient.Response r;
                        try {
                            r = clerk.postForm(submissions(agency(f)), ApiClient.Part.file("file", f, workbook),
                                    ApiClient.Part.file("document", "scan-" + i + ".pdf", scan));
                        } catch (UncheckedIOException e) {
                            refused.incrementAndGet();   // the server died under this request: not acknowledged
                            continue;
                        }
                        if (r.status() == 201) {
                            JsonNode s = r.json().path("submission");
                            acks.add(new Ack(agency(f), s.path("number").asInt(), s.path("sha256").asText(),
                                    s.path("documents").get(0).path("sha256").asText(), scan));
                        } else if (!killed.get()) {
                            unexpected.add(r.toString());
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acks.size() < ACKNOWLEDGED && System.nanoTime() < deadline && unexpected.isEmpty()) {
                Thread.sleep(20);
            }
            orphan = postmaster(data).orElseThrow();
            first.kill();                       // kill -9, uploads in flight
            killed.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "the clients end");
            assertTrue(unexpected.isEmpty(), "every upload before the kill is accepted: " + unexpected);
            assertTrue(acks.size() >= ACKNOWLEDGED, "acknowledged before the kill: " + acks.size());
            assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                    "the killed service's PostgreSQL runs on, an orphan in the data folder (process " + orphan + ")");
        } finally {
            first.close();
        }

        ServeProcess second = ServeProcess.start(tmp, "second", env, "--data", data.toString());
        try {
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan is stopped");
            assertTrue(second.stderr().contains(Messages.text(Language.EN, "server.start.orphanStopped", Long.toString(orphan),
                    data.resolve("postgres").toString())), second.stderr());
            assertTrue(second.adminPassword().isEmpty(), "the accounts are there: no new admin");
            assertTrue(postmaster(data).orElseThrow() != orphan, "a new PostgreSQL");
            ApiClient admin = new ApiClient(second.url());
            assertEquals(200, admin.signIn("admin", PASSWORD).status(), "the admin's password is the one set before the crash");

            Map<String, JsonNode> history = new ConcurrentHashMap<>();
            int stored = 0;
            for (String f : FILES) {
                String agency = agency(f);
                byte[] workbook = read(Q3.resolve(f));
                JsonNode versions = admin.get(submissions(agency)).json();
                history.put(agency, versions);
                stored += versions.size();
                // none half-stored: numbers 1…n, each with its file, what was read, and its document
                for (int i = 0; i < versions.size(); i++) {
                    JsonNode v = versions.get(i);
                    int number = v.path("number").asInt();
                    assertEquals(i + 1, number, agency + ": " + versions);
                    assertEquals(sha256(workbook), v.path("sha256").asText(), agency + " " + number);
                    ApiClient.Response file = admin.get(submissions(agency) + "/" + number + "/file");
                    assertEquals(200, file.status(), file.toString());
                    assertArrayEquals(workbook, file.body(), agency + " " + number + ": the file as it was sent");
                    JsonNode one = admin.get(submissions(agency) + "/" + number).json();
                    assertEquals(agency, one.path("read").path("agency").asText(), agency + " " + number + ": what was read: " + one);
                    assertEquals(1, v.path("documents").size(), agency + " " + number + ": its document: " + v);
                    String doc = v.path("documents").get(0).path("sha256").asText();
                    ApiClient.Response scan = admin.get(submissions(agency) + "/" + number + "/documents/" + doc);
                    assertEquals(200, scan.status(), scan.toString());
                    assertEquals(doc, sha256(scan.body()), agency + " " + number + ": the document's bytes");
                }
            }
            // every acknowledged submission is there, as acknowledged
            for (Ack a : acks) {
                JsonNode versions = history.get(a.agency());
                assertTrue(a.number() <= versions.size(), a + " is lost: " + versions.size() + " stored");
                JsonNode v = versions.get(a.number() - 1);
                assertEquals(a.sha256(), v.path("sha256").asText(), a.toString());
                assertEquals(a.document(), v.path("documents").get(0).path("sha256").asText(), a.toString());
                assertArrayEquals(a.documentBytes(), admin.get(submissions(a.agency()) + "/" + a.number() + "/documents/" + a.document()).body());
            }
            assertTrue(stored >= acks.size(), stored + " stored, " + acks.size() + " acknowledged");
            // the database consistent: each stored submission has its audit entry (the same transaction), and the views answer
            JsonNode audit = admin.get("/api/v1/audit?action=submission.add&limit=10000").json();
            assertEquals(stored, audit.size(), "one audit entry a stored submission");
            for (String view : List.of("/status?asOf=2025-09-30", "/evidence", "/cards/self-assessed", "/cards/final", "/submissions")) {
                ApiClient.Response r = admin.get(PERIOD + view);
                assertEquals(200, r.status(), view + ": " + r);
            }
            String again = agency(FILES.get(0));
            ApiClient.Response next = new ApiClient(second.url()).withToken(tokens.get(FILES.get(0))).postForm(submissions(again),
                    ApiClient.Part.file("file", Q3.resolve(FILES.get(0))));
            assertEquals(201, next.status(), next.toString());
            assertEquals(history.get(again).size() + 1, next.json().path("submission").path("number").asInt(), "numbering goes on");
        } finally {
            assertEquals(143, second.stop(), "SIGTERM: the service stops, then its database");
        }
        assertTrue(postmaster(data).isEmpty(), "a service stopped by SIGTERM stops its PostgreSQL: no postmaster.pid left");
    }
}
