package vn.dti.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.DtiException;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.Methodology;
import vn.dti.api.Points;
import vn.dti.api.ReportStatus;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortEntity;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.CohortScores;
import vn.dti.cohort.EntityRanking;
import vn.dti.rules.Assumptions;
import vn.dti.rules.RuleScorer;
import vn.dti.scoring.Award;
import vn.dti.scoring.ComponentCohort;
import vn.dti.scoring.FormulaText;
import vn.dti.scoring.PatternInput;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;
import vn.dti.text.Figure;
import vn.dti.text.Message;

/**
 * How sure a cohort's ranks are, when some of the methodology's formulas are assumptions: a Monte
 * Carlo over the parameters the methodology marks as assumptions ({@link Assumptions}: each goal
 * and reference ± a stated range, the band edges scaled, the points of intermediate categories
 * scaled) and, when it marks it so, over the treatment of missing values (as written: a missing
 * component earns 0; or the main indicator re-weighted over the components reported). A parameter
 * the methodology states as given (a goal the province's own plan sets) is not varied. Reports
 * each entity's share of the samples at each rank, its median band (flagged when the samples
 * split about half and half on either side of a rank, {@link #margin}), its most frequent rank(s)
 * and its 5th–95th percentile interval, and each assumption's first-order variance share
 * (Var(E[rank | assumption]) / Var(rank), as in the composite-indicator literature).
 *
 * <p>Each parameter takes {@link #LEVELS} evenly spaced values across its range, each equally
 * likely; the points every level gives every entity are computed once, with the rule's own
 * pattern, before sampling; a component an assumption does not touch is scored once. A sample
 * then only adds points, forms the index and ranks. Reproducible: the same seed gives the same
 * result. Entities given by published values keep them.
 */
public final class Sensitivity {
    /** Values each parameter takes across its range. */
    public static final int LEVELS = 11;
    /**
     * The most samples a run takes: 10,000,000 (about 5 seconds for 34 provinces on 2 cores; 10,000,
     * the command's default, settles the shares to about a percentage point). Memory does not grow
     * with the samples: each entity's ranks are counted as they are drawn, not kept.
     */
    public static final int MAX_SAMPLES = 10_000_000;
    /** The two treatments of missing values. */
    static final int MISSING_LEVELS = 2;

    private Sensitivity() {
    }

    /** One varied assumption: a rule's parameters, or the missing-value treatment. */
    static final class Assumption {
        final String id;
        final ScoringRule rule;
        final Component component;
        final int levels;
        final String varied;
        /** The methodology's own words for it. */
        final String words;

        Assumption(String id, ScoringRule rule, Component component, int levels, String varied, String words) {
            this.id = id;
            this.rule = rule;
            this.component = component;
            this.levels = levels;
            this.varied = varied;
            this.words = words;
        }
    }

    /**
     * Runs the Monte Carlo: each sample varies every assumption the methodology marks, scores and ranks
     * the cohort again (34 entities × 10,000 samples: 0.1–0.2 s on two cores, docs/performance.md).
     *
     * @param scorer  the methodology's scorer
     * @param cohort  the cohort, without mergers
     * @param samples how many samples, at least 2
     * @param seed    the random seed (the same seed gives the same result)
     * @param range   each parameter varied within ± this fraction, in [0, 1) (0.2 is ± 20%)
     * @return each entity's rank interval and each assumption's share of the variance
     * @throws vn.dti.api.DtiException for fewer than 2 samples, a range outside [0, 1), or a cohort
     *                                 with mergers
     */
    public static SensitivityResult run(RuleScorer scorer, Cohort cohort, int samples, long seed, double range) {
        if (samples < 2 || samples > MAX_SAMPLES) {
            throw new DtiException(Message.of("planning.sensitivity.samples", MAX_SAMPLES, Integer.toString(samples)));
        }
        if (!(range >= 0 && range < 1)) {
            throw new DtiException(Words.of("planning.sensitivity.range", String.valueOf(range)));
        }
        if (cohort.mergerMap() != null || !cohort.mergers().isEmpty()) {
            throw new DtiException(Words.of("planning.sensitivity.mergers"));
        }
        Model model = Model.build(scorer, cohort, range);
        return model.summarise(model.sample(samples, seed), samples, seed, range);
    }

