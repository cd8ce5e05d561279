package vn.dti.reporting.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.Agencies;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.scoring.FormulaText;

/**
 * Values as Vietnamese spreadsheets write them: {@code 46,69%}, {@code 0,4669}, {@code 87,2},
 * {@code 1.747.201}, {@code 25/9/2025}, {@code Có} / {@code Không}, a category's name. What can be
 * read two ways is refused with what to write instead: {@code 1.747} for an amount or a rate (1747,
 * or 1.747 written the English way?; for a count, which is whole, it is 1747), {@code 46,69} for a
 * ratio (a percent, or a share?), {@code 1,5} for a count.
 * Every refusal is an {@link IllegalArgumentException} whose message says what was found and
 * what is expected; the caller adds the file, sheet, row and column.
 */
public final class VietnameseValues {
    /**
     * The largest ratio read from a number (a percent-formatted cell, a JSON number): 2, that is
     * 200%. ASSUMPTION: the largest ratio above 100% in the source documents is 111,22% (households
     * with a smartphone, Báo cáo 4100/BC-BCĐCĐS); a number further above 1 is a percent written as
     * a number (46,69 in a percent cell shows 4669%) far more often than a true ratio, so it is
     * refused as ambiguous. Text with its % sign ({@code 111,22%}) is read up to 200% as well, the
     * limit evidence files have ({@link vn.dti.api.Methodology#MAX_RATIO}): what a workbook gives,
     * the merged evidence must score.
     */
    public static final double MAX_SHARE = vn.dti.api.Methodology.MAX_RATIO;
    /** The text that declares a component not applicable. */
    public static final String NOT_APPLICABLE = "Không áp dụng";
    public static final String YES = "Có";
    public static final String NO = "Không";

    private static final Pattern VI_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern EN_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{2,4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private VietnameseValues() {
    }

    /** A cell as read: its text, and for spreadsheet cells the number, date or boolean it holds. */
    public record Cell(String text, Double number, boolean percentFormat, LocalDate date, Boolean bool) {
        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, false, null, null);
        }

        public boolean blank() {
            return number == null && date == null && bool == null && text.isBlank();
        }

