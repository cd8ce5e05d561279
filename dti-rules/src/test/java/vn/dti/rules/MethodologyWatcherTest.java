package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.Evidence;
import vn.dti.api.ScoreCard;

/**
 * Hot reload for embedding applications: an edit is served only after every check and test case
 * passes; a broken edit keeps the previous version; scoring never pauses and never sees a broken
 * or half-loaded version; reloading does not leak.
 */
class MethodologyWatcherTest {
    /** The table row the tests edit: 8.2, a goalpost the folder's own test cases do not cover. */
    private static final String ROW_82 = "\n8.2,,0.10,";
    /** Khánh Hòa's 8.2 in the bundled example: 2.52% of adults with a digital signature. */
    private static final double VALUE_82 = 0.0252;

    @TempDir
    Path tmp;

    /** Records what the watcher reports, in order. */
    static final class Reports implements MethodologyWatcher.Listener {
        final BlockingQueue<MethodologyCheck> all = new LinkedBlockingQueue<>();
        final Map<String, Double> goalOfVersion = new ConcurrentHashMap<>();
        final List<String> refusedVersions = new CopyOnWriteArrayList<>();

        @Override
        public void accepted(MethodologyCheck check) {
            double goal = ((vn.dti.scoring.ScoringPattern.Goal) check.scorer().scoringRule(vn.dti.api.IndicatorId.of("8.2")).orElseThrow().pattern()).goal();
            goalOfVersion.put(check.version(), goal);
            all.add(check);
        }

        @Override
        public void refused(MethodologyCheck check, RuleScorer serving) {
            refusedVersions.add(check.version());
            all.add(check);
        }

        MethodologyCheck next() throws InterruptedException {
            MethodologyCheck c = all.poll(60, TimeUnit.SECONDS);
            assertNotNull(c, "the watcher reported nothing within 60 s");
            return c;
        }
    }

    private Path exported() {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        return dir;
    }

    /** Writes the table with 8.2's goal set to {@code goalCell} (a broken cell when it is not a number). */
    private static void setGoal(Path dir, String original, String goalCell) throws IOException {
        assertTrue(original.contains(ROW_82));
        Files.writeString(dir.resolve("scoring.csv"), original.replace(ROW_82, "\n8.2,," + goalCell + ","), StandardCharsets.UTF_8);
    }

    @Test
    void goodEditServed_brokenEditRefused_previousKept() throws Exception {
        Path dir = exported();
        String table = Files.readString(dir.resolve("scoring.csv"), StandardCharsets.UTF_8);
        Reports reports = new Reports();
        try (MethodologyWatcher w = MethodologyWatcher.start(dir, Duration.ofMillis(100), reports)) {
            MethodologyCheck first = reports.next();
            assertTrue(first.passed(), first.summary());
            String v1 = w.scorer().version();

            setGoal(dir, table, "0.05");
            MethodologyCheck good = reports.next();
            assertTrue(good.passed(), good.problems().toString());
            assertEquals(good.version(), w.scorer().version());
            assertEquals(0.0252 / 0.05 * 50, w.scorer().score(Fixtures.khanhHoa2023()).component("8.2").orElseThrow().points(), 1e-12);

            setGoal(dir, table, "0.1O");
            MethodologyCheck broken = reports.next();
            assertFalse(broken.valid());
            assertTrue(broken.problems().get(0).contains("column C (goal): \"0.1O\" is not a number"), broken.problems().toString());
            assertEquals(good.version(), w.scorer().version(), "the broken edit is not served");

            // an edit whose rules compile but whose own test cases fail is refused too (they expect 3.4 at 72% to earn 24)
            Files.writeString(dir.resolve("scoring.csv"), table.replace("\n3.4,,0.90,", "\n3.4,,0.95,"), StandardCharsets.UTF_8);
            MethodologyCheck failing = reports.next();
            assertTrue(failing.valid());
            assertFalse(failing.passed(), "tests/patterns.json expects 30 points for 3.4 at 0.90");
            assertEquals(good.version(), w.scorer().version());
            assertFalse(v1.equals(w.scorer().version()));
        }
    }

