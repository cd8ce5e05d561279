package vn.dti.planning;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.Component;
import vn.dti.api.Methodology;
import vn.dti.api.Value;

/**
 * A target, written as {@code subject op value}: {@code total>=800} (points), {@code index>=0.8},
 * {@code rank<=20} (overall rank in a cohort), {@code top10>=4} (main indicators ranked in the
 * top 10), a component's value, e.g. {@code 3.4>=0.9}, {@code 3.4>=90%}, {@code 6.3>0.95}
 * ("trên 95%"), {@code 3.5=cloud}, {@code 2.4=yes}, or a component's points, e.g.
 * {@code points(6.5)>=max} ("đạt điểm tối đa") or {@code points(6.5)>=15}. The operators are
 * {@code >=}, {@code >}, {@code <=}, {@code <} and {@code =} ({@code ≥}, {@code ≤} too); a rank
 * target {@code rank<21} is read as {@code rank<=20}, and {@code top10>3} as {@code top10>=4}.
 *
 * @param text    the target as written
 * @param subject what it is about
 * @param top     for {@link Subject#TOP}: the N of "top N"
 * @param component for {@link Subject#COMPONENT} and {@link Subject#POINTS}: the component id
 * @param op      how the actual figure compares with the value
 * @param value   the value as written (a number, or a component's value); for a points target
 *                of {@code max}, the component's max points
 */
