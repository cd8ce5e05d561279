package vn.dti.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.runtime.rule.RuleContext;
import vn.dti.api.FindingCode;
import vn.dti.api.Points;

/**
 * The global {@code score} that rule files award points and raise findings through. Each method
 * records which rule called it (pass {@code kcontext}), the inputs it used and the formula in
 * words, so every score card explains itself. Scoring patterns:
 * <ul>
 *   <li>{@link #ratio}: ratio × max;</li>
 *   <li>{@link #goal}: min(1, value / goal) × max (a goalpost);</li>
 *   <li>{@link #bands}: banded count, e.g. {@code "4:20, 3:15, 2:10, 1:5"};</li>
 *   <li>{@link #yesNo}: max for yes, 0 for no;</li>
 *   <li>{@link #category}: points per category code, e.g. {@code "head:10, deputy:5, none:0"};</li>
 *   <li>{@link #relative}: value / best value in the cohort × max, or against a stated reference
 *       when an entity is scored alone;</li>
 *   <li>{@link #award}: any formula written in the rule.</li>
 * </ul>
 * A rule that awards more than max or less than 0, or a second rule that scores an already scored
 * component, is reported as a {@code RULE_VIOLATION} finding naming the rule and its file, and
 * the component earns nothing until the rule is fixed. One sheet serves one scoring call.
 */
public final class ScoreSheet {
    private static final Map<String, double[][]> PARSED = new ConcurrentHashMap<>();

    private final RuleBase base;
    private final CohortStats cohort;
    private final Slot[][] slots;

    ScoreSheet(RuleBase base, int entities, CohortStats cohort) {
        this.base = base;
        this.cohort = cohort;
        this.slots = new Slot[entities][];
    }

    // ---------------------------------------------------------------- patterns

    /** Points = ratio (capped to [0, 1]) × max. */
    public void ratio(RuleContext kcontext, ComponentValue v) {
        ratio(ruleName(kcontext), v);
    }

    void ratio(String rule, ComponentValue v) {
        double r = v.getRatio();
        award(rule, v, r * v.getMax(), "ratio × max = " + num(r) + " × " + Points.format(v.getMax()),
                "value", v.getNumber(), "ratio", r);
    }

    /** Points = min(1, value / goal) × max: full points at or above the goal. */
    public void goal(RuleContext kcontext, ComponentValue v, double goal) {
        goal(ruleName(kcontext), v, goal);
    }

    void goal(String rule, ComponentValue v, double goal) {
        if (!(goal > 0)) {
            violation(rule, v, "goal [" + goal + "] must be above 0");
            return;
        }
        double value = v.getKind() == vn.dti.api.ValueKind.RATIO ? v.getRatio() : v.getNumber();
        double share = Math.min(1, value / goal);
        award(rule, v, share * v.getMax(), "min(1, value / goal) × max = min(1, " + num(value) + " / " + num(goal) + ") × "
                + Points.format(v.getMax()), "value", v.getNumber(), "goal", goal);
    }

    /**
     * Banded value: {@code "4:20, 3:15, 2:10, 1:5"} gives 20 points for a value of at least 4, 15
     * for at least 3, …, and 0 below the lowest band.
     */
    public void bands(RuleContext kcontext, ComponentValue v, String spec) {
        bands(ruleName(kcontext), v, spec);
    }

    void bands(String rule, ComponentValue v, String spec) {
        double[][] bands;
        try {
            bands = parseBands(spec);
        } catch (IllegalArgumentException e) {
            violation(rule, v, e.getMessage());
            return;
        }
        double value = v.getNumber();
        for (double[] band : bands) {
            if (value >= band[0]) {
                award(rule, v, band[1], "value " + num(value) + " ≥ " + num(band[0]) + " → " + Points.format(band[1])
                        + " (bands " + spec + ")", "value", value, "bands", spec);
                return;
            }
        }
        award(rule, v, 0, "value " + num(value) + " is below the lowest band → 0 (bands " + spec + ")", "value", value, "bands", spec);
    }

    /** Max points for yes, 0 for no. */
    public void yesNo(RuleContext kcontext, ComponentValue v) {
        yesNo(ruleName(kcontext), v);
    }

    void yesNo(String rule, ComponentValue v) {
        award(rule, v, v.isYes() ? v.getMax() : 0, (v.isYes() ? "yes → max " : "no → 0 of ") + Points.format(v.getMax()),
                "value", v.isYes());
    }

