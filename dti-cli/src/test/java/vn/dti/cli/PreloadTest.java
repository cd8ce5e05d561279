package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/** The bundled methodology a command names, loaded on a thread of its own while the command line is parsed. */
class PreloadTest {
    @Test
    void methodologyNamed_eitherForm_firstBeforeDoubleDash() {
        assertEquals("vn-dti-province-2025", Preload.methodologyNamed("score", "--methodology", "vn-dti-province-2025", "--evidence", "e.json"));
        assertEquals("m", Preload.methodologyNamed("--lang", "en", "whatif", "--methodology=m", "--methodology", "other"));
        assertNull(Preload.methodologyNamed("score", "--evidence", "e.json", "--", "--methodology", "m"));
        assertNull(Preload.methodologyNamed("score", "--methodology"));
        assertNull(Preload.methodologyNamed("score", "--methodology", " "));
        assertNull(Preload.methodologyNamed("score", "--methodology="));
        assertNull(Preload.methodologyNamed("methodology", "validate", "vn-dti-province-2025"));
        assertEquals("e.json", Preload.valueOf("--evidence", "score", "--evidence=e.json", "--methodology", "m"));
        assertNull(Preload.valueOf("--evidence", "score", "--evidence-file", "e.json"));
        assertNull(Preload.start("methodology", "list"), "no thread when no methodology is named");
    }

    @Test
    void preloaded_isTheScorerTheCommandGets() throws InterruptedException {
        Thread t = Preload.start("score", "--methodology", "un-egdi", "--evidence", "e.json");
        assertNotNull(t);
        assertTrue(t.isDaemon(), "never holds the JVM up");
        t.join(120_000);
        assertFalse(t.isAlive());
        assertSame(Methodologies.bundled("un-egdi"), Methodologies.resolve("un-egdi"));
    }

    @Test
    void unknownOrUnreadableName_endsQuietly_leftToTheCommand() throws InterruptedException {
        for (String name : new String[] {"vn-dti-province-2052", "a\u0000b", "../pom.xml"}) {
            Thread t = Preload.start("score", "--methodology", name);
            t.join(60_000);
            assertFalse(t.isAlive(), name);
        }
        MainTest.Run r = MainTest.en("score", "--methodology", "vn-dti-province-2052", "--evidence", MainTest.EXAMPLE);
        assertEquals(ExitCode.BAD_METHODOLOGY, r.code(), r.err());
        assertTrue(r.err().contains("vn-dti-province-2052: no bundled methodology has this id"), r.err());
    }

    @Test
    void scoreReadsTheEvidenceBeforeTheMethodology_butReportsAnUnusableMethodologyFirst(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path broken = dir.resolve("broken.json");
        java.nio.file.Files.writeString(broken, "{\"components\": [", java.nio.charset.StandardCharsets.UTF_8);
        MainTest.Run both = MainTest.en("score", "--methodology", "vn-dti-province-2052", "--evidence", broken.toString());
        assertEquals(ExitCode.BAD_METHODOLOGY, both.code(), both.err());
        assertTrue(both.err().contains("vn-dti-province-2052: no bundled methodology has this id"), both.err());
        assertFalse(both.err().contains("broken.json"), both.err());
        MainTest.Run evidence = MainTest.en("score", "--methodology", "vn-dti-province-2025", "--evidence", broken.toString());
        assertEquals(ExitCode.BAD_INPUT, evidence.code(), evidence.err());
        assertTrue(evidence.err().startsWith("dti: " + broken), evidence.err());
        MainTest.Run missing = MainTest.en("score", "--methodology", "vn-dti-province-2052", "--evidence", dir.resolve("none.json").toString());
        assertEquals(ExitCode.BAD_METHODOLOGY, missing.code(), missing.err());
    }

    @Test
    void twoThreadsAskingAtOnce_oneLoad_sameScorer() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<RuleScorer> a = CompletableFuture.supplyAsync(() -> await(go, "vn-ict-index"));
        CompletableFuture<RuleScorer> b = CompletableFuture.supplyAsync(() -> await(go, "vn-ict-index"));
        go.countDown();
        assertSame(a.get(), b.get());
    }

    private static RuleScorer await(CountDownLatch go, String id) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Methodologies.bundled(id);
    }
}
