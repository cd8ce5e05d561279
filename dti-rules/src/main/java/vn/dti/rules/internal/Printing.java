package vn.dti.rules.internal;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every workbook dti writes prints: the agencies' workbooks, the score-card export (through
 * dti-reporting's internal Printing) and the officer's decision table alike.
 */
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
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(columnHeaderRow, columnHeaderRow, -1, -1));
        sheet.getFooter().setCenter("Trang &P / &N");
    }
}
