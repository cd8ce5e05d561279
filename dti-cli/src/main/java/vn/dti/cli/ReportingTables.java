package vn.dti.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Methodology;
import vn.dti.api.Points;
import vn.dti.api.ReportingRole;
import vn.dti.reporting.ReportingHistory;
import vn.dti.reporting.ReportingStatus;
import vn.dti.scoring.FormulaText;

/** The reporting status and history as tables for people and as CSV (UTF-8 with a byte-order mark). */
final class ReportingTables {
    /** Put before CSV text so that spreadsheet programs read it as UTF-8. */
    static final String BOM = "\uFEFF";

    private ReportingTables() {
    }

    static String role(ReportingRole r) {
        return r == ReportingRole.RESPONSIBLE ? "Chủ trì" : r == ReportingRole.COOPERATING ? "Phối hợp" : "Điều phối";
    }

    static String days(long left) {
        if (left > 0) {
            return "in " + left + (left == 1 ? " day" : " days");
        }
        if (left == 0) {
            return "today is the last day";
        }
        return "passed " + -left + (left == -1 ? " day ago" : " days ago");
    }

    static String status(ReportingStatus s, String methodologyName) {
        StringBuilder sb = new StringBuilder();
        sb.append(methodologyName).append('\n');
        sb.append("Reporting status of ").append(s.period()).append(" (").append(s.methodology()).append("), as of ").append(s.asOf()).append('\n');
        for (ReportingStatus.Deadline d : s.deadlines()) {
            sb.append("  Deadline: ").append(d.name()).append(", due before ").append(d.dueBefore()).append(" (").append(binds(d)).append("): ")
                    .append(days(d.daysLeft())).append('\n');
        }
        if (s.deadlines().isEmpty()) {
            sb.append("  No deadline of the calendar falls on ").append(s.period()).append(".\n");
        }
        for (ReportingStatus.Deadline d : s.next()) {
            sb.append("  Next: ").append(d.name()).append(" for ").append(d.period()).append(", due before ").append(d.dueBefore()).append(" (")
                    .append(binds(d)).append("): ").append(days(d.daysLeft())).append('\n');
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-42s %-9s %4s %7s %5s %7s %7s %9s  %s%n", "Agency", "Role", "Due", "On time", "Late", "Missing", "No doc",
                "At stake", "Deadline"));
        for (ReportingStatus.AgencyStatus a : s.agencies()) {
            sb.append(String.format(Locale.ROOT, "%-42s %-9s %4d %7d %5d %7d %7d %9s  %s%n", (a.behind() ? "! " : "  ") + cut(a.agency(), 40), role(a.role()),
                    a.due(), a.onTime(), a.late().size(), a.missing().size(), a.withoutDocuments().size(), Points.format(a.pointsAtStake()),
                    a.daysLeft() == null ? "none" : days(a.daysLeft())));
            List<String> detail = new ArrayList<>();
            if (!a.late().isEmpty()) {
                detail.add("late " + a.mostDaysLate() + (a.mostDaysLate() == 1 ? " day: " : " days: ") + String.join(", ", a.late()));
            }
            if (!a.missing().isEmpty()) {
                detail.add("missing: " + String.join(", ", a.missing()));
            }
            if (!a.withoutDocuments().isEmpty()) {
                detail.add("without documents: " + String.join(", ", a.withoutDocuments()));
            }
            if (!detail.isEmpty()) {
                sb.append("      ").append(String.join("; ", detail)).append('\n');
            }
        }
        sb.append("\n! behind: late, or missing components that no agency has reported, after the deadline. At stake: the max points of the "
                + "components late, without a document, or missing and reported by no agency.\n");
        return sb.toString();
    }

    private static String binds(ReportingStatus.Deadline d) {
        List<String> roles = new ArrayList<>();
        d.binds().forEach(r -> roles.add(role(r)));
        return String.join(", ", roles) + (d.agency() == null ? "" : ": " + d.agency());
    }

    static String statusCsv(ReportingStatus s) {
        StringBuilder sb = new StringBuilder();
        csv(sb, "period", "asOf", "agency", "role", "dueBefore", "daysLeft", "due", "onTime", "late", "missing", "withoutDocuments", "pointsAtStake",
                "mostDaysLate", "behind", "lateComponents", "missingComponents", "componentsWithoutDocuments");
        for (ReportingStatus.AgencyStatus a : s.agencies()) {
            csv(sb, s.period().label(), s.asOf().toString(), a.agency(), a.role().toString(), a.dueBefore() == null ? "" : a.dueBefore().toString(),
                    a.daysLeft() == null ? "" : a.daysLeft().toString(), Integer.toString(a.due()), Integer.toString(a.onTime()),
                    Integer.toString(a.late().size()), Integer.toString(a.missing().size()), Integer.toString(a.withoutDocuments().size()),
                    Points.format(a.pointsAtStake()), Long.toString(a.mostDaysLate()), Boolean.toString(a.behind()), String.join(" ", a.late()),
                    String.join(" ", a.missing()), String.join(" ", a.withoutDocuments()));
        }
        return sb.toString();
    }

    static String history(ReportingHistory h, Methodology m) {
        StringBuilder sb = new StringBuilder();
        sb.append("History of ").append(h.entity()).append(" (").append(m.name()).append(")\n\n");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-8s %-31s %15s %7s %14s %5s  %-34s", "Period", "Methodology (version)",
                "Total / Max", "Index", "Self-assessed", "Late", "Change (data + methodology)"));
        ReportingHistory.PeriodScore first = h.periods().get(0);
        for (MainIndicatorScore mi : first.mainIndicators()) {
            head.append(String.format(Locale.ROOT, " %6s", "M" + mi.id()));
        }
        sb.append(head.toString().stripTrailing()).append('\n');
        for (ReportingHistory.PeriodScore p : h.periods()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %-31s %15s %7s %14s %5d  %-34s", p.period(),
                    cut(p.methodology().id() + " (" + p.methodology().version().substring(0, Math.min(8, p.methodology().version().length())) + ")", 31),
                    Points.format(p.totalPoints()) + " / " + Points.format(p.maxPoints()), Points.format4(p.index()),
                    p.selfAssessedPoints() == null ? "" : Points.format(p.selfAssessedPoints()), p.late(), change(p.change())));
            for (MainIndicatorScore mi : p.mainIndicators()) {
                line.append(String.format(Locale.ROOT, " %6s", Points.format(mi.points())));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append("\nCompleteness by responsible agency (components reported / led; late in brackets):\n");
        StringBuilder ch = new StringBuilder(String.format(Locale.ROOT, "  %-40s", "Agency"));
        for (ReportingHistory.PeriodScore p : h.periods()) {
            ch.append(String.format(Locale.ROOT, " %11s", p.period()));
        }
        sb.append(ch.toString().stripTrailing()).append('\n');
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (ReportingHistory.PeriodScore p : h.periods()) {
            for (ReportingHistory.Completeness c : p.completeness()) {
                rows.computeIfAbsent(c.agency(), k -> new ArrayList<>()).add(c.reported() + "/" + c.due() + (c.late() > 0 ? " (" + c.late() + ")" : ""));
            }
        }
        for (Map.Entry<String, List<String>> e : rows.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-40s", cut(e.getKey(), 40)));
            for (String v : e.getValue()) {
                line.append(String.format(Locale.ROOT, " %11s", v));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        for (ReportingHistory.PeriodScore p : h.periods()) {
            if (p.change() != null && p.change().note() != null) {
                sb.append("\n").append(p.period()).append(": ").append(p.change().note()).append('\n');
            }
        }
        sb.append("\nThe change is from the previous quarter (for a quarter) or year (for a year). Self-assessed: the total before the appraisal "
                + "council's decisions, when the period's folder holds them.\n");
        return sb.toString();
    }

    private static String change(ReportingHistory.Change c) {
        if (c == null) {
            return "";
        }
        String s = signed(c.total()) + " from " + c.from();
        if (c.data() != null && c.methodology() != null && Math.abs(c.methodology()) > 1e-9) {
            s += " (" + signed(c.data()) + " " + signed(c.methodology()) + ")";
        }
        return s;
    }

    private static String signed(double d) {
        return (d >= 0 ? "+" : "-") + Points.format(Math.abs(d));
    }

    static String historyCsv(ReportingHistory h) {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("period", "methodology", "version", "totalPoints", "maxPoints", "index", "selfAssessedPoints", "late",
                "changeFrom", "change", "changeData", "changeMethodology"));
        ReportingHistory.PeriodScore first = h.periods().get(0);
        for (MainIndicatorScore mi : first.mainIndicators()) {
            head.add("M" + mi.id());
        }
        for (ReportingHistory.Completeness c : first.completeness()) {
            head.add(c.agency() + ": reported");
            head.add(c.agency() + ": led");
        }
        csv(sb, head.toArray(new String[0]));
        for (ReportingHistory.PeriodScore p : h.periods()) {
            List<String> row = new ArrayList<>(List.of(p.period().label(), p.methodology().id(), p.methodology().version(), num(p.totalPoints()),
                    num(p.maxPoints()), num(p.index()), p.selfAssessedPoints() == null ? "" : num(p.selfAssessedPoints()), Integer.toString(p.late()),
                    p.change() == null ? "" : p.change().from().label(), p.change() == null ? "" : num(p.change().total()),
                    p.change() == null || p.change().data() == null ? "" : num(p.change().data()),
                    p.change() == null || p.change().methodology() == null ? "" : num(p.change().methodology())));
            for (MainIndicatorScore mi : p.mainIndicators()) {
                row.add(num(mi.points()));
            }
            for (ReportingHistory.Completeness c : p.completeness()) {
                row.add(Integer.toString(c.reported()));
                row.add(Integer.toString(c.due()));
            }
            csv(sb, row.toArray(new String[0]));
        }
        return sb.toString();
    }

    private static String num(double d) {
        return FormulaText.plain(d);
    }

    private static void csv(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = cells[i];
            sb.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        sb.append("\r\n");
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
