package vn.dti.text;

/**
 * The one place where text from an input (an entity's, an agency's or a document's name, a note,
 * a methodology's labels) is made safe to show on a page, in a table, a CSV file or a workbook:
 * characters that change how the text is shown without being seen themselves are taken out.
 * They are the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C: an
 * U+202E in an entity's name reverses the rest of the line on screen, so "Khánh Hòa" can be made
 * to show as another province), every other invisible format character of Unicode's category Cf
 * (zero-width spaces and joiners, U+FEFF, the soft hyphen, invisible operators), and control
 * characters other than tab, line feed and carriage return. Letters, digits, marks (the
 * combining accents of decomposed Vietnamese) and spaces are kept as they are. Thread-safe.
 *
 * <pre>{@code
 * ShownText.clean("Khánh\u202E Hòa");   // "Khánh Hòa"
 * }</pre>
 */
public final class ShownText {
    private ShownText() {
    }

    /**
     * The text without the characters described above; the same instance when it has none.
     *
     * @param text any text, or null
     * @return the text safe to show, or null for null
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int first = firstHidden(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!hidden(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * {@link #clean(String)} for a whole document written as text (a table, a CSV file): a
     * byte-order mark at its very start, which tells a spreadsheet program the text is UTF-8, is
     * kept.
     *
     * @param text a whole document, or null
     * @return the document safe to show, or null for null
     */
    public static String cleanDocument(String text) {
        if (text != null && text.startsWith("\uFEFF")) {
            return "\uFEFF" + clean(text.substring(1));
        }
        return clean(text);
    }

    /**
     * True when the text holds a character {@link #clean(String)} takes out.
     *
     * @param text any text, or null
     * @return whether it holds one
     */
    public static boolean hasHidden(String text) {
        return text != null && firstHidden(text, 0) >= 0;
    }

    /**
     * True for a character that changes how text is shown without being seen: a format character
     * (category Cf, which holds every bidirectional control), or a control character other than
     * tab, line feed and carriage return.
     *
     * @param codePoint a Unicode code point
     * @return whether it is taken out of text shown
     */
    public static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT) {
            return true;
        }
        return type == Character.CONTROL && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
    }

    private static int firstHidden(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (hidden(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
