package vn.dti.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.scoring.Award;
import vn.dti.scoring.ComponentCohort;
import vn.dti.scoring.PatternInput;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/**
 * One component of one entity, as a planner sees it: its scoring rule (pattern and parameters),
 * what is reported now, the points now, and the numbers the cohort's other entities reported.
 * {@link #pointsAt(Value)} scores a value with the rule's own pattern (the one implementation the
 * engine uses), so gaps, plans and what-ifs agree with the score card.
 */
final class ComponentModel {
    final Component component;
    final ScoringRule rule;
    final ComponentEvidence current;
    final ComponentScore score;
    /** The other evidence entities' numbers when scored in a cohort; null when scored alone. */
    final double[] others;

    ComponentModel(Component component, ScoringRule rule, ComponentEvidence current, ComponentScore score, double[] others) {
        this.component = component;
        this.rule = rule;
        this.current = current;
        this.score = score;
        this.others = others;
    }

    /** True when the points follow a table pattern whose parameters are known. */
    boolean parametric() {
        return rule != null && rule.parametric() && component.scored();
    }

    ScoringPattern pattern() {
        return rule.pattern();
    }

    Value value() {
        return current == null || !current.reported() ? null : current.value();
    }

    double points() {
        return score.points();
    }

    double max() {
        return component.maxPoints();
    }

    /** A document is attached, or the value is measured automatically. */
    boolean documented() {
        return current != null && (!current.documents().isEmpty() || current.source() == EvidenceSource.AUTOMATIC);
    }

    boolean has(FindingCode code) {
        for (Finding f : score.findings()) {
            if (f.code() == code) {
                return true;
            }
        }
        return false;
    }

    double pointsAtRisk() {
        double r = 0;
        for (Finding f : score.findings()) {
            r = Math.max(r, f.pointsAtRisk());
        }
        return r;
    }

