package vn.dti.rules.internal;

import java.util.Comparator;

/**
 * One problem found in a methodology folder, with where it is, so that problems can be listed in
 * file order. {@code where} is what the message starts with ("scoring.drl:12:5" or "scoring.csv,
 * row 12, column D (Mục tiêu)").
 */
public record Problem(String file, int line, int column, String where, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::message);

    /** A problem at a line (and column) of a file. */
    static Problem at(String display, int line, int column, String message) {
        return new Problem(display, line, column, display + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : ""), message);
    }

    /** A problem about a whole file or folder. */
    static Problem of(String display, String message) {
        return new Problem(display, 0, 0, display, message);
    }

    /** A problem in a cell of a decision table. */
    static Problem cell(String display, String sheet, int row, int column, String header, String message) {
        return new Problem(display, row, column, display + (sheet == null || sheet.isEmpty() ? "" : ", sheet " + sheet) + (row > 0 ? ", row " + row : "")
                + (column > 0 ? ", column " + DecisionTable.columnName(column) + (header == null || header.isEmpty() ? "" : " (" + header + ")") : ""),
                message);
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }

    /** The innermost cause's message, for a problem that an exception reports. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
