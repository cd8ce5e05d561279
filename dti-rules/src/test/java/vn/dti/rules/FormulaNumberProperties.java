package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Numbers in formulas: the fast path gives the digits of BigDecimal half-up rounding to 6 decimals. */
class FormulaNumberProperties {
    private static String reference(double d) {
        if (Math.abs(d) < 1e-12) {
            return "0";
        }
        BigDecimal bd = BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return bd.scale() < 0 ? bd.setScale(0).toPlainString() : bd.toPlainString();
    }

    @Property(tries = 5000)
    void num_equalsBigDecimal(@ForAll @DoubleRange(min = -1e8, max = 1e8) double d) {
        assertEquals(reference(d), vn.dti.scoring.FormulaText.num(d));
    }

    @Property(tries = 3000)
    void num_onShortDecimals(@ForAll @IntRange(min = 0, max = 10_000_000) int n, @ForAll @IntRange(min = 0, max = 7) int scale) {
        double d = n / Math.pow(10, scale);
        assertEquals(reference(d), vn.dti.scoring.FormulaText.num(d));
    }
}
