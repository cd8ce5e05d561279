package vn.dti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void distance_countsEdits() {
        assertEquals(0, Spelling.distance("khanh-hoa", "khanh-hoa"));
        assertEquals(1, Spelling.distance("vn-dti-provnce-2025", "vn-dti-province-2025"));   // one letter left out
        assertEquals(3, Spelling.distance("kitten", "sitting"));                              // k→s, e→i, +g
        assertEquals(4, Spelling.distance("", "abcd"));
    }

    @Test
    void nearest_onlyWhenCloseEnoughToBeATypo() {
        List<String> ids = List.of("un-egdi", "vn-dti-province-2020", "vn-dti-province-2022", "vn-dti-province-2025", "vn-ict-index");
        assertEquals("vn-dti-province-2025", Spelling.nearest("VN-DTI-PROVNCE-2025", ids));
        assertEquals("un-egdi", Spelling.nearest("un-edgi", ids));
        assertNull(Spelling.nearest("khanh-hoa", ids));
        // the threshold: 2 edits, or a quarter of the candidate's length (20 letters: 5 edits)
        assertEquals("un-egdi", Spelling.nearest("un-eg", ids));                      // 2 edits from 7 letters
        assertNull(Spelling.nearest("un-e", ids));                                    // 3 edits: too far
        assertEquals("vn-dti-province-2025", Spelling.nearest("vn-dti-prov-2025", ids));  // 4 edits of 20
        assertNull(Spelling.nearest("", List.of()));
    }
}