    @Test
    void folderReplacedByANewCopy_isWatchedAgain_lockFilesIgnored() throws Exception {
        Path dir = exported();
        String table = Files.readString(dir.resolve("scoring.csv"), StandardCharsets.UTF_8);
        Reports reports = new Reports();
        List<Path> gone = new CopyOnWriteArrayList<>();
        MethodologyWatcher.Listener listener = new MethodologyWatcher.Listener() {
            @Override
            public void accepted(MethodologyCheck check) {
                reports.accepted(check);
            }

            @Override
            public void refused(MethodologyCheck check, RuleScorer serving) {
                reports.refused(check, serving);
            }

            @Override
            public void folderGone(Path folder, RuleScorer serving) {
                gone.add(folder);
            }
        };
        try (MethodologyWatcher w = MethodologyWatcher.start(dir, Duration.ofMillis(100), listener)) {
            assertTrue(reports.next().passed());
            String v1 = w.scorer().version();
            // a spreadsheet program's lock file beside the table: not part of the folder, nothing to report
            Files.writeString(dir.resolve("~$scoring.xlsx"), "lock");
            Files.writeString(dir.resolve(".~lock.scoring.xlsx#"), "lock");
            assertNull(reports.all.poll(1500, TimeUnit.MILLISECONDS), "a lock file is not an edit");

            // the officer replaces the whole folder (a new copy moved into its place), as a sync tool does
            Path fresh = tmp.resolve("fresh");
            Methodologies.export(Fixtures.PROVINCE_2025, fresh);
            setGoal(fresh, table, "0.05");
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (gone.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(Files.exists(dir), "deleted");
            assertEquals(List.of(dir), gone, "the watcher says the folder is gone");
            assertEquals(v1, w.scorer().version(), "and keeps serving the last good version");
            Files.move(fresh, dir);
            MethodologyCheck back = reports.next();
            assertTrue(back.passed(), back.summary());
            assertEquals(0.05, reports.goalOfVersion.get(back.version()), 0);
            assertEquals(back.version(), w.scorer().version());

            // moved aside and a new copy put at the path: the watch followed the old folder's inode; the new one is checked
            Path second = tmp.resolve("second");
            Methodologies.export(Fixtures.PROVINCE_2025, second);
            setGoal(second, table, "0.07");
            Files.move(dir, tmp.resolve("aside"));
            Files.move(second, dir);
            MethodologyCheck swapped = reports.next();
            assertTrue(swapped.passed(), swapped.summary());
            assertEquals(0.07, reports.goalOfVersion.get(swapped.version()), 0);
            assertEquals(swapped.version(), w.scorer().version());
            // an edit in the folder moved aside is not an edit of the methodology
            setGoal(tmp.resolve("aside"), table, "0.3O");
            assertNull(reports.all.poll(2500, TimeUnit.MILLISECONDS), "the folder moved aside is no longer watched");

            // deleted, then the very same files put back: reported as back (the same version), not silence after "gone"
            Path copy = tmp.resolve("copy");
            try (var files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.copy(p, copy.resolve(dir.relativize(p).toString()));
                }
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (gone.size() < 2 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertEquals(2, gone.size(), "gone a second time");
            Files.move(copy, dir);
            MethodologyCheck same = reports.next();
            assertTrue(same.passed(), same.summary());
            assertEquals(swapped.version(), same.version());
        }
    }

    @Test
    void unchangedFolder_isNotCheckedAgain() {
        Path dir = exported();
        Reports reports = new Reports();
        try (MethodologyWatcher w = MethodologyWatcher.start(dir, Duration.ofMillis(100), reports)) {
            assertNull(w.checkNow(), "same bytes, same version: nothing to do");
        }
        assertEquals(1, reports.all.size());
    }

    @Test
    void fourThreadsScoreWithoutPause_while50EditsAlternateGoodAndBroken() throws Exception {
        Path dir = exported();
        String table = Files.readString(dir.resolve("scoring.csv"), StandardCharsets.UTF_8);
        Reports reports = new Reports();
        Evidence evidence = Fixtures.khanhHoa2023();
        record Seen(String version, double points82, double total) {
        }
        List<Seen> seen = new CopyOnWriteArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        try (MethodologyWatcher w = MethodologyWatcher.start(dir, Duration.ofMillis(50), reports)) {
            reports.next();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread th = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            ScoreCard c = w.scorer().score(evidence);
                            seen.add(new Seen(c.methodology().version(), c.component("8.2").orElseThrow().points(), c.totalPoints()));
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    }
                });
                th.start();
                threads.add(th);
            }
            for (int k = 0; k < 50; k++) {
                String cell = k % 2 == 0 ? String.format(Locale.ROOT, "%.3f", 0.02 + 0.002 * k) : "0.1O" + k;
                setGoal(dir, table, cell);
                MethodologyCheck c = reports.next();
                assertEquals(k % 2 == 0, c.passed(), "edit " + k + " (" + cell + "): " + c.summary() + " " + c.problems());
            }
            stop.set(true);
            for (Thread th : threads) {
                th.join();
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(seen.size() > 50, "scoring went on: " + seen.size() + " cards");
        assertEquals(25, reports.refusedVersions.size());
        ScoreCard base = Fixtures.province2025().score(evidence);
        double others = base.totalPoints() - base.component("8.2").orElseThrow().points();
        for (Seen s : seen) {
            assertFalse(reports.refusedVersions.contains(s.version()), "a card from a refused version " + s.version());
            Double goal = reports.goalOfVersion.get(s.version());
            assertNotNull(goal, "a card from a version never accepted: " + s.version());
            double expected = Math.min(1, VALUE_82 / goal) * 50;
            assertEquals(expected, s.points82(), 1e-9, "version " + s.version() + " has goal " + goal);
            assertEquals(others + expected, s.total(), 1e-9);
        }
    }

