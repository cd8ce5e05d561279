package vn.dti.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bundled 2025 merger map says what the law says: dates, names and spelling. */
class MergerMapTest {
    private final MergerMap map = MergerMap.bundled("vn-provinces-2025");

    @Test
    void inForceOnAdoption_12June2025_newGovernmentsFrom1July() {
        String sources = String.join(" ", map.sources());
        assertTrue(map.name().contains("có hiệu lực từ ngày 12/6/2025"), map.name());
        assertTrue(sources.contains("in force from its adoption on 12/6/2025"), sources);
        assertTrue(sources.contains("governments began on 1/7/2025"), sources);
        assertFalse(sources.contains("in force 01/7/2025"), sources);
    }

    @Test
    void hue_isThanhPhoHue_since2025_andBaRiaVungTauHasAHyphen() {
        assertEquals("Thành phố Huế", map.formerNames().get("hue"));
        assertFalse(map.formerNames().containsKey("thua-thien-hue"));
        assertTrue(map.unchanged().contains("hue"));
        assertTrue(String.join(" ", map.sources()).contains("Nghị quyết số 175/2024/QH15"));
        assertEquals("Bà Rịa - Vũng Tàu", map.formerNames().get("ba-ria-vung-tau"));
        assertEquals(63, map.formerNames().size());
    }
}
