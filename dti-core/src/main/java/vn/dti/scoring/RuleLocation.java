package vn.dti.scoring;

import java.util.Objects;
import vn.dti.text.Message;
import vn.dti.text.Place;

/**
 * Where a rule is written: a line of a rule file, or a row (and column) of a decision table's
 * sheet. Every message about a rule names it.
 *
 * @param file   the file name within the methodology folder, e.g. {@code scoring.drl}
 * @param sheet  for decision tables: the sheet ({@code ""} for a CSV table, {@code null} for rule files)
 * @param line   the line (rule files) or row (tables), 1-based; 0 when unknown
 * @param column the column: a number for rule files, a letter for tables; null when unknown
 */
public record RuleLocation(String file, String sheet, int line, String column) {
    /**
     * Checks the file.
     *
     * @param file   not null
     * @param sheet  null for a rule file
     * @param line   0 when unknown
     * @param column null when unknown
     * @throws NullPointerException if {@code file} is null
     */
    public RuleLocation {
        Objects.requireNonNull(file, "file");
    }

    /**
     * A line of a rule file.
     *
     * @param file   the file name, e.g. {@code scoring.drl}
     * @param line   1-based; 0 when unknown
     * @param column 1-based; 0 or less when unknown
     * @return the location
     */
    public static RuleLocation line(String file, int line, int column) {
        return new RuleLocation(file, null, line, column > 0 ? Integer.toString(column) : null);
    }

    /**
     * A cell of a decision table.
     *
     * @param file   the file name, e.g. {@code scoring.xlsx}
     * @param sheet  the sheet; {@code ""} for a CSV table
     * @param row    1-based; 0 when unknown
     * @param column the column letter, or null when unknown
     * @return the location
     */
    public static RuleLocation cell(String file, String sheet, int row, String column) {
        return new RuleLocation(file, sheet, row, column);
    }

    /**
     * Whether the rule is in a decision table.
     *
     * @return true for a table's row, false for a rule file's line
     */
    public boolean inTable() {
        return sheet != null;
    }

    /**
     * The same place in another column.
     *
     * @param other the column: a letter for tables, a number for rule files
     * @return the location
     */
    public RuleLocation column(String other) {
        return new RuleLocation(file, sheet, line, other);
    }

    /**
     * The place in the reader's language, to name inside a sentence: a table's cell as
     * {@link Place#cell} writes it ("scoring.csv, dòng 12, cột D"; in English "scoring.csv, row 12,
     * column D"), a rule file's line as compilers write it ("bonus.drl:10:11", the same in both).
     *
     * @return the place
     */
    public Message place() {
        return inTable() ? Place.cell(file, sheet, line, column, null) : Message.text(toString());
    }

    /**
     * "scoring.drl:156:5", or "scoring.csv, sheet Chấm điểm, row 12, column D": the same text in
     * every language, for data (an explanation's {@code location} in JSON) and logs; a sentence a
     * person reads names the place with {@link #place()}.
     */
    @Override
    public String toString() {
        if (sheet != null) {
            return file + (sheet.isEmpty() ? "" : ", sheet " + sheet) + (line > 0 ? ", row " + line : "") + (column != null ? ", column " + column : "");
        }
        return file + (line > 0 ? ":" + line + (column != null ? ":" + column : "") : "");
    }
}
