package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An id's form is checked without a regular expression, and accepts exactly what the documented pattern accepts. */
class IndicatorIdProperties {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    @Property(tries = 3000)
    void accepted_exactlyWhenThePatternMatches(@ForAll("ids") String value) {
        boolean accepted;
        try {
            IndicatorId.of(value);
            accepted = true;
        } catch (IllegalArgumentException e) {
            accepted = false;
        }
        assertEquals(FORM.matcher(value).matches(), accepted, value);
    }

    @Provide
    Arbitrary<String> ids() {
        // mostly id-like: digits, letters, the separators, and characters that must be refused
        Arbitrary<String> pieces = Arbitraries.of("3", "4", "10", "a", "Z", "_", "-", ".", ".", " ", "ả", "/", "\n", "..", "x1");
        return pieces.list().ofMaxSize(7).map(l -> String.join("", l));
    }
}
