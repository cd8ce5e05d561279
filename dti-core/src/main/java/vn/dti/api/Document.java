package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import vn.dti.text.RefusedArgumentException;

/**
 * An evidence document (tài liệu kiểm chứng): the decision, plan, report or page that proves a
 * value.
 *
 * @param number  the document's number and symbol, e.g. {@code 1426/QĐ-UBND}
 * @param title   its title
 * @param date    the date it was issued; may be absent only for a document given by its link (a
 *                web page), which then cannot be dated after the period or stale
 * @param issuer  who issued it
 * @param link    optional address where it can be read; required when there is no date
 * @param summary optional: what it says about the value
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Document(String number, String title, LocalDate date, String issuer, String link, String summary) {
    /**
     * Checks that the document can be found; see the class description for each component. Blank
     * texts are read as absent.
     *
     * @param number  the number and symbol, or null
     * @param title   the title, or null; one of number and title is required
     * @param date    the date of issue, or null for a document given by its link
     * @param issuer  the issuer, or null
     * @param link    the address, or null; required when there is no date
     * @param summary what it says, or null
     * @throws IllegalArgumentException if there is neither a number nor a title, or neither a date
     *                                  nor a link
     */
    public Document {
        number = blankToNull(number);
        title = blankToNull(title);
        if (number == null && title == null) {
            throw RefusedArgumentException.of("api.document.noNumberOrTitle");
        }
        issuer = blankToNull(issuer);
        link = blankToNull(link);
        if (date == null && link == null) {
            throw RefusedArgumentException.of("api.document.noDate", number != null ? number : title);
        }
        summary = blankToNull(summary);
    }

    /**
     * A dated document with no link or summary.
     *
     * @param number its number and symbol, e.g. {@code 1426/QĐ-UBND}, or null
     * @param title  its title, or null (one of the two is required)
     * @param date   the date it was issued
     * @param issuer who issued it, or null
     * @return the document
     * @throws IllegalArgumentException if both number and title are blank, or the date is null
     */
    public static Document of(String number, String title, LocalDate date, String issuer) {
        return new Document(number, title, date, issuer, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
