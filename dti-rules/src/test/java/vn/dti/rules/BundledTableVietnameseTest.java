package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dti.scoring.ScoringRule;

/**
 * The bundled 2025 decision table speaks to the Vietnamese officers who edit it (issue 20): its
 * Notes row and every assumption cell (column H, the DESCRIPTION column) are Vietnamese, an
 * assumption starts with the Vietnamese mark {@code GIẢ ĐỊNH:}, and the marks still select the same
 * rows the English ones did.
 */
class BundledTableVietnameseTest {
    /** Common English words of the old texts, outside names and codes (as dti-cli's Catalogue.englishWords finds them). */
    private static final Pattern ENGLISH = Pattern.compile("(?<![\\p{L}/._,-])(the|of|and|is|are|was|to|with|for|its|from|by|at|no|in|as|on|"
            + "points|full|max|ratio|goal|target|targets|documents|component|assumption|yes|relative|cohort|alone|people|share)(?![\\p{L}/._,-])",
            Pattern.CASE_INSENSITIVE);
    /** A quoted phrase of a document ('…'): kept in its own words, so not checked for English. */
    private static final Pattern QUOTE = Pattern.compile("'[^']*'");
    /** The rows that started with ASSUMPTION before the texts were Vietnamese: 1.1–3.3, 3.5–4.4, 4.6, 5.8–6.2, 6.5, 6.7, 6.9, 7.2, 7.4, 7.5, 8.1, 8.2, 9.x. */
    private static final List<String> MARKED = List.of("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.5",
            "3.6", "3.7", "4.1", "4.2", "4.3", "4.4", "4.6", "5.8", "6.1", "6.2", "6.5", "6.7", "6.9", "7.2", "7.4", "7.5", "8.1", "8.2", "9.1", "9.2",
            "9.3");

    private static List<String> englishWords(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ENGLISH.matcher(QUOTE.matcher(text).replaceAll("''"));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void assumptionCells_areVietnamese_markedWithGiaDinh() {
        List<ScoringRule> rules = Fixtures.province2025().scoringRules();
        assertEquals(50, rules.size());
        for (ScoringRule r : rules) {
            String id = r.component().value();
            String cell = r.assumption();
            assertEquals(Normalizer.normalize(cell, Normalizer.Form.NFC), cell, id + ": composed Unicode (NFC), as typed in Vietnamese");
            assertEquals(List.of(), englishWords(cell), id + ": " + cell);
            assertFalse(cell.startsWith(Assumptions.MARK), id + " is marked with the English word: " + cell);
            assertEquals(MARKED.contains(id), cell.startsWith(Assumptions.MARK_VI), id + ": " + cell);
            assertTrue(cell.matches("\\p{Lu}.*[.)]"), id + ": a sentence: " + cell);
        }
    }

    @Test
    void notesRow_isVietnamese() throws IOException {
        String notes = DocsTableTest.table().stream().filter(r -> r.length > 1 && r[0].equals("Notes")).findFirst().orElseThrow()[1];
        assertEquals(List.of(), englishWords(notes), notes);
        assertTrue(notes.contains("mỗi cách chấm là một GIẢ ĐỊNH"), notes);
        assertTrue(notes.contains("Kế hoạch số 4636/KH-UBND ngày 29/9/2025") && notes.contains("'đã trình UBND tỉnh, 10/2025'"), notes);
    }

    @Test
    void assumptionsOfTheBundledTable_theSameRowsAsMarkedInEnglish() {
        Assumptions a = Assumptions.of(Fixtures.province2025());
        assertEquals(MARKED, a.marked().stream().map(r -> r.component().value()).toList());
        assertTrue(a.missingValuesMarked(), "completeness.drl's rule on a missing value stays marked");
    }

    @Test
    void marks_eitherWordAtTheStart() {
        assertTrue(Assumptions.marks("GIẢ ĐỊNH: tỷ lệ × điểm tối đa."));
        assertTrue(Assumptions.marks("ASSUMPTION: ratio × max."));
        assertFalse(Assumptions.marks("Mục tiêu theo chỉ tiêu năm 2025: 90% (KH CĐS 2025, mục II.2.c)."));
        assertFalse(Assumptions.marks("Tỷ lệ × điểm tối đa, không phải GIẢ ĐỊNH ở đầu ô."));
    }
}
