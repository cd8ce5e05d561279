package vn.dti.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.Points;
import vn.dti.api.ValueKind;
import vn.dti.cohort.Normalize;
import vn.dti.text.Figure;
import vn.dti.text.Language;
import vn.dti.text.Message;
import vn.dti.text.Messages;

/**
 * How a component's points are found from its value: the patterns of the methodology's own
 * tables ("Cách xác định và tính điểm"), each with its parameters as data. One implementation
 * of each pattern serves the rule files (through the {@code score} global), the decision tables,
 * the load-time checks, and the planners. Every pattern is an immutable record, safe to share
 * between threads.
 *
 * <ul>
 *   <li>{@link Ratio}: ratio × max;</li>
 *   <li>{@link Goal}: min(1, value / goal) × max (a goalpost);</li>
 *   <li>{@link Bands}: banded value, e.g. {@code "3:10, 2:7, 1:4"} (threshold:points, highest first);</li>
 *   <li>{@link YesNo}: max for yes, 0 for no;</li>
 *   <li>{@link Categories}: points per category code, e.g. {@code "head:10, deputy:5, none:0"};</li>
 *   <li>{@link Relative}: value / best value in the cohort × max, or against a stated reference alone;</li>
 *   <li>{@link MinMax}, {@link ZScaled}, {@link RankShare}: placed within the cohort;</li>
 *   <li>{@link Custom}: a formula written in a rule, not a table pattern.</li>
 * </ul>
 */
public sealed interface ScoringPattern {

    /**
     * The pattern's name as written in tables and docs.
     *
     * @return one of {@code ratio}, {@code goal}, {@code bands}, {@code yesNo}, {@code category},
     *         {@code relative}, {@code minMax}, {@code zScaled}, {@code rankShare}, {@code award}
     */
    String name();

    /**
     * Points for one value.
     *
     * @param v      the value reported for the component, with the component's max points
     * @param cohort the component's values across a cohort scored together, or null when the entity
     *               is scored alone
     * @return the points (in [0, max] for parameters that pass {@link #check}) with the formula and
     *         its inputs, or a violation saying why the value cannot be scored
     */
    Award apply(PatternInput v, ComponentCohort cohort);

    /**
     * What is wrong with the parameters for a component: its value kind, max points and categories.
     *
     * @param c the component the rule scores
     * @return each problem in words, without the file or line (the caller adds them); empty when
     *         nothing is wrong
     */
    List<Message> check(Component c);

    /**
     * The parameters as written, for tables, diffs and docs.
     *
     * @return parameter name → value as text ({@code goal → 0.9}); empty for a pattern without any
     */
    Map<String, String> parameters();

    /**
     * Whether the pattern can score a value of a kind.
     *
     * @param kind the component's value kind
     * @return true when it can (by default: any number)
     */
    default boolean fits(ValueKind kind) {
        return kind.numeric();
    }

    // ------------------------------------------------------------------ patterns

    /** Bands or categories as written that cannot be read: what to fix, from the catalogue, in the run's language. */
    private static IllegalArgumentException refused(String key, Object... args) {
        return new IllegalArgumentException(Messages.text(Language.fromEnvironment(), key, args));
    }

    /** A parameter above 1 on a ratio: reachable only by values out of range, so almost surely a percent written as a number. */
    private static Message aboveOne(String what, double value, Component c) {
        return problem("scoring.check.aboveOne." + what, FormulaText.plain(value), c.id());
    }

    /** A parameter that does not fit its component: what to fix, from the catalogue, written in the reader's language. */
    private static Message problem(String key, Object... args) {
        return Message.of(key, args);
    }

    /** The pattern needs another kind of value than the component's. */
    private static Message kind(String pattern, Component c) {
        return problem("scoring.check." + pattern + ".kind", c.id().toString(), c.valueKind().name());
    }

    /** Points = ratio (capped to [0, 1]) × max. */
    record Ratio() implements ScoringPattern {
        @Override
        public String name() {
            return "ratio";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            double r = v.getRatio();
            return Award.of(r * v.getMax(), Message.of("scoring.formula.ratio", Figure.number(r), Figure.points(v.getMax())),
                    "value", v.getNumber(), "ratio", r);
        }

