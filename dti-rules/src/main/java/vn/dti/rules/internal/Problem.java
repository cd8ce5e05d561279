package vn.dti.rules.internal;

import java.util.Comparator;
import java.util.List;
import vn.dti.scoring.ScoringRule;
import vn.dti.text.Language;
import vn.dti.text.Message;

/**
 * One problem found in a methodology folder, with where it is, so that problems can be listed in
 * file order. {@code where} is what the message starts with ("scoring.drl:12:5" or "scoring.csv,
 * row 12, column D (Mục tiêu)").
 */
public record Problem(String file, int line, int column, String where, String message, Message text) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::message);

    /** A problem in one language (the texts of the checks that are not in the catalogue). */
    Problem(String file, int line, int column, String where, String message) {
        this(file, line, column, where, message, null);
    }

    /** A problem from the catalogue at a line (and column) of a file: written in the reader's language. */
    static Problem at(String display, int line, int column, Message text) {
        String where = display + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        return new Problem(display, line, column, where, text.in(Language.fromEnvironment()), text);
    }

    /** A problem from the catalogue in a cell of a decision table (row 0: the table as a whole). */
    static Problem cell(String display, int row, Message text) {
        Problem p = cell(display, null, row, 0, null, "");
        return new Problem(p.file(), p.line(), p.column(), p.where(), text.in(Language.fromEnvironment()), text);
    }

    /** The problem with its place, to be written in any language. */
    public Message localized() {
        return text == null ? Message.text(toString()) : Message.join(": ", List.of(Message.text(where), text));
    }

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
                + (column > 0 ? ", column " + columnName(column) + (header == null || header.isEmpty() ? "" : " (" + header + ")") : ""),
                message);
    }

    /** A problem placed at a scoring rule: its line in a rule file, or its cell in a table ({@code display} names the file). */
    static Problem atRule(String display, ScoringRule r, String message) {
        if (r.location().inTable()) {
            return cell(display, r.location().sheet(), r.location().line(), columnNumber(r.location().column()), r.pattern().name(), message);
        }
        int column = r.location().column() == null ? 0 : Integer.parseInt(r.location().column());
        return at(display, r.location().line(), column, "rule \"" + r.rule() + "\": " + message);
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }

    /** "A" for column 1, "AA" for 27. */
    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** 1 for "A", 27 for "AA"; 0 for null. */
    static int columnNumber(String letters) {
        int col = 0;
        if (letters != null) {
            for (char ch : letters.toCharArray()) {
                col = col * 26 + (ch - 'A' + 1);
            }
        }
        return col;
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
