package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.ScoreCard;

/**
 * The compiled-methodology cache: an unchanged folder is read compiled, and scores exactly as when
 * compiled; an edited folder is compiled and checked afresh; a damaged entry is ignored.
 */
class CompiledCacheTest {
    @TempDir
    Path tmp;

    @AfterEach
    void off() {
        System.clearProperty("dti.cache.dir");
    }

    private List<Path> entries() throws IOException {
        Path dir = tmp.resolve("cache/compiled");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".kpkg")).toList();
        }
    }

    @Test
    void unchangedFolder_readCompiled_sameCards_editedFolder_checkedAfresh() throws IOException {
        Path m = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, m);
        ScoreCard uncached = Methodologies.load(m).score(Fixtures.khanhHoa2023());
        System.setProperty("dti.cache.dir", tmp.resolve("cache").toString());
        RuleScorer first = Methodologies.load(m);
        assertEquals(1, entries().size(), "written once the folder passed its checks");
        assertTrue(entries().get(0).getFileName().toString().startsWith(first.version() + "-"));
        RuleScorer second = Methodologies.load(m);
        assertEquals(uncached, second.score(Fixtures.khanhHoa2023()));
        assertEquals(first.scoringRules(), second.scoringRules());

        // an edit makes a new version: compiled and checked, and a broken edit is still refused
        MethodologyFolderTest.edit(m.resolve("scoring.csv"), "\n3.4,,0.90,", "\n3.4,,0.9O,");
        assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(m));
        assertEquals(1, entries().size(), "nothing cached for a refused folder");
        MethodologyFolderTest.edit(m.resolve("scoring.csv"), "\n3.4,,0.9O,", "\n3.4,,0.80,");
        RuleScorer edited = Methodologies.load(m);
        assertNotEquals(first.version(), edited.version());
        assertEquals(30.0, edited.score(Fixtures.khanhHoa2023()).component("3.4").orElseThrow().points(), 0);
        assertEquals(2, entries().size());
    }

    @Test
    void damagedEntry_isIgnoredAndReplaced() throws IOException {
        Path m = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, m);
        System.setProperty("dti.cache.dir", tmp.resolve("cache").toString());
        RuleScorer s = Methodologies.load(m);
        Path entry = entries().get(0);
        Files.write(entry, new byte[] {1, 2, 3});
        assertEquals(s.score(Fixtures.khanhHoa2023()), Methodologies.load(m).score(Fixtures.khanhHoa2023()));
        assertTrue(Files.size(entry) > 1000, "rewritten");
    }

    @Test
    void entryOfAnotherVersion_underThisVersionsName_isNotServed() throws IOException {
        // a copied or renamed cache file must not make a folder score with another folder's rules
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Methodologies.export(Fixtures.PROVINCE_2025, a);
        Methodologies.export(Fixtures.PROVINCE_2025, b);
        MethodologyFolderTest.edit(b.resolve("scoring.csv"), "\n3.4,,0.90,", "\n3.4,,0.80,");
        System.setProperty("dti.cache.dir", tmp.resolve("cache").toString());
        RuleScorer fromA = Methodologies.load(a);
        RuleScorer fromB = Methodologies.load(b);
        Path entryA = entries().stream().filter(p -> p.getFileName().toString().startsWith(fromA.version())).findFirst().orElseThrow();
        Path entryB = entries().stream().filter(p -> p.getFileName().toString().startsWith(fromB.version())).findFirst().orElseThrow();
        Files.copy(entryB, entryA, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // Khánh Hòa's 3.4 (87.2% of households on fibre): under a's goal 0.90, 0.872 / 0.90 × 30 = 29.07; under b's 0.80, the full 30
        double expected = 0.872 / 0.90 * 30;
        assertEquals(expected, Methodologies.load(a).score(Fixtures.khanhHoa2023()).component("3.4").orElseThrow().points(), 1e-9);

        // a truncated entry is not read either, and is replaced by a whole one
        byte[] whole = Files.readAllBytes(entryB);
        Files.write(entryB, java.util.Arrays.copyOf(whole, whole.length - 100));
        assertEquals(30.0, Methodologies.load(b).score(Fixtures.khanhHoa2023()).component("3.4").orElseThrow().points(), 1e-9);
        assertEquals(whole.length, Files.size(entryB));
    }

    @Test
    void theMostRecentEntriesAreKept() throws IOException {
        Path dir = tmp.resolve("cache/compiled");
        Files.createDirectories(dir);
        for (int i = 0; i < 40; i++) {
            Path old = dir.resolve("old" + i + "-x.kpkg");
            Files.writeString(old, "old");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path m = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, m);
        System.setProperty("dti.cache.dir", tmp.resolve("cache").toString());
        RuleScorer s = Methodologies.load(m);
        List<Path> kept = entries();
        assertEquals(32, kept.size());
        assertTrue(kept.stream().anyMatch(p -> p.getFileName().toString().startsWith(s.version() + "-")), "the new entry is kept");
        assertTrue(kept.stream().noneMatch(p -> p.getFileName().toString().equals("old0-x.kpkg")), "the oldest went");
        assertTrue(kept.stream().anyMatch(p -> p.getFileName().toString().equals("old39-x.kpkg")));
    }
}
