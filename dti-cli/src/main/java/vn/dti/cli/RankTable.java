package vn.dti.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dti.api.Points;
import vn.dti.cohort.CohortComparison;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;
import vn.dti.cohort.RankedValue;
import vn.dti.text.Csv;
import vn.dti.text.Message;

/** Rankings and comparisons as tables and CSV. */
final class RankTable {
    private RankTable() {
    }

    /**
     * The ranking as a table; {@code cohortSize}: the entities ranked (before a region is picked). In a cohort of N entities or
     * fewer every main indicator ranks in the top N: the top-N column shows "?" and the footer says it cannot tell, as dti targets does.
     */
    static String table(CohortRanking r, String title, String region, List<Message> warnings, int cohortSize, Text x) {
        boolean topCannotTell = cohortSize <= r.top();
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        sb.append(r.period() == null ? x.t("cli.rank.header", r.methodology().id(), r.methodology().version(), r.entities().size())
                : x.t("cli.rank.headerPeriod", r.methodology().id(), r.methodology().version(), r.period(), r.entities().size()))
                .append(region == null ? "" : x.t("cli.rank.inRegion", region)).append("\n");
        for (Message w : warnings) {
            sb.append(x.t("cli.warning", w)).append('\n');
        }
        sb.append('\n');
        EntityRanking first = r.entities().get(0);
        String other = region == null ? x.t("cli.rank.region") : x.t("cli.rank.national");
        String cols = "%4s %" + Math.max(6, other.length()) + "s  %-26s %6s  %-5s";
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, cols, x.t("cli.rank.rank"), other, x.t("cli.rank.entity"), x.t("cli.rank.value"),
                x.t("cli.rank.group")));
        for (RankedValue m : first.mainIndicators()) {
            head.append(String.format(Locale.ROOT, " %11s", "M" + m.id()));
        }
        for (RankedValue p : first.pillars()) {
            head.append(String.format(Locale.ROOT, " %11s", p.id()));
        }
        head.append(String.format(Locale.ROOT, " %5s", "Top" + r.top()));
        sb.append(head.toString().stripTrailing()).append('\n');
        for (EntityRanking e : r.entities()) {
            int shown = region == null ? e.rank() : e.regionRank();
            Integer otherRank = region == null ? e.regionRank() : Integer.valueOf(e.rank());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, cols, shown, otherRank == null ? "" : "(" + otherRank + ")",
                    cut(e.name(), 26), x.index(e.value()), e.group() == null ? "" : e.group()));
            for (RankedValue m : e.mainIndicators()) {
                line.append(String.format(Locale.ROOT, " %11s", x.index(m.value()) + " (" + m.rank() + ")"));
            }
            for (RankedValue p : e.pillars()) {
                line.append(String.format(Locale.ROOT, " %11s", x.index(p.value()) + " (" + p.rank() + ")"));
            }
            line.append(String.format(Locale.ROOT, " %5s", topCannotTell ? "?" : Integer.toString(e.mainIndicatorsInTop())));
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append('\n').append(x.t("cli.rank.average", x.index(r.average()), r.aboveAverage(), r.entities().size())).append('\n');
        sb.append(x.t("cli.rank.legend", r.top(), x.t(ordinal(r.top()), r.top()))).append(region == null ? "." : x.t("cli.rank.legendRegion"))
                .append('\n');
        if (topCannotTell) {
            sb.append(x.t("cli.rank.topCannotTell", r.top(), cohortSize)).append('\n');
        }
        if (r.mergers() != null) {
            sb.append(mergers(r.mergers(), x));
        }
        return sb.toString();
    }

    /** The key of n's ordinal (1st, 2nd, 3rd, 4th; English only: Vietnamese writes "thứ n" for all). */
    private static String ordinal(int n) {
        return n % 100 >= 11 && n % 100 <= 13 ? "cli.ordinal.th" : n % 10 == 1 ? "cli.ordinal.st" : n % 10 == 2 ? "cli.ordinal.nd"
                : n % 10 == 3 ? "cli.ordinal.rd" : "cli.ordinal.th";
    }

    /** Which mergers of a bundled merger map were applied, and which were left undone for want of their former provinces. */
    static String mergers(vn.dti.cohort.MergerReport m, Text x) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.merged().isEmpty() ? x.t("cli.rank.mergedNone", m.map()) : x.t("cli.rank.merged", m.map(), m.merged().size(), String.join(", ", m.merged())))
                .append("\n");
        for (vn.dti.cohort.MergerReport.Partial p : m.notMerged()) {
            sb.append("  ").append(x.t(p.present().size() == 1 ? "cli.rank.notMergedOne" : "cli.rank.notMerged", p.id(), String.join(", ", p.missing()),
                    String.join(", ", p.present()))).append("\n");
        }
        return sb.toString();
    }

    static String csv(CohortRanking r, Text x) {
        List<String> head = new ArrayList<>(List.of("rank", "regionRank", "id", "name", "region", "source", "value", "publishedValue", "points", "group",
                "mainIndicatorsInTop"));
        EntityRanking first = r.entities().get(0);
        for (RankedValue m : first.mainIndicators()) {
            head.add("main_" + m.id() + "_value");
            head.add("main_" + m.id() + "_rank");
        }
        for (RankedValue p : first.pillars()) {
            head.add("pillar_" + p.id() + "_value");
            head.add("pillar_" + p.id() + "_rank");
        }
        head.add("warnings");
        StringBuilder sb = new StringBuilder();
        Csv.row(sb, head);
        // the ranking's warnings on every row, so that a row read, filtered or sorted on its own still carries them
        String warnings = String.join(" | ", r.warnings().stream().map(x::of).toList());
        for (EntityRanking e : r.entities()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(e.rank()), e.regionRank() == null ? "" : e.regionRank().toString(), e.id(),
                    e.name(), e.region() == null ? "" : e.region(), e.source(), Double.toString(e.value()), Points.format4(e.publishedValue()),
                    Double.toString(e.points()), e.group() == null ? "" : e.group(), Integer.toString(e.mainIndicatorsInTop())));
            for (RankedValue m : e.mainIndicators()) {
                row.add(Double.toString(m.value()));
                row.add(Integer.toString(m.rank()));
            }
            for (RankedValue p : e.pillars()) {
                row.add(Double.toString(p.value()));
                row.add(Integer.toString(p.rank()));
            }
            row.add(warnings);
            Csv.row(sb, row);
        }
        return sb.toString();
    }

    static String compareTable(CohortComparison c, Text x) {
        StringBuilder sb = new StringBuilder();
        sb.append(x.t("cli.compare.title", c.oldPeriod() == null ? x.t("cli.compare.old") : c.oldPeriod(), c.oldMethodology().id(),
                c.newPeriod() == null ? x.t("cli.compare.new") : c.newPeriod(), c.newMethodology().id())).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-26s %8s %8s %8s %5s %5s %6s%n", x.t("cli.rank.entity"), x.t("cli.compare.oldValue"),
                x.t("cli.compare.newValue"), x.t("cli.compare.change"), x.t("cli.compare.oldRank"), x.t("cli.compare.newRank"), x.t("cli.compare.ranks")));
        for (CohortComparison.Change e : c.entities()) {
            sb.append(String.format(Locale.ROOT, "%-26s %8s %8s %8s %5d %5d %6s%n", cut(e.name(), 26), x.index(e.oldValue()),
                    x.index(e.newValue()), signed(e.valueChange(), x), e.oldRank(), e.newRank(), signedInt(e.rankChange())));
            for (CohortComparison.Change m : e.mainIndicators()) {
                sb.append(String.format(Locale.ROOT, "  %-24s %8s %8s %8s %5d %5d %6s%n", "M" + m.id() + " " + cut(m.name(), 20),
                        x.index(m.oldValue()), x.index(m.newValue()), signed(m.valueChange(), x), m.oldRank(), m.newRank(),
                        signedInt(m.rankChange())));
            }
        }
        if (!c.added().isEmpty()) {
            sb.append('\n').append(x.t("cli.compare.onlyNew", String.join(", ", c.added()))).append('\n');
        }
        if (!c.removed().isEmpty()) {
            sb.append('\n').append(x.t("cli.compare.onlyOld", String.join(", ", c.removed()))).append('\n');
        }
        sb.append('\n').append(x.t("cli.compare.legend")).append('\n');
        return sb.toString();
    }

    static String compareCsv(CohortComparison c) {
        StringBuilder sb = new StringBuilder();
        Csv.row(sb, "id", "name", "indicator", "oldValue", "newValue", "valueChange", "oldRank", "newRank", "rankChange");
        for (CohortComparison.Change e : c.entities()) {
            row(sb, e.id(), e.name(), "", e);
            for (CohortComparison.Change m : e.mainIndicators()) {
                row(sb, e.id(), e.name(), m.id(), m);
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String id, String name, String indicator, CohortComparison.Change c) {
        Csv.row(sb, id, name, indicator, Points.format4(c.oldValue()), Points.format4(c.newValue()), Points.format4(c.valueChange()),
                Integer.toString(c.oldRank()), Integer.toString(c.newRank()), Integer.toString(c.rankChange()));
    }

    private static String signed(double d, Text x) {
        return (d > 0 ? "+" : "") + x.index(d);
    }

    private static String signedInt(int d) {
        return (d > 0 ? "+" : "") + d;
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

}