    /** Everything a sample needs, computed once. */
    static final class Model {
        final Methodology m;
        final List<Assumption> assumptions = new ArrayList<>();
        final List<EntityRanking> entities;
        final int n;
        /** Per entity: index for published entities; NaN for evidence ones. */
        final double[] fixedIndex;
        /** Per evidence entity slot: main points that no assumption touches. */
        final double[][] fixedMain;
        /** Per evidence entity slot: its row in {@link #entities}. */
        final int[] row;
        /** Touched (entity, component) pairs per evidence slot: [start, end) into the pair arrays. */
        final int[] pairStart;
        final int[] pairAssumption;
        final int[] pairMain;
        /** points[pair][level]. */
        final double[][] pairPoints;
        /** Per evidence slot and main: the max of the components reported (for re-weighting). */
        final double[][] reportedMax;
        final double[] mainMax;
        final double[] weight;
        final int missing;
        /** The parametric rules the methodology states as given (not marked as assumptions): not varied. */
        final List<String> stated = new ArrayList<>();

        private Model(Methodology m, List<EntityRanking> entities, double[] fixedIndex, double[][] fixedMain, int[] row, int[] pairStart,
                int[] pairAssumption, int[] pairMain, double[][] pairPoints, double[][] reportedMax, int missing, List<Assumption> assumptions,
                List<String> stated) {
            this.m = m;
            this.entities = entities;
            this.n = entities.size();
            this.fixedIndex = fixedIndex;
            this.fixedMain = fixedMain;
            this.row = row;
            this.pairStart = pairStart;
            this.pairAssumption = pairAssumption;
            this.pairMain = pairMain;
            this.pairPoints = pairPoints;
            this.reportedMax = reportedMax;
            this.missing = missing;
            this.assumptions.addAll(assumptions);
            this.stated.addAll(stated);
            this.mainMax = m.mainIndicators().stream().mapToDouble(x -> x.maxPoints()).toArray();
            this.weight = Thresholds.indexWeights(m);
        }

