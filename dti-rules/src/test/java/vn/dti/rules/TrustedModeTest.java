package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.ScoreCard;
import vn.dti.text.Language;

/**
 * Trusted mode (a folder whose code is trusted runs any Java; off by default) and the watchdog
 * that stops a run of the rules going past its time limit or firing without end, in both modes,
 * naming the rule and its file and line (issue 18, item 2).
 */
class TrustedModeTest {
    @TempDir
    Path tmp;

    @AfterEach
    void reset() {
        System.clearProperty("dti.cache.dir");
        System.clearProperty("dti.rules.timeLimit");
    }

    private Path withRule(String name, String consequence) throws IOException {
        Path dir = tmp.resolve("copy-" + name);
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Files.writeString(dir.resolve(name + ".drl"), String.join("\n",
                "package vn.dti.methodology.province2025." + name,
                "",
                "import vn.dti.rules.ComponentValue",
                "global vn.dti.rules.ScoreSheet score",
                "",
                "rule \"" + name + "\"",
                "when",
                "    $v : ComponentValue( indicator == \"3.4\" )",
                "then",
                "    " + consequence,
                "end",
                ""), StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void aFolderThatNeedsMore_isRefusedSafe_andRunsTrusted() throws IOException {
        Path marker = tmp.resolve("ran.txt");
        Path dir = withRule("needsMore", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker.toString().replace("\\", "\\\\")
                + "\"), String.valueOf($v.getNumber()));");
        InvalidMethodologyException safe = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(safe.problems(Language.EN).get(0).contains("needsMore.drl:10:5: rule \"needsMore\": the call Files.writeString (java.nio.file)"),
                safe.getMessage());
        assertFalse(Files.exists(marker));
        assertFalse(MethodologyCheck.of(dir.toString()).valid());
        RuleScorer trusted = Methodologies.load(dir, true);
        assertTrue(Files.exists(marker), "trusted code ran during the load's sweep");
        assertEquals(Methodologies.bundled(Fixtures.PROVINCE_2025).score(Fixtures.khanhHoa2023()).totalPoints(),
                trusted.score(Fixtures.khanhHoa2023()).totalPoints());
        assertTrue(MethodologyCheck.of(dir.toString(), true).passed());
    }

    @Test
    void aTrustedCompile_isNeverServedToASafeLoadOfTheSameFolder() throws IOException {
        Path dir = withRule("cached", "String.valueOf($v.getNumber());");
        System.setProperty("dti.cache.dir", tmp.resolve("cache").toString());
        Methodologies.load(dir, true);
        Methodologies.load(dir, true); // read from the cache
        try (var s = Files.list(tmp.resolve("cache/compiled"))) {
            assertEquals(1, s.filter(p -> p.toString().endsWith(".kpkg")).count());
        }
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(e.getMessage().contains("cached.drl, dòng 10, cột 5: "), e.getMessage());
        assertFalse(MethodologyCheck.of(dir).valid());
    }

    @Test
    void aRuleThatLoopsForEver_isStoppedByTheWatchdog_namingTheRule() throws IOException {
        System.setProperty("dti.rules.timeLimit", "1");
        Path dir = withRule("spin", "while (true) { }");
        // safe mode: refused before it runs, at the loop's line
        InvalidMethodologyException safe = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertTrue(safe.problems(Language.EN).get(0).contains("spin.drl:10:5: rule \"spin\": a loop (while)"), safe.getMessage());
        // trusted: it runs, and the watchdog stops it
        InvalidMethodologyException trusted = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir, true));
        assertEquals(1, trusted.problems().size(), trusted.getMessage());
        assertTrue(trusted.problems(Language.EN).get(0).contains("spin.drl:6: rule \"spin\" (spin.drl:6) ran for more than 1 seconds and was stopped"),
                trusted.getMessage());
        assertTrue(trusted.problems(Language.VI).get(0).contains("quy tắc \"spin\" (spin.drl:6) đã chạy quá 1 giây và bị dừng"), trusted.getMessage());
    }

