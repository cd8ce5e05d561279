package vn.dti.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one CSV writer: formula starts neutralised (the OWASP list), plain numbers kept, RFC 4180 quoting, read back as written. */
class CsvTest {
    @Test
    void cell_guardsEveryFormulaStart_butNotPlainNumbers() {
        assertEquals("\"'=SUM(A1)\"", Csv.cell("=SUM(A1)"));
        assertEquals("\"'=1+1\"", Csv.cell("=1+1"));
        assertEquals("\"'+1+1+cmd|' /C calc'!A0\"", Csv.cell("+1+1+cmd|' /C calc'!A0"));
        assertEquals("\"'-2+3\"", Csv.cell("-2+3"));
        assertEquals("\"'@SUM(1,1)\"", Csv.cell("@SUM(1,1)"));
        assertEquals("\"'\tx\"", Csv.cell("\tx"));
        assertEquals("\"'\rx\"", Csv.cell("\rx"));
        assertEquals("-0.5", Csv.cell("-0.5"));
        assertEquals("-2", Csv.cell("-2"));
        assertEquals("+3", Csv.cell("+3"));
        assertEquals("1.5E-7", Csv.cell("1.5E-7"));
        assertEquals("Sở KH&CN", Csv.cell("Sở KH&CN"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void cell_quotesCommasSemicolonsQuotesAndLineBreaks() {
        assertEquals("\"a, b\"", Csv.cell("a, b"));
        assertEquals("\"a; b\"", Csv.cell("a; b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
    }

    @Test
    void cell_takesOutHiddenCharacters_beforeDecidingIfItIsAFormula() {
        assertEquals("Khánh Hòa", Csv.cell("Khánh\u202E Hòa"));
        assertEquals("abc", Csv.cell("a\u202Eb\u200Bc"));
        // a zero-width space before '=' must not hide the formula from the check
        assertEquals("\"'=1+1\"", Csv.cell("\u200B=1+1"));
    }

    @Test
    void row_endsInCrLf_andReadsBack() {
        StringBuilder sb = new StringBuilder();
        Csv.row(sb, "id", "=1+1", null, "x");
        assertEquals("id,\"'=1+1\",,x\r\n", sb.toString());
        assertEquals("=1+1", Csv.unneutralise("'=1+1"));
        assertEquals("'quoted'", Csv.unneutralise("'quoted'"));
        assertEquals("'-2", Csv.unneutralise("'-2"), "a plain number was never neutralised: its apostrophe is the user's");
    }

    @Test
    void isFormula_onlyForTheFormulaStarts() {
        assertTrue(Csv.isFormula("=A1"));
        assertTrue(Csv.isFormula("@A1"));
        assertFalse(Csv.isFormula("A=1"));
        assertFalse(Csv.isFormula(""));
        assertFalse(Csv.isFormula(null));
    }
}
