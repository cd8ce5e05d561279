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

/** Rankings and comparisons as tables and CSV. */
final class RankTable {
    private RankTable() {
    }

    static String table(CohortRanking r, String title, String region, java.util.List<String> warnings) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        sb.append("Methodology ").append(r.methodology().id()).append(" (version ").append(r.methodology().version()).append(")");
        if (r.period() != null) {
            sb.append(", period ").append(r.period());
        }
        sb.append(", ").append(r.entities().size()).append(" entities").append(region == null ? "" : " in region " + region).append("\n");
        for (String w : warnings) {
            sb.append("WARNING: ").append(w).append('\n');
        }
        sb.append('\n');
        EntityRanking first = r.entities().get(0);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%4s %6s  %-26s %6s  %-5s", "Rank", region == null ? "Region" : "National",
                "Entity", "Value", "Group"));
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
            Integer other = region == null ? e.regionRank() : Integer.valueOf(e.rank());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d %6s  %-26s %6s  %-5s", shown, other == null ? "" : "(" + other + ")",
                    cut(e.name(), 26), Points.format4(e.value()), e.group() == null ? "" : e.group()));
            for (RankedValue m : e.mainIndicators()) {
                line.append(String.format(Locale.ROOT, " %11s", Points.format4(m.value()) + " (" + m.rank() + ")"));
            }
            for (RankedValue p : e.pillars()) {
                line.append(String.format(Locale.ROOT, " %11s", Points.format4(p.value()) + " (" + p.rank() + ")"));
            }
            line.append(String.format(Locale.ROOT, " %5s", e.mainIndicatorsInTop()));
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append('\n').append("Average: ").append(Points.format4(r.average())).append(" (").append(r.aboveAverage()).append(" of ")
                .append(r.entities().size()).append(" above)\n");
        sb.append("Values are points / max (index and main indicators M…); ranks in brackets. Top").append(r.top())
                .append(" counts the main indicators ranked ").append(r.top()).append(ordinal(r.top())).append(" or better")
                .append(region == null ? "." : "; Rank is within the region, national rank in brackets.").append('\n');
        if (r.mergers() != null) {
            sb.append(mergers(r.mergers()));
        }
        return sb.toString();
    }

    private static String ordinal(int n) {
        return n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    }

    /** Which mergers of a bundled map were applied, and which were left undone for want of their former provinces. */
    static String mergers(vn.dti.cohort.MergerReport m) {
        StringBuilder sb = new StringBuilder();
        sb.append("Merger map ").append(m.map()).append(": ").append(m.merged().size()).append(" merged")
                .append(m.merged().isEmpty() ? "" : " (" + String.join(", ", m.merged()) + ")").append(".\n");
        for (vn.dti.cohort.MergerReport.Partial p : m.notMerged()) {
            sb.append("  not merged: ").append(p.id()).append(" lacks ").append(String.join(", ", p.missing())).append(" in the cohort; ")
                    .append(String.join(", ", p.present())).append(p.present().size() == 1 ? " is" : " are").append(" ranked as before the merger.\n");
        }
        return sb.toString();
    }

    static String csv(CohortRanking r) {
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
        String warnings = String.join(" | ", r.warnings());
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

    static String compareTable(CohortComparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Year over year: ").append(c.oldPeriod() == null ? "old" : c.oldPeriod()).append(" (").append(c.oldMethodology().id()).append(") → ")
                .append(c.newPeriod() == null ? "new" : c.newPeriod()).append(" (").append(c.newMethodology().id()).append(")\n\n");
        sb.append(String.format(Locale.ROOT, "%-26s %8s %8s %8s %5s %5s %6s%n", "Entity", "Old", "New", "Change", "Old#", "New#", "Ranks"));
        for (CohortComparison.Change e : c.entities()) {
            sb.append(String.format(Locale.ROOT, "%-26s %8s %8s %8s %5d %5d %6s%n", cut(e.name(), 26), Points.format4(e.oldValue()),
                    Points.format4(e.newValue()), signed(e.valueChange()), e.oldRank(), e.newRank(), signedInt(e.rankChange())));
            for (CohortComparison.Change m : e.mainIndicators()) {
                sb.append(String.format(Locale.ROOT, "  %-24s %8s %8s %8s %5d %5d %6s%n", "M" + m.id() + " " + cut(m.name(), 20),
                        Points.format4(m.oldValue()), Points.format4(m.newValue()), signed(m.valueChange()), m.oldRank(), m.newRank(),
                        signedInt(m.rankChange())));
            }
        }
        if (!c.added().isEmpty()) {
            sb.append("\nOnly in the new ranking: ").append(String.join(", ", c.added())).append('\n');
        }
        if (!c.removed().isEmpty()) {
            sb.append("\nOnly in the old ranking: ").append(String.join(", ", c.removed())).append('\n');
        }
        sb.append("\nRanks: a positive change is an improvement (e.g. 42nd → 30th is +12).\n");
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

    private static String signed(double d) {
        return (d > 0 ? "+" : "") + Points.format4(d);
    }

    private static String signedInt(int d) {
        return (d > 0 ? "+" : "") + d;
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

}
