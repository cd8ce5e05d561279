package vn.dti.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.planning.Gap;
import vn.dti.planning.GapsReport;
import vn.dti.planning.Plan;
import vn.dti.planning.PlanStep;
import vn.dti.planning.SensitivityResult;
import vn.dti.planning.Situation;
import vn.dti.planning.Target;
import vn.dti.planning.TargetResult;
import vn.dti.planning.TargetsFile;
import vn.dti.planning.ValueText;
import vn.dti.planning.WhatIfResult;
import vn.dti.text.Csv;

/** Gaps, targets, what-ifs, plans and sensitivity as tables for people, CSV, and JSON shapes. */
final class PlanningTables {
    private PlanningTables() {
    }

    private static String head(Situation s) {
        return head(s, List.of());
    }

    /** The header: methodology, entity, period; then every warning (the score card's, e.g. evidence of 2022 scored by the 2025 methodology, and these). */
    static String head(Situation s, List<String> more) {
        ScoreCard c = s.card();
        StringBuilder sb = new StringBuilder(s.methodology().name() + "\n" + c.entity().name() + " (" + c.entity().id() + "), period " + c.period()
                + ", methodology " + c.methodology().id() + " (version " + c.methodology().version() + ")\n");
        List<String> all = new ArrayList<>(c.warnings());
        all.addAll(more);
        for (String w : all) {
            sb.append("WARNING: ").append(w).append('\n');
        }
        return sb.toString();
    }

    /** A component's value as the tables show it (a share as a percentage). */
    private static String shown(Situation s, vn.dti.api.IndicatorId id, String value) {
        return ValueText.of(s.methodology().component(id).map(vn.dti.api.Component::valueKind).orElse(null), value);
    }

    // ------------------------------------------------------------------ gaps

