package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dti.json.DtiJson;
import vn.dti.text.Language;
import vn.dti.text.Message;

/** An explanation's inputs: in the order given, as a {@link LinkedHashMap} would keep them, kept as they are, written to JSON in that order. */
class ExplanationTest {
    @Test
    void inputs_keepTheirOrder_andEqualTheSameLinkedHashMap() {
        Map<String, Object> in = Explanation.inputsOf("value", 0.872, "goal", 0.9, "yes", true, "code", null);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("value", 0.872);
        expected.put("goal", 0.9);
        expected.put("yes", true);
        expected.put("code", null);
        assertEquals(expected, in);
        assertEquals(in, expected);
        assertEquals(expected.hashCode(), in.hashCode());
        assertEquals(List.of("value", "goal", "yes", "code"), List.copyOf(in.keySet()));
        assertEquals(0.9, in.get("goal"));
        assertNull(in.get("code"));
        assertTrue(in.containsKey("code"));
        assertFalse(in.containsKey("max"));
        assertNull(in.get("max"));
        assertEquals(4, in.size());
        assertEquals(expected.toString(), in.toString());
    }

    @Test
    void inputs_aNameTwiceKeepsItsFirstPlaceAndLastValue_aLastNameWithoutValueIsLeftOut() {
        Map<String, Object> in = Explanation.inputsOf("value", 1.0, "goal", 2.0, "value", 3.0, "orphan");
        assertEquals(List.of("value", "goal"), List.copyOf(in.keySet()));
        assertEquals(List.of(3.0, 2.0), List.copyOf(in.values()));
        assertSame(Map.of(), Explanation.inputsOf());
        assertThrows(ClassCastException.class, () -> Explanation.inputsOf(1, 2));
    }

    @Test
    void inputs_areReadOnly_keptByTheExplanation_andWrittenInOrder() {
        Map<String, Object> in = Explanation.inputsOf("value", 0.5, "ratio", 0.5);
        assertThrows(UnsupportedOperationException.class, () -> in.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> in.entrySet().iterator().next().setValue(1));
        Explanation e = new Explanation("3.4", "scoring.csv", Message.text("0,5 × 30"), in, null);
        assertSame(in, e.inputs());
        String json = DtiJson.write(e, Language.EN);
        assertTrue(json.contains("\"inputs\" : {\n    \"value\" : 0.5,\n    \"ratio\" : 0.5\n  }"), json);
    }
}