        @Override
        public List<Message> check(Component c) {
            return c.valueKind() == ValueKind.RATIO ? List.of() : List.of(kind("ratio", c));
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of();
        }

        @Override
        public boolean fits(ValueKind kind) {
            return kind == ValueKind.RATIO;
        }
    }

    /**
     * Points = min(1, value / goal) × max: full points at or above the goal.
     *
     * @param goal the value that earns full points, above 0; for a ratio a share in (0, 1]
     */
    record Goal(double goal) implements ScoringPattern {
        @Override
        public String name() {
            return "goal";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            if (!(goal > 0)) {
                return Award.violation("goal [" + goal + "] must be above 0");
            }
            double value = v.getKind() == ValueKind.RATIO ? v.getRatio() : v.getNumber();
            double share = Math.min(1, value / goal);
            return Award.of(share * v.getMax(), Message.of("scoring.formula.goal", Figure.number(value), Figure.number(goal), Figure.points(v.getMax())),
                    "value", v.getNumber(), "goal", goal);
        }

        @Override
        public List<Message> check(Component c) {
            List<Message> problems = new ArrayList<>();
            if (!fits(c.valueKind())) {
                problems.add(kind("goal", c));
            }
            if (!(goal > 0)) {
                problems.add(problem("scoring.check.goalNotPositive", FormulaText.plain(goal)));
            } else if (c.valueKind() == ValueKind.RATIO && goal > 1) {
                problems.add(problem("scoring.check.goalAboveOne", FormulaText.plain(goal), c.id()));
            }
            return problems;
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of("goal", FormulaText.plain(goal));
        }
    }

    /**
     * Banded value: {@code "4:20, 3:15, 2:10, 1:5"} gives 20 points for a value of at least 4, 15
     * for at least 3, …, and 0 below the lowest band. Bands are written highest first.
     *
     * @param spec  the bands as written
     * @param bands threshold and points, in the written order
     */
    record Bands(String spec, List<Band> bands) implements ScoringPattern {
        /**
         * At least {@code threshold} earns {@code points}.
         *
         * @param threshold the lowest value of the band, in the component's unit
         * @param points    the points it earns, in [0, the component's max]
         */
        public record Band(double threshold, double points) {
        }

        /**
         * Copies the bands.
         *
         * @param spec  the bands as written
         * @param bands threshold and points; copied
         */
        public Bands {
            bands = List.copyOf(bands);
        }

        /**
         * Parses bands as a table cell or a rule writes them.
         *
         * @param spec threshold:points pairs separated by commas, highest first, e.g.
         *             {@code "3:10, 2:7, 1:4"}
         * @return the bands, in the written order
         * @throws IllegalArgumentException when the text is blank, or naming the band that is not
         *                                  threshold:points
         */
        public static Bands parse(String spec) {
            List<Band> bands = new ArrayList<>();
            if (spec == null || spec.isBlank()) {
                throw refused("scoring.bands.empty");
            }
            for (String part : spec.split(",")) {
                String[] kv = part.trim().split(":");
                if (kv.length != 2) {
                    throw refused("scoring.bands.notPair", part.trim(), spec);
                }
                try {
                    bands.add(new Band(Double.parseDouble(kv[0].trim()), Double.parseDouble(kv[1].trim())));
                } catch (NumberFormatException e) {
                    throw refused("scoring.bands.notNumber", part.trim(), spec);
                }
            }
            return new Bands(spec, bands);
        }

        @Override
        public String name() {
            return "bands";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            double value = v.getNumber();
            Band hit = null;
            for (Band b : bands) {
                if (value >= b.threshold && (hit == null || b.threshold > hit.threshold)) {
                    hit = b;
                }
            }
            if (hit != null) {
                return Award.of(hit.points, Message.of("scoring.formula.band", Figure.number(value), Figure.number(hit.threshold), Figure.points(hit.points),
                        spec), "value", value, "bands", spec);
            }
            return Award.of(0, Message.of("scoring.formula.belowBands", Figure.number(value), spec), "value", value, "bands", spec);
        }

