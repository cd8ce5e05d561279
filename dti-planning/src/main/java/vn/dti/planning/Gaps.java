package vn.dti.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.api.FindingCode;
import vn.dti.api.ReportStatus;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.scoring.ScoringPattern;
import vn.dti.text.Figure;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * Where the points are lost: every scored component below its max or with points at risk, with
 * the reasons, the agencies and what the next step needs, found with the component's own scoring
 * rule (pattern and parameters as the methodology folder states them). Stateless; safe from any
 * thread.
 */
public final class Gaps {
    private Gaps() {
    }

    /**
     * The gaps of the entity's score card.
     *
     * @param s the situation
     * @return every scored component below its max or with points at risk, in catalogue order
     */
    public static List<Gap> of(Situation s) {
        List<Gap> out = new ArrayList<>();
        for (ComponentModel c : s.components()) {
            if (!c.component.scored()) {
                continue;
            }
            double lost = Math.max(0, c.max() - c.points());
            double risk = c.pointsAtRisk();
            if (lost < 1e-9 && risk < 1e-9) {
                continue;
            }
            out.add(gap(c, lost < 1e-9 ? 0 : lost, risk));
        }
        return out;
    }

    /**
     * Gaps grouped by responsible agency.
     *
     * @param gaps some gaps
     * @return agency → its gaps; agencies by points lost (then at risk), most first
     */
    public static Map<String, List<Gap>> byAgency(List<Gap> gaps) {
        Map<String, List<Gap>> by = new LinkedHashMap<>();
        for (Gap g : gaps) {
            by.computeIfAbsent(g.agency(), k -> new ArrayList<>()).add(g);
        }
        List<Map.Entry<String, List<Gap>>> entries = new ArrayList<>(by.entrySet());
        entries.sort((a, b) -> {
            int c = Double.compare(lost(b.getValue()), lost(a.getValue()));
            return c != 0 ? c : Double.compare(risk(b.getValue()), risk(a.getValue()));
        });
        Map<String, List<Gap>> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * The points some gaps lose.
     *
     * @param gaps some gaps
     * @return the sum of their points lost
     */
    public static double lost(List<Gap> gaps) {
        return gaps.stream().mapToDouble(Gap::pointsLost).sum();
    }

    /**
     * The points some gaps have at risk.
     *
     * @param gaps some gaps
     * @return the sum of their points at risk
     */
    public static double risk(List<Gap> gaps) {
        return gaps.stream().mapToDouble(Gap::pointsAtRisk).sum();
    }

    private static Gap gap(ComponentModel c, double lost, double risk) {
        List<GapReason> reasons = new ArrayList<>();
        Value v = c.value();
        ReportStatus status = c.current == null ? ReportStatus.NOT_REPORTED : c.current.status();
        if (status == ReportStatus.NOT_REPORTED) {
            reasons.add(GapReason.NOT_REPORTED);
        } else if (status == ReportStatus.NOT_APPLICABLE) {
            reasons.add(GapReason.NOT_APPLICABLE);
        }
        if (c.has(FindingCode.NO_EVIDENCE_DOCUMENT)) {
            reasons.add(GapReason.NO_DOCUMENT);
        }
        if (c.has(FindingCode.RULE_VIOLATION) || c.has(FindingCode.NOT_SCORED)) {
            reasons.add(GapReason.RULE_PROBLEM);
        }
        double byPattern = v == null ? Double.NaN : c.pointsAt(v);
        if (v != null && byPattern < c.max() - 1e-9) {
            reasons.add(patternReason(c));
        }
        if (risk > 1e-9) {
            reasons.add(GapReason.FLAGGED);
        }
        Step full = null;
        Step next = null;
        Double perPoint = null;
        Value best = c.bestValue();
        if (best != null) {
            double p = c.pointsAt(best);
            if (!Double.isNaN(p) && c.points() < p - 1e-9) {
                full = new Step(Values.text(best), p, p - c.points(), text("planning.gaps." + (v == null ? "report" : "reach")
                        + (p >= c.max() - 1e-9 ? "Full" : "Most"), shown(c, best), Figure.points(p)));
            }
        }
        if (c.parametric()) {
            ScoringPattern p = c.pattern();
            if (c.component.valueKind() == ValueKind.RATIO && (p instanceof ScoringPattern.Ratio || p instanceof ScoringPattern.Goal) && lost > 1e-9) {
                double goal = p instanceof ScoringPattern.Goal g ? Math.min(1, g.goal()) : 1;
                perPoint = c.max() / (goal * 100);
            }
            if (v != null && c.has(FindingCode.NO_EVIDENCE_DOCUMENT) && byPattern > 1e-9) {
                next = new Step(Values.text(v), byPattern, byPattern - c.points(), text("planning.gaps.attach", shown(c, v), Figure.points(byPattern)));
            } else if (p instanceof ScoringPattern.Bands && !c.bandsUp().isEmpty()) {
                Value edge = c.bandsUp().get(0);
                double pts = c.pointsAt(edge);
                next = new Step(Values.text(edge), pts, pts - c.points(), text("planning.gaps.nextBand", shown(c, edge), Figure.points(pts)));
            } else if (c.component.valueKind() == ValueKind.CATEGORY && !c.categoriesUp().isEmpty()) {
                Value cat = c.categoriesUp().get(0);
                double pts = c.pointsAt(cat);
                String name = c.component.category(((Value.Category) cat).code()).name();
                next = new Step(Values.text(cat), pts, pts - c.points(), text("planning.gaps.nextCategory", Values.text(cat), name, Figure.points(pts)));
            } else if (full != null) {
                next = full;
            }
        }
        if (next == null && risk > 1e-9) {
            next = new Step(v == null ? null : Values.text(v), c.points(), 0, text("planning.gaps.resolve", findings(c), Figure.points(risk)));
        } else if (next == null && status != ReportStatus.REPORTED) {
            next = new Step(null, c.max(), c.max() - c.points(), text("planning.gaps.report"));
        }
        return new Gap(c.component.id(), c.component.name(), c.component.id().main(), c.component.valueKind(), v == null ? null : Values.text(v), c.points(), c.max(), lost,
                risk, reasons, c.component.responsibleAgency(), c.component.cooperatingAgencies(),
                c.rule == null ? null : ScoringPattern.describe(c.rule.pattern()), next, full, perPoint);
    }

    /** A value with its unit, in the run's language (100 trên 100 dân; 87.2%). */
    private static String shown(ComponentModel c, Value v) {
        return ValueText.withUnit(c.component, Values.text(v), Language.fromEnvironment());
    }

    /** A next step's words in the run's language ({@code --lang}, else the environment's): the catalogue's {@code planning.gaps.*}. */
    private static String text(String key, Object... args) {
        return Messages.text(Language.fromEnvironment(), key, args);
    }

    private static GapReason patternReason(ComponentModel c) {
        if (!c.parametric()) {
            return GapReason.RULE_PROBLEM;
        }
        ScoringPattern p = c.pattern();
        if (p instanceof ScoringPattern.Ratio) {
            return GapReason.BELOW_FULL_RATIO;
        }
        if (p instanceof ScoringPattern.Goal) {
            return GapReason.BELOW_GOAL;
        }
        if (p instanceof ScoringPattern.Bands) {
            return GapReason.LOWER_BAND;
        }
        if (p instanceof ScoringPattern.Categories) {
            return GapReason.LOWER_CATEGORY;
        }
        if (p instanceof ScoringPattern.YesNo) {
            return GapReason.ANSWERED_NO;
        }
        return GapReason.BELOW_BEST;
    }

    private static String findings(ComponentModel c) {
        List<String> codes = new ArrayList<>();
        c.score.findings().stream().filter(f -> f.pointsAtRisk() > 0).forEach(f -> codes.add(f.code().name()));
        return String.join(", ", codes);
    }
}