        /** What the cell shows, for messages. */
        public String shown() {
            if (date != null) {
                return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
            }
            if (number != null) {
                return percentFormat ? vi(number * 100) + "%" : vi(number);
            }
            if (bool != null) {
                return bool ? "TRUE" : "FALSE";
            }
            return text.strip();
        }
    }

    /** A number written the Vietnamese way for messages: 0,4669; 1.747.201. */
    public static String vi(double n) {
        String plain = FormulaText.plain(n);
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        boolean negative = whole.startsWith("-");
        String digits = negative ? whole.substring(1) : whole;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return (negative ? "-" : "") + sb + (frac.isEmpty() ? "" : "," + frac);
    }

    /**
     * A parsed number: its value, and whether it was written as a percent.
     *
     * @param value   the number as written (46,69% is 46.69)
     * @param percent whether it ended in %
     */
    public record Number(double value, boolean percent) {
        /**
         * The number it stands for: 46,69% is 0.4669, the decimal divided rather than the double,
         * so that no rounding creeps in.
         *
         * @return the value, divided by 100 when written as a percent
         */
        public double amount() {
            return percent ? new BigDecimal(FormulaText.plain(value)).movePointLeft(2).doubleValue() : value;
        }
    }

    /**
     * Reads a number from text as the agencies' workbooks do, Vietnamese writing first (87,2;
     * 1.747.201; 46,69%), the English way where it has one reading (0.6; 800.5); refuses what is
     * ambiguous or not a number. The one reader of typed numbers: the workbooks, and the planning
     * commands' {@code --set} and {@code --target}.
     *
     * @param raw the text
     * @return the number
     * @throws IllegalArgumentException saying what was found and how to write it
     */
    public static Number number(String raw) {
        return number(raw, false);
    }

    /**
     * Reads a number from text; refuses what is ambiguous or not a number. For a whole number
     * ({@code whole}: a count), {@code 1.021} has one reading (the dot is the Vietnamese thousands
     * mark; 1,021 is not whole), so it is read as 1021.
     *
     * @param raw   the text
     * @param whole whether the number is a count
     * @return the number
     * @throws IllegalArgumentException saying what was found and how to write it
     */
    public static Number number(String raw, boolean whole) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replace('\u00a0', ' ');
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1).strip();
        }
        s = s.replaceAll("(?<=\\d) (?=\\d{3}\\b)", "");
        int dots = count(s, '.');
        int commas = count(s, ',');
        double v;
        if (dots == 1 && commas == 0 && VI_GROUPED.matcher(s).matches() && !s.startsWith("0") && !whole) {
            throw new Ambiguous(text("reporting.cell.twoWaysDot", raw.strip(), s.replace(".", ""), s.substring(0, s.indexOf('.'))));
        } else if (commas == 1 && dots == 0 && EN_GROUPED.matcher(s).matches() && !s.startsWith("0")) {
            throw new Ambiguous(text("reporting.cell.twoWaysComma", raw.strip(), s.substring(0, s.indexOf(',')), s.replace(",", "")));
        } else if (dots >= 1 && VI_GROUPED.matcher(s).matches() && !s.startsWith("0")) {
            v = Double.parseDouble(s.replace(".", "").replace(',', '.'));
        } else if (commas >= 1 && EN_GROUPED.matcher(s).matches() && !s.startsWith("0")) {
            v = Double.parseDouble(s.replace(",", ""));
        } else if (COMMA_DECIMAL.matcher(s).matches()) {
            v = Double.parseDouble(s.replace(',', '.'));
        } else if (DOT_DECIMAL.matcher(s).matches()) {
            v = Double.parseDouble(s);
        } else {
            throw new IllegalArgumentException(text("reporting.cell.notANumber", raw.strip()));
        }
        return new Number(negative ? -v : v, percent);
    }

    /** A number that reads two ways (1.747: thousands, or a decimal?): the ratio's reading says more. */
    private static final class Ambiguous extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Ambiguous(String message) {
            super(message);
        }
    }

    /** A refusal's text in the run's language ({@code --lang}, else the environment's): the catalogue's {@code reporting.cell.*}. */
    private static String text(String key, Object... args) {
        return vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), key, args);
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ch) {
                n++;
            }
        }
        return n;
    }

    /**
     * The value of a cell for a component, by its kind.
     *
     * @return the value, or null when the cell declares the component not applicable
     */
    public static Value value(Component c, Cell cell) {
        String text = cell.text().strip();
        if (cell.number() == null && cell.bool() == null && Normalizer.normalize(text, Normalizer.Form.NFC).equalsIgnoreCase(NOT_APPLICABLE)) {
            return null;
        }
        switch (c.valueKind()) {
            case YES_NO:
                return yesNo(cell);
            case CATEGORY:
                return category(c, cell);
            default:
                return Value.number(number(c, cell));
        }
    }

    private static Value yesNo(Cell cell) {
        if (cell.bool() != null) {
            return Value.yesNo(cell.bool());
        }
        String t = Normalizer.normalize(cell.text().strip(), Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"));
        if (t.equals("có") || t.equals("co")) {
            return Value.yesNo(true);
        }
        if (t.equals("không") || t.equals("khong")) {
            return Value.yesNo(false);
        }
        throw new IllegalArgumentException(text("reporting.cell.notYesNo", cell.shown(), YES, NO, NOT_APPLICABLE));
    }

    private static Value category(Component c, Cell cell) {
        String t = cell.shown();
        String key = Agencies.key(t);
        for (CategoryOption o : c.categories()) {
            if (Agencies.key(o.name()).equals(key) || o.code().equalsIgnoreCase(t.strip())) {
                return Value.category(o.code());
            }
        }
        List<String> names = new ArrayList<>();
        c.categories().forEach(o -> names.add("\"" + o.name() + "\""));
        throw new IllegalArgumentException(text("reporting.cell.notALevel", t, c.id().value(), String.join(", ", names)));
    }

    private static double number(Component c, Cell cell) {
        ValueKind kind = c.valueKind();
        double v;
        boolean percent;
        if (cell.number() != null) {
            v = cell.number();
            percent = cell.percentFormat();
            if (percent && kind == ValueKind.RATIO) {
                if (v > MAX_SHARE) {
                    double share = likelyShare(v);
                    throw new IllegalArgumentException(text("reporting.cell.percentCellAbove", cell.shown(), c.id().value(), vi(v), vi(v * 100),
                            percentOf(share), vi(share), vi(MAX_SHARE * 100)));
                }
                return nonNegative(c, cell, v);
            }
            if (percent) {
                throw new IllegalArgumentException(text("reporting.cell.percentFormat", cell.shown(), c.id().value(), kindWords(c)));
            }
        } else if (cell.date() != null || cell.bool() != null) {
            throw new IllegalArgumentException(text("reporting.cell.notANumberFor", cell.shown(), c.id().value(), kindWords(c)));
        } else {
            Number n;
            try {
                n = number(cell.text(), kind == ValueKind.COUNT);
            } catch (Ambiguous e) {
                if (kind == ValueKind.RATIO && !cell.text().strip().endsWith("%")) {
                    // 1.747 or 1,747 for a ratio: above 1 either way (1747 or 1 and a decimal part): neither is a share
                    throw new IllegalArgumentException(text("reporting.cell.ratioEitherWay", cell.shown(), c.id().value()));
                }
                throw e;
            }
            v = n.value();
            percent = n.percent();
            if (percent && kind != ValueKind.RATIO) {
                throw new IllegalArgumentException(text("reporting.cell.percentFor", cell.shown(), c.id().value(), kindWords(c)));
            }
            if (percent) {
                return nonNegative(c, cell, n.amount());
            }
        }
        if (kind == ValueKind.RATIO && v > 1) {
            double share = likelyShare(v);
            throw new IllegalArgumentException(text("reporting.cell.percentOrShare", cell.shown(), c.id().value(), percentOf(share), vi(share)));
        }
        if (kind == ValueKind.COUNT && v != Math.rint(v)) {
            throw new IllegalArgumentException(text("reporting.cell.countNotWhole", cell.shown(), c.id().value(), vi(v)));
        }
        return nonNegative(c, cell, v);
    }

    /**
     * The share a number typed for a ratio most likely stands for, and one that is read: {@code v}
     * percent when that is at most {@link #MAX_SHARE} (46,69 → 0,4669; 150 → 1,5), else the digits
     * with their decimal mark lost (4669 → 0,4669, not 46,69 = 4.669%, which is refused). So that a
     * hint never suggests a reading that is itself refused.
     *
     * @param v a number above 1 typed for a ratio
     * @return a share of at most {@link #MAX_SHARE}
     */
    public static double likelyShare(double v) {
        BigDecimal share = new BigDecimal(FormulaText.plain(v)).movePointLeft(2);
        if (share.doubleValue() <= MAX_SHARE) {
            return share.doubleValue();
        }
        while (share.compareTo(BigDecimal.ONE) > 0) {
            share = share.movePointLeft(1);
        }
        return share.doubleValue();
    }

    /** A share as a percent, the Vietnamese way: 0,4669 → 46,69%. */
    public static String percentOf(double share) {
        return vi(new BigDecimal(FormulaText.plain(share)).movePointRight(2).doubleValue()) + "%";
    }

    private static double nonNegative(Component c, Cell cell, double v) {
        if (v < 0 || !Double.isFinite(v)) {
            throw new IllegalArgumentException(text("reporting.cell.negative", cell.shown(), c.id().value(), kindWords(c)));
        }
        // what evidence files and the command line refuse too: a ratio above 200% (also text with its % sign), a number above 10^15
        String problem = vn.dti.api.Methodology.checkValue(c, Value.number(v));
        if (problem != null) {
            throw new IllegalArgumentException(vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "reporting.value.refused", cell.shown(),
                    c.id().value(), problem));
        }
        return v;
    }

    /** The kind of value a component takes, in Vietnamese, for the workbook's data-validation prompts and errors. */
    public static String kindWordsVi(Component c) {
        switch (c.valueKind()) {
            case RATIO:
                return "Tỷ lệ: 46,69% hoặc 0,4669";
            case COUNT:
                return "Số nguyên, ví dụ 1.747.201";
            case RATE:
                return "Số trên " + vi(c.per()) + " dân, ví dụ 87,2";
            case MONEY:
                return "Số tiền" + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")") + ", ví dụ 1.260.033";
            case YES_NO:
                return "Chọn " + YES + " hoặc " + NO;
            default:
                return "Chọn một mức trong danh sách";
        }
    }

    /** The kind of value a component takes, in words, in the run's language. */
    public static String kindWords(Component c) {
        switch (c.valueKind()) {
            case RATE:
                return text("reporting.cell.kind.RATE", String.valueOf(c.per()));
            case MONEY:
                return c.unit().isEmpty() ? text("reporting.cell.kind.MONEY") : text("reporting.cell.kind.MONEYIn", c.unit());
            case YES_NO:
                return text("reporting.cell.kind.YES_NO", YES, NO);
            default:
                return text("reporting.cell.kind." + c.valueKind().name());
        }
    }

    /** The Vietnamese name of a value kind, for the workbook's "Loại giá trị" column. */
    public static String kindLabel(Component c) {
        switch (c.valueKind()) {
            case RATIO:
                return "Tỷ lệ (%)";
            case COUNT:
                return "Số lượng";
            case RATE:
                return "Số trên " + vi(c.per()) + " dân";
            case MONEY:
                return "Số tiền";
            case YES_NO:
                return "Có / Không";
            default:
                return "Mức (chọn từ danh sách)";
        }
    }

    /** Reads a date written dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd) or held by a date cell. */
    public static LocalDate date(Cell cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.number() != null || cell.bool() != null) {
            throw new IllegalArgumentException(text("reporting.cell.notADate", cell.shown()));
        }
        String s = cell.text().strip();
        Matcher m = DMY.matcher(s);
        int d;
        int mo;
        int y;
        if (m.matches()) {
            d = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            if (m.group(3).length() != 4) {
                throw new IllegalArgumentException(text("reporting.cell.shortYear", s, m.group(3).length()));
            }
            y = Integer.parseInt(m.group(3));
        } else {
            Matcher iso = ISO.matcher(s);
            if (!iso.matches()) {
                throw new IllegalArgumentException(text("reporting.cell.notADate", s));
            }
            y = Integer.parseInt(iso.group(1));
            mo = Integer.parseInt(iso.group(2));
            d = Integer.parseInt(iso.group(3));
        }
        if (mo < 1 || mo > 12) {
            throw new IllegalArgumentException(text("reporting.cell.noMonth", s, mo));
        }
        int length = YearMonth.of(y, mo).lengthOfMonth();
        if (d < 1 || d > length) {
            throw new IllegalArgumentException(text("reporting.cell.daysInMonth", s, monthName(mo, y), length));
        }
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(text("reporting.cell.notADate", s));
        }
    }

    /** "tháng 2/2025"; in English "February 2025". */
    private static String monthName(int month, int year) {
        if (vn.dti.text.Language.fromEnvironment() == vn.dti.text.Language.VI) {
            return "tháng " + month + "/" + year;
        }
        String n = Month.of(month).toString();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT) + " " + year;
    }

    /** A date written the Vietnamese way: 25/9/2025. */
    public static String date(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }
}