        static Model build(RuleScorer scorer, Cohort cohort, double range) {
            Methodology m = scorer.methodology();
            CohortScores scores = CohortScores.score(scorer, cohort);
            CohortRanking ranking = scores.rank(10);
            List<EntityRanking> entities = ranking.entities();
            int n = entities.size();
            Map<String, Evidence> evidence = new HashMap<>();
            for (CohortEntity e : cohort.entities()) {
                if (e.evidence() != null) {
                    evidence.put(e.id(), e.evidence());
                }
            }
            // the assumptions: each rule the methodology marks as one and that has parameters, in catalogue order
            Assumptions marks = Assumptions.of(scorer);
            List<String> stated = new ArrayList<>();
            List<Assumption> assumptions = new ArrayList<>();
            Map<IndicatorId, Integer> assumptionOf = new HashMap<>();
            for (ScoringRule r : scorer.scoringRules()) {
                Component c = m.component(r.component()).orElseThrow();
                String varied = varied(r.pattern(), c, range);
                if (varied != null && c.scored() && !marks.isMarked(r)) {
                    stated.add(c.id() + " " + ScoringPattern.describe(r.pattern()));
                } else if (varied != null && c.scored()) {
                    assumptionOf.put(c.id(), assumptions.size());
                    assumptions.add(new Assumption(c.id() + " " + r.pattern().name(), r, c, LEVELS, varied, r.assumption()));
                }
            }
            // the cohort each component is compared with (as the engine builds it)
            Map<IndicatorId, ComponentCohort> together = new HashMap<>();
            for (Component c : m.components()) {
                List<Double> values = new ArrayList<>();
                for (Evidence ev : evidence.values()) {
                    ev.component(c.id()).filter(ComponentEvidence::reported).map(ComponentEvidence::value).ifPresent(v -> {
                        if (v instanceof Value.Numeric num) {
                            values.add(num.number());
                        }
                    });
                }
                together.put(c.id(), ComponentCohort.of(values.stream().mapToDouble(Double::doubleValue).toArray()));
            }
            int mains = m.mainIndicators().size();
            Map<IndicatorId, Integer> mainOf = new HashMap<>();
            for (int j = 0; j < mains; j++) {
                for (Component c : m.mainIndicators().get(j).components()) {
                    mainOf.put(c.id(), j);
                }
            }
            double[] fixedIndex = new double[n];
            List<double[]> fixedMain = new ArrayList<>();
            List<double[]> reported = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            List<Integer> pa = new ArrayList<>();
            List<Integer> pm = new ArrayList<>();
            List<double[]> pp = new ArrayList<>();
            boolean anyMissing = false;
            for (int i = 0; i < n; i++) {
                EntityRanking er = entities.get(i);
                ScoreCard card = scores.scoreCard(er.id()).orElse(null);
                if (card == null) {
                    fixedIndex[i] = er.value();
                    continue;
                }
                fixedIndex[i] = Double.NaN;
                Evidence ev = evidence.get(er.id());
                double[] main = new double[mains];
                double[] rep = new double[mains];
                for (int j = 0; j < mains; j++) {
                    main[j] = card.mainIndicators().get(j).points();
                }
                starts.add(pa.size());
                for (ComponentScore cs : card.components()) {
                    Component c = m.component(cs.id()).orElseThrow();
                    int j = mainOf.get(c.id());
                    ComponentEvidence ce = ev.component(c.id()).orElse(null);
                    boolean isReported = ce != null && ce.reported();
                    boolean isMissing = marks.missing().contains(ce == null ? ReportStatus.NOT_REPORTED : ce.status());
                    if (c.scored()) {
                        if (isMissing) {
                            anyMissing = true;
                        } else {
                            rep[j] += c.maxPoints();
                        }
                    }
                    Integer a = assumptionOf.get(c.id());
                    if (a == null || !isReported) {
                        continue;
                    }
                    Assumption as = assumptions.get(a);
                    PatternInput in = input(c, ce.value());
                    ComponentCohort co = together.get(c.id());
                    Award base = as.rule.pattern().apply(in, co);
                    if (base.isViolation() || Math.abs(base.points() - cs.points()) > 1e-9) {
                        continue; // withheld, violated or flagged otherwise: its points do not follow the pattern
                    }
                    double[] levels = new double[as.levels];
                    boolean moves = false;
                    for (int l = 0; l < as.levels; l++) {
                        Award x = variant(as.rule.pattern(), c, factor(l, as.levels, range)).apply(in, co);
                        levels[l] = x.isViolation() ? 0 : Math.max(0, Math.min(c.maxPoints(), x.points()));
                        moves |= Math.abs(levels[l] - cs.points()) > 1e-12;
                    }
                    if (!moves) {
                        continue;
                    }
                    main[j] -= cs.points();
                    pa.add(a);
                    pm.add(j);
                    pp.add(levels);
                }
                fixedMain.add(main);
                reported.add(rep);
                rows.add(i);
            }
            starts.add(pa.size());
            int missing = -1;
            if (anyMissing) {
                missing = assumptions.size();
                assumptions.add(new Assumption("missing values", null, null, MISSING_LEVELS,
                        Words.of("planning.sensitivity.missingVaried"),
                        marks.missingValues()));
            }
            return new Model(m, entities, fixedIndex, fixedMain.toArray(new double[0][]), rows.stream().mapToInt(Integer::intValue).toArray(),
                    starts.stream().mapToInt(Integer::intValue).toArray(), pa.stream().mapToInt(Integer::intValue).toArray(),
                    pm.stream().mapToInt(Integer::intValue).toArray(), pp.toArray(new double[0][]), reported.toArray(new double[0][]), missing,
                    assumptions, stated);
        }

        /** True when some entity's points depend on assumption k. */
        boolean touches(int k) {
            if (k == missing) {
                return true;
            }
            for (int x : pairAssumption) {
                if (x == k) {
                    return true;
                }
            }
            return false;
        }

        /**
         * What the samples give, counted as they are drawn (nothing per sample is kept, so memory
         * does not grow with the samples): per entity, how many samples put it at each rank; per
         * entity, assumption and level, the sum and the sum of squares of its ranks; per assumption
         * and level, the samples drawn at it.
         */
        static final class Counts {
            final long[][] atRank;
            final long[][][] sum;
            final long[][][] squares;
            final long[][] drawn;

