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
}
