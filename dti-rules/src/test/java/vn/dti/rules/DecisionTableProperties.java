package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.ScoreCard;

/**
 * An officer's edit of a band table: a table whose bands are in order and award within [0, max]
 * loads, and then every value scores within [0, max] and a higher value never earns less; any
 * other table is refused on load, naming the cell.
 */
class DecisionTableProperties {
    private static final Path TEMPLATE;

    static {
        try {
            TEMPLATE = Files.createTempDirectory("dti-dt-props").resolve("m");
            Methodologies.export(Fixtures.PROVINCE_2025, TEMPLATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to four bands for 1.2 (max 10): thresholds 0–9, points 0–14 (so some exceed the max). */
    @Provide
    Arbitrary<List<int[]>> bands() {
        return Arbitraries.integers().between(0, 9).flatMap(t -> Arbitraries.integers().between(0, 14).map(p -> new int[] {t, p}))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 25)
    void validBandsLoadAndScoreWithinMax_othersAreRefusedNamingTheCell(@ForAll("bands") List<int[]> bands) throws IOException {
        Path dir = Files.createTempDirectory("dti-dt-prop");
        for (String f : List.of("methodology.json", "scoring.csv", "completeness.drl")) {
            Files.copy(TEMPLATE.resolve(f), dir.resolve(f));
        }
        List<String> parts = new ArrayList<>();
        for (int[] b : bands) {
            parts.add(b[0] + ":" + b[1]);
        }
        String spec = String.join(", ", parts);
        Path csv = dir.resolve("scoring.csv");
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8).replace("\"3:10, 2:7, 1:4\"", "\"" + spec + "\""), StandardCharsets.UTF_8);
        boolean valid = true;
        for (int i = 0; i < bands.size(); i++) {
            valid &= bands.get(i)[1] <= 10;
            if (i > 0) {
                valid &= bands.get(i)[0] < bands.get(i - 1)[0] && bands.get(i)[1] <= bands.get(i - 1)[1];
            }
        }
        if (!valid) {
            InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir), spec);
            assertTrue(e.problems().stream().allMatch(p -> p.startsWith(csv + ", dòng 12, cột D (bands): ")), e.problems().toString());
            return;
        }
        RuleScorer s = Methodologies.load(dir);
        double last = -1;
        for (int value = 0; value <= 12; value++) {
            ScoreCard c = s.score(Fixtures.evidence(ComponentEvidence.of("1.2", value, Fixtures.doc())));
            double p = c.component("1.2").orElseThrow().points();
            assertTrue(p >= 0 && p <= 10, spec + " at " + value + ": " + p);
            assertTrue(p >= last, spec + ": " + value + " earns less than " + (value - 1));
            last = p;
        }
        int highestPoints = bands.stream().mapToInt(b -> b[1]).max().orElse(0);
        assertEquals(highestPoints, last, 1e-12, spec);
    }
}