    @Test
    void theLimit_countsProcessorTime_aRuleThatWaitsIsStoppedOnTheClockAtSixTimesIt() throws IOException {
        System.setProperty("dti.rules.timeLimit", "0.4");
        Path dir = tmp.resolve("copy-nap");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        // 1.4 with seven documents (the load-time sweep never tries seven) waits: 1 s, or a minute when also late
        Files.writeString(dir.resolve("nap.drl"), String.join("\n",
                "package vn.dti.methodology.province2025.nap",
                "import vn.dti.rules.ComponentValue",
                "rule \"nap\"",
                "when",
                "    $v : ComponentValue( indicator == \"1.4\", reported, documents == 7 )",
                "then",
                "    Thread.sleep($v.getDaysLate() > 0 ? 60_000 : 1_000);",
                "end", ""), StandardCharsets.UTF_8);
        RuleScorer trusted = Methodologies.load(dir, true);
        List<vn.dti.api.Document> seven = new java.util.ArrayList<>();
        for (int d = 0; d < 7; d++) {
            seven.add(Fixtures.doc());
        }
        vn.dti.api.ComponentEvidence four = new vn.dti.api.ComponentEvidence(vn.dti.api.IndicatorId.of("1.4"), vn.dti.api.ReportStatus.REPORTED,
                vn.dti.api.Value.yesNo(true), null, seven, null, null, null);
        vn.dti.api.Evidence onTime = Fixtures.evidence(four);
        // 1 s on the clock, 2.5 times the limit, but hardly any processor time: not stopped
        long t0 = System.nanoTime();
        assertEquals(trusted.score(onTime).totalPoints(), Methodologies.bundled(Fixtures.PROVINCE_2025).score(onTime).totalPoints());
        assertTrue(System.nanoTime() - t0 >= 1_000_000_000L, "the rule slept");
        // a minute: stopped at six times the limit on the clock, naming the rule
        vn.dti.api.Evidence late = new vn.dti.api.Evidence(onTime.methodology(), onTime.entity(), onTime.period(), java.time.LocalDate.of(2030, 1, 1), null, onTime.components());
        long t1 = System.nanoTime();
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> trusted.score(late));
        long took = System.nanoTime() - t1;
        assertTrue(took >= 2_300_000_000L && took < 30_000_000_000L, "stopped after " + took / 1_000_000 + " ms");
        assertTrue(e.problems(Language.EN).get(0).contains("rule \"nap\" (nap.drl:3) ran for more than 0.4 seconds"), e.problems(Language.EN).toString());
    }

    @Test
    void rulesThatFireWithoutEnd_areStopped_namingTheRuleThatFiredMost() throws IOException {
        Path dir = tmp.resolve("copy");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Files.writeString(dir.resolve("loop.drl"), String.join("\n",
                "package loop",
                "import vn.dti.rules.ComponentValue",
                "global vn.dti.rules.ScoreSheet score",
                "rule \"start\" when $v : ComponentValue( indicator == \"1.1\" ) then insert(Integer.valueOf(0)); end",
                "rule \"again\" when $i : Integer() then insert(Integer.valueOf($i + 1)); end",
                ""), StandardCharsets.UTF_8);
        InvalidMethodologyException safe = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertEquals(2, safe.problems().size(), safe.getMessage());
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir, true));
        assertEquals(1, e.problems().size(), e.getMessage());
        String p = e.problems(Language.EN).get(0);
        assertTrue(p.contains("loop.drl:5: the rules fired more than ") && p.contains("rule \"again\" (loop.drl:5) fired ")
                && p.contains("its consequence inserts or modifies facts in a loop"), p);
        assertFalse(p.contains("on a copy"), p);
    }

    @Test
    void theWatchdog_holdsWhenManyThreadsScoreWithOneSharedRuleBase() throws Exception {
        RuleScorer shared = Methodologies.bundled(Fixtures.PROVINCE_2025);
        ScoreCard expected = shared.score(Fixtures.khanhHoa2023());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ScoreCard>> cards = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                cards.add(pool.submit(() -> shared.score(Fixtures.khanhHoa2023())));
            }
            for (Future<ScoreCard> c : cards) {
                assertEquals(expected, c.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