            Counts(int entities, List<Assumption> assumptions) {
                atRank = new long[entities][entities + 2];
                sum = new long[entities][assumptions.size()][];
                squares = new long[entities][assumptions.size()][];
                drawn = new long[assumptions.size()][];
                for (int k = 0; k < assumptions.size(); k++) {
                    int levels = assumptions.get(k).levels;
                    drawn[k] = new long[levels];
                    for (int i = 0; i < entities; i++) {
                        sum[i][k] = new long[levels];
                        squares[i][k] = new long[levels];
                    }
                }
            }
        }

        /** Draws the levels (one seeded generator, sample by sample) and ranks every sample, counting the ranks. */
        Counts sample(int samples, long seed) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int a = assumptions.size();
            int[] level = new int[a];
            boolean[] touched = new boolean[a];
            for (int k = 0; k < a; k++) {
                touched[k] = touches(k);
            }
            Counts counts = new Counts(n, assumptions);
            double[] index = new double[n];
            double[] published = new double[n];
            int mains = mainMax.length;
            double[] main = new double[mains];
            for (int s = 0; s < samples; s++) {
                for (int k = 0; k < a; k++) {
                    level[k] = rnd.nextInt(assumptions.get(k).levels);
                    counts.drawn[k][level[k]]++;
                }
                for (int e = 0; e < row.length; e++) {
                    System.arraycopy(fixedMain[e], 0, main, 0, mains);
                    for (int k = pairStart[e]; k < pairStart[e + 1]; k++) {
                        main[pairMain[k]] += pairPoints[k][level[pairAssumption[k]]];
                    }
                    if (missing >= 0 && level[missing] == 1) {
                        for (int j = 0; j < mains; j++) {
                            double rep = reportedMax[e][j];
                            if (rep < mainMax[j] - 1e-9) {
                                main[j] = rep > 0 ? main[j] * mainMax[j] / rep : 0;
                            }
                        }
                    }
                    double v = 0;
                    for (int j = 0; j < mains; j++) {
                        v += weight[j] * main[j];
                    }
                    index[row[e]] = v;
                }
                for (int i = 0; i < n; i++) {
                    published[i] = publish(Double.isNaN(fixedIndex[i]) ? index[i] : fixedIndex[i]);
                }
                for (int i = 0; i < n; i++) {
                    int r = 1;
                    double p = published[i];
                    for (int j = 0; j < n; j++) {
                        if (published[j] > p) {
                            r++;
                        }
                    }
                    counts.atRank[i][r]++;
                    for (int k = 0; k < a; k++) {
                        if (touched[k]) {
                            counts.sum[i][k][level[k]] += r;
                            counts.squares[i][k][level[k]] += (long) r * r;
                        }
                    }
                }
            }
            return counts;
        }

