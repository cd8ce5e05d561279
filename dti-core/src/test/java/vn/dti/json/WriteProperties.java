package vn.dti.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.dti.api.Evidence;
import vn.dti.text.Language;

/** The JSON written to a stream is byte for byte the text's UTF-8, whatever the characters (the service's answers and the command line's agree). */
class WriteProperties {
    private static byte[] streamed(Object value, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DtiJson.write(value, language, out);
        return out.toByteArray();
    }

    @Property(tries = 2000)
    void anyText_streamsAsItsUtf8(@ForAll("texts") String text, @ForAll Language language) throws IOException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("note", text);
        value.put("list", java.util.List.of(text, 1.5, "Sở KH&CN"));
        assertArrayEquals(DtiJson.write(value, language).getBytes(StandardCharsets.UTF_8), streamed(value, language), text);
    }

    /** A character that changes how text is shown without being seen is written as its escape, and read back as itself. */
    @Property(tries = 1000)
    void hiddenCharacters_areWrittenAsEscapes_andReadBackAsThemselves(@ForAll("texts") String text) throws IOException {
        String json = DtiJson.write(Map.of("note", text), Language.VI);
        assertTrue(json.codePoints().noneMatch(vn.dti.text.ShownText::hidden), json);
        org.junit.jupiter.api.Assertions.assertEquals(text, DtiJson.mapper().readTree(json).path("note").asText());
    }

    /** Texts longer than Jackson's buffer: it hands them over in pieces, and a surrogate pair may be cut between two. */
    @Property(tries = 200)
    void longText_streamsAsItsUtf8_whereverItsPiecesEnd(@ForAll("longTexts") String text) throws IOException {
        Map<String, Object> value = Map.of("note", text);
        assertArrayEquals(DtiJson.write(value, Language.VI).getBytes(StandardCharsets.UTF_8), streamed(value, Language.VI));
    }

    @Provide
    Arbitrary<String> longTexts() {
        Arbitrary<String> piece = Arbitraries.of("a", "ả", "\uD83D\uDE00", "\uD800", "\uDC00", "\u200B", "ường ");
        return piece.list().ofMinSize(3000).ofMaxSize(9000).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> texts() {
        // Vietnamese, hidden and bidirectional controls, emoji (a surrogate pair), a lone surrogate, JSON's specials
        Arbitrary<String> special = Arbitraries.of("ả", "Đ", "\u200B", "\u202E", "\u2066", "\uFEFF", "\u0000", "\u007F", "\u0085", "\"", "\\", "/", "\n",
                "\uD83D\uDE00", "\uD800", "\uDC00", "<script>", "–");
        return Arbitraries.oneOf(special, Arbitraries.strings().ofMaxLength(6)).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Test
    void theExampleEvidence_streamsAsItsText() throws IOException {
        Evidence e = DtiJson.readEvidence(Path.of("../dti-examples/data/khanh-hoa-2023.json"));
        for (Language l : Language.values()) {
            assertArrayEquals(DtiJson.write(e, l).getBytes(StandardCharsets.UTF_8), streamed(e, l));
        }
    }
}
