package vn.dti.cli;

import java.util.List;
import java.util.Map;
import vn.dti.api.ComponentScore;
import vn.dti.api.Finding;
import vn.dti.api.MainIndicator;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Methodology;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;

/** The score card as a table for people: Vietnamese names, points / max, findings by agency. */
final class ScoreTable {
    private ScoreTable() {
    }

    static String render(ScoreCard card, Methodology m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.name()).append('\n');
        sb.append("Methodology ").append(card.methodology().id()).append(" (version ").append(card.methodology().version()).append(")\n");
        sb.append(card.entity().name()).append(" (").append(card.entity().id()).append("), period ").append(card.period()).append("\n\n");
        sb.append(String.format(java.util.Locale.ROOT, "%-6s %15s  %s%n", "Id", "Points / Max", "Indicator"));
        int c = 0;
        for (int i = 0; i < m.mainIndicators().size(); i++) {
            MainIndicator mi = m.mainIndicators().get(i);
            MainIndicatorScore ms = card.mainIndicators().get(i);
            sb.append(String.format(java.util.Locale.ROOT, "%-6s %15s  %s%n", ms.id(), pts(ms.points(), ms.maxPoints()), mi.name().toUpperCase(java.util.Locale.forLanguageTag("vi"))));
            for (int k = 0; k < mi.components().size(); k++) {
                ComponentScore cs = card.components().get(c++);
                String mark = cs.findings().isEmpty() ? " " : "!";
                sb.append(String.format(java.util.Locale.ROOT, "  %-4s %15s %s%s%n", cs.id(), pts(cs.points(), cs.maxPoints()), mark, cs.name()));
            }
        }
        sb.append('\n');
        sb.append("Total: ").append(pts(card.totalPoints(), card.maxPoints())).append("   Index: ").append(Points.format4(card.index())).append('\n');
        if (!card.findings().isEmpty()) {
            sb.append("\nFindings (").append(card.findings().size()).append(", ").append(Points.format(card.pointsAtRisk()))
                    .append(" points at risk) by responsible agency:\n");
            Map<String, Double> riskByAgency = card.pointsAtRiskByAgency();
            for (Map.Entry<String, List<Finding>> e : card.findingsByAgency().entrySet()) {
                double risk = riskByAgency.get(e.getKey());
                sb.append("\n  ").append(e.getKey().isEmpty() ? "(no agency)" : e.getKey()).append(" — ").append(Points.format(risk))
                        .append(" points at risk\n");
                for (Finding f : e.getValue()) {
                    sb.append(String.format(java.util.Locale.ROOT, "    %-5s %-21s %7s  %s%n", f.indicator(), f.code(), Points.format(f.pointsAtRisk()),
                            f.message()));
                }
            }
        }
        return sb.toString();
    }

    private static String pts(double p, double max) {
        return Points.format(p) + " / " + Points.format(max);
    }
}