        SensitivityResult summarise(Counts counts, int samples, long seed, double range) {
            int a = assumptions.size();
            double[] between = new double[a];
            double totalVar = 0;
            List<SensitivityResult.EntityInterval> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long[] atRank = counts.atRank[i];
                double mean = 0;
                for (int r = 1; r < atRank.length; r++) {
                    mean += (double) r * atRank[r];
                }
                mean /= samples;
                double var = 0;
                for (int r = 1; r < atRank.length; r++) {
                    var += atRank[r] * (r - mean) * (r - mean);
                }
                var /= samples;
                totalVar += var;
                String most = null;
                Double share = null;
                for (int k = 0; k < a; k++) {
                    if (!touches(k)) {
                        continue; // no entity's points depend on it: its share is 0, not sampling noise
                    }
                    int levels = assumptions.get(k).levels;
                    double ssb = 0;
                    double ssw = 0;
                    int groups = 0;
                    for (int l = 0; l < levels; l++) {
                        long cnt = counts.drawn[k][l];
                        if (cnt > 0) {
                            double m = (double) counts.sum[i][k][l] / cnt;
                            ssb += cnt * (m - mean) * (m - mean);
                            ssw += counts.squares[i][k][l] - cnt * m * m;
                            groups++;
                        }
                    }
                    // Var(E[rank | level]), less what grouping random noise alone gives: E[SSB] = (groups − 1) · MSW under no effect
                    double b = samples > groups ? Math.max(0, ssb - (groups - 1) * Math.max(0, ssw) / (samples - groups)) / samples : ssb / samples;
                    between[k] += b;
                    if (var > 0 && (share == null || b / var > share)) {
                        share = b / var;
                        most = assumptions.get(k).id;
                    }
                }
                EntityRanking er = entities.get(i);
                out.add(interval(er, atRank, samples, var > 0 ? most : null, var > 0 ? share : null));
            }
            List<SensitivityResult.AssumptionShare> shares = new ArrayList<>();
            for (int k = 0; k < a; k++) {
                Assumption as = assumptions.get(k);
                shares.add(new SensitivityResult.AssumptionShare(as.id, as.component == null ? null : as.component.id().value(),
                        as.rule == null ? Words.of("planning.sensitivity.missingParameter") : parameters(as.rule.pattern()), as.varied,
                        as.words,
                        totalVar > 0 ? between[k] / totalVar : 0));
            }
            shares.sort((x, y) -> Double.compare(y.share(), x.share()));
            List<String> notes = new ArrayList<>();
            notes.add(Words.of(missing >= 0 ? "planning.sensitivity.variedMissing" : "planning.sensitivity.varied", missing >= 0 ? a - 1 : a,
                    stated.isEmpty() ? Words.of("planning.sensitivity.notVariedNone") : Words.of("planning.sensitivity.notVaried", stated.size(),
                            String.join("; ", stated))));
            notes.add(Words.of(missing >= 0 ? "planning.sensitivity.levelsMissing" : "planning.sensitivity.levels", LEVELS,
                    Figure.number(range * 100)));
            notes.add(Words.of("planning.sensitivity.shares"));
            if (row.length < n) {
                notes.add(Words.of("planning.sensitivity.published", n - row.length));
            }
            return new SensitivityResult(m.id(), samples, seed, range, LEVELS, out, shares, notes);
        }
    }

    /**
     * How close to a boundary a share of the samples may be and still count as on it: 5
     * percentage points, or four standard errors of a share of one half when there are fewer than
     * 1,600 samples. A summary read off the samples (the median, the most frequent rank) then
     * changes with the seed only when a share sits at about this distance from its boundary.
     */
    static double margin(int samples) {
        return Math.max(0.05, 2 / Math.sqrt(samples));
    }

    /** One entity's ranks over the samples (how many samples put it at each rank), summarised: the share at each rank, the median band, the mode(s), the interval. */
    static SensitivityResult.EntityInterval interval(EntityRanking er, long[] count, int samples, String most, Double share) {
        List<SensitivityResult.RankShare> shares = new ArrayList<>();
        double top = 0;
        for (int r = 1; r < count.length; r++) {
            if (count[r] > 0) {
                shares.add(new SensitivityResult.RankShare(r, (double) count[r] / samples));
                top = Math.max(top, (double) count[r] / samples);
            }
        }
        double margin = margin(samples);
        // the median band: from the least rank at or below which close to half the samples fall, to the least rank at or below which clearly more than half do
        int low = 0;
        int high = 0;
        double below = 0;
        for (SensitivityResult.RankShare rs : shares) {
            below += rs.share();
            if (low == 0 && below >= 0.5 - margin - 1e-12) {
                low = rs.rank();
            }
            if (high == 0 && below > 0.5 + margin + 1e-12) {
                high = rs.rank();
            }
        }
        high = high == 0 ? shares.get(shares.size() - 1).rank() : high;
        double band = 0;
        List<Integer> modes = new ArrayList<>();
        for (SensitivityResult.RankShare rs : shares) {
            if (rs.rank() >= low && rs.rank() <= high) {
                band += rs.share();
            }
            if (rs.share() >= top - margin - 1e-12) {
                modes.add(rs.rank());
            }
        }
        return new SensitivityResult.EntityInterval(er.id(), er.name(), er.source(), er.rank(), median(count, samples), percentile(count, samples, 5),
                percentile(count, samples, 95), nth(count, 0), nth(count, samples - 1), most, share, low, high, low != high, band, modes, top, shares);
    }

    static double factor(int level, int levels, double range) {
        return levels == 1 ? 1 : 1 - range + 2 * range * level / (levels - 1);
    }

    /** How a pattern's parameters are varied, in words; null when it has none. */
    static String varied(ScoringPattern p, Component c, double range) {
        Figure pm = Figure.number(range * 100);
        if (p instanceof ScoringPattern.Goal g) {
            return Words.of("planning.sensitivity.goal", Figure.number(g.goal()), pm);
        }
        if (p instanceof ScoringPattern.Relative r) {
            return Words.of("planning.sensitivity.reference", Figure.number(r.reference()), pm);
        }
        if (p instanceof ScoringPattern.Bands) {
            return Words.of("planning.sensitivity.bands", pm);
        }
        if (p instanceof ScoringPattern.Categories cat) {
            boolean intermediate = cat.points().values().stream().anyMatch(v -> v > 1e-9 && v < c.maxPoints() - 1e-9);
            return intermediate ? Words.of("planning.sensitivity.categories", pm) : null;
        }
        if (p instanceof ScoringPattern.MinMax || p instanceof ScoringPattern.ZScaled) {
            return Words.of("planning.sensitivity.referenceMax", pm);
        }
        return null;
    }

    /** The pattern with its parameters scaled by {@code f}. */
    static ScoringPattern variant(ScoringPattern p, Component c, double f) {
        if (p instanceof ScoringPattern.Goal g) {
            return new ScoringPattern.Goal(g.goal() * f);
        }
        if (p instanceof ScoringPattern.Relative r) {
            return new ScoringPattern.Relative(r.reference() * f);
        }
        if (p instanceof ScoringPattern.Bands b) {
            StringBuilder sb = new StringBuilder();
            for (ScoringPattern.Bands.Band band : b.bands()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(FormulaText.plain(band.threshold() * f)).append(':').append(FormulaText.plain(band.points()));
            }
            return ScoringPattern.Bands.parse(sb.toString());
        }
        if (p instanceof ScoringPattern.Categories cat) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Double> e : new LinkedHashMap<>(cat.points()).entrySet()) {
                double v = e.getValue();
                double scaled = v > 1e-9 && v < c.maxPoints() - 1e-9 ? Math.min(c.maxPoints(), v * f) : v;
                sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(':').append(FormulaText.plain(scaled));
            }
            return ScoringPattern.Categories.parse(sb.toString());
        }
        if (p instanceof ScoringPattern.MinMax mm) {
            return new ScoringPattern.MinMax(mm.refMin(), mm.refMin() + (mm.refMax() - mm.refMin()) * f);
        }
        if (p instanceof ScoringPattern.ZScaled z) {
            return new ScoringPattern.ZScaled(z.refMin(), z.refMin() + (z.refMax() - z.refMin()) * f);
        }
        return p;
    }

    static PatternInput input(Component c, Value v) {
        double number = Values.number(v);
        return PatternInput.of(c.id().value(), c.valueKind(), number, v instanceof Value.YesNo y && y.yes(),
                v instanceof Value.Category cat ? cat.code() : null, c.maxPoints());
    }

    private static String parameters(ScoringPattern p) {
        return ScoringPattern.describe(p);
    }

    /** Rounded half-up to 4 decimals, as published; the same figure as {@link Points#publish}, without its cost away from a half. */
    static double publish(double v) {
        double s = v * 10_000;
        double frac = s - Math.floor(s);
        if (Math.abs(frac - 0.5) > 1e-6) {
            return Math.floor(s + 0.5) / 10_000;
        }
        return Points.publish(v);
    }

    /** The rank at place {@code k} (0-based) of the samples' ranks in order, read off how many samples put the entity at each rank. */
    private static int nth(long[] count, long k) {
        long seen = 0;
        for (int r = 1; r < count.length; r++) {
            seen += count[r];
            if (seen > k) {
                return r;
            }
        }
        return count.length - 1;
    }

    private static double median(long[] count, int samples) {
        return samples % 2 == 1 ? nth(count, samples / 2) : (nth(count, samples / 2 - 1) + nth(count, samples / 2)) / 2.0;
    }

    private static int percentile(long[] count, int samples, int p) {
        long k = (long) Math.ceil(p / 100.0 * samples);
        return nth(count, Math.max(0, Math.min(samples - 1, k - 1)));
    }
}