    static String gapsTable(Situation s, List<Gap> gaps, GapsReport report) {
        String by = report.by();
        ScoreCard card = s.card();
        StringBuilder sb = new StringBuilder(head(s));
        sb.append("Total ").append(Points.format(card.totalPoints())).append(" / ").append(Points.format(card.maxPoints())).append("   Points lost: ")
                .append(Points.format(card.pointsLost())).append("   Points at risk (earned, but flagged): ").append(Points.format(card.pointsAtRisk()))
                .append("\n").append(gaps.size()).append(" components below max or at risk, by ").append(by).append(":\n");
        for (GapsReport.Group group : report.groups()) {
            sb.append("\n").append(group.group().isEmpty() ? "(no agency)" : group.group()).append(" — ").append(Points.format(group.pointsLost()))
                    .append(" points lost").append(group.pointsAtRisk() > 0 ? ", " + Points.format(group.pointsAtRisk()) + " at risk" : "")
                    .append('\n');
            for (Gap g : group.gaps()) {
                sb.append(String.format(Locale.ROOT, "  %-5s %13s %6s %9s  %s%n", g.component(), Points.format(g.points()) + " / " + Points.format(g.maxPoints()),
                        g.pointsLost() > 0 ? "-" + Points.format(g.pointsLost()) : "", g.pointsAtRisk() > 0 ? Points.format(g.pointsAtRisk()) + " risk" : "",
                        reasons(g)));
                if (g.value() != null) {
                    sb.append("        value: ").append(shown(s, g.component(), g.value())).append('\n');
                }
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

    static String gapsCsv(Situation s, List<Gap> gaps) {
        StringBuilder sb = new StringBuilder();
        Csv.row(sb, "component", "main_indicator", "name", "value", "points", "max_points", "points_lost", "points_at_risk", "reasons", "agency",
                "cooperating_agencies", "rule", "next_value", "next_points_after", "next_adds", "next_action", "full_value", "full_adds",
                "points_per_percentage_point", "warnings");
        // the score card's warnings (an edition older than the methodology's) on every row, as dti rank's CSV does
        String warnings = String.join(" | ", s.card().warnings());
        for (Gap g : gaps) {
            Csv.row(sb, g.component().value(), g.mainIndicator().value(), g.name(), g.value(), num(g.points()),
                    num(g.maxPoints()), num(g.pointsLost()), num(g.pointsAtRisk()), reasons(g).replace(", ", ";"), g.agency(),
                    String.join("; ", g.cooperatingAgencies()), g.rule(), g.nextStep() == null ? null : g.nextStep().value(),
                    g.nextStep() == null ? "" : num(g.nextStep().pointsAfter()), g.nextStep() == null ? "" : num(g.nextStep().adds()),
                    g.nextStep() == null ? null : g.nextStep().action(), g.fullPoints() == null ? null : g.fullPoints().value(),
                    g.fullPoints() == null ? "" : num(g.fullPoints().adds()), g.pointsPerPercentagePoint() == null ? "" : num(g.pointsPerPercentagePoint()),
                    warnings);
        }
        return sb.toString();
    }

    private static String num(double d) {
        return vn.dti.scoring.FormulaText.num(d);
    }

    // ------------------------------------------------------------------ targets

    static String targetsTable(Situation s, TargetsFile file, List<String> warnings, List<TargetResult> results) {
        StringBuilder sb = new StringBuilder(head(s, warnings));
        if (file.title() != null) {
            sb.append(file.title()).append('\n');
        }
        if (file.source() != null) {
            sb.append("Source: ").append(file.source()).append('\n');
        }
        long met = results.stream().filter(TargetResult::isMet).count();
        long cannot = results.stream().filter(r -> r.status() == TargetResult.Status.CANNOT_TELL).count();
        sb.append(met).append(" of ").append(results.size()).append(" targets met").append(s.ranking().isPresent() ? "" : " (rank targets need --cohort)")
                .append(cannot > 0 ? "; " + cannot + " cannot be told in this cohort" : "").append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-4s %-18s %-12s  %s%n", "", "Target", "Now", "Distance"));
        for (TargetResult r : results) {
            sb.append(targetLine(s, r, 18));
            if (r.source() != null) {
                sb.append("                                        source: ").append(r.source()).append('\n');
            }
        }
        return sb.toString();
    }

    /** "met  3.4>=0.9  87.2%  2.8 percentage points short": the mark ("?" when it cannot be checked or told), the target, the figure now, the distance. */
    private static String targetLine(Situation s, TargetResult r, int width) {
        String mark = r.met() == null ? "?" : r.met() ? "met" : "NOT";
        String now = r.actual() == null ? "" : r.actual();
        Target t = Target.parse(r.target(), s.methodology());
        if (t.subject() == Target.Subject.COMPONENT && !now.equals("not reported")) {
            now = shown(s, vn.dti.api.IndicatorId.of(t.component()), now);
        }
        return String.format(Locale.ROOT, "%-4s %-" + width + "s %-12s  %s%n", mark, r.target(), now, r.detail());
    }

    // ------------------------------------------------------------------ what-if

    static String whatIfTable(Situation s, WhatIfResult r) {
        StringBuilder sb = new StringBuilder(head(s));
        sb.append("\nComponents changed:\n");
        sb.append(String.format(Locale.ROOT, "  %-5s %-12s %-12s %15s %15s %9s %15s%n", "Id", "Value now", "Value then", "Points now", "Points then", "Change",
                "At risk"));
        for (WhatIfResult.ComponentChange c : r.components()) {
            sb.append(String.format(Locale.ROOT, "  %-5s %-12s %-12s %15s %15s %9s %15s%n", c.id(), shown(s, c.id(), c.valueBefore()),
                    shown(s, c.id(), c.valueAfter()), Points.format(c.pointsBefore()) + " / " + Points.format(c.maxPoints()),
                    Points.format(c.pointsAfter()) + " / " + Points.format(c.maxPoints()), signed(c.change()),
                    c.pointsAtRiskBefore() > 0 || c.pointsAtRiskAfter() > 0 ? Points.format(c.pointsAtRiskBefore()) + " → "
                            + Points.format(c.pointsAtRiskAfter()) : ""));
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
        sb.append("Points lost: ").append(Points.format(r.pointsLostBefore())).append(" → ").append(Points.format(r.pointsLostAfter()))
                .append("   Points at risk (earned, but flagged): ").append(Points.format(r.pointsAtRiskBefore())).append(" → ")
                .append(Points.format(r.pointsAtRiskAfter())).append('\n');
        if (r.rankBefore() != null) {
            sb.append("Rank: ").append(r.rankBefore()).append(" → ").append(r.rankAfter()).append("   Main indicators in the top ").append(r.top())
                    .append(": ").append(r.topCannotTell() != null ? r.topCannotTell() : r.mainsInTopBefore() + " → " + r.mainsInTopAfter()).append('\n');
        }
        findings(sb, "Findings the change adds:", r.findingsAdded());
        findings(sb, "Findings the change removes:", r.findingsRemoved());
        for (String n : r.notes()) {
            sb.append("Note: ").append(n).append('\n');
        }
        return sb.toString();
    }

    private static void findings(StringBuilder sb, String title, List<vn.dti.api.Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append('\n');
        for (vn.dti.api.Finding f : findings) {
            sb.append(String.format(Locale.ROOT, "  %-5s %-22s %s%s%n", f.indicator(), f.code(), f.pointsAtRisk() > 0 ? Points.format(f.pointsAtRisk())
                    + " points at risk. " : f.pointsLost() > 0 ? Points.format(f.pointsLost()) + " points lost. " : "", f.message()));
        }
    }

    private static String signed(double d) {
        return (d >= 0 ? "+" : "−") + Points.format(Math.abs(d));
    }

    // ------------------------------------------------------------------ plan

    static String planTable(Situation s, Plan p, List<String> warnings) {
        StringBuilder sb = new StringBuilder();
        if (!p.reached()) {
            sb.append("NO PLAN REACHES EVERY TARGET: ").append(p.unreached().size()).append(" target(s) cannot be reached (listed below); the closest "
                    + "plan follows.\n");
        }
        sb.append(head(s, warnings));
        sb.append(p.reached() ? "\nThe cheapest plan reaches every target: " : "\nNO PLAN REACHES THE TARGETS. The closest plan: ")
                .append(p.steps().size()).append(" step(s), effort ").append(Points.format(p.effort())).append(p.verified() ? " (checked: scored again, "
                        + "every target is met)" : "").append("\n\n");
        sb.append(String.format(Locale.ROOT, "  %-5s %-10s %-10s %8s %7s  %s%n", "Id", "Now", "Reach", "Adds", "Effort", "Agency"));
        for (PlanStep st : p.steps()) {
            sb.append(String.format(Locale.ROOT, "  %-5s %-10s %-10s %8s %7s  %s%n", st.component(), shown(s, st.component(), st.valueBefore()),
                    st.documentOnly() ? "+document" : shown(s, st.component(), st.valueAfter()), signed(st.adds()), Points.format(st.effort()), st.agency()));
            sb.append("        ").append(cut(st.name(), 100)).append('\n');
        }
        sb.append("\nTotal: ").append(Points.format(p.totalBefore())).append(" → ").append(Points.format(p.totalAfter()));
        if (p.rankBefore() != null) {
            sb.append("   Rank: ").append(p.rankBefore()).append(" → ").append(p.rankAfter());
        }
        sb.append("\n\nTargets after the plan (scored again):\n");
        for (TargetResult r : p.after()) {
            sb.append("  ").append(targetLine(s, r, 16));
        }
        if (!p.unreached().isEmpty()) {
            sb.append("\nTargets no plan reaches here, and why:\n");
            for (vn.dti.planning.Plan.Unreached u : p.unreached()) {
                sb.append("  ").append(u.target()).append(": ").append(u.reason()).append('\n');
            }
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
        sb.append(String.format(Locale.ROOT, "%4s  %-15s %-7s %9s  %-28s %-30s %s%n", "Rank", "Median", "Mode", "5%–95%", "Entity", "Share of samples by rank",
                "Moved most by"));
        boolean split = false;
        for (SensitivityResult.EntityInterval e : r.entities()) {
            split |= e.medianSplit();
            String median = e.medianSplit() ? e.medianLow() + "–" + e.medianHigh() + " split" : Integer.toString(e.medianLow());
            sb.append(String.format(Locale.ROOT, "%4d  %-15s %-7s %9s  %-28s %-30s %s%n", e.rank(), median, modes(e.modes()), e.p5() + "–" + e.p95(),
                    cut(e.name(), 28), rankShares(e), e.mostMoved() == null ? "" : e.mostMoved() + String.format(Locale.ROOT, " (%.1f%%)", e.share() * 100)));
        }
        if (split) {
            sb.append("\nA split median (e.g. 4–6 split): the samples fall close to half and half on either side (45–55% at or below its best rank), "
                    + "so no single median rank is sure; read the shares by rank.\n");
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

    private static String modes(List<Integer> modes) {
        return String.join("/", modes.stream().map(String::valueOf).toList());
    }

    /** The share of the samples at each rank, as whole percentages (ranks under 0.5% left out). */
    private static String rankShares(SensitivityResult.EntityInterval e) {
        List<String> parts = new ArrayList<>();
        for (SensitivityResult.RankShare s : e.shares()) {
            if (s.share() >= 0.005) {
                parts.add(s.rank() + ": " + Math.round(s.share() * 100) + "%");
            }
        }
        return String.join("  ", parts);
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
