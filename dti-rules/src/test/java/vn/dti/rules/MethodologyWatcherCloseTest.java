package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Closing a watcher while it checks an edit (issue 20, item 7): an application that shuts down
 * mid-check sees no ERROR and no stack trace in its log, no report after close, and the watcher's
 * thread gone. The check is interrupted at several points: reading and compiling the folder, the
 * sweep, the folder's test cases. The log is slf4j-simple's (test scope), written to stderr,
 * which the test reads.
 */
class MethodologyWatcherCloseTest {
    /** 8.2's row of the bundled 2025 table (a goalpost the folder's test cases do not cover). */
    private static final String ROW_82 = "\n8.2,,0.10,";
    /** How long after the check is seen under way each close comes: from at once to late in it. */
    private static final long[] DELAYS_MS = {0, 150, 400, 800};

    @TempDir
    Path tmp;

    @Test
    void close_whileAnEditIsChecked_logsNoErrorNorStackTrace_andReportsNothingAfter() throws Exception {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        String table = Files.readString(dir.resolve("scoring.csv"), StandardCharsets.UTF_8);
        assertTrue(table.contains(ROW_82));

        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<String> caught = new ArrayList<>();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            // the capture works: the watcher's logger writes here
            LoggerFactory.getLogger(MethodologyWatcher.class).warn("probe before the watchers start");
            for (int k = 0; k < DELAYS_MS.length; k++) {
                AtomicInteger reportsAfterClose = new AtomicInteger();
                boolean[] closed = {false};
                MethodologyWatcher.Listener listener = new MethodologyWatcher.Listener() {
                    @Override
                    public void accepted(MethodologyCheck check) {
                        count();
                    }

                    @Override
                    public void refused(MethodologyCheck check, RuleScorer serving) {
                        count();
                    }

                    private void count() {
                        if (closed[0]) {
                            reportsAfterClose.incrementAndGet();
                        }
                    }
                };
                MethodologyWatcher w = MethodologyWatcher.start(dir, Duration.ofMillis(20), listener);
                Files.writeString(dir.resolve("scoring.csv"), table.replace(ROW_82, "\n8.2,,0.0" + (5 + k) + ","), StandardCharsets.UTF_8);
                Thread watcher = checking(dir);
                Thread.sleep(DELAYS_MS[k]);
                closed[0] = true;
                w.close();
                watcher.join(5_000);
                assertFalse(watcher.isAlive(), "close() ends the watcher's thread (delay " + DELAYS_MS[k] + " ms)");
                Thread.sleep(200);
                assertEquals(0, reportsAfterClose.get(), "no report after close (delay " + DELAYS_MS[k] + " ms)");
                assertTrue(w.current().isPresent(), "the last scorer stays usable");
            }
        } catch (AssertionError | Exception e) {
            caught.add(e.toString());
            throw e;
        } finally {
            System.setErr(stderr);
            String text = log.toString(StandardCharsets.UTF_8);
            stderr.print(text);
            if (caught.isEmpty()) {
                assertTrue(text.contains("WARN vn.dti.rules.MethodologyWatcher - probe before the watchers start"), "the log is captured: " + text);
                assertFalse(text.contains(" ERROR "), "no ERROR when a watcher is closed mid-check:\n" + text);
                assertFalse(text.contains("\tat "), "no stack trace when a watcher is closed mid-check:\n" + text);
            }
        }
    }

    /** The watcher's thread of this folder once it is checking an edit (compiling, sweeping or running test cases). */
    private static Thread checking(Path dir) throws InterruptedException {
        String name = "dti-methodology-watcher " + dir.getFileName();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            for (var e : Thread.getAllStackTraces().entrySet()) {
                if (e.getKey().getName().equals(name) && e.getKey().isAlive()) {
                    for (StackTraceElement f : e.getValue()) {
                        if (f.getClassName().equals(MethodologyCheck.class.getName()) && f.getMethodName().equals("of")) {
                            return e.getKey();
                        }
                    }
                }
            }
            Thread.sleep(1);
        }
        assertNotNull(null, "the watcher did not start checking the edit within 30 s");
        return null;
    }
}
