package vn.dti.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of every command ({@code rank}, {@code compare}, {@code gaps}, {@code
 * status}, {@code history} and the agencies' CSV templates): comma-separated, RFC 4180 quoting
 * (a cell holding a comma, a semicolon, a quote or a line break is quoted, its quotes doubled),
 * lines ended by CR LF. A text cell that a spreadsheet program would read as a formula (one that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, as OWASP
 * lists them: {@code =1+1}, {@code +1+1+cmd|' /C calc'!A0}, {@code @SUM(1,1)}) and that is not a
 * plain number ({@code -2}, {@code -0.5}) is written with a leading apostrophe, quoted, so it
 * stays text; {@link #unneutralise(String)} takes that apostrophe off again when dti reads its
 * own CSV back. Every cell is first made safe to show ({@link ShownText#clean}). Thread-safe.
 *
 * <pre>{@code
 * StringBuilder sb = new StringBuilder();
 * Csv.row(sb, "id", "name");
 * Csv.row(sb, "x", "=1+1");       // x,"'=1+1"
 * }</pre>
 */
public final class Csv {
    /** The line end of every row. */
    public static final String LINE_END = "\r\n";
    /** What a spreadsheet program reads as the start of a formula. */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?%?");

    private Csv() {
    }

    /**
     * One cell: blank for null; quoted when it must be; a would-be formula neutralised.
     *
     * @param value the cell's text, or null
     * @return the cell as written between commas
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String s = ShownText.clean(value);
        boolean formula = isFormula(s);
        if (formula || s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "\"" + (formula ? "'" : "") + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /**
     * Appends one row, each value through {@link #cell(String)}, and the line end.
     *
     * @param sb     where the row is appended
     * @param values the row's cells (null: blank)
     */
    public static void row(StringBuilder sb, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(values[i]));
        }
        sb.append(LINE_END);
    }

    /**
     * {@link #row(StringBuilder, String...)} for a list of values.
     *
     * @param sb     where the row is appended
     * @param values the row's cells (null: blank)
     */
    public static void row(StringBuilder sb, List<String> values) {
        row(sb, values.toArray(new String[0]));
    }

    /**
     * True when a spreadsheet program would read the text as a formula: it starts with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not a plain number.
     *
     * @param s a cell's text, or null
     * @return whether it would be read as a formula
     */
    public static boolean isFormula(String s) {
        return s != null && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(s).matches();
    }

    /**
     * A cell as dti wrote it, read back: the apostrophe {@link #cell(String)} put before a would-be
     * formula taken off ({@code '=1+1} is {@code =1+1}); any other text unchanged.
     *
     * @param cell a cell's text as read, or null
     * @return the text dti wrote
     */
    public static String unneutralise(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && isFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }
}
