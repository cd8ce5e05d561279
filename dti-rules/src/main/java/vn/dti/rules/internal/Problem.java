package vn.dti.rules.internal;

import java.util.Comparator;
import java.util.List;
import vn.dti.scoring.ScoringRule;
import vn.dti.text.Language;
import vn.dti.text.Message;
import vn.dti.text.Place;

/**
 * One problem found in a methodology folder, with where it is, so that problems can be listed in
 * file order. {@code place} is what the message starts with, written in the reader's language
 * ({@link Place}: "scoring.drl, dòng 12, cột 5" or "scoring.csv, dòng 12, cột D (Mục tiêu)"; in
 * English "scoring.drl:12:5", "scoring.csv, row 12, column D (Mục tiêu)").
 *
 * @param file   the file as shown to the reader
 * @param line   the line of a rule file, or the row of a table (1-based); 0 for the whole file
 * @param column the column (1-based); 0 when not known
 * @param place  where the problem is
 * @param text   what is wrong and what to fix
 */
public record Problem(String file, int line, int column, Message place, Message text) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::message);

    /** Where the problem is, in the environment's language. */
    public String where() {
        return place.in(Language.fromEnvironment());
    }

    /** What is wrong, in the environment's language. */
    public String message() {
        return text.in(Language.fromEnvironment());
    }

    /** A problem from the catalogue at a line (and column) of a file: written in the reader's language. */
    static Problem at(String display, int line, int column, Message text) {
        return new Problem(display, line, column, Place.line(display, line, column), text);
    }

    /** A problem from the catalogue in a cell of a decision table (row 0: the table as a whole). */
    static Problem cell(String display, int row, Message text) {
        return cell(display, null, row, 0, null, text);
    }

    /** The problem with its place, to be written in any language. */
    public Message localized() {
        return Message.join(": ", List.of(place, text));
    }

    /** A problem at a line (and column) of a file, in one language (a text some other program wrote). */
    static Problem at(String display, int line, int column, String message) {
        return at(display, line, column, Message.text(message));
    }

    /** A problem about a whole file or folder, in one language (a text some other program wrote). */
    static Problem of(String display, String message) {
        return of(display, Message.text(message));
    }

    /** A problem from the catalogue about a whole file or folder. */
    static Problem of(String display, Message text) {
        return new Problem(display, 0, 0, Message.text(display), text);
    }

    /** A problem from the catalogue in a cell of a decision table. */
    static Problem cell(String display, String sheet, int row, int column, String header, Message text) {
        return new Problem(display, row, column, Place.cell(display, sheet, row, Place.column(column), header), text);
    }

    /** A problem in a cell of a decision table, in one language (a text some other program wrote). */
    static Problem cell(String display, String sheet, int row, int column, String header, String message) {
        return cell(display, sheet, row, column, header, Message.text(message));
    }

    /** A problem placed at a scoring rule: its line in a rule file, or its cell in a table ({@code display} names the file). */
    static Problem atRule(String display, ScoringRule r, Message text) {
        if (r.location().inTable()) {
            return cell(display, r.location().sheet(), r.location().line(), columnNumber(r.location().column()), r.pattern().name(), text);
        }
        int column = r.location().column() == null ? 0 : Integer.parseInt(r.location().column());
        return at(display, r.location().line(), column, Message.of("rules.problem.inRule", r.rule(), text));
    }

    /** A problem placed at a scoring rule, in one language. */
    static Problem atRule(String display, ScoringRule r, String message) {
        return atRule(display, r, Message.text(message));
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return localized().in(Language.fromEnvironment());
    }

    /** "A" for column 1, "AA" for 27. */
    static String columnName(int column) {
        return Place.column(column);
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
