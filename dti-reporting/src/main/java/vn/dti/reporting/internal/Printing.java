package vn.dti.reporting.internal;

import org.apache.poi.ss.usermodel.Sheet;

/** How every workbook dti writes prints: the agencies' workbooks and the score-card export alike (the settings live in dti-rules). */
public final class Printing {
    private Printing() {
    }

    /**
     * A4 landscape, one page wide (as many pages down as it takes), narrow margins, the row of
     * column headers repeated on every page, "Trang n / m" in the footer.
     *
     * @param columnHeaderRow the 0-based row of the column headers
     */
    public static void onA4Landscape(Sheet sheet, int columnHeaderRow) {
        vn.dti.rules.internal.Printing.onA4Landscape(sheet, columnHeaderRow);
    }
}
