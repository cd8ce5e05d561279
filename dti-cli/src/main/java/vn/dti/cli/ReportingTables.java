package vn.dti.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Methodology;
import vn.dti.api.Period;
import vn.dti.api.Points;
import vn.dti.api.ReportingRole;
import vn.dti.reporting.ReportingHistory;
import vn.dti.reporting.ReportingStatus;
import vn.dti.reporting.Workspace;
import vn.dti.scoring.FormulaText;
import vn.dti.text.Csv;

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
            sb.append("  Deadline: ").append(d.name()).append(s.period().isHalf() ? " for " + d.period() : "").append(", due before ").append(d.dueBefore())
                    .append(" (").append(binds(d)).append("): ").append(days(d.daysLeft())).append('\n');
        }
        if (s.deadlines().isEmpty()) {
            sb.append("  No deadline of the calendar falls on ").append(s.period()).append(".\n");
        }
        for (ReportingStatus.Deadline d : s.next()) {
            boolean listed = s.deadlines().stream().anyMatch(x -> x.id().equals(d.id()) && x.period().equals(d.period()));
            if (!listed) {
                sb.append("  Next: ").append(d.name()).append(" for ").append(d.period()).append(", due before ").append(d.dueBefore()).append(" (")
                        .append(binds(d)).append("): ").append(days(d.daysLeft())).append('\n');
            }
        }
        ReportingStatus.Review r = s.nextReview();
        if (r != null) {
            sb.append("  Next review: ").append(r.name()).append(" for ").append(r.period()).append(", by ").append(r.by()).append(" (")
                    .append(r.party().isEmpty() ? "" : r.party() + "; ").append(r.assumption().isEmpty() ? "" : "the date is an ASSUMPTION, calendar.json; ")
                    .append("no report is due): ").append(r.daysLeft() == 0 ? "today" : "in " + r.daysLeft() + (r.daysLeft() == 1 ? " day" : " days"))
                    .append('\n');
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-42s %-9s %4s %7s %5s %7s %7s %9s %9s  %-19s %s%n", "Agency", "Role", "Due", "On time", "Late", "Missing",
                "No doc", "Late pts", "At stake", "Deadline", "Next deadline"));
        Set<String> shown = new HashSet<>();
        for (ReportingStatus.AgencyStatus a : s.agencies()) {
            String next = a.next() == null ? "none" : days(a.next().daysLeft()) + " (" + a.next().period() + ")";
            sb.append(String.format(Locale.ROOT, "%-42s %-9s %4d %7d %5d %7d %7d %9s %9s  %-19s %s", (a.behind() ? "! " : "  ") + cut(a.agency(), 40),
                    role(a.role()), a.due(), a.onTime(), a.late().size(), a.missing().size(), a.withoutDocuments().size(), Points.format(a.pointsLate()),
                    Points.format(a.pointsAtStake()), a.daysLeft() == null ? "none" : days(a.daysLeft()), next).stripTrailing()).append('\n');
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
            for (Workspace.Unread u : a.refused()) {
                if (shown.add(u.file())) {
                    sb.append("      file refused: ").append(u.file()).append(" (its components count as not submitted):\n");
                    u.problems().forEach(p -> sb.append("        ").append(p).append('\n'));
                } else {
                    sb.append("      file refused: ").append(u.file()).append(" (its problems are listed above)\n");
                }
            }
        }
        if (!s.refused().isEmpty()) {
            sb.append("\nFiles refused that are named for no known agency (name a file <agency>.xlsx, .csv or .json):\n");
            for (Workspace.Unread u : s.refused()) {
                sb.append("  ").append(u.file()).append(":\n");
                u.problems().forEach(p -> sb.append("    ").append(p).append('\n'));
            }
        }
        sb.append("\n! behind: late, or missing after the deadline while the province has no value for it. Sorted: the agencies behind first, the most "
                + "points late or missing first (Late pts: the max points of the components late, or missing after the deadline while the province "
                + "has no value); then the others, the most points at stake first (At stake: the max points of the components late, without a "
                + "document, or missing while the province has no value). Deadline: the period's, for the agency's role; Next deadline: the next "
                + "one binding its role. A refused file's components count as not submitted; 'dti evidence merge' refuses the period until it is "
                + "corrected.\n");
        return sb.toString();
    }

    private static String binds(ReportingStatus.Deadline d) {
        List<String> roles = new ArrayList<>();
        d.binds().forEach(r -> roles.add(role(r)));
        return String.join(", ", roles) + (d.agency() == null ? "" : ": " + d.agency());
    }

    static String statusCsv(ReportingStatus s) {
        StringBuilder sb = new StringBuilder();
        Csv.row(sb, "period", "asOf", "agency", "role", "dueBefore", "daysLeft", "due", "onTime", "late", "missing", "withoutDocuments", "pointsAtStake",
                "mostDaysLate", "behind", "lateComponents", "missingComponents", "componentsWithoutDocuments", "pointsLate", "nextDeadline",
                "nextPeriod", "nextDueBefore", "daysToNext", "refusedFiles", "refusedProblems");
        for (ReportingStatus.AgencyStatus a : s.agencies()) {
            ReportingStatus.Deadline n = a.next();
            List<String> files = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Workspace.Unread u : a.refused()) {
                files.add(u.file());
                problems.addAll(u.problems());
            }
            Csv.row(sb, s.period().label(), s.asOf().toString(), a.agency(), a.role().toString(), a.dueBefore() == null ? "" : a.dueBefore().toString(),
                    a.daysLeft() == null ? "" : a.daysLeft().toString(), Integer.toString(a.due()), Integer.toString(a.onTime()),
                    Integer.toString(a.late().size()), Integer.toString(a.missing().size()), Integer.toString(a.withoutDocuments().size()),
                    Points.format(a.pointsAtStake()), Long.toString(a.mostDaysLate()), Boolean.toString(a.behind()), String.join(" ", a.late()),
                    String.join(" ", a.missing()), String.join(" ", a.withoutDocuments()), Points.format(a.pointsLate()), n == null ? "" : n.id(),
                    n == null ? "" : n.period().label(), n == null ? "" : n.dueBefore().toString(), n == null ? "" : Long.toString(n.daysLeft()),
                    String.join(" | ", files), String.join(" | ", problems));
        }
        return sb.toString();
    }

    static String history(ReportingHistory h, Methodology m) {
        StringBuilder sb = new StringBuilder();
        sb.append("History of ").append(h.entity() == null ? "(no period scored)" : h.entity()).append(" (").append(m.name()).append(")\n\n");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-8s %-31s %15s %7s %14s %5s  %-40s", "Period", "Methodology (version)",
                "Total / Max", "Index", "Self-assessed", "Late", "Change (data, methodology)"));
        ReportingHistory.PeriodScore first = h.periods().isEmpty() ? null : h.periods().get(0);
        if (first != null) {
            for (MainIndicatorScore mi : first.mainIndicators()) {
                head.append(String.format(Locale.ROOT, " %6s", "M" + mi.id()));
            }
        }
        sb.append(head.toString().stripTrailing()).append('\n');
        for (Object row : rows(h)) {
            if (row instanceof ReportingHistory.NotScored n) {
                sb.append(String.format(Locale.ROOT, "%-8s not scored: %d %s (below)%n", n.period(), n.reasons().size(),
                        n.reasons().size() == 1 ? "problem" : "problems"));
                continue;
            }
            ReportingHistory.PeriodScore p = (ReportingHistory.PeriodScore) row;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %-31s %15s %7s %14s %5d  %-40s", p.period(),
                    cut(p.methodology().id() + " (" + p.methodology().version().substring(0, Math.min(8, p.methodology().version().length())) + ")", 31),
                    Points.format(p.totalPoints()) + " / " + Points.format(p.maxPoints()), Points.format4(p.index()),
                    p.selfAssessedPoints() == null ? "" : Points.format(p.selfAssessedPoints()), p.late(), change(p.change())));
            for (MainIndicatorScore mi : p.mainIndicators()) {
                line.append(String.format(Locale.ROOT, " %6s", Points.format(mi.points())));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append("\nCompleteness by agency and role (Chủ trì: components it leads with a value, by anyone; Phối hợp: components it cooperates on "
                + "that it submitted; of those due; late in brackets):\n");
        StringBuilder ch = new StringBuilder(String.format(Locale.ROOT, "  %-52s", "Agency (role)"));
        for (ReportingHistory.PeriodScore p : h.periods()) {
            ch.append(String.format(Locale.ROOT, " %11s", p.period()));
        }
        sb.append(ch.toString().stripTrailing()).append('\n');
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (ReportingHistory.PeriodScore p : h.periods()) {
            for (ReportingHistory.Completeness c : p.completeness()) {
                rows.computeIfAbsent(cut(c.agency(), 40) + " (" + role(c.role()) + ")", k -> new ArrayList<>())
                        .add(c.reported() + "/" + c.due() + (c.late() > 0 ? " (" + c.late() + ")" : ""));
            }
        }
        for (Map.Entry<String, List<String>> e : rows.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-52s", e.getKey()));
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
        for (ReportingHistory.NotScored n : h.notScored()) {
            sb.append("\n").append(n.period()).append(" not scored: its files cannot be merged ('dti evidence merge' refuses them):\n");
            n.reasons().forEach(r -> sb.append("  ").append(r).append('\n'));
        }
        sb.append("\nThe change is from the previous period of the same kind: quarter, half-year or year; when the two were scored by different "
                + "methodology versions it is split into what the data changed and what the methodology changed (their sum is the change). "
                + "Self-assessed: the total before the appraisal council's decisions, when the period's folder holds them.\n");
        return sb.toString();
    }

    /** The scored and the not-scored periods, in time order. */
    private static List<Object> rows(ReportingHistory h) {
        List<Object> out = new ArrayList<>(h.periods());
        out.addAll(h.notScored());
        out.sort(Comparator.comparing((Object o) -> period(o).end()).thenComparing(o -> period(o).isQuarter() ? 0 : period(o).isHalf() ? 1 : 2));
        return out;
    }

    private static Period period(Object o) {
        return o instanceof ReportingHistory.NotScored n ? n.period() : ((ReportingHistory.PeriodScore) o).period();
    }

    /**
     * "+5.25 from 2025-Q3 (data +3.59, methodology +1.66)": each figure to 2 decimals, the
     * methodology's part shown as the shown change less the shown data part, so that the two add up
     * on screen.
     */
    static String change(ReportingHistory.Change c) {
        if (c == null) {
            return "";
        }
        BigDecimal total = round2(c.total());
        String s = signed(total) + " from " + c.from();
        if (c.data() != null && c.methodology() != null && Math.abs(c.methodology()) > 1e-9) {
            BigDecimal data = round2(c.data());
            s += " (data " + signed(data) + ", methodology " + signed(total.subtract(data)) + ")";
        }
        return s;
    }

    private static BigDecimal round2(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    private static String signed(BigDecimal d) {
        BigDecimal plain = d.abs().stripTrailingZeros();
        return (d.signum() >= 0 ? "+" : "-") + (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    static String historyCsv(ReportingHistory h) {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("period", "methodology", "version", "totalPoints", "maxPoints", "index", "selfAssessedPoints", "late",
                "changeFrom", "change", "changeData", "changeMethodology"));
        ReportingHistory.PeriodScore first = h.periods().isEmpty() ? null : h.periods().get(0);
        if (first != null) {
            for (MainIndicatorScore mi : first.mainIndicators()) {
                head.add("M" + mi.id());
            }
            for (ReportingHistory.Completeness c : first.completeness()) {
                String who = c.role() == ReportingRole.RESPONSIBLE ? c.agency() : c.agency() + " (" + role(c.role()) + ")";
                head.add(who + ": reported");
                head.add(who + (c.role() == ReportingRole.RESPONSIBLE ? ": led" : ": due"));
            }
        }
        head.add("notScored");
        Csv.row(sb, head.toArray(new String[0]));
        int width = head.size();
        for (Object o : rows(h)) {
            if (o instanceof ReportingHistory.NotScored n) {
                String[] row = new String[width];
                Arrays.fill(row, "");
                row[0] = n.period().label();
                row[width - 1] = String.join(" | ", n.reasons());
                Csv.row(sb, row);
                continue;
            }
            ReportingHistory.PeriodScore p = (ReportingHistory.PeriodScore) o;
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
            while (row.size() < width - 1) {
                row.add("");
            }
            row.add("");
            Csv.row(sb, row.toArray(new String[0]));
        }
        return sb.toString();
    }

    private static String num(double d) {
        return FormulaText.plain(d);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