    /** The points this value earns by the rule's pattern (documents assumed in order); NaN when the pattern cannot say. */
    double pointsAt(Value v) {
        if (!parametric() || v == null) {
            return Double.NaN;
        }
        double number = Values.number(v);
        boolean yes = v instanceof Value.YesNo y && y.yes();
        String category = v instanceof Value.Category c ? c.code() : null;
        PatternInput in = PatternInput.of(component.id().value(), component.valueKind(), number, yes, category, max());
        Award a = pattern().apply(in, cohortWith(number));
        if (a.isViolation() || !(a.points() >= -1e-9 && a.points() <= max() + 1e-9)) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(max(), a.points()));
    }

    /** The cohort the engine would compare this number with: the others' numbers and this one. */
    private ComponentCohort cohortWith(double number) {
        if (others == null) {
            return null;
        }
        double[] all;
        if (Double.isNaN(number)) {
            all = others;
        } else {
            all = java.util.Arrays.copyOf(others, others.length + 1);
            all[others.length] = number;
        }
        return ComponentCohort.of(all);
    }

    /** The value that earns the most points (max, where the pattern reaches it); null when not known. */
    Value bestValue() {
        if (!parametric()) {
            return null;
        }
        ScoringPattern p = pattern();
        switch (component.valueKind()) {
            case YES_NO:
                return Value.yesNo(true);
            case CATEGORY:
                return categoriesUp().isEmpty() ? value() : Value.category(best(component.categories()).code());
            default:
                break;
        }
        double v;
        if (p instanceof ScoringPattern.Ratio) {
            v = 1;
        } else if (p instanceof ScoringPattern.Goal g) {
            v = g.goal();
        } else if (p instanceof ScoringPattern.Bands b) {
            v = b.bands().stream().max(Comparator.comparingDouble(ScoringPattern.Bands.Band::points)
                    .thenComparing(Comparator.comparingDouble(ScoringPattern.Bands.Band::threshold).reversed())).map(ScoringPattern.Bands.Band::threshold)
                    .orElse(0.0);
        } else if (p instanceof ScoringPattern.Relative r) {
            v = cohortDecides() ? maxOthers() : r.reference();
        } else if (p instanceof ScoringPattern.MinMax mm) {
            v = cohortDecides() ? maxOthers() : mm.refMax();
        } else if (p instanceof ScoringPattern.ZScaled z) {
            v = cohortDecides() ? maxOthers() : z.refMax();
        } else if (p instanceof ScoringPattern.RankShare) {
            v = others == null || others.length == 0 ? 0 : maxOthers();
        } else {
            return null;
        }
        if (component.valueKind() == ValueKind.RATIO) {
            v = Math.min(1, v);
        }
        Value best = Value.number(v);
        if (pointsAt(best) < max() - 1e-9 && (p instanceof ScoringPattern.RankShare || p instanceof ScoringPattern.ZScaled)) {
            // a cohort pattern may need a value strictly above the others' best
            Value above = Value.number(v + Math.max(1e-6, Math.abs(v) * 1e-6));
            if (pointsAt(above) > pointsAt(best)) {
                best = above;
            }
        }
        return best;
    }

    private boolean cohortDecides() {
        return others != null && others.length >= 1 && maxOthers() > 0;
    }

    private double maxOthers() {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : others) {
            m = Math.max(m, d);
        }
        return m;
    }

    /** For bands: each band edge above the value now that earns more, lowest first. */
    List<Value> bandsUp() {
        List<Value> out = new ArrayList<>();
        if (!(parametric() && pattern() instanceof ScoringPattern.Bands b)) {
            return out;
        }
        double now = value() == null ? Double.NEGATIVE_INFINITY : Values.number(value());
        double pointsNow = value() == null ? 0 : pointsAt(value()); // not reported earns 0: a step must earn more
        b.bands().stream().map(ScoringPattern.Bands.Band::threshold).filter(t -> t > now).distinct().sorted().forEach(t -> {
            if (pointsAt(Value.number(t)) > pointsNow + 1e-9) {
                out.add(Value.number(t));
            }
        });
        return out;
    }

    /** For categories: each category earning more than the value now, fewest points first. */
    List<Value> categoriesUp() {
        List<Value> out = new ArrayList<>();
        if (component.valueKind() != ValueKind.CATEGORY || !parametric()) {
            return out;
        }
        double pointsNow = value() == null ? 0 : pointsAt(value()); // not reported earns 0: a step must earn more
        List<CategoryOption> options = new ArrayList<>(component.categories());
        options.sort(Comparator.comparingDouble(o -> pointsAt(Value.category(o.code()))));
        for (CategoryOption o : options) {
            double p = pointsAt(Value.category(o.code()));
            if (p > pointsNow + 1e-9) {
                out.add(Value.category(o.code()));
            }
        }
        return out;
    }

    private CategoryOption best(List<CategoryOption> options) {
        CategoryOption best = options.get(0);
        for (CategoryOption o : options) {
            if (pointsAt(Value.category(o.code())) > pointsAt(Value.category(best.code()))) {
                best = o;
            }
        }
        return best;
    }

    /** True for patterns whose points grow continuously with the value (a value can be "just enough"). */
    boolean continuous() {
        if (!parametric() || !component.valueKind().numeric()) {
            return false;
        }
        ScoringPattern p = pattern();
        return p instanceof ScoringPattern.Ratio || p instanceof ScoringPattern.Goal || p instanceof ScoringPattern.Relative
                || p instanceof ScoringPattern.MinMax;
    }

    /**
     * The least value (rounded up as people write it) between {@code from} and {@code to} that
     * earns at least {@code points}, by bisection on the pattern; {@code to} when none lower does.
     */
    double leastValueFor(double points, double from, double to) {
        double lo = from;
        double hi = to;
        if (pointsAt(Value.number(lo)) >= points) {
            return Values.roundUp(component.valueKind(), lo);
        }
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (pointsAt(Value.number(mid)) >= points) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double r = Values.roundUp(component.valueKind(), hi);
        return r <= to && pointsAt(Value.number(r)) >= points - 1e-12 ? r : to;
    }
}