    /** Points per category code: {@code "head:10, deputy:5, other:2.5, none:0"}. */
    public void category(RuleContext kcontext, ComponentValue v, String spec) {
        category(ruleName(kcontext), v, spec);
    }

    void category(String rule, ComponentValue v, String spec) {
        Map<String, Double> points;
        try {
            points = parseCategories(spec);
        } catch (IllegalArgumentException e) {
            violation(rule, v, e.getMessage());
            return;
        }
        Double p = points.get(v.getCategory());
        if (p == null) {
            violation(rule, v, "category [" + v.getCategory() + "] has no points in \"" + spec + "\"");
            return;
        }
        award(rule, v, p, "category " + v.getCategory() + " → " + Points.format(p) + " (" + spec + ")", "value", v.getCategory());
    }

    /**
     * Points = min(1, value / best) × max, where best is the best value of this component in the
     * cohort being scored (when at least two entities reported it), or the stated
     * {@code reference} when the entity is scored alone.
     */
    public void relative(RuleContext kcontext, ComponentValue v, double reference) {
        relative(ruleName(kcontext), v, reference);
    }

    void relative(String rule, ComponentValue v, double reference) {
        // the cohort decides only when at least two entities reported the component: an entity
        // ranked among published values must not be its own "best"
        double best = cohort == null || cohort.count[v.getSlot()] < 2 ? Double.NaN : cohort.max[v.getSlot()];
        boolean useCohort = best > 0;
        double denominator = useCohort ? best : reference;
        if (!(denominator > 0)) {
            violation(rule, v, "reference [" + reference + "] must be above 0");
            return;
        }
        double share = Math.min(1, v.getNumber() / denominator);
        award(rule, v, share * v.getMax(), "min(1, value / " + (useCohort ? "best in cohort" : "reference") + ") × max = min(1, "
                + num(v.getNumber()) + " / " + num(denominator) + ") × " + Points.format(v.getMax()),
                "value", v.getNumber(), useCohort ? "cohortBest" : "reference", denominator);
    }

    /**
     * Points = (value − min) / (max − min) × max points, over the cohort's values of this
     * component (when every entity reported the same value, all earn max); an entity scored alone
     * is placed between the stated {@code refMin} and {@code refMax}, capped to [0, 1].
     */
    public void minMax(RuleContext kcontext, ComponentValue v, double refMin, double refMax) {
        minMax(ruleName(kcontext), v, refMin, refMax);
    }

    void minMax(String rule, ComponentValue v, double refMin, double refMax) {
        int s = v.getSlot();
        boolean useCohort = cohort != null && cohort.count[s] > 1;
        if (useCohort && !(cohort.max[s] > cohort.min[s])) {
            award(rule, v, v.getMax(), "every entity of the cohort reported the same value " + num(v.getNumber()) + " → max "
                    + Points.format(v.getMax()), "value", v.getNumber());
            return;
        }
        double lo = useCohort ? cohort.min[s] : refMin;
        double hi = useCohort ? cohort.max[s] : refMax;
        if (!(hi > lo)) {
            violation(rule, v, "reference bounds [" + refMin + ", " + refMax + "] must have min below max");
            return;
        }
        double share = Math.max(0, Math.min(1, vn.dti.cohort.Normalize.minMax(v.getNumber(), lo, hi)));
        award(rule, v, share * v.getMax(), "(value − min) / (max − min) × max = (" + num(v.getNumber()) + " − " + num(lo) + ") / ("
                + num(hi) + " − " + num(lo) + ") × " + Points.format(v.getMax()) + (useCohort ? " over the cohort" : " against the reference"),
                "value", v.getNumber(), useCohort ? "cohortMin" : "referenceMin", lo, useCohort ? "cohortMax" : "referenceMax", hi);
    }

    /**
     * UN EGDI style: z = (value − mean) / sd over the cohort, then scaled to 0..1 by the cohort's
     * lowest and highest z: points = (z − zmin) / (zmax − zmin) × max points. Alone, the entity is
     * placed between {@code refMin} and {@code refMax} as in {@link #minMax}.
     */
    public void zScaled(RuleContext kcontext, ComponentValue v, double refMin, double refMax) {
        zScaled(ruleName(kcontext), v, refMin, refMax);
    }

