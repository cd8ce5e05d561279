package vn.dti.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dti.api.ComponentScore;
import vn.dti.api.Finding;
import vn.dti.api.MainIndicator;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Methodology;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;

/**
 * The score card as a table for people: Vietnamese names, points / max, the warnings first, then
 * the findings by responsible agency with the points each loses and the points each has at risk
 * (earned but in doubt) as separate figures, and the cooperating agencies accountable with it.
 * An appraised card also shows the self-assessed, appraised and final totals, and the
 * self-assessed points of each component the council changed.
 */
final class ScoreTable {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private ScoreTable() {
    }

    static String render(ScoreCard card, Methodology m, boolean explain) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.name()).append('\n');
        sb.append("Methodology ").append(card.methodology().id()).append(" (version ").append(card.methodology().version()).append(")\n");
        sb.append(card.entity().name()).append(" (").append(card.entity().id()).append("), period ").append(card.period()).append('\n');
        for (String w : card.warnings()) {
            sb.append("WARNING: ").append(w).append('\n');
        }
        sb.append('\n');
        if (card.appraised()) {
            sb.append("Appraised: the appraisal council's decisions are applied; points are the final points (đạt được), and \"self\" the "
                    + "self-assessed points (tự đánh giá) where the council changed them.\n");
        }
        int width = explain ? formulaWidth(card) : 0;
        sb.append(String.format(Locale.ROOT, "%-6s %15s  %s%s%n", "Id", "Points / Max", explain ? pad("Formula [rule, file]", width) : "", "Indicator"));
        int c = 0;
        for (int i = 0; i < m.mainIndicators().size(); i++) {
            MainIndicator mi = m.mainIndicators().get(i);
            MainIndicatorScore ms = card.mainIndicators().get(i);
            sb.append(String.format(Locale.ROOT, "%-6s %15s  %s%s%n", ms.id(), pts(ms.points(), ms.maxPoints()), explain ? pad("", width) : "",
                    mi.name().toUpperCase(VI)));
            for (int k = 0; k < mi.components().size(); k++) {
                ComponentScore cs = card.components().get(c++);
                String mark = cs.findings().isEmpty() ? " " : "!";
                sb.append(String.format(Locale.ROOT, "  %-4s %15s %s%s%s%n", cs.id(), pts(cs.points(), cs.maxPoints()),
                        explain ? " " + pad(formula(cs), width - 1) : "", mark, cs.name()));
                if (cs.appraised() && Math.abs(cs.selfAssessedPoints() - cs.points()) > 1e-9) {
                    sb.append("                         self ").append(Points.format(cs.selfAssessedPoints())).append(" → appraised ")
                            .append(Points.format(cs.appraisedPoints())).append('\n');
                }
            }
        }
        sb.append('\n');
        sb.append("Total: ").append(pts(card.totalPoints(), card.maxPoints())).append("   Index: ").append(Points.format4(card.index())).append('\n');
        if (card.appraised()) {
            sb.append("Self-assessed (tự đánh giá): ").append(Points.format(card.selfAssessedPoints())).append("   Appraised (hội đồng thẩm định): ")
                    .append(Points.format(card.appraisedPoints())).append("   Final (đạt được): ").append(Points.format(card.totalPoints())).append('\n');
        }
        sb.append("Points lost: ").append(Points.format(card.pointsLost())).append("   Points at risk (earned, but flagged): ")
                .append(Points.format(card.pointsAtRisk())).append('\n');
        if (!card.findings().isEmpty()) {
            Map<String, Double> lost = card.pointsLostByAgency();
            Map<String, Double> risk = card.pointsAtRiskByAgency();
            double findingsLost = lost.values().stream().mapToDouble(Double::doubleValue).sum();
            sb.append("\nFindings (").append(card.findings().size()).append("; ").append(Points.format(findingsLost))
                    .append(" points lost to them, ").append(Points.format(card.pointsAtRisk())).append(" at risk) by responsible agency:\n");
            for (Map.Entry<String, List<Finding>> e : card.findingsByAgency().entrySet()) {
                double l = lost.getOrDefault(e.getKey(), 0.0);
                double r = risk.getOrDefault(e.getKey(), 0.0);
                sb.append("\n  ").append(e.getKey().isEmpty() ? "(no agency)" : e.getKey()).append(" — ")
                        .append(l > 0 || r == 0 ? Points.format(l) + " points lost" : "")
                        .append(l > 0 && r > 0 ? ", " : "").append(r > 0 ? Points.format(r) + " points at risk" : "").append('\n');
                Set<String> cooperating = new LinkedHashSet<>();
                e.getValue().forEach(f -> cooperating.addAll(f.cooperatingAgencies()));
                if (!cooperating.isEmpty()) {
                    sb.append("    with the cooperating agencies (cơ quan phối hợp): ").append(String.join("; ", cooperating)).append('\n');
                }
                for (Finding f : e.getValue()) {
                    String figure = f.pointsAtRisk() > 0 ? Points.format(f.pointsAtRisk()) + " at risk" : Points.format(f.pointsLost()) + " lost";
                    sb.append(String.format(Locale.ROOT, "    %-5s %-21s %13s  %s%n", f.indicator(), f.code(), figure, f.message()));
                }
            }
        }
        return sb.toString();
    }

    /** The width of the Formula column: its widest cell, at most {@value #MAX_FORMULA} characters (a longer one pushes its row's name right). */
    private static int formulaWidth(ScoreCard card) {
        int w = "Formula [rule, file]".length();
        for (ComponentScore cs : card.components()) {
            w = Math.max(w, Math.min(MAX_FORMULA, formula(cs).length()));
        }
        return w + 3;
    }

    private static final int MAX_FORMULA = 80;

    /** How the component's points came: the formula with its numbers, and the rule and file that applied it. */
    private static String formula(ComponentScore cs) {
        String rule = cs.explanation().rule().isEmpty() ? "" : "  [" + cs.explanation().rule() + ", " + cs.explanation().file() + "]";
        return cs.explanation().formula() + rule;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + "  " : s + " ".repeat(width - s.length());
    }

    private static String pts(double p, double max) {
        return Points.format(p) + " / " + Points.format(max);
    }
}
