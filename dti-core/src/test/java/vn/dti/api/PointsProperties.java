package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The fast formatting path gives exactly the digits of BigDecimal half-up rounding. */
class PointsProperties {
    private static String reference(double points) {
        BigDecimal bd = BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return bd.scale() < 0 ? bd.setScale(0).toPlainString() : bd.toPlainString();
    }

    @Property(tries = 5000)
    void format_equalsBigDecimalHalfUp(@ForAll @DoubleRange(min = 0, max = 1e6) double points) {
        assertEquals(reference(points), Points.format(points));
    }

    @Property(tries = 3000)
    void format_onHalfWayAndRatioProducts(@ForAll @IntRange(min = 0, max = 100000) int thousandths, @ForAll @IntRange(min = 1, max = 50) int max) {
        double ratio = thousandths / 100000.0;
        assertEquals(reference(ratio * max), Points.format(ratio * max));
        assertEquals(reference(thousandths / 1000.0), Points.format(thousandths / 1000.0));
    }
}