        @Override
        public List<Message> check(Component c) {
            List<Message> problems = new ArrayList<>();
            if (!fits(c.valueKind())) {
                problems.add(kind("bands", c));
            }
            for (int i = 0; i < bands.size(); i++) {
                Band b = bands.get(i);
                if (!(b.points >= 0 && b.points <= c.maxPoints() + 1e-9)) {
                    problems.add(problem("scoring.check.bandPoints", FormulaText.plain(b.threshold), FormulaText.plain(b.points), Points.format(c.maxPoints()), c.id()));
                }
                if (b.threshold < 0) {
                    problems.add(problem("scoring.check.bandNegative", FormulaText.plain(b.threshold)));
                }
                if (c.valueKind() == ValueKind.RATIO && b.threshold > 1) {
                    problems.add(aboveOne("bandThreshold", b.threshold, c));
                }
                if (i > 0) {
                    Band prev = bands.get(i - 1);
                    if (!(b.threshold < prev.threshold)) {
                        problems.add(problem("scoring.check.bandsOrder", FormulaText.plain(prev.threshold), FormulaText.plain(b.threshold)));
                    } else if (b.points > prev.points + 1e-9) {
                        problems.add(problem("scoring.check.bandsMore", FormulaText.plain(b.threshold), FormulaText.plain(b.points), FormulaText.plain(prev.threshold),
                                FormulaText.plain(prev.points)));
                    }
                }
            }
            return problems;
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of("bands", spec);
        }
    }

    /** Max points for yes, 0 for no. */
    record YesNo() implements ScoringPattern {
        @Override
        public String name() {
            return "yesNo";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            return Award.of(v.isYes() ? v.getMax() : 0, Message.of(v.isYes() ? "scoring.formula.yes" : "scoring.formula.no", Figure.points(v.getMax())),
                    "value", v.isYes());
        }

        @Override
        public List<Message> check(Component c) {
            return c.valueKind() == ValueKind.YES_NO ? List.of()
                    : List.of(kind("yesNo", c));
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of();
        }

        @Override
        public boolean fits(ValueKind kind) {
            return kind == ValueKind.YES_NO;
        }
    }

    /**
     * Points per category code: {@code "head:10, deputy:5, other:2.5, none:0"}.
     *
     * @param spec   the table as written
     * @param points code → points, in the written order
     */
    record Categories(String spec, Map<String, Double> points) implements ScoringPattern {
        /**
         * Copies the table, keeping its order.
         *
         * @param spec   the table as written
         * @param points code → points; copied
         */
        public Categories {
            points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        }

        /**
         * Parses a points-per-category table as a table cell or a rule writes it.
         *
         * @param spec code:points pairs separated by commas, e.g. {@code "head:10, deputy:5, none:0"}
         * @return the table, in the written order
         * @throws IllegalArgumentException when the text is blank, or naming the entry that is not
         *                                  code:points
         */
        public static Categories parse(String spec) {
            Map<String, Double> map = new LinkedHashMap<>();
            if (spec == null || spec.isBlank()) {
                throw refused("scoring.categories.empty");
            }
            for (String part : spec.split(",")) {
                String[] kv = part.trim().split(":");
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw refused("scoring.categories.notPair", part.trim(), spec);
                }
                try {
                    if (map.put(kv[0].trim(), Double.parseDouble(kv[1].trim())) != null) {
                        throw refused("scoring.categories.twice", kv[0].trim(), spec);
                    }
                } catch (NumberFormatException e) {
                    throw refused("scoring.categories.notNumber", part.trim(), spec);
                }
            }
            return new Categories(spec, map);
        }

        @Override
        public String name() {
            return "category";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            Double p = points.get(v.getCategory());
            if (p == null) {
                return Award.violation("category [" + v.getCategory() + "] has no points in \"" + spec + "\"");
            }
            return Award.of(p, Message.of("scoring.formula.category", v.getCategory(), Figure.points(p), spec), "value", v.getCategory());
        }

