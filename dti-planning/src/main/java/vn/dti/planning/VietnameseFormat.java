package vn.dti.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dti.api.Document;
import vn.dti.api.ValueKind;
import vn.dti.text.Figure;
import vn.dti.text.Language;

/**
 * Numbers, dates, values and documents as Vietnamese writes them (1.000; 303,25; 05/12/2023;
 * 87,2%; có), for the dashboard, the Excel export and the Vietnamese sentences: one owner, so that
 * the page and the workbook never disagree. Plain text, not escaped.
 */
final class VietnameseFormat {
    private VietnameseFormat() {
    }

    /** A value in Vietnamese, as text (not escaped): 87,2%; 10.000; có; a category's name. */
    static String plainValue(Dashboard.ComponentInfo info, String value) {
        if (value == null) {
            return "—";
        }
        ValueKind kind = info == null ? null : info.valueKind();
        if (kind == ValueKind.RATIO) {
            try {
                return vn(Double.parseDouble(value) * 100, 2) + "%";
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (kind == ValueKind.YES_NO || value.equals("yes") || value.equals("no")) {
            return value.equals("yes") ? "có" : value.equals("no") ? "không" : value;
        }
        if (kind == ValueKind.CATEGORY) {
            return info.categories().getOrDefault(value, value);
        }
        return numText(value);
    }

    /** A date as Vietnamese writes it: 05/12/2023. */
    static String date(LocalDate d) {
        return Figure.date(Language.VI, d);
    }

    /**
     * A number in Vietnamese format, rounded half-up to at most {@code decimals} decimals: "." groups
     * thousands and "," marks decimals (1.000; 303,25).
     */
    static String vn(double d, int decimals) {
        return Figure.vietnamese(d, decimals);
    }

    /** An index or value with exactly 4 decimals, Vietnamese format (0,3033). */
    static String vn4(double d) {
        return Figure.vietnameseFixed(d, 4);
    }

    /** A value written in evidence (0.872, cloud) shown in Vietnamese format when it is a number. */
    static String numText(String v) {
        try {
            return vn(Double.parseDouble(v), 6);
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** "1426/QĐ-UBND — title — issuer — 29/05/2025" (no date for a web page given by its link only). */
    static String document(Document d) {
        List<String> parts = new ArrayList<>();
        for (String x : new String[] {d.number(), d.title(), d.issuer()}) {
            if (x != null) {
                parts.add(x);
            }
        }
        if (d.date() != null) {
            parts.add(date(d.date()));
        }
        return String.join(" — ", parts);
    }
}
