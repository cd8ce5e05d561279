package vn.dti.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dti.api.ComponentScore;
import vn.dti.api.Finding;
import vn.dti.api.MainIndicator;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Methodology;
import vn.dti.api.ScoreCard;
import vn.dti.text.Message;

/**
 * The score card as a table for people, in the run's language: Vietnamese names, points / max,
 * the warnings first, then the findings by responsible agency with the points each loses and the
 * points each has at risk (earned but in doubt) as separate figures, and under each finding the
 * cooperating agencies accountable with it.
 * An appraised card also shows the self-assessed, appraised and final totals, and the
 * self-assessed points of each component the council changed.
 */
final class ScoreTable {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private ScoreTable() {
    }

    static String render(ScoreCard card, Methodology m, boolean explain, Text x) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.name()).append('\n');
        sb.append(x.t("cli.card.methodology", card.methodology().id(), card.methodology().version())).append('\n');
        sb.append(x.t("cli.card.entity", card.entity().name(), card.entity().id(), card.period())).append('\n');
        for (Message w : card.warnings()) {
            sb.append(x.t("cli.warning", w)).append('\n');
        }
        sb.append('\n');
        if (card.appraised()) {
            sb.append(x.t("cli.card.appraisedNote")).append('\n');
        }
        int width = explain ? formulaWidth(card, x) : 0;
        sb.append(String.format(Locale.ROOT, "%-6s %15s  %s%s%n", x.t("cli.card.id"), x.t("cli.card.pointsOfMax"),
                explain ? pad(x.t("cli.card.formula"), width) : "", x.t("cli.card.indicator")));
        int c = 0;
        for (int i = 0; i < m.mainIndicators().size(); i++) {
            MainIndicator mi = m.mainIndicators().get(i);
            MainIndicatorScore ms = card.mainIndicators().get(i);
            sb.append(String.format(Locale.ROOT, "%-6s %15s  %s%s%n", ms.id(), x.pointsOf(ms.points(), ms.maxPoints()), explain ? pad("", width) : "",
                    mi.name().toUpperCase(VI)));
            for (int k = 0; k < mi.components().size(); k++) {
                ComponentScore cs = card.components().get(c++);
                String mark = cs.findings().isEmpty() ? " " : "!";
                sb.append(String.format(Locale.ROOT, "  %-4s %15s %s%s%s%n", cs.id(), x.pointsOf(cs.points(), cs.maxPoints()),
                        explain ? " " + pad(formula(cs, x), width - 1) : "", mark, cs.name()));
                if (cs.appraised() && Math.abs(cs.selfAssessedPoints() - cs.points()) > 1e-9) {
                    sb.append("                         ").append(x.t("cli.card.selfToAppraised", x.points(cs.selfAssessedPoints()),
                            x.points(cs.appraisedPoints()))).append('\n');
                }
            }
        }
        sb.append('\n');
        sb.append(x.t("cli.card.total", x.pointsOf(card.totalPoints(), card.maxPoints()), x.index(card.index()))).append('\n');
        if (card.appraised()) {
            sb.append(x.t("cli.card.threeTotals", x.points(card.selfAssessedPoints()), x.points(card.appraisedPoints()), x.points(card.totalPoints())))
                    .append('\n');
        }
        sb.append(x.t("cli.card.lostAndAtRisk", x.points(card.pointsLost()), x.points(card.pointsAtRisk()))).append('\n');
        if (!card.findings().isEmpty()) {
            Map<String, Double> lost = card.pointsLostByAgency();
            Map<String, Double> risk = card.pointsAtRiskByAgency();
            double findingsLost = lost.values().stream().mapToDouble(Double::doubleValue).sum();
            sb.append('\n').append(x.t("cli.card.findings", card.findings().size(), x.points(findingsLost), x.points(card.pointsAtRisk()))).append('\n');
            for (Map.Entry<String, List<Finding>> e : card.findingsByAgency().entrySet()) {
                double l = lost.getOrDefault(e.getKey(), 0.0);
                double r = risk.getOrDefault(e.getKey(), 0.0);
                sb.append("\n  ").append(e.getKey().isEmpty() ? x.t("cli.card.noAgency") : e.getKey()).append(" — ")
                        .append(l > 0 || r == 0 ? x.t("cli.card.agencyLost", x.points(l)) : "")
                        .append(l > 0 && r > 0 ? ", " : "").append(r > 0 ? x.t("cli.card.agencyAtRisk", x.points(r)) : "").append('\n');
                for (Finding f : e.getValue()) {
                    String figure = f.pointsAtRisk() > 0 ? x.t("cli.card.findingAtRisk", x.points(f.pointsAtRisk()))
                            : x.t("cli.card.findingLost", x.points(f.pointsLost()));
                    sb.append(String.format(Locale.ROOT, "    %-5s %-21s %13s  %s%n", f.indicator(), f.code(), figure, x.of(f.message())));
                    if (!f.cooperatingAgencies().isEmpty()) {
                        sb.append("          ").append(x.t("cli.card.cooperating", String.join("; ", f.cooperatingAgencies()))).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The width of the Formula column: its widest cell, at most {@value #MAX_FORMULA} characters (a longer one pushes its row's name right). */
    private static int formulaWidth(ScoreCard card, Text x) {
        int w = x.t("cli.card.formula").length();
        for (ComponentScore cs : card.components()) {
            w = Math.max(w, Math.min(MAX_FORMULA, formula(cs, x).length()));
        }
        return w + 3;
    }

    private static final int MAX_FORMULA = 80;

    /** How the component's points came: the formula with its numbers, and the rule and file that applied it. */
    private static String formula(ComponentScore cs, Text x) {
        String rule = cs.explanation().rule().isEmpty() ? "" : "  [" + cs.explanation().rule() + ", " + cs.explanation().file() + "]";
        return x.of(cs.explanation().formula()) + rule;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + "  " : s + " ".repeat(width - s.length());
    }
}