        @Override
        public List<Message> check(Component c) {
            List<Message> problems = new ArrayList<>();
            if (c.valueKind() != ValueKind.CATEGORY) {
                problems.add(kind("category", c));
                return problems;
            }
            for (CategoryOption option : c.categories()) {
                if (!points.containsKey(option.code())) {
                    problems.add(problem("scoring.check.categoryNoPoints", option.code(), c.id(), spec));
                }
            }
            for (Map.Entry<String, Double> e : points.entrySet()) {
                if (c.category(e.getKey()) == null) {
                    problems.add(problem("scoring.check.categoryUnknown", e.getKey(), c.id(), c.categories().stream().map(CategoryOption::code).toList()));
                }
                if (!(e.getValue() >= 0 && e.getValue() <= c.maxPoints() + 1e-9)) {
                    problems.add(problem("scoring.check.categoryPoints", e.getKey(), FormulaText.plain(e.getValue()), Points.format(c.maxPoints()), c.id()));
                }
            }
            return problems;
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of("categories", spec);
        }

        @Override
        public boolean fits(ValueKind kind) {
            return kind == ValueKind.CATEGORY;
        }
    }

    /**
     * Points = min(1, value / best) × max, where best is the best value of this component in the
     * cohort being scored (when at least two entities reported it), or the stated
     * {@code reference} when the entity is scored alone.
     *
     * @param reference the best value to compare with when scored alone, above 0
     */
    record Relative(double reference) implements ScoringPattern {
        @Override
        public String name() {
            return "relative";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            // the cohort decides only when at least two entities reported the component: an entity
            // ranked among published values must not be its own "best"
            double best = cohort == null || cohort.count() < 2 ? Double.NaN : cohort.max();
            boolean useCohort = best > 0;
            double denominator = useCohort ? best : reference;
            if (!(denominator > 0)) {
                return Award.violation("reference [" + reference + "] must be above 0");
            }
            double share = Math.min(1, v.getNumber() / denominator);
            return Award.of(share * v.getMax(), Message.of(useCohort ? "scoring.formula.relativeCohort" : "scoring.formula.relativeReference",
                    Figure.number(v.getNumber()), Figure.number(denominator), Figure.points(v.getMax())),
                    "value", v.getNumber(), useCohort ? "cohortBest" : "reference", denominator);
        }

        @Override
        public List<Message> check(Component c) {
            List<Message> problems = new ArrayList<>();
            if (!fits(c.valueKind())) {
                problems.add(kind("relative", c));
            }
            if (!(reference > 0)) {
                problems.add(problem("scoring.check.referenceNotPositive", FormulaText.plain(reference)));
            } else if (c.valueKind() == ValueKind.RATIO && reference > 1) {
                problems.add(aboveOne("reference", reference, c));
            }
            return problems;
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of("reference", FormulaText.plain(reference));
        }
    }

    /**
     * Points = (value − min) / (max − min) × max points, over the cohort's values of this
     * component (when every entity reported the same value, all earn max); an entity scored alone
     * is placed between the stated {@code refMin} and {@code refMax}, capped to [0, 1].
     *
     * @param refMin the value that earns 0 when scored alone
     * @param refMax the value that earns max when scored alone, above {@code refMin}
     */
    record MinMax(double refMin, double refMax) implements ScoringPattern {
        @Override
        public String name() {
            return "minMax";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            boolean useCohort = cohort != null && cohort.count() > 1;
            if (useCohort && !(cohort.max() > cohort.min())) {
                return Award.of(v.getMax(), Message.of("scoring.formula.sameValue", Figure.number(v.getNumber()), Figure.points(v.getMax())),
                        "value", v.getNumber());
            }
            double lo = useCohort ? cohort.min() : refMin;
            double hi = useCohort ? cohort.max() : refMax;
            if (!(hi > lo)) {
                return Award.violation("reference bounds [" + refMin + ", " + refMax + "] must have min below max");
            }
            double share = Math.max(0, Math.min(1, Normalize.minMax(v.getNumber(), lo, hi)));
            return Award.of(share * v.getMax(), Message.of(useCohort ? "scoring.formula.minMaxCohort" : "scoring.formula.minMaxReference",
                    Figure.number(v.getNumber()), Figure.number(lo), Figure.number(hi), Figure.points(v.getMax())),
                    "value", v.getNumber(), useCohort ? "cohortMin" : "referenceMin", lo, useCohort ? "cohortMax" : "referenceMax", hi);
        }

        @Override
        public List<Message> check(Component c) {
            List<Message> problems = new ArrayList<>();
            if (!fits(c.valueKind())) {
                problems.add(kind("minMax", c));
            }
            if (!(refMax > refMin)) {
                problems.add(problem("scoring.check.boundsOrder", FormulaText.plain(refMin), FormulaText.plain(refMax)));
            } else if (c.valueKind() == ValueKind.RATIO && refMax > 1) {
                problems.add(aboveOne("referenceMax", refMax, c));
            }
            return problems;
        }

        @Override
        public Map<String, String> parameters() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("referenceMin", FormulaText.plain(refMin));
            p.put("referenceMax", FormulaText.plain(refMax));
            return p;
        }
    }

    /**
     * UN EGDI style: z = (value − mean) / sd over the cohort, then scaled to 0..1 by the cohort's
     * lowest and highest z. Alone, the entity is placed between {@code refMin} and {@code refMax}
     * as in {@link MinMax}.
     *
     * @param refMin the value that earns 0 when scored alone
     * @param refMax the value that earns max when scored alone, above {@code refMin}
     */
    record ZScaled(double refMin, double refMax) implements ScoringPattern {
        @Override
        public String name() {
            return "zScaled";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            if (cohort == null || cohort.count() < 2 || !(cohort.sd() > 0)) {
                return new MinMax(refMin, refMax).apply(v, cohort); // alone: against the references; all equal: max for everyone
            }
            double z = Normalize.zScore(v.getNumber(), cohort.mean(), cohort.sd());
            double zMin = Normalize.zScore(cohort.min(), cohort.mean(), cohort.sd());
            double zMax = Normalize.zScore(cohort.max(), cohort.mean(), cohort.sd());
            double share = Math.max(0, Math.min(1, Normalize.minMax(z, zMin, zMax)));
            return Award.of(share * v.getMax(), Message.of("scoring.formula.zScaled", Figure.number(v.getNumber()), Figure.number(cohort.mean()),
                    Figure.number(cohort.sd()), Figure.number(z), Figure.number(zMin), Figure.number(zMax), Figure.points(v.getMax())),
                    "value", v.getNumber(), "cohortMean", cohort.mean(), "cohortSd", cohort.sd(), "z", z);
        }

        @Override
        public List<Message> check(Component c) {
            return new MinMax(refMin, refMax).check(c);
        }

        @Override
        public Map<String, String> parameters() {
            return new MinMax(refMin, refMax).parameters();
        }
    }

    /**
     * Points by rank in the cohort: the share of the other entities with a lower value × max (the
     * best earns max, the worst 0, ties share). Alone: max.
     */
    record RankShare() implements ScoringPattern {
        @Override
        public String name() {
            return "rankShare";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            int n = cohort == null ? 1 : cohort.count();
            double share = n <= 1 ? 1 : (double) cohort.below(v.getNumber()) / (n - 1);
            return Award.of(share * v.getMax(), n <= 1 ? Message.of("scoring.formula.rankShareAlone", Figure.points(v.getMax()))
                    : Message.of("scoring.formula.rankShare", cohort.below(v.getNumber()), n - 1, Figure.points(v.getMax())), "value", v.getNumber(),
                    "cohortSize", n);
        }

        @Override
        public List<Message> check(Component c) {
            return fits(c.valueKind()) ? List.of() : List.of(kind("rankShare", c));
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of();
        }
    }

    /**
     * A formula written in a rule ({@code score.award(...)}): its parameters are not known to the
     * table, so it is checked only by the load-time sweep.
     *
     * @param description the formula as the rule writes it
     */
    record Custom(String description) implements ScoringPattern {
        @Override
        public String name() {
            return "award";
        }

        @Override
        public Award apply(PatternInput v, ComponentCohort cohort) {
            throw new UnsupportedOperationException("a custom formula is applied by its rule, not by the pattern: " + description);
        }

        @Override
        public List<Message> check(Component c) {
            return List.of();
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of("formula", description);
        }

        @Override
        public boolean fits(ValueKind kind) {
            return true;
        }
    }

    // ------------------------------------------------------------------ values worth trying

    /**
     * Values worth trying for a component scored by this pattern: 0, each band edge and just
     * below it, the goal or reference, the largest plausible value; each category; yes and no.
     * The load-time sweep scores each and refuses a folder whose rule awards outside [0, max].
     *
     * @param p the pattern
     * @param c the component it scores
     * @return {@link Double}s for a numeric component, {@link Boolean}s for yes/no, category codes
     *         as {@link String}s; no duplicates
     */
    static List<Object> boundaries(ScoringPattern p, Component c) {
        return boundaries(p, c, List.of());
    }

    /**
     * The values of {@link #boundaries(ScoringPattern, Component)} and, for a numeric component,
     * each number written in the rules that score it ({@code written}: in a rule file's
     * conditions, consequence and pattern parameters) with the values just above and below it
     * ({@link #around}): a rule's own thresholds are where it is most likely to go wrong.
     *
     * @param p       the pattern
     * @param c       the component it scores
     * @param written the numbers written in its rules
     * @return the values to try, as {@link #boundaries(ScoringPattern, Component)}
     */
    static List<Object> boundaries(ScoringPattern p, Component c, java.util.Collection<Double> written) {
        List<Object> out = new ArrayList<>();
        switch (c.valueKind()) {
            case YES_NO:
                out.add(Boolean.TRUE);
                out.add(Boolean.FALSE);
                return out;
            case CATEGORY:
                c.categories().forEach(o -> out.add(o.code()));
                return out;
            default:
                break;
        }
        List<Double> numbers = new ArrayList<>(List.of(0.0));
        if (c.valueKind() == ValueKind.RATIO) {
            numbers.addAll(List.of(0.5, 1.0, 1.5));
        } else {
            numbers.addAll(List.of(1.0, 100.0, 1e6, 1e9));
        }
        if (p instanceof Goal g) {
            numbers.add(g.goal());
            numbers.add(g.goal() / 2);
        } else if (p instanceof Relative r) {
            numbers.add(r.reference());
            numbers.add(r.reference() * 2);
        } else if (p instanceof Bands b) {
            for (Bands.Band band : b.bands()) {
                numbers.add(band.threshold());
                numbers.add(Math.max(0, band.threshold() - 1e-9));
                numbers.add(Math.max(0, Math.nextDown(band.threshold())));
            }
        } else if (p instanceof MinMax m) {
            numbers.add(m.refMin());
            numbers.add(m.refMax());
        } else if (p instanceof ZScaled z) {
            numbers.add(z.refMin());
            numbers.add(z.refMax());
        }
        for (double w : written) {
            numbers.addAll(around(w, c.valueKind()));
        }
        numbers.stream().filter(d -> d >= 0 && Double.isFinite(d)).distinct().sorted().forEach(out::add);
        return out;
    }

    /**
     * A number written in a rule with the values just above and below it, as fits the value kind:
     * for a ratio ±0.01 and the neighbouring doubles (so that {@code > 0.9} and {@code >= 0.9}
     * differ); for a count the counts either side (and the whole counts around a fraction); for
     * other amounts ±1 and the neighbouring doubles. Negative values are left out.
     *
     * @param v    a number written in a rule
     * @param kind the component's value kind
     * @return {@code v} and its neighbours, none negative
     */
    static List<Double> around(double v, ValueKind kind) {
        List<Double> out = new ArrayList<>();
        if (!Double.isFinite(v)) {
            return out;
        }
        out.add(v);
        switch (kind) {
            case RATIO:
                out.addAll(List.of(v - 0.01, Math.nextDown(v), Math.nextUp(v), v + 0.01));
                break;
            case COUNT:
                out.addAll(List.of(v - 1, v + 1, Math.floor(v), Math.ceil(v)));
                break;
            default:
                out.addAll(List.of(v - 1, Math.nextDown(v), Math.nextUp(v), v + 1));
        }
        out.removeIf(d -> !(d >= 0));
        return out;
    }

    /**
     * A short text of a pattern and its parameters.
     *
     * @param p the pattern
     * @return e.g. {@code "goal 0.9"}, {@code "bands 3:10, 2:7, 1:4"}, {@code "ratio"}
     */
    static String describe(ScoringPattern p) {
        if (p.parameters().isEmpty()) {
            return p.name();
        }
        StringBuilder sb = new StringBuilder(p.name());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(p.parameters()).entrySet()) {
            sb.append(p.parameters().size() == 1 ? " " : " " + e.getKey().toLowerCase(Locale.ROOT) + "=").append(e.getValue());
        }
        return sb.toString();
    }
}
