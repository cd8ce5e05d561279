package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorIdTest {
    @Test
    void main_ofComponent() {
        assertEquals(IndicatorId.of("3"), IndicatorId.of("3.4").main());
        assertTrue(IndicatorId.of("3").isMain());
        assertFalse(IndicatorId.of("3.4").isMain());
    }

    @Test
    void compareTo_numericParts() {
        List<IndicatorId> ids = new ArrayList<>(List.of(IndicatorId.of("3.10"), IndicatorId.of("10"), IndicatorId.of("3.9"), IndicatorId.of("3")));
        ids.sort(null);
        assertEquals("[3, 3.9, 3.10, 10]", ids.toString());
    }

    @Test
    void constructor_rejectsMalformed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorId.of("3..4"));
        assertTrue(e.getMessage().contains("[3..4]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IndicatorId.of(" 3.4"));
    }
}