    void zScaled(String rule, ComponentValue v, double refMin, double refMax) {
        int s = v.getSlot();
        if (cohort == null || cohort.count[s] < 2 || !(cohort.sd[s] > 0)) {
            minMax(rule, v, refMin, refMax); // alone: against the references; all equal: max for everyone
            return;
        }
        double z = vn.dti.cohort.Normalize.zScore(v.getNumber(), cohort.mean[s], cohort.sd[s]);
        double zMin = vn.dti.cohort.Normalize.zScore(cohort.min[s], cohort.mean[s], cohort.sd[s]);
        double zMax = vn.dti.cohort.Normalize.zScore(cohort.max[s], cohort.mean[s], cohort.sd[s]);
        double share = Math.max(0, Math.min(1, vn.dti.cohort.Normalize.minMax(z, zMin, zMax)));
        award(rule, v, share * v.getMax(), "z = (value − mean) / sd = (" + num(v.getNumber()) + " − " + num(cohort.mean[s]) + ") / "
                + num(cohort.sd[s]) + " = " + num(z) + "; (z − zmin) / (zmax − zmin) × max = (" + num(z) + " − " + num(zMin) + ") / ("
                + num(zMax) + " − " + num(zMin) + ") × " + Points.format(v.getMax()),
                "value", v.getNumber(), "cohortMean", cohort.mean[s], "cohortSd", cohort.sd[s], "z", z);
    }

    /**
     * Points by rank in the cohort: the share of the other entities with a lower value × max
     * (the best earns max, the worst 0, ties share). Alone: max.
     */
    public void rankShare(RuleContext kcontext, ComponentValue v) {
        rankShare(ruleName(kcontext), v);
    }

    void rankShare(String rule, ComponentValue v) {
        int s = v.getSlot();
        int n = cohort == null ? 1 : cohort.count[s];
        double share = n <= 1 ? 1 : (double) cohort.below(s, v.getNumber()) / (n - 1);
        award(rule, v, share * v.getMax(), "entities below / (entities − 1) × max = " + (n <= 1 ? "alone → 1" : cohort.below(s, v.getNumber())
                + " / " + (n - 1)) + " × " + Points.format(v.getMax()), "value", v.getNumber(), "cohortSize", n);
    }

    /** Awards points by any formula; {@code formula} says it in words. */
    public void award(RuleContext kcontext, ComponentValue v, double points, String formula) {
        award(ruleName(kcontext), v, points, formula);
    }

    void award(String rule, ComponentValue v, double points, String formula) {
        award(rule, v, points, formula, "value", valueOf(v));
    }

    // ---------------------------------------------------------------- findings

    /** Raises a finding on the component; its points stand. */
    public void finding(RuleContext kcontext, ComponentValue v, FindingCode code, String message) {
        finding(ruleName(kcontext), v, code, message);
    }

    void finding(String rule, ComponentValue v, FindingCode code, String message) {
        slot(v).findings.add(new RuleFinding(code, message, rule));
    }

    /**
     * The points this component has been awarded so far in this call: 0 when none, withheld or
     * in violation. For rules that aggregate (which the bundled rules leave to Java).
     */
    public double points(ComponentValue v) {
        Slot s = result(v.getEntity(), v.getSlot());
        return s == null || s.rule == null || s.withheld || s.violation != null ? 0 : s.points;
    }

    /** Raises a finding and withholds the component's points (e.g. no evidence document). */
    public void withhold(RuleContext kcontext, ComponentValue v, FindingCode code, String message) {
        withhold(ruleName(kcontext), v, code, message);
    }

    void withhold(String rule, ComponentValue v, FindingCode code, String message) {
        Slot s = slot(v);
        s.withheld = true;
        s.findings.add(new RuleFinding(code, message, rule));
    }

    // ---------------------------------------------------------------- internals

    private void award(String rule, ComponentValue v, double points, String formula, Object... inputs) {
        Slot s = slot(v);
        if (s.rule != null) {
            s.violation = "rules \"" + s.rule + "\" (" + base.fileOf(s.rule) + ") and \"" + rule + "\" (" + base.fileOf(rule)
                    + ") both scored component " + v.getIndicator() + "; keep one";
            return;
        }
        s.rule = rule;
        s.points = points;
        s.formula = formula + " = " + (Double.isFinite(points) ? Points.format(points) : Double.toString(points));
        Map<String, Object> in = new LinkedHashMap<>();
        for (int i = 0; i + 1 < inputs.length; i += 2) {
            in.put((String) inputs[i], inputs[i + 1]);
        }
        s.inputs = java.util.Collections.unmodifiableMap(in);
        if (!(points >= 0 && points <= v.getMax() + 1e-9)) {
            s.violation = "rule \"" + rule + "\" (" + base.fileOf(rule) + ") tried to award " + points + " points to component "
                    + v.getIndicator() + ", outside [0, " + Points.format(v.getMax()) + "]";
        }
    }

