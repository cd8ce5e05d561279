package vn.dti.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.planning.Gap;
import vn.dti.planning.Gaps;
import vn.dti.planning.Plan;
import vn.dti.planning.PlanStep;
import vn.dti.planning.SensitivityResult;
import vn.dti.planning.Situation;
import vn.dti.planning.TargetResult;
import vn.dti.planning.TargetsFile;
import vn.dti.planning.WhatIfResult;

/** Gaps, targets, what-ifs, plans and sensitivity as tables for people, CSV, and JSON shapes. */
final class PlanningTables {
    private PlanningTables() {
    }

    private static String head(Situation s) {
        ScoreCard c = s.card();
        StringBuilder sb = new StringBuilder(s.methodology().name() + "\n" + c.entity().name() + " (" + c.entity().id() + "), period " + c.period()
                + ", methodology " + c.methodology().id() + " (version " + c.methodology().version() + ")\n");
        for (String w : c.warnings()) {
            sb.append("WARNING: ").append(w).append('\n');   // e.g. evidence of 2022 scored by the 2025 methodology, as in the score table
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ gaps

    static String gapsTable(Situation s, List<Gap> gaps, Map<String, List<Gap>> groups, String by) {
        ScoreCard card = s.card();
        StringBuilder sb = new StringBuilder(head(s));
        sb.append("Total ").append(Points.format(card.totalPoints())).append(" / ").append(Points.format(card.maxPoints())).append("   Points lost: ")
                .append(Points.format(card.pointsLost())).append("   Points at risk (earned, but flagged): ").append(Points.format(card.pointsAtRisk()))
                .append("\n").append(gaps.size()).append(" components below max or at risk, by ").append(by).append(":\n");
        for (Map.Entry<String, List<Gap>> e : groups.entrySet()) {
            sb.append("\n").append(e.getKey().isEmpty() ? "(no agency)" : e.getKey()).append(" — ").append(Points.format(Gaps.lost(e.getValue())))
                    .append(" points lost").append(Gaps.risk(e.getValue()) > 0 ? ", " + Points.format(Gaps.risk(e.getValue())) + " at risk" : "")
                    .append('\n');
            for (Gap g : e.getValue()) {
                sb.append(String.format(Locale.ROOT, "  %-5s %13s %6s %9s  %s%n", g.component(), Points.format(g.points()) + " / " + Points.format(g.maxPoints()),
                        "-" + Points.format(g.pointsLost()), g.pointsAtRisk() > 0 ? Points.format(g.pointsAtRisk()) + " risk" : "", reasons(g)));
                sb.append("        ").append(cut(g.name(), 100)).append('\n');
                if (g.nextStep() != null) {
                    sb.append("        next: ").append(g.nextStep().action()).append(g.nextStep().adds() > 0 ? " (+" + Points.format(g.nextStep().adds()) + ")" : "")
                            .append('\n');
                }
                if (g.fullPoints() != null && g.nextStep() != null && !g.fullPoints().action().equals(g.nextStep().action())) {
                    sb.append("        full: ").append(g.fullPoints().action()).append(" (+").append(Points.format(g.fullPoints().adds())).append(")\n");
                }
                if (g.pointsPerPercentagePoint() != null) {
                    sb.append("        each percentage point: +").append(Points.format(g.pointsPerPercentagePoint())).append('\n');
                }
                if (by.equals("indicator")) {
                    sb.append("        agency: ").append(g.agency()).append(g.cooperatingAgencies().isEmpty() ? "" : "; with " + String.join(", ",
                            g.cooperatingAgencies())).append('\n');
                } else if (!g.cooperatingAgencies().isEmpty()) {
                    sb.append("        with: ").append(String.join(", ", g.cooperatingAgencies())).append('\n');
                }
            }
        }
        sb.append("\nPoints lost = max − points (not earned, for any reason); points at risk = earned but flagged (a stale document, a ratio above "
                + "100%): separate figures.\n");
        return sb.toString();
    }

    private static String reasons(Gap g) {
        List<String> r = new ArrayList<>();
        g.reasons().forEach(x -> r.add(x.name()));
        return String.join(", ", r);
    }

    static Map<String, Object> gapsJson(Situation s, List<Gap> gaps, Map<String, List<Gap>> groups, String by) {
        ScoreCard card = s.card();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("methodology", card.methodology());
        out.put("entity", card.entity());
        out.put("period", card.period());
        out.put("totalPoints", card.totalPoints());
        out.put("maxPoints", card.maxPoints());
        out.put("pointsLost", card.pointsLost());
        out.put("pointsAtRisk", card.pointsAtRisk());
        out.put("by", by);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<String, List<Gap>> e : groups.entrySet()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("group", e.getKey());
            g.put("pointsLost", Gaps.lost(e.getValue()));
            g.put("pointsAtRisk", Gaps.risk(e.getValue()));
            g.put("gaps", e.getValue());
            list.add(g);
        }
        out.put("groups", list);
        return out;
    }

    static String gapsCsv(Situation s, List<Gap> gaps) {
        StringBuilder sb = new StringBuilder("component,main_indicator,name,value,points,max_points,points_lost,points_at_risk,reasons,agency,"
                + "cooperating_agencies,rule,next_value,next_points_after,next_adds,next_action,full_value,full_adds,points_per_percentage_point\n");
        for (Gap g : gaps) {
            sb.append(String.join(",", csv(g.component().value()), csv(g.mainIndicator().value()), csv(g.name()), csv(g.value()), num(g.points()),
                    num(g.maxPoints()), num(g.pointsLost()), num(g.pointsAtRisk()), csv(reasons(g).replace(", ", ";")), csv(g.agency()),
                    csv(String.join("; ", g.cooperatingAgencies())), csv(g.rule()), csv(g.nextStep() == null ? null : g.nextStep().value()),
                    g.nextStep() == null ? "" : num(g.nextStep().pointsAfter()), g.nextStep() == null ? "" : num(g.nextStep().adds()),
                    csv(g.nextStep() == null ? null : g.nextStep().action()), csv(g.fullPoints() == null ? null : g.fullPoints().value()),
                    g.fullPoints() == null ? "" : num(g.fullPoints().adds()), g.pointsPerPercentagePoint() == null ? "" : num(g.pointsPerPercentagePoint())))
                    .append('\n');
        }
        return sb.toString();
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@")) {
            return "\"" + (s.startsWith("=") || s.startsWith("+") || s.startsWith("@") ? "'" : "") + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String num(double d) {
        return vn.dti.scoring.FormulaText.num(d);
    }

    // ------------------------------------------------------------------ targets

    static String targetsTable(Situation s, String title, List<TargetResult> results) {
        StringBuilder sb = new StringBuilder(head(s));
        if (title != null) {
            sb.append(title).append('\n');
        }
        long met = results.stream().filter(TargetResult::isMet).count();
        sb.append(met).append(" of ").append(results.size()).append(" targets met").append(s.ranking().isPresent() ? "" : " (rank targets need --cohort)")
                .append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-4s %-12s %-12s  %s%n", "", "Target", "Now", "Distance"));
        for (TargetResult r : results) {
            String mark = r.met() == null ? "?" : r.met() ? "met" : "NOT";
            sb.append(String.format(Locale.ROOT, "%-4s %-12s %-12s  %s%n", mark, r.target(), r.actual() == null ? "" : r.actual(), r.detail()));
            if (r.source() != null) {
                sb.append("                                  source: ").append(r.source()).append('\n');
            }
        }
        return sb.toString();
    }

    static Map<String, Object> targetsJson(Situation s, TargetsFile file, List<TargetResult> results) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", file.title());
        out.put("entity", s.card().entity());
        out.put("period", s.card().period());
        out.put("totalPoints", s.card().totalPoints());
        out.put("met", results.stream().filter(TargetResult::isMet).count());
        out.put("targets", results);
        return out;
    }

    // ------------------------------------------------------------------ what-if

    static String whatIfTable(Situation s, WhatIfResult r) {
        StringBuilder sb = new StringBuilder(head(s));
        sb.append("\nComponents changed:\n");
        sb.append(String.format(Locale.ROOT, "  %-5s %-12s %-12s %15s %15s %9s%n", "Id", "Value now", "Value then", "Points now", "Points then", "Change"));
        for (WhatIfResult.ComponentChange c : r.components()) {
            sb.append(String.format(Locale.ROOT, "  %-5s %-12s %-12s %15s %15s %9s%n", c.id(), c.valueBefore() == null ? "—" : c.valueBefore(),
                    c.valueAfter() == null ? "—" : c.valueAfter(), Points.format(c.pointsBefore()) + " / " + Points.format(c.maxPoints()),
                    Points.format(c.pointsAfter()) + " / " + Points.format(c.maxPoints()), signed(c.change())));
        }
        sb.append("\nMain indicators:\n");
        for (WhatIfResult.MainChange m : r.mainIndicators()) {
            sb.append(String.format(Locale.ROOT, "  %-3s %15s → %15s %9s", m.id(), Points.format(m.pointsBefore()) + " / " + Points.format(m.maxPoints()),
                    Points.format(m.pointsAfter()) + " / " + Points.format(m.maxPoints()), signed(m.change())));
            if (m.rankBefore() != null) {
                sb.append(String.format(Locale.ROOT, "   rank %d → %d", m.rankBefore(), m.rankAfter()));
            }
            sb.append("  ").append(cut(m.name(), 40)).append('\n');
        }
        sb.append("\nTotal: ").append(Points.format(r.totalBefore())).append(" → ").append(Points.format(r.totalAfter())).append(" (")
                .append(signed(r.totalChange())).append(")   Index: ").append(Points.format4(r.indexBefore())).append(" → ")
                .append(Points.format4(r.indexAfter())).append('\n');
        if (r.rankBefore() != null) {
            sb.append("Rank: ").append(r.rankBefore()).append(" → ").append(r.rankAfter()).append("   Main indicators in the top ").append(r.top())
                    .append(": ").append(r.mainsInTopBefore()).append(" → ").append(r.mainsInTopAfter()).append('\n');
        }
        for (String n : r.notes()) {
            sb.append("Note: ").append(n).append('\n');
        }
        return sb.toString();
    }

    private static String signed(double d) {
        return (d >= 0 ? "+" : "−") + Points.format(Math.abs(d));
    }

    // ------------------------------------------------------------------ plan

    static String planTable(Situation s, Plan p) {
        StringBuilder sb = new StringBuilder(head(s));
        sb.append(p.reached() ? "\nThe cheapest plan reaches every target: " : "\nNO PLAN REACHES THE TARGETS. The closest plan: ")
                .append(p.steps().size()).append(" step(s), effort ").append(Points.format(p.effort())).append(p.verified() ? " (checked: scored again, "
                        + "every target is met)" : "").append("\n\n");
        sb.append(String.format(Locale.ROOT, "  %-5s %-10s %-10s %8s %7s  %s%n", "Id", "Now", "Reach", "Adds", "Effort", "Agency"));
        for (PlanStep st : p.steps()) {
            sb.append(String.format(Locale.ROOT, "  %-5s %-10s %-10s %8s %7s  %s%n", st.component(), st.valueBefore() == null ? "—" : st.valueBefore(),
                    st.documentOnly() ? "+document" : st.valueAfter(), "+" + Points.format(st.adds()), Points.format(st.effort()), st.agency()));
            sb.append("        ").append(cut(st.name(), 100)).append('\n');
        }
        sb.append("\nTotal: ").append(Points.format(p.totalBefore())).append(" → ").append(Points.format(p.totalAfter()));
        if (p.rankBefore() != null) {
            sb.append("   Rank: ").append(p.rankBefore()).append(" → ").append(p.rankAfter());
        }
        sb.append("\n\nTargets after the plan (scored again):\n");
        for (TargetResult r : p.after()) {
            sb.append(String.format(Locale.ROOT, "  %-4s %-12s %-12s %s%n", r.met() == null ? "?" : r.met() ? "met" : "NOT", r.target(),
                    r.actual() == null ? "" : r.actual(), r.detail()));
        }
        for (String n : p.notes()) {
            sb.append("Note: ").append(n).append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ sensitivity

    static String sensitivityTable(SensitivityResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Rank sensitivity: methodology ").append(r.methodology()).append(", ").append(r.samples()).append(" samples, seed ").append(r.seed())
                .append(", parameters ± ").append(vn.dti.scoring.FormulaText.num(r.range() * 100)).append("%\n\n");
        sb.append(String.format(Locale.ROOT, "%4s %7s %9s  %-28s %s%n", "Rank", "Median", "5%–95%", "Entity", "Moved most by"));
        for (SensitivityResult.EntityInterval e : r.entities()) {
            sb.append(String.format(Locale.ROOT, "%4d %7s %9s  %-28s %s%n", e.rank(), vn.dti.scoring.FormulaText.num(e.median()), e.p5() + "–" + e.p95(),
                    cut(e.name(), 28), e.mostMoved() == null ? "" : e.mostMoved() + String.format(Locale.ROOT, " (%.1f%%)", e.share() * 100)));
        }
        sb.append("\nAssumptions by first-order share of the rank variance:\n");
        for (SensitivityResult.AssumptionShare a : r.assumptions()) {
            if (a.share() < 0.0005) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "  %5.1f%%  %-16s %s%n", a.share() * 100, a.id(), a.varied()));
        }
        long none = r.assumptions().stream().filter(a -> a.share() < 0.0005).count();
        if (none > 0) {
            sb.append("  ").append(none).append(" other assumption(s) move no rank (share below 0.05%).\n");
        }
        for (String n : r.notes()) {
            sb.append("Note: ").append(n).append('\n');
        }
        return sb.toString();
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
