package vn.dti.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dti.api.DtiException;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.InvalidMethodologyException;

/** The catalogue: keys in both languages, arguments written in the message's language, exceptions that keep their key. */
class MessagesTest {
    @Test
    void coreBundle_hasEveryKeyInBothLanguagesWithTheSamePlaceholders() {
        assertEquals(Set.of(), Messages.problems("vn/dti/api/messages"));
    }

    @Test
    void problems_findsAKeyInOneLanguageOnly_differentPlaceholders_andAMissingFile() {
        Set<String> p = Messages.problems("vn/dti/text/broken");
        assertTrue(p.contains("vn/dti/text/broken: test.onlyVietnamese is in Vietnamese only"), p.toString());
        assertTrue(p.contains("vn/dti/text/broken: test.onlyEnglish is in English only"), p.toString());
        assertTrue(p.contains("vn/dti/text/broken: test.placeholders has placeholders [0, 1] in Vietnamese and [0] in English"), p.toString());
        assertTrue(p.contains("vn/dti/text/broken: test.empty is empty in English"), p.toString());
        assertTrue(p.contains("vn/dti/text/broken: test.twice is written twice in vn/dti/text/broken.properties"), p.toString());
        assertEquals(5, p.size(), p.toString());
        assertEquals(Set.of("vn/dti/text/none: vn/dti/text/none.properties is missing or empty"), Messages.problems("vn/dti/text/none"));
    }

    @Test
    void text_writesEachArgumentInTheLanguage() {
        Message m = Message.of("api.methodology.problems", 1747201, Message.text("a\n  b"));
        assertEquals("Bộ chỉ số có 1.747.201 lỗi:\n  a\n  b", m.in(Language.VI));
        assertEquals("The methodology has 1747201 problems:\n  a\n  b", m.in(Language.EN));
        Message figures = Message.of("api.methodology.problems", Figure.points(29.0666), LocalDate.of(2025, 9, 25));
        assertEquals("Bộ chỉ số có 29,07 lỗi:\n  25/09/2025", figures.in(Language.VI));
        assertEquals("The methodology has 29.07 problems:\n  2025-09-25", figures.in(Language.EN));
        assertEquals("Bộ chỉ số có 0,5 lỗi:\n  ", Message.of("api.methodology.problems", 0.5, null).in(Language.VI));
    }

    @Test
    void text_aNestedMessageIsWrittenInTheLanguageOfTheWhole() {
        Message inner = Message.of("api.methodology.problems", 2, "x");
        Message outer = Message.join(" / ", List.of(inner, Message.text("tên")));
        assertEquals("Bộ chỉ số có 2 lỗi:\n  x / tên", outer.in(Language.VI));
        assertEquals("The methodology has 2 problems:\n  x / tên", outer.in(Language.EN));
    }

    @Test
    void text_aMissingKeyIsWrittenAsTheKey_aMissingArgumentAsItsPlaceholder() {
        assertEquals("api.no.such.key", Messages.text(Language.VI, "api.no.such.key"));
        assertFalse(Messages.has("api.no.such.key"));
        assertTrue(Messages.has("api.methodology.problems"));
        assertEquals("The methodology has 3 problems:\n  {1}", Messages.text(Language.EN, "api.methodology.problems", 3));
        assertThrows(IllegalArgumentException.class, () -> Message.of("noprefix"));
    }

    @Test
    void resourceBundle_readsUtf8() {
        assertEquals("Bộ chỉ số có {0} lỗi:\n  {1}", Messages.resourceBundle("vn/dti/api/messages", Language.VI).getString("api.methodology.problems"));
        assertEquals("The methodology has {0} problems:\n  {1}", Messages.resourceBundle("vn/dti/api/messages", Language.EN).getString("api.methodology.problems"));
    }

    @Test
    void of_keepsItsArgumentsInOrder_nullsIncluded_andACopyOfTheArray() {
        Object[] three = {"a", 2, "c"};
        Message m = Message.of("api.methodology.problems", three);
        three[0] = "changed";
        assertEquals(List.of("a", 2, "c"), m.args());
        assertEquals(Arrays.asList((Object) null), Message.of("api.methodology.problems", (Object) null).args());
        assertEquals(Arrays.asList(2, null), Message.of("api.methodology.problems", 2, null).args());
        assertEquals(Arrays.asList("a", null, 3), Message.of("api.methodology.problems", "a", null, 3).args());
        assertEquals("The methodology has 2 problems:\n  ", Message.of("api.methodology.problems", 2, null).in(Language.EN));
        assertEquals(Message.of("api.methodology.problems", 2, null), Message.of("api.methodology.problems", 2, null));
        assertEquals(Message.of("api.methodology.problems", 2, "x").hashCode(), Message.of("api.methodology.problems", 2, "x").hashCode());
        assertThrows(UnsupportedOperationException.class, () -> m.args().set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> Message.of("api.methodology.problems", 2, null).args().set(0, "x"));
        assertThrows(IllegalArgumentException.class, () -> Message.of(".problems"));
        assertThrows(IllegalArgumentException.class, () -> Message.of(" "));
    }

    @Test
    void exceptions_keepTheirKeyAndArguments() {
        DtiException e = new InvalidEvidenceException(Message.of("api.methodology.problems", 2, "x"));
        assertEquals("api.methodology.problems", e.message().key());
        assertEquals(List.of(2, "x"), e.message().args());
        assertEquals("Bộ chỉ số có 2 lỗi:\n  x", e.message(Language.VI));
        assertEquals("The methodology has 2 problems:\n  x", e.message(Language.EN));
        assertEquals(e.message(Language.fromEnvironment()), e.getMessage());
        assertEquals("plain", new DtiException("plain").message(Language.EN));
        assertEquals("plain", DtiException.messageOf(new IllegalStateException("plain")).in(Language.VI));
    }

    @Test
    void invalidMethodology_joinsItsProblemsInTheLanguage() {
        InvalidMethodologyException e = InvalidMethodologyException.of(List.of(Message.text("a.csv:3: x"), Message.of("api.methodology.problems", 1, "y")));
        assertEquals("Bộ chỉ số có 2 lỗi:\n  a.csv:3: x\n  Bộ chỉ số có 1 lỗi:\n  y", e.message(Language.VI));
        assertEquals(List.of("a.csv:3: x", "The methodology has 1 problems:\n  y"), e.problems(Language.EN));
        assertEquals(2, e.problemMessages().size());
        assertEquals(List.of("one"), new InvalidMethodologyException("one").problems(Language.EN));
        assertEquals("one", new InvalidMethodologyException(List.of("one")).message(Language.VI));
    }
}
