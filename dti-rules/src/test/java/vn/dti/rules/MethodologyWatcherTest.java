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
    /** 3.4's row: its goal is what the folder's own test cases check. */
    private static final String ROW_34 = "\n3.4,,0.90,";
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
            assertTrue(broken.problems().get(0).contains("cột C (goal): " + vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "rules.cell.notNumber", "0.1O")), broken.problems().toString());
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

    /**
     * The kinds of edit an officer saves: a good one (8.2's goal changed), and three kinds of broken
     * one that must never be served: a cell that does not compile, a rule that compiles but awards
     * above max where the sweep finds it, and a goal that compiles and sweeps clean but that the
     * folder's own test cases refuse (tests/patterns.json expects 3.4 at 90% to earn 30).
     */
    enum Edit {
        GOOD, DOES_NOT_COMPILE, REFUSED_BY_THE_SWEEP, FAILS_ITS_TEST_CASES;

        /** The {@code k}-th broken edit's kind, taking turns. */
        static Edit broken(int k) {
            return values()[1 + Math.floorMod(k, 3)];
        }
    }

    /** The exported folder the officer edits, and what each edit should do. */
    static final class EditedFolder {
        final Path dir;
        final String table;

        EditedFolder(Path dir) throws IOException {
            this.dir = dir;
            this.table = Files.readString(dir.resolve("scoring.csv"), StandardCharsets.UTF_8);
            assertTrue(table.contains(ROW_82) && table.contains(ROW_34));
        }

        /**
         * Saves the {@code k}-th edit (8.2's goal {@code goal} in a good one; every edit's bytes are new) and returns the
         * version the folder now has.
         */
        String save(Edit edit, int k, double goal) throws IOException {
            String goal82 = String.format(Locale.ROOT, "%.4f", goal);
            Path extra = dir.resolve("sweep.drl");
            String t;
            switch (edit) {
                case GOOD:
                    t = table.replace(ROW_82, "\n8.2,," + goal82 + ",");
                    break;
                case DOES_NOT_COMPILE:
                    t = table.replace(ROW_82, "\n8.2,,0.1O" + k + ",");
                    break;
                case REFUSED_BY_THE_SWEEP:
                    // 8.2 scored by a rule file whose rule awards 51 of 50 from a ratio of 0.5 on: it compiles, the sweep finds it
                    t = table.replaceAll("\n8\\.2,[^\n]*", "");
                    Files.writeString(extra, String.join("\n", "package sweep", "import vn.dti.rules.ComponentValue",
                            "global vn.dti.rules.ScoreSheet score", "rule \"8.2 by hand\" @indicator(\"8.2\")",
                            "when $v : ComponentValue( indicator == \"8.2\", reported )",
                            "then score.award(kcontext, $v, $v.getRatio() >= 0.5 ? 51 : Math.min(1, $v.getRatio() / " + goal82 + ") * 50, \"edit " + k
                                    + "\");",
                            "end", ""), StandardCharsets.UTF_8);
                    break;
                default:
                    // 3.4's goal above the 90% its test case expects full points at
                    t = table.replace(ROW_82, "\n8.2,," + goal82 + ",").replace(ROW_34, String.format(Locale.ROOT, "\n3.4,,%.4f,", 0.95 + 0.0001 * k));
            }
            if (edit != Edit.REFUSED_BY_THE_SWEEP) {
                Files.deleteIfExists(extra);
            }
            Files.writeString(dir.resolve("scoring.csv"), t, StandardCharsets.UTF_8);
            return vn.dti.rules.internal.MethodologyFiles.fromDirectory(dir).version();
        }
    }

    /**
     * What the scoring threads saw: per version, each distinct card (its components' points and the
     * total), and how many cards. Bounded by the number of versions, not of cards.
     */
    static final class Seen {
        final Map<String, java.util.Set<String>> cardsOfVersion = new ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicLong cards = new java.util.concurrent.atomic.AtomicLong();
        final List<Throwable> errors = new CopyOnWriteArrayList<>();

        void add(ScoreCard c) {
            cardsOfVersion.computeIfAbsent(c.methodology().version(), v -> ConcurrentHashMap.newKeySet()).add(points(c));
            cards.incrementAndGet();
        }
    }

    /** A card's points, component by component, and its total: what "agrees with its version" compares. */
    static String points(ScoreCard c) {
        StringBuilder sb = new StringBuilder();
        for (vn.dti.api.ComponentScore cs : c.components()) {
            sb.append(cs.id()).append('=').append(GoldenScoreCardsTest.n(cs.points())).append(' ');
        }
        return sb.append("total=").append(GoldenScoreCardsTest.n(c.totalPoints())).toString();
    }

    /**
     * The reference for a served version: the bundled methodology's card of the example (scored by
     * another scorer, compiled from the bundled folder), with 8.2 at min(1, 2.52% / goal) × 50 and the
     * total moved by the difference: the only component the good edits change.
     */
    static String expected(ScoreCard bundled, double goal82) {
        double p82 = Math.min(1, VALUE_82 / goal82) * 50;
        StringBuilder sb = new StringBuilder();
        for (vn.dti.api.ComponentScore cs : bundled.components()) {
            sb.append(cs.id()).append('=').append(GoldenScoreCardsTest.n(cs.id().value().equals("8.2") ? p82 : cs.points())).append(' ');
        }
        double total = bundled.totalPoints() - bundled.component("8.2").orElseThrow().points() + p82;
        return sb.append("total=").append(GoldenScoreCardsTest.n(total)).toString();
    }

    /** Scoring threads that score the example from whatever the watcher serves, {@code pauseMillis} apart (0: without pause). */
    static final class Scorers {
        final AtomicBoolean stop = new AtomicBoolean();
        final List<Thread> threads = new ArrayList<>();

        Scorers(MethodologyWatcher w, Evidence evidence, Seen seen, int n, long pauseMillis) {
            for (int t = 0; t < n; t++) {
                Thread th = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            seen.add(w.scorer().score(evidence));
                            if (pauseMillis > 0) {
                                Thread.sleep(pauseMillis);
                            }
                        } catch (InterruptedException e) {
                            return;
                        } catch (Throwable e) {
                            seen.errors.add(e);
                        }
                    }
                }, "scorer-" + t);
                th.start();
                threads.add(th);
            }
        }

        /** Stops the threads and waits for them: afterwards they hold nothing. */
        void stop() throws InterruptedException {
            stop.set(true);
            for (Thread th : threads) {
                th.join();
            }
        }
    }

    /** Waits for the watcher's report on this version (an edit saved in two steps may be reported on the way). */
    static MethodologyCheck reportOn(Reports reports, String version) throws InterruptedException {
        while (true) {
            MethodologyCheck c = reports.next();
            if (c.version().equals(version)) {
                return c;
            }
        }
    }

    /**
     * Every card a scoring thread got came from a version that passed every check and test case,
     * and its points are the reference's for that version's 8.2 goal.
     */
    static void assertEveryCardAgreesWithItsVersion(Seen seen, Map<String, Double> goalOfServed, java.util.Set<String> refused) {
        assertEquals(List.of(), seen.errors);
        ScoreCard bundled = Fixtures.province2025().score(Fixtures.khanhHoa2023());
        for (Map.Entry<String, java.util.Set<String>> v : seen.cardsOfVersion.entrySet()) {
            assertFalse(refused.contains(v.getKey()), "a card from the refused version " + v.getKey());
            Double goal = goalOfServed.get(v.getKey());
            assertNotNull(goal, "a card from a version that was never accepted: " + v.getKey());
            assertEquals(java.util.Set.of(expected(bundled, goal)), v.getValue(), "version " + v.getKey() + " (8.2's goal " + goal + ")");
        }
    }

    @Test
    void fourThreadsScoreWithoutPause_while50EditsAlternateGoodAndBrokenOfThreeKinds() throws Exception {
        EditedFolder folder = new EditedFolder(exported());
        Reports reports = new Reports();
        Map<String, Double> goalOfServed = new ConcurrentHashMap<>();
        java.util.Set<String> refused = ConcurrentHashMap.newKeySet();
        Seen seen = new Seen();
        try (MethodologyWatcher w = MethodologyWatcher.start(folder.dir, Duration.ofMillis(50), reports)) {
            MethodologyCheck first = reports.next();
            assertTrue(first.passed(), first.summary());
            goalOfServed.put(first.version(), 0.10);
            String served = first.version();
            Scorers scorers = new Scorers(w, Fixtures.khanhHoa2023(), seen, 4, 0);
            try {
                for (int k = 0; k < 50; k++) {
                    Edit edit = k % 2 == 0 ? Edit.GOOD : Edit.broken(k / 2);
                    double goal = 0.02 + 0.002 * k;
                    String version = folder.save(edit, k, goal);
                    MethodologyCheck c = reportOn(reports, version);
                    assertEquals(edit == Edit.GOOD, c.passed(), "edit " + k + " (" + edit + "): " + c.summary() + " " + c.problems());
                    assertEquals(edit != Edit.DOES_NOT_COMPILE && edit != Edit.REFUSED_BY_THE_SWEEP, c.valid(), "edit " + k + " (" + edit + ")");
                    if (edit == Edit.REFUSED_BY_THE_SWEEP) {
                        // the watcher checks in the run's language (Vietnamese here); the sweep no longer writes the rule's violation in English
                        assertTrue(c.problems().get(0).contains("cho 51 điểm đối với chỉ số thành phần 8.2, nằm ngoài khoảng [0, 50]"), c.problems().toString());
                    }
                    if (edit == Edit.GOOD) {
                        goalOfServed.put(version, goal);
                        served = version;
                    } else {
                        refused.add(version);
                    }
                    assertEquals(served, w.scorer().version(), "after edit " + k + " (" + edit + ")");
                }
            } finally {
                scorers.stop();
            }
        }
        assertTrue(seen.cards.get() > 50, "scoring went on: " + seen.cards + " cards");
        assertEquals(25, refused.size());
        // the threads saw the versions change under them (26 were served, each for at least one check of the next edit)
        assertTrue(seen.cardsOfVersion.size() >= 13, "the scoring threads saw " + seen.cardsOfVersion.size() + " versions");
        assertEveryCardAgreesWithItsVersion(seen, goalOfServed, refused);
    }

    @Test
    void hundredReloadsWhileScoring_refusedEditsAmongThem_heapAndMetaspaceGrowLessThan5MB() throws Exception {
        EditedFolder folder = new EditedFolder(exported());
        Reports reports = new Reports();
        Map<String, Double> goalOfServed = new ConcurrentHashMap<>();
        java.util.Set<String> refused = ConcurrentHashMap.newKeySet();
        Seen seen = new Seen();
        Evidence evidence = Fixtures.khanhHoa2023();
        try (MethodologyWatcher w = MethodologyWatcher.start(folder.dir, Duration.ofMillis(50), reports)) {
            MethodologyCheck first = reports.next();
            assertTrue(first.passed());
            goalOfServed.put(first.version(), 0.10);
            int k = 0;
            // warm up, scoring as well: the first reloads load the engine's own classes
            Scorers warming = new Scorers(w, evidence, seen, 2, 5);
            try {
                for (; k < 8; k++) {
                    reload(folder, reports, k, goalOfServed, refused);
                }
            } finally {
                warming.stop();
            }
            long[] before = usedAfterFullGc();
            // two threads, a card every few milliseconds each: scoring goes on through every reload, and the reloads keep the CPU
            Scorers scorers = new Scorers(w, evidence, seen, 2, 5);
            try {
                for (int end = k + 100; k < end; k++) {
                    reload(folder, reports, k, goalOfServed, refused);
                }
            } finally {
                scorers.stop();
            }
            long[] after = usedAfterFullGc();
            double heapMb = (after[0] - before[0]) / 1048576.0;
            double metaMb = (after[1] - before[1]) / 1048576.0;
            System.out.printf(Locale.ROOT, "100 reloads (%d refused) while %d cards were scored: heap %+.2f MB, metaspace %+.2f MB after a full GC%n",
                    refused.size(), seen.cards.get(), heapMb, metaMb);
            assertTrue(heapMb < 5, "heap grew by " + heapMb + " MB over 100 reloads");
            assertTrue(metaMb < 5, "metaspace grew by " + metaMb + " MB over 100 reloads");
        }
        assertTrue(refused.size() >= 25, refused.size() + " refused edits");
        assertEveryCardAgreesWithItsVersion(seen, goalOfServed, refused);
    }

    /** Edit {@code k}: every fourth is broken (the three kinds in turn), the others good. */
    private static void reload(EditedFolder folder, Reports reports, int k, Map<String, Double> goalOfServed, java.util.Set<String> refused)
            throws Exception {
        Edit edit = k % 4 == 3 ? Edit.broken(k / 4) : Edit.GOOD;
        double goal = 0.05 + 0.0001 * k;
        String version = folder.save(edit, k, goal);
        MethodologyCheck c = reportOn(reports, version);
        assertEquals(edit == Edit.GOOD, c.passed(), "edit " + k + " (" + edit + "): " + c.summary());
        if (edit == Edit.GOOD) {
            goalOfServed.put(version, goal);
        } else {
            refused.add(version);
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
