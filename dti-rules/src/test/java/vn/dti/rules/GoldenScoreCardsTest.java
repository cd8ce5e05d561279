package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Evidence;
import vn.dti.api.Finding;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.text.Language;

/**
 * The bundled methodology's score cards, in full, against readable expected files
 * ({@code src/test/resources/golden/*.txt}): every component's value, points and max, whether its
 * points were withheld, each finding's code with its points lost and at risk, every main
 * indicator, the total and the index (the version hash is left out: it changes with any byte of
 * the folder). Any change to any component's score, by a rule edit or by a change of the engine,
 * fails here and shows the line that moved.
 *
 * <p>Where the expected values come from: the files were written by this test's {@link #render}
 * from the score cards of the code on main before the engine was reshaped (issue 8's review, the
 * commit "Golden score cards …"), and checked by hand against {@code scoring.csv} for the
 * components below ({@link #aHandfulByHand}). To accept a deliberate change of the scores, run
 * the test, compare {@code target/golden-actual/<name>.txt} with the expected file, and copy it
 * over in the same commit as the rule change, saying why.
 */
class GoldenScoreCardsTest {

    @Test
    void bundledExample_khanhHoa2023() throws IOException {
        assertGolden("khanh-hoa-2023", Fixtures.khanhHoa2023());
    }

    @Test
    void templateFilledToMax() throws IOException {
        assertGolden("template-max", template(EvidenceTemplate.Fill.MAX));
    }

    @Test
    void templateFilledToZero() throws IOException {
        assertGolden("template-zero", template(EvidenceTemplate.Fill.ZERO));
    }

    /**
     * A handful of the expected lines computed by hand from scoring.csv and methodology.json, so
     * that the expected files are known to be right, not only unchanged.
     */
    @Test
    void aHandfulByHand() throws IOException {
        String example = expected("khanh-hoa-2023");
        // 1.2 bands 3:10, 2:7, 1:4: 27 directing documents ≥ 3 → 10 of 10
        assertLine(example, "1.2 27: " + n(10) + " of 10");
        // 3.4 goal 0.90 (30 points): min(1, 0.872 / 0.90) × 30
        assertLine(example, "3.4 0.872: " + n(0.872 / 0.90 * 30) + " of 30");
        // 8.2 goal 0.10 (50 points): 0.0252 / 0.10 × 50 = 12.6
        assertLine(example, "8.2 0.0252: " + n(0.0252 / 0.10 * 50) + " of 50");
        // 7.1 not reported: 0 of 50, NOT_REPORTED loses the component's 50
        assertLine(example, "    NOT_REPORTED lost " + n(50) + ", at risk " + n(0));
        // main 3: 3.4 + 3.5 traditional (15 of 30) + 3.7 pilot (10 of 20)
        assertLine(example, "main 3 Hạ tầng số: " + n(0.872 / 0.90 * 30 + 15 + 10) + " of 200");
        String max = expected("template-max");
        assertLine(max, "total " + n(1000) + " of 1000, index " + n(1));
        // 6.9 (30 points) at its goal, 1% of the state budget: min(1, 0.01 / 0.01) × 30, not flagged as implausible
        assertLine(max, "6.9 0.01: " + n(30) + " of 30");
        assertLine(expected("template-zero"), "total " + n(0) + " of 1000, index " + n(0));
    }

    private static Evidence template(EvidenceTemplate.Fill fill) {
        return EvidenceTemplate.create(Fixtures.province2025(), fill, Fixtures.KHANH_HOA, Fixtures.YEAR_2023);
    }

    private static void assertGolden(String name, Evidence evidence) throws IOException {
        String actual = render(evidence, Fixtures.province2025().score(evidence));
        Path out = Path.of("target", "golden-actual", name + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        assertEquals(expected(name), actual, "the score card of " + name + " changed; the actual card is in " + out.toAbsolutePath());
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = GoldenScoreCardsTest.class.getResourceAsStream("/golden/" + name + ".txt")) {
            if (in == null) {
                throw new AssertionError("no expected file golden/" + name + ".txt in src/test/resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertLine(String text, String line) {
        assertEquals(true, text.lines().anyMatch(line::equals), "expected the line [" + line + "] in\n" + text);
    }

    /** The card as text: one line per main indicator and per component, a line per finding under its component. */
    static String render(Evidence evidence, ScoreCard card) {
        Map<String, String> values = new TreeMap<>();
        for (ComponentEvidence ce : evidence.components()) {
            values.put(ce.indicator().value(), describe(ce));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(card.methodology().id()).append(", ").append(card.entity().id()).append(", period ").append(card.period())
                .append(" (the version hash is not compared)\n");
        sb.append("total ").append(n(card.totalPoints())).append(" of ").append(n(card.maxPoints())).append(", index ").append(n(card.index()))
                .append('\n');
        for (MainIndicatorScore m : card.mainIndicators()) {
            sb.append("main ").append(m.id()).append(' ').append(m.name()).append(": ").append(n(m.points())).append(" of ").append(n(m.maxPoints()))
                    .append('\n');
        }
        for (ComponentScore c : card.components()) {
            sb.append(c.id()).append(' ').append(values.getOrDefault(c.id().value(), "absent")).append(": ").append(n(c.points())).append(" of ")
                    .append(n(c.maxPoints()));
            if (c.explanation().formula().in(Language.EN).contains("withheld")) {
                sb.append(", withheld");
            }
            sb.append('\n');
            for (Finding f : c.findings()) {
                sb.append("    ").append(f.code()).append(" lost ").append(n(f.pointsLost())).append(", at risk ").append(n(f.pointsAtRisk())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String describe(ComponentEvidence ce) {
        Value v = ce.value();
        if (v == null) {
            return ce.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        if (v instanceof Value.Numeric num) {
            return n(num.number());
        }
        if (v instanceof Value.YesNo y) {
            return y.yes() ? "yes" : "no";
        }
        return ((Value.Category) v).code();
    }

    /** A number to 9 decimals, trailing zeros dropped: exact enough to catch any change, blind to the last bits of a sum's order. */
    static String n(double d) {
        String s = new BigDecimal(d).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
