package vn.dti.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in a file a message is about, written in the reader's language: a spreadsheet's cell
 * ("scoring.xlsx, trang tính Bảng điểm, dòng 12, cột D (Mục tiêu)"; in English "…, sheet …, row 12,
 * column D (…)") or a text file's line and column ("completeness.drl, dòng 40, cột 11"; in English
 * "completeness.drl:40:11", as compilers write it). One wording for every module: the agency
 * workbooks' readers and the methodology folder's checks name their places alike.
 *
 * <p>Rows, lines and columns are 1-based, as a spreadsheet program or an editor shows them.
 */
public final class Place {
    private Place() {
    }

    /**
     * A cell, a row or a whole sheet of a spreadsheet (CSV or Excel).
     *
     * @param file   the file as shown to the reader
     * @param sheet  the sheet's name; null or empty for a CSV file
     * @param row    the row (1-based); 0 or less when the place is the whole sheet
     * @param column the column's letters ("D"); null or empty when the place is the whole row
     * @param header the column's header, shown in brackets after it; null or empty for none
     * @return the place
     */
    public static Message cell(String file, String sheet, int row, String column, String header) {
        List<Message> parts = new ArrayList<>(5);
        parts.add(Message.text(file));
        if (sheet != null && !sheet.isEmpty()) {
            parts.add(Message.of("text.where.sheet", sheet));
        }
        if (row > 0) {
            parts.add(Message.of("text.where.row", Integer.toString(row)));
        }
        if (column != null && !column.isEmpty()) {
            parts.add(Message.of("text.where.column", column));
            if (header != null && !header.isEmpty()) {
                parts.add(Message.text(" (" + header + ")"));
            }
        }
        return parts.size() == 1 ? parts.get(0) : Message.join("", parts);
    }

    /**
     * A line (and column) of a text file: a rule file, a JSON file.
     *
     * @param file   the file as shown to the reader
     * @param line   the line (1-based); 0 or less for the whole file
     * @param column the column (1-based); 0 or less when only the line is known
     * @return the place
     */
    public static Message line(String file, int line, int column) {
        if (line <= 0) {
            return Message.text(file);
        }
        return Message.join("", List.of(Message.text(file), column > 0
                ? Message.of("text.where.lineColumn", Integer.toString(line), Integer.toString(column))
                : Message.of("text.where.line", Integer.toString(line))));
    }

    /**
     * A spreadsheet's column letters.
     *
     * @param number the column (1-based)
     * @return "A" for 1, "Z" for 26, "AA" for 27; empty for 0 or less
     */
    public static String column(int number) {
        StringBuilder sb = new StringBuilder();
        for (int c = number; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
