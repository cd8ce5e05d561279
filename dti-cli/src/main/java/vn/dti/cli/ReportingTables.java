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

    static String days(long left, Text x) {
        if (left > 0) {
            return x.t(left == 1 ? "cli.status.inOneDay" : "cli.status.inDays", left);
        }
        if (left == 0) {
            return x.t("cli.status.lastDay");
        }
        return x.t(left == -1 ? "cli.status.passedOneDay" : "cli.status.passedDays", -left);
    }

    static String status(ReportingStatus s, String methodologyName, Text x) {
        StringBuilder sb = new StringBuilder();
        sb.append(methodologyName).append('\n');
        sb.append(x.t("cli.status.title", s.period(), s.methodology(), date(x, s.asOf()))).append('\n');
        for (ReportingStatus.Deadline d : s.deadlines()) {
            sb.append("  ").append(x.t(s.period().isHalf() ? "cli.status.deadlineOf" : "cli.status.deadline", d.name(), d.period(), date(x,
                    d.dueBefore()), binds(d),
                    days(d.daysLeft(), x))).append('\n');
        }
        if (s.deadlines().isEmpty()) {
            sb.append("  ").append(x.t("cli.status.noDeadline", s.period())).append('\n');
        }
        for (ReportingStatus.Deadline d : s.next()) {
            boolean listed = s.deadlines().stream().anyMatch(n -> n.id().equals(d.id()) && n.period().equals(d.period()));
            if (!listed) {
                sb.append("  ").append(x.t("cli.status.next", d.name(), d.period(), date(x, d.dueBefore()), binds(d), days(d.daysLeft(), x))).append('\n');
            }
        }
        ReportingStatus.Review r = s.nextReview();
        if (r != null) {
            String who = (r.party().isEmpty() ? "" : r.party() + "; ") + (r.assumption().isEmpty() ? "" : x.t("cli.status.reviewAssumption"));
            sb.append("  ").append(x.t("cli.status.review", r.name(), r.period(), date(x, r.by()), who,
                    r.daysLeft() == 0 ? x.t("cli.status.today") : days(r.daysLeft(), x))).append('\n');
        }
        sb.append('\n');
        String[] head = {x.t("cli.status.col.agency"), x.t("cli.status.col.role"), x.t("cli.status.col.due"), x.t("cli.status.col.onTime"),
            x.t("cli.status.col.late"), x.t("cli.status.col.missing"), x.t("cli.status.col.noDoc"), x.t("cli.status.col.latePoints"),
            x.t("cli.status.col.atStake"), x.t("cli.status.col.deadline"), x.t("cli.status.col.next")};
        // each column as wide as its header in the run's language, at least as wide as the English one
        int[] w = {42, 9, 4, 7, 5, 7, 7, 9, 9, 19, 0};
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(w[i], head[i].length());
        }
        String format = "%-" + w[0] + "s %-" + w[1] + "s %" + w[2] + "s %" + w[3] + "s %" + w[4] + "s %" + w[5] + "s %" + w[6] + "s %" + w[7] + "s %" + w[8]
                + "s  %-" + w[9] + "s %s";
        sb.append(String.format(Locale.ROOT, format, (Object[]) head).stripTrailing()).append('\n');
        Set<String> shown = new HashSet<>();
        for (ReportingStatus.AgencyStatus a : s.agencies()) {
            String next = a.next() == null ? x.t("cli.status.none") : days(a.next().daysLeft(), x) + " (" + a.next().period() + ")";
            sb.append(String.format(Locale.ROOT, format, (a.behind() ? "! " : "  ") + cut(a.agency(), 40),
                    role(a.role()), a.due(), a.onTime(), a.late().size(), a.missing().size(), a.withoutDocuments().size(), x.points(a.pointsLate()),
                    x.points(a.pointsAtStake()), a.daysLeft() == null ? x.t("cli.status.none") : days(a.daysLeft(), x), next).stripTrailing()).append('\n');
            List<String> detail = new ArrayList<>();
            if (!a.late().isEmpty()) {
                detail.add(x.t(a.mostDaysLate() == 1 ? "cli.status.lateOneDay" : "cli.status.lateDays", a.mostDaysLate(), String.join(", ", a.late())));
            }
            if (!a.missing().isEmpty()) {
                detail.add(x.t("cli.status.missing", String.join(", ", a.missing())));
            }
            if (!a.withoutDocuments().isEmpty()) {
                detail.add(x.t("cli.status.withoutDocuments", String.join(", ", a.withoutDocuments())));
            }
            if (!detail.isEmpty()) {
                sb.append("      ").append(String.join("; ", detail)).append('\n');
            }
            for (Workspace.Unread u : a.refused()) {
                if (shown.add(u.file())) {
                    sb.append("      ").append(x.t("cli.status.refused", u.file())).append('\n');
                    u.problems().forEach(p -> sb.append("        ").append(p).append('\n'));
                } else {
                    sb.append("      ").append(x.t("cli.status.refusedAbove", u.file())).append('\n');
                }
            }
        }
        if (!s.refused().isEmpty()) {
            sb.append('\n').append(x.t("cli.status.refusedUnnamed")).append('\n');
            for (Workspace.Unread u : s.refused()) {
                sb.append("  ").append(u.file()).append(":\n");
                u.problems().forEach(p -> sb.append("    ").append(p).append('\n'));
            }
        }
        sb.append('\n').append(x.t("cli.status.legend")).append('\n');
        return sb.toString();
    }

    /** A day as the language writes it: 01/07/2025, 2025-07-01. */
    private static String date(Text x, java.time.LocalDate d) {
        return vn.dti.text.Figure.date(x.language(), d);
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

    static String history(ReportingHistory h, Methodology m, Text x) {
        StringBuilder sb = new StringBuilder();
        sb.append(x.t("cli.history.title", h.entity() == null ? x.t("cli.history.noPeriod") : h.entity(), m.name())).append("\n\n");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-8s %-31s %15s %7s %14s %5s  %-40s", x.t("cli.history.col.period"),
                x.t("cli.history.col.methodology"), x.t("cli.history.col.total"), x.t("cli.history.col.index"), x.t("cli.history.col.selfAssessed"),
                x.t("cli.history.col.late"), x.t("cli.history.col.change")));
        ReportingHistory.PeriodScore first = h.periods().isEmpty() ? null : h.periods().get(0);
        if (first != null) {
            for (MainIndicatorScore mi : first.mainIndicators()) {
                head.append(String.format(Locale.ROOT, " %6s", "M" + mi.id()));
            }
        }
        sb.append(head.toString().stripTrailing()).append('\n');
        for (Object row : rows(h)) {
            if (row instanceof ReportingHistory.NotScored n) {
                sb.append(String.format(Locale.ROOT, "%-8s %s%n", n.period(),
                        x.t(n.reasons().size() == 1 ? "cli.history.notScoredOne" : "cli.history.notScoredMany", n.reasons().size())));
                continue;
            }
            ReportingHistory.PeriodScore p = (ReportingHistory.PeriodScore) row;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %-31s %15s %7s %14s %5d  %-40s", p.period(),
                    cut(p.methodology().id() + " (" + p.methodology().version().substring(0, Math.min(8, p.methodology().version().length())) + ")", 31),
                    x.pointsOf(p.totalPoints(), p.maxPoints()), x.index(p.index()),
                    p.selfAssessedPoints() == null ? "" : x.points(p.selfAssessedPoints()), p.late(), change(p.change(), x)));
            for (MainIndicatorScore mi : p.mainIndicators()) {
                line.append(String.format(Locale.ROOT, " %6s", x.points(mi.points())));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append('\n').append(x.t("cli.history.completeness")).append('\n');
        StringBuilder ch = new StringBuilder(String.format(Locale.ROOT, "  %-52s", x.t("cli.history.col.agencyRole")));
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
            sb.append("\n").append(x.t("cli.history.notScored", n.period())).append('\n');
            n.reasons().forEach(r -> sb.append("  ").append(r).append('\n'));
        }
        sb.append('\n').append(x.t("cli.history.legend")).append('\n');
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
    static String change(ReportingHistory.Change c, Text x) {
        if (c == null) {
            return "";
        }
        BigDecimal total = round2(c.total());
        if (c.data() != null && c.methodology() != null && Math.abs(c.methodology()) > 1e-9) {
            BigDecimal data = round2(c.data());
            return x.t("cli.history.changeSplit", signed(total, x), c.from(), signed(data, x), signed(total.subtract(data), x));
        }
        return x.t("cli.history.change", signed(total, x), c.from());
    }

    private static BigDecimal round2(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    private static String signed(BigDecimal d, Text x) {
        return (d.signum() >= 0 ? "+" : "-") + x.points(d.abs().doubleValue());
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