public record Target(String text, Subject subject, int top, String component, Op op, String value) {
    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9.()]+)\\s*(>=|<=|≥|≤|=|>|<)\\s*([^<>=≥≤\\s].*?)\\s*");
    private static final Pattern POINTS = Pattern.compile("points\\(\\s*([A-Za-z0-9.]+)\\s*\\)");
    /** How close two figures may be and still count as equal (a floor met, a value equal). */
    static final double TOLERANCE = 1e-9;

    /** What a target is about. */
    public enum Subject {
        /** Total points. */
        TOTAL,
        /** The index, 0..1. */
        INDEX,
        /** The overall rank in the cohort (1 is first). */
        RANK,
        /** How many main indicators rank in the cohort's top N. */
        TOP,
        /** A component's reported value. */
        COMPONENT,
        /** A component's points ({@code points(6.5)>=max}). */
        POINTS
    }

    /** How the figure compares with the target's value. */
    public enum Op {
        /** {@code >=} (also {@code ≥}): at least the value. */
        AT_LEAST(">="),
        /** {@code <=} (also {@code ≤}): at most the value. */
        AT_MOST("<="),
        /** {@code =}: equal to the value (numbers to {@value Target#TOLERANCE}). */
        EQUALS("="),
        /** {@code >}: above the value. */
        ABOVE(">"),
        /** {@code <}: below the value. */
        BELOW("<");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** {@return the operator as written: {@code >=}, {@code <=}, {@code =}, {@code >} or {@code <}} */
        public String symbol() {
            return symbol;
        }

        /** {@return true for a floor ({@code >=}, {@code >})} */
        public boolean floor() {
            return this == AT_LEAST || this == ABOVE;
        }

        /** {@return true for a ceiling ({@code <=}, {@code <})} */
        public boolean ceiling() {
            return this == AT_MOST || this == BELOW;
        }

        /**
         * Whether {@code actual op value} holds, equal figures compared to {@value Target#TOLERANCE}.
         *
         * @param actual the figure
         * @param value  the target's value
         * @return whether the comparison holds
         */
        public boolean holds(double actual, double value) {
            return switch (this) {
                case AT_LEAST -> actual >= value - TOLERANCE;
                case AT_MOST -> actual <= value + TOLERANCE;
                case EQUALS -> Math.abs(actual - value) <= TOLERANCE;
                case ABOVE -> actual > value + TOLERANCE;
                case BELOW -> actual < value - TOLERANCE;
            };
        }
    }

    /**
     * Checks what is required.
     *
     * @param text      the target as written
     * @param subject   not null
     * @param top       the N for {@link Subject#TOP}
     * @param component the component id, or null
     * @param op        not null
     * @param value     not null
     * @throws NullPointerException if {@code subject}, {@code op} or {@code value} is null
     */
    public Target {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses a target and checks it against the methodology.
     *
     * @param text the target, e.g. {@code total>=800}, {@code rank<=20}, {@code 3.4>=90%}
     * @param m    the methodology
     * @return the target
     * @throws IllegalArgumentException saying what is wrong and how targets are written
     */
    public static Target parse(String text, Methodology m) {
        Matcher x = text == null ? null : FORM.matcher(text);
        if (x == null || !x.matches()) {
            throw new IllegalArgumentException(Words.of("planning.target.form", text));
        }
        String subject = x.group(1).toLowerCase(Locale.ROOT);
        String sym = x.group(2).replace("≥", ">=").replace("≤", "<=");
        Op op = switch (sym) {
            case ">=" -> Op.AT_LEAST;
            case "<=" -> Op.AT_MOST;
            case ">" -> Op.ABOVE;
            case "<" -> Op.BELOW;
            default -> Op.EQUALS;
        };
        String value = x.group(3);
        if (subject.equals("total") || subject.equals("index")) {
            double d = number(text, value);
            if (!op.floor()) {
                throw new IllegalArgumentException(Words.of("planning.target.floor", text, subject, value));
            }
            if (subject.equals("total") && d > m.totalPoints()) {
                throw new IllegalArgumentException(Words.of("planning.target.aboveTotal", text, value, vn.dti.text.Figure.points(m.totalPoints())));
            }
            double most = subject.equals("total") ? m.totalPoints() : 1;
            if (op == Op.ABOVE && d >= most - TOLERANCE && d <= most + TOLERANCE) {
                // total>1000 asks for more than the maximum, as total>=1001 does: refused alike
                throw new IllegalArgumentException(Words.of("planning.target.aboveMax", text.strip(),
                        subject, subject.equals("total") ? fmt(most) : "1", m.id()));
            }
            if (subject.equals("index") && d > 1) {
                throw new IllegalArgumentException(Words.of("planning.target.index", text));
            }
            return new Target(text.strip(), subject.equals("total") ? Subject.TOTAL : Subject.INDEX, 0, null, op, vn.dti.scoring.FormulaText.plain(d));
        }
        if (subject.equals("rank")) {
            int r = whole(text, value, op == Op.BELOW ? 2 : 1);
            if (!op.ceiling()) {
                throw new IllegalArgumentException(Words.of("planning.target.rankCeiling", text, r));
            }
            return new Target(text.strip(), Subject.RANK, 0, null, Op.AT_MOST, Integer.toString(op == Op.BELOW ? r - 1 : r));
        }
        if (subject.matches("top[0-9]+")) {
            int n = Integer.parseInt(subject.substring(3));
            if (n < 1) {
                throw new IllegalArgumentException(Words.of("planning.target.topN", text));
            }
            int k = whole(text, value, 0) + (op == Op.ABOVE ? 1 : 0);
            long mains = m.mainIndicators().stream().filter(mi -> mi.maxPoints() > 0).count();
            if (k > mains) {
                throw new IllegalArgumentException(Words.of("planning.target.topMains", text, m.id(), mains, k));
            }
            if (!op.floor()) {
                throw new IllegalArgumentException(Words.of("planning.target.topFloor", text, n, k));
            }
            return new Target(text.strip(), Subject.TOP, n, null, Op.AT_LEAST, Integer.toString(k));
        }
        Matcher pm = POINTS.matcher(x.group(1));
        if (pm.matches()) {
            Component c = Values.component(m, pm.group(1), Words.of("planning.target.where", text));
            if (!c.scored()) {
                throw new IllegalArgumentException(Words.of("planning.target.unscored", text, c.id().value()));
            }
            double d = value.equalsIgnoreCase("max") ? c.maxPoints() : number(text, value);
            if (d > c.maxPoints() + TOLERANCE) {
                throw new IllegalArgumentException(Words.of("planning.target.pointsMax", text, c.id().value(), vn.dti.text.Figure.points(c.maxPoints())));
            }
            return new Target(text.strip(), Subject.POINTS, 0, c.id().value(), op, vn.dti.scoring.FormulaText.plain(d));
        }
        Component c = Values.component(m, x.group(1), Words.of("planning.target.where", text));
        if (!c.scored()) {
            throw new IllegalArgumentException(Words.of("planning.target.unscored", text, c.id().value()));
        }
        Value v;
        try {
            v = Values.parse(c, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Words.of("planning.target.refused", text, e.getMessage()));
        }
        if (!c.valueKind().numeric() && op != Op.EQUALS) {
            throw new IllegalArgumentException(Words.of("planning.target.equals", text, c.id().value(), c.valueKind(), value));
        }
        if (c.valueKind() == vn.dti.api.ValueKind.RATIO && (Values.number(v) > 1 || (op == Op.ABOVE && Values.number(v) >= 1))) {
            throw new IllegalArgumentException(Words.of("planning.target.share", text, c.id().value()));
        }
        return new Target(text.strip(), Subject.COMPONENT, 0, c.id().value(), op, Values.text(v));
    }

    /** {@return true for a target on one component (its value or its points)} */
    public boolean onComponent() {
        return subject == Subject.COMPONENT || subject == Subject.POINTS;
    }

    /**
     * The value as a number, for numeric subjects and numeric components.
     *
     * @return the value
     * @throws NumberFormatException for a yes/no or category value
     */
    public double number() {
        return Double.parseDouble(value);
    }

    /** A number as the workbooks read it (800,5; 0,8; 80%), shared with {@code --set}: one reader of typed numbers. */
    private static double number(String text, String value) {
        vn.dti.reporting.internal.VietnameseValues.Number n;
        try {
            n = vn.dti.reporting.internal.VietnameseValues.number(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Words.of("planning.target.refused", text, e.getMessage()));
        }
        double d = n.amount();
        if (!Double.isFinite(d) || d < 0) {
            throw new IllegalArgumentException(Words.of("planning.target.negative", text, value));
        }
        return d;
    }

    private static int whole(String text, String value, int least) {
        try {
            int r = Integer.parseInt(value);
            if (r < least) {
                throw new NumberFormatException();
            }
            return r;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Words.of("planning.target.whole", text, value, least));
        }
    }

    private static String fmt(double d) {
        return vn.dti.api.Points.format(d);
    }

    @Override
    public String toString() {
        return text;
    }
}
