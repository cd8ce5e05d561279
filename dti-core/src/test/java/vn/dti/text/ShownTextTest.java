package vn.dti.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** What is taken out of text before it is shown, and what is kept. */
class ShownTextTest {
    @Test
    void clean_takesOutEveryBidiControl() {
        String controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
        for (int i = 0; i < controls.length(); i++) {
            String name = "Khánh" + controls.charAt(i) + " Hòa";
            assertEquals("Khánh Hòa", ShownText.clean(name), Integer.toHexString(controls.charAt(i)));
        }
    }

    @Test
    void clean_takesOutInvisibleFormatAndControlCharacters() {
        assertEquals("ab", ShownText.clean("a\u200Bb"));        // zero-width space
        assertEquals("ab", ShownText.clean("a\uFEFFb"));        // zero-width no-break space
        assertEquals("ab", ShownText.clean("a\u00ADb"));        // soft hyphen
        assertEquals("ab", ShownText.clean("a\u2060b"));        // word joiner
        assertEquals("ab", ShownText.clean("a\u0007b"));        // bell
        assertEquals("ab", ShownText.clean("a\u001Bb"));        // escape: terminal colour codes start with it
        assertEquals("ab", ShownText.clean("a\u0085b"));        // a C1 control
        assertEquals("ab", ShownText.clean("a\uDB40\uDC01b"));  // a tag character (plane 14)
    }

    @Test
    void clean_keepsVietnameseTextSpacesAndLineBreaks() {
        String nfc = "Sở Khoa học và Công nghệ\tdòng 1\ndòng 2\r\n";
        assertSame(nfc, ShownText.clean(nfc));
        String nfd = Normalizer.normalize("Khánh Hòa", Normalizer.Form.NFD);
        assertEquals(nfd, ShownText.clean(nfd), "combining accents are marks, not format characters");
        assertFalse(ShownText.hasHidden(nfd));
        assertTrue(ShownText.hasHidden("x\u202E"));
        assertEquals(null, ShownText.clean(null));
    }

    @Test
    void cleanDocument_keepsALeadingByteOrderMarkOnly() {
        assertEquals("\uFEFFa,b", ShownText.cleanDocument("\uFEFFa,\uFEFFb"));
        assertEquals("ab", ShownText.cleanDocument("a\uFEFFb"));
    }
}
