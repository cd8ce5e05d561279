package vn.dti.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast paths that write every text of a score card give exactly what the plain definitions
 * give: Vietnamese numbers as the BigDecimal reading of the double, placeholders as the pattern
 * {@code \{(\d+)}} finds them.
 */
class TextProperties {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** The definition: the double's decimal rounded half-up, trailing zeros dropped, grouped the Vietnamese way. */
    private static String vietnameseByBigDecimal(double d, int decimals) {
        BigDecimal b = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (b.scale() < 0) {
            b = b.setScale(0);
        }
        String plain = b.toPlainString();
        boolean neg = plain.startsWith("-");
        String p = neg ? plain.substring(1) : plain;
        int dot = p.indexOf('.');
        String whole = dot < 0 ? p : p.substring(0, dot);
        String frac = dot < 0 ? "" : p.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(whole.charAt(i));
        }
        boolean zero = whole.chars().allMatch(ch -> ch == '0') && frac.chars().allMatch(ch -> ch == '0');
        return (neg && !zero ? "−" : "") + sb + (frac.isEmpty() ? "" : "," + frac);
    }

    @Property(tries = 3000)
    void vietnameseNumbers_areTheBigDecimalReading(@ForAll("numbers") double d, @ForAll @IntRange(min = 0, max = 8) int decimals) {
        assertEquals(vietnameseByBigDecimal(d, decimals), Figure.vietnamese(d, decimals), () -> d + " with " + decimals + " decimals");
    }

    @Provide
    Arbitrary<Double> numbers() {
        Arbitrary<Double> halves = Combinators.combine(Arbitraries.longs().between(-2_000_000, 2_000_000), Arbitraries.integers().between(0, 6))
                .as((n, k) -> (n + 0.5) / Math.pow(10, k));   // half-way cases, where rounding differs first
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e12, 1e12), Arbitraries.doubles().between(-1, 1), halves,
                Arbitraries.of(0.0, -0.0, 0.005, 0.015, 1.005, 2.675, 1e-13, -1e-7, 999_999_999.995, 1e9, 4669.0, 0.4669));
    }

    /** The definition: each {@code {n}} the pattern finds, replaced by argument n when there is one. */
    private static String fillByPattern(String template, Object... args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (m.find()) {
            sb.append(template, at, m.start());
            int i = Integer.parseInt(m.group(1));
            sb.append(i < args.length ? Messages.argument(Language.VI, args[i]) : m.group());
            at = m.end();
        }
        return sb.append(template, at, template.length()).toString();
    }

    @Property(tries = 3000)
    void placeholders_areFilledWhereThePatternFindsThem(@ForAll("templates") String template) {
        Object[] args = {"không", 1_747_201, 0.4669, "{1}"};
        assertEquals(fillByPattern(template, args), Messages.fill(Language.VI, template, args), template);
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("{", "}", "{0}", "{1}", "{2}", "{3}", "{4}", "{12}", "{01}", "{x}", "{{0}}", "{0", "0}",
                "{}", "'", " "), Arbitraries.strings().withChars("abcđ{}0123 ").ofMaxLength(4));
        return piece.list().ofMaxSize(8).map(l -> String.join("", l));
    }
}