    @Test
    void hundredReloads_heapAndMetaspaceGrowLessThan5MB() throws Exception {
        Path dir = exported();
        String table = Files.readString(dir.resolve("scoring.csv"), StandardCharsets.UTF_8);
        Reports reports = new Reports();
        try (MethodologyWatcher w = MethodologyWatcher.start(dir, Duration.ofMillis(50), reports)) {
            assertTrue(reports.next().passed());
            // warm up: the first reloads load the engine's own classes
            for (int k = 0; k < 5; k++) {
                setGoal(dir, table, String.format(Locale.ROOT, "%.4f", 0.05 + 0.0001 * k));
                assertTrue(reports.next().passed());
            }
            long[] before = usedAfterFullGc();
            for (int k = 0; k < 100; k++) {
                setGoal(dir, table, String.format(Locale.ROOT, "%.4f", 0.06 + 0.0001 * k));
                MethodologyCheck c = reports.next();
                assertTrue(c.passed(), c.summary());
            }
            long[] after = usedAfterFullGc();
            double heapMb = (after[0] - before[0]) / 1048576.0;
            double metaMb = (after[1] - before[1]) / 1048576.0;
            System.out.printf(Locale.ROOT, "100 reloads: heap %+.2f MB, metaspace %+.2f MB after a full GC%n", heapMb, metaMb);
            assertTrue(heapMb < 5, "heap grew by " + heapMb + " MB over 100 reloads");
            assertTrue(metaMb < 5, "metaspace grew by " + metaMb + " MB over 100 reloads");
        }
    }

    /** {heap used, metaspace used} after full collections. */
    static long[] usedAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long meta = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().contains("Metaspace")) {
                meta += pool.getUsage().getUsed();
            }
        }
        return new long[] {heap, meta};
    }
}