    private void violation(String rule, ComponentValue v, String what) {
        Slot s = slot(v);
        if (s.rule == null) {
            s.rule = rule;
        }
        s.violation = "rule \"" + rule + "\" (" + base.fileOf(rule) + "): " + what;
    }

    private static String ruleName(RuleContext kcontext) {
        return kcontext == null ? "" : kcontext.getRule().getName();
    }

    private Slot slot(ComponentValue v) {
        Slot[] row = slots[v.getEntity()];
        if (row == null) {
            row = new Slot[base.slotCount()];
            slots[v.getEntity()] = row;
        }
        Slot s = row[v.getSlot()];
        if (s == null) {
            s = new Slot();
            row[v.getSlot()] = s;
        }
        return s;
    }

    /** What rules recorded for one entity's component, or null if none fired. */
    Slot result(int entity, int slot) {
        Slot[] row = slots[entity];
        return row == null ? null : row[slot];
    }

    String fileOf(String rule) {
        return base.fileOf(rule);
    }

    private static Object valueOf(ComponentValue v) {
        switch (v.getKind()) {
            case YES_NO:
                return v.isYes();
            case CATEGORY:
                return v.getCategory();
            default:
                return v.getNumber();
        }
    }

    /** A number for a formula: rounded half-up to 6 decimals, no trailing zeros. */
    static String num(double d) {
        if (Math.abs(d) < 1e-12) {
            return "0";
        }
        if (Math.abs(d) < 1e9) {
            double scaled = d * 1e6;
            if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
                return fixed6(Math.round(scaled));
            }
        }
        return ComponentValue.plain(BigDecimalRound.round(d));
    }

    /** The digits of r / 10^6 without trailing zeros (872000 → "0.872"), no floating point. */
    static String fixed6(long r) {
        boolean negative = r < 0;
        long a = Math.abs(r);
        long whole = a / 1_000_000;
        long frac = a % 1_000_000;
        String head = (negative ? "-" : "") + whole;
        if (frac == 0) {
            return head;
        }
        int digits = 6;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        String f = Long.toString(frac);
        StringBuilder sb = new StringBuilder(head.length() + 1 + digits).append(head).append('.');
        for (int i = f.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(f).toString();
    }

    static double[][] parseBands(String spec) {
        double[][] cached = PARSED.get(spec);
        if (cached != null) {
            return cached;
        }
        List<double[]> bands = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split(":");
            if (kv.length != 2) {
                throw new IllegalArgumentException("band [" + part.trim() + "] in \"" + spec + "\" is not threshold:points (e.g. 4:20)");
            }
            try {
                bands.add(new double[] {Double.parseDouble(kv[0].trim()), Double.parseDouble(kv[1].trim())});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("band [" + part.trim() + "] in \"" + spec + "\" has a threshold or points that is not a number");
            }
        }
        bands.sort((a, b) -> Double.compare(b[0], a[0]));
        double[][] parsed = bands.toArray(new double[0][]);
        PARSED.put(spec, parsed);
        return parsed;
    }

    private static final Map<String, Map<String, Double>> CATEGORIES = new ConcurrentHashMap<>();

    static Map<String, Double> parseCategories(String spec) {
        Map<String, Double> cached = CATEGORIES.get(spec);
        if (cached != null) {
            return cached;
        }
        Map<String, Double> parsed = parseCategoriesUncached(spec);
        CATEGORIES.put(spec, parsed);
        return parsed;
    }

    private static Map<String, Double> parseCategoriesUncached(String spec) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split(":");
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("category [" + part.trim() + "] in \"" + spec + "\" is not code:points (e.g. head:10)");
            }
            try {
                map.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("category [" + part.trim() + "] in \"" + spec + "\" has points that are not a number");
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** A finding a rule raised. */
    record RuleFinding(FindingCode code, String message, String rule) {
    }

    /** What the rules recorded for one component of one entity. */
    static final class Slot {
        String rule;
        double points = Double.NaN;
        String formula;
        Map<String, Object> inputs;
        String violation;
        boolean withheld;
        final List<RuleFinding> findings = new ArrayList<>(2);
    }

    /** Rounds for display in formulas (6 significant decimals). */
    static final class BigDecimalRound {
        private BigDecimalRound() {
        }

        static double round(double d) {
            return java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).doubleValue();
        }
    }
}
