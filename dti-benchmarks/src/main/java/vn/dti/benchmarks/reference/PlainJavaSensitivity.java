package vn.dti.benchmarks.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Evidence;
import vn.dti.api.MainIndicator;
import vn.dti.api.Methodology;
import vn.dti.api.Points;
import vn.dti.api.ReportStatus;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.rules.Assumptions;
import vn.dti.rules.RuleScorer;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/**
 * The speed limit for the rank-sensitivity Monte Carlo: the 2025 patterns written by hand as
 * arithmetic, every component of every entity scored again in every sample (no precomputation),
 * with the same draws as the library ({@code vn.dti.planning.Sensitivity}: the same assumptions,
 * those the methodology marks as such ({@code Assumptions}), in the same order, 11 levels each, one seeded generator), so it yields the same rank intervals
 * ({@code ReferenceScorersTest}). For a cohort given entirely by evidence, without mergers.
 */
public final class PlainJavaSensitivity {
    private static final int LEVELS = 11;

    private PlainJavaSensitivity() {
    }

    /** Per entity id: {median, 5th percentile, 95th percentile} of its rank over the samples. */
    public static Map<String, double[]> run(RuleScorer scorer, List<Evidence> cohort, int samples, long seed, double range) {
        Methodology m = scorer.methodology();
        List<Component> comps = m.components();
        int nc = comps.size();
        int n = cohort.size();
        int mains = m.mainIndicators().size();
        int[] mainOf = new int[nc];
        double[] mainMax = new double[mains];
        int k = 0;
        for (int j = 0; j < mains; j++) {
            MainIndicator mi = m.mainIndicators().get(j);
            mainMax[j] = mi.maxPoints();
            for (int i = 0; i < mi.components().size(); i++) {
                mainOf[k++] = j;
            }
        }
        ScoringPattern[] pattern = new ScoringPattern[nc];
        Map<String, Integer> slot = new HashMap<>();
        for (int c = 0; c < nc; c++) {
            slot.put(comps.get(c).id().value(), c);
        }
        int[] assumption = new int[nc];
        Arrays.fill(assumption, -1);
        int assumptions = 0;
        // what the methodology marks as an assumption (the table's assumption column, the rule files' ASSUMPTION comments)
        Assumptions marks = Assumptions.of(scorer);
        for (ScoringRule r : scorer.scoringRules()) {
            int c = slot.get(r.component().value());
            pattern[c] = r.pattern();
            if (comps.get(c).scored() && varied(r.pattern(), comps.get(c)) && marks.isMarked(r)) {
                assumption[c] = assumptions++;
            }
        }
        // the evidence, as arrays: status, number, category points, documented
        boolean[][] reported = new boolean[n][nc];
        boolean[][] missingValue = new boolean[n][nc];
        boolean[][] documented = new boolean[n][nc];
        double[][] number = new double[n][nc];
        String[][] category = new String[n][nc];
        boolean[][] yes = new boolean[n][nc];
        boolean anyMissing = false;
        double[] best = new double[nc];
        int[] count = new int[nc];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int e = 0; e < n; e++) {
            Arrays.fill(missingValue[e], marks.missing().contains(ReportStatus.NOT_REPORTED));
            for (ComponentEvidence ce : cohort.get(e).components()) {
                int c = slot.get(ce.indicator().value());
                missingValue[e][c] = marks.missing().contains(ce.status());
                if (!ce.reported()) {
                    continue;
                }
                reported[e][c] = true;
                documented[e][c] = !ce.documents().isEmpty() || ce.source() == EvidenceSource.AUTOMATIC;
                Value v = ce.value();
                if (v instanceof Value.Numeric num) {
                    number[e][c] = num.number();
                    best[c] = Math.max(best[c], num.number());
                    count[c]++;
                } else if (v instanceof Value.YesNo y) {
                    yes[e][c] = y.yes();
                } else {
                    category[e][c] = ((Value.Category) v).code();
                }
            }
            for (int c = 0; c < nc; c++) {
                anyMissing |= comps.get(c).scored() && missingValue[e][c];
            }
        }
        int missing = anyMissing ? assumptions++ : -1;
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] level = new int[assumptions];
        short[][] ranks = new short[n][samples];
        double[] published = new double[n];
        double[] main = new double[mains];
        double[] rep = new double[mains];
        for (int s = 0; s < samples; s++) {
            for (int a = 0; a < assumptions; a++) {
                level[a] = rnd.nextInt(a == missing ? 2 : LEVELS);
            }
            for (int e = 0; e < n; e++) {
                Arrays.fill(main, 0);
                Arrays.fill(rep, 0);
                for (int c = 0; c < nc; c++) {
                    Component comp = comps.get(c);
                    double max = comp.maxPoints();
                    if (!missingValue[e][c] && max > 0) {
                        rep[mainOf[c]] += max;
                    }
                    if (!reported[e][c] || !documented[e][c] || max == 0) {
                        continue;
                    }
                    double f = assumption[c] < 0 ? 1 : 1 - range + 2 * range * level[assumption[c]] / (LEVELS - 1);
                    main[mainOf[c]] += points(pattern[c], comp, number[e][c], yes[e][c], category[e][c], f, count[c] < 2 ? Double.NaN : best[c]);
                }
                if (missing >= 0 && level[missing] == 1) {
                    for (int j = 0; j < mains; j++) {
                        if (rep[j] < mainMax[j] - 1e-9) {
                            main[j] = rep[j] > 0 ? main[j] * mainMax[j] / rep[j] : 0;
                        }
                    }
                }
                double total = 0;
                for (int j = 0; j < mains; j++) {
                    total += main[j] / m.totalPoints();
                }
                double scaled = total * 10_000;
                double frac = scaled - Math.floor(scaled);
                published[e] = Math.abs(frac - 0.5) > 1e-6 ? Math.floor(scaled + 0.5) / 10_000 : Points.publish(total);
            }
            for (int e = 0; e < n; e++) {
                int r = 1;
                for (int o = 0; o < n; o++) {
                    if (published[o] > published[e]) {
                        r++;
                    }
                }
                ranks[e][s] = (short) r;
            }
        }
        Map<String, double[]> out = new HashMap<>();
        for (int e = 0; e < n; e++) {
            short[] r = ranks[e].clone();
            Arrays.sort(r);
            double median = samples % 2 == 1 ? r[samples / 2] : (r[samples / 2 - 1] + r[samples / 2]) / 2.0;
            out.put(cohort.get(e).entity().id(), new double[] {median, r[pct(samples, 5)], r[pct(samples, 95)]});
        }
        return out;
    }

    private static int pct(int samples, int p) {
        return Math.max(0, Math.min(samples - 1, (int) Math.ceil(p / 100.0 * samples) - 1));
    }

    private static boolean varied(ScoringPattern p, Component c) {
        if (p instanceof ScoringPattern.Categories cat) {
            return cat.points().values().stream().anyMatch(v -> v > 1e-9 && v < c.maxPoints() - 1e-9);
        }
        return p instanceof ScoringPattern.Goal || p instanceof ScoringPattern.Relative || p instanceof ScoringPattern.Bands
                || p instanceof ScoringPattern.MinMax || p instanceof ScoringPattern.ZScaled;
    }

    /** The 2025 patterns by hand, parameters scaled by f. */
    private static double points(ScoringPattern p, Component c, double number, boolean yes, String category, double f, double cohortBest) {
        double max = c.maxPoints();
        if (p instanceof ScoringPattern.Ratio) {
            return Math.max(0, Math.min(1, number)) * max;
        }
        if (p instanceof ScoringPattern.Goal g) {
            double value = c.valueKind() == ValueKind.RATIO ? Math.max(0, Math.min(1, number)) : number;
            return Math.min(1, value / (g.goal() * f)) * max;
        }
        if (p instanceof ScoringPattern.YesNo) {
            return yes ? max : 0;
        }
        if (p instanceof ScoringPattern.Categories cat) {
            double v = cat.points().get(category);
            return v > 1e-9 && v < max - 1e-9 ? Math.min(max, v * f) : v;
        }
        if (p instanceof ScoringPattern.Bands b) {
            double hitThreshold = Double.NEGATIVE_INFINITY;
            double pts = 0;
            for (ScoringPattern.Bands.Band band : b.bands()) {
                double t = band.threshold() * f;
                if (number >= t && t > hitThreshold) {
                    hitThreshold = t;
                    pts = band.points();
                }
            }
            return pts;
        }
        if (p instanceof ScoringPattern.Relative r) {
            double denominator = cohortBest > 0 ? cohortBest : r.reference() * f;
            return Math.min(1, number / denominator) * max;
        }
        throw new IllegalArgumentException("the plain-Java reference writes the 2025 patterns only, not " + p.name());
    }
}
