package vn.dti.cli;

import java.util.ArrayList;
import java.util.List;
import vn.dti.reporting.Emulation;
import vn.dti.scoring.FormulaText;
import vn.dti.text.Csv;
import vn.dti.text.Figure;
import vn.dti.text.Message;

/** The emulation table as a table for people, with the formula under it, and as CSV. */
final class EmulationTable {
    private EmulationTable() {
    }

    static String table(Emulation e, String methodologyName, Text t) {
        StringBuilder sb = new StringBuilder();
        sb.append(methodologyName).append('\n');
        sb.append(t.t("cli.emulation.title", e.period().label(), e.methodology(), Figure.date(t.language(), e.asOf()))).append('\n');
        sb.append(t.t(e.appraised() ? "cli.emulation.appraised" : "cli.emulation.notAppraised")).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.t("cli.emulation.rank"), t.t("cli.emulation.agency"), t.t("cli.emulation.score"), "P", "T", "C", "A",
            t.t("cli.emulation.grade")});
        for (Emulation.AgencyScore a : e.agencies()) {
            rows.add(new String[] {Integer.toString(a.rank()), a.agency(), t.number(a.score(), 2),
                a.pointsShare() == null ? "—" : t.pointsOf(a.points(), a.maxPoints()) + " (" + percent(t, a.pointsShare()) + ")",
                a.onTimeShare() == null ? "—" : a.onTime() + "/" + a.leads() + " (" + percent(t, a.onTimeShare()) + ")",
                a.complete() + "/" + a.due() + " (" + percent(t, a.completeness()) + ")",
                a.appraisal() == null ? "—" : t.signedPoints(a.adjustment()) + " (" + percent(t, a.appraisal()) + ")",
                a.grade() == null ? "" : a.grade().name()});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean right = i == 0 || i == 2;
                String pad = " ".repeat(width[i] - r[i].length());
                line.append(right ? pad + r[i] : r[i] + pad).append("  ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append('\n');
        for (Message m : e.formula()) {
            sb.append(t.of(m)).append('\n');
        }
        return sb.toString();
    }

    private static String percent(Text t, double share) {
        return t.of(Figure.percent(share, 0));
    }

    static String csv(Emulation e) {
        StringBuilder sb = new StringBuilder();
        Csv.row(sb, "period", "asOf", "rank", "agency", "score", "grade", "leads", "points", "maxPoints", "pointsShare", "onTime", "onTimeShare", "due",
                "complete", "completeness", "selfAssessed", "adjustment", "appraisal");
        for (Emulation.AgencyScore a : e.agencies()) {
            Csv.row(sb, e.period().label(), e.asOf().toString(), Integer.toString(a.rank()), a.agency(), num(a.score()), a.grade() == null ? "" : a.grade().id(),
                    Integer.toString(a.leads()), num(a.points()), num(a.maxPoints()), share(a.pointsShare()), Integer.toString(a.onTime()),
                    share(a.onTimeShare()), Integer.toString(a.due()), Integer.toString(a.complete()), num(a.completeness()), num(a.selfAssessed()),
                    num(a.adjustment()), share(a.appraisal()));
        }
        return sb.toString();
    }

    private static String share(Double d) {
        return d == null ? "" : num(d);
    }

    private static String num(double d) {
        return FormulaText.plain(Math.round(d * 1e6) / 1e6);
    }
}
