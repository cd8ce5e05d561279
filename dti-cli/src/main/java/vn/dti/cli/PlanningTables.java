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

    private static String head(Situation s, Text x) {
        return head(s, List.of(), x);
    }

    /** The header: methodology, entity, period; then every warning (the score card's, e.g. evidence of 2022 scored by the 2025 methodology, the cohort's, and these). */
    static String head(Situation s, List<String> more, Text x) {
        ScoreCard c = s.card();
        StringBuilder sb = new StringBuilder(s.methodology().name() + "\n" + x.t("cli.planning.head", c.entity().name(), c.entity().id(), c.period(),
                c.methodology().id(), c.methodology().version()) + "\n");
        List<String> all = new ArrayList<>();
        c.warnings().forEach(w -> all.add(x.of(w)));
        // the cohort's: its period before the methodology's edition, or another than the evidence's (as dti rank warns)
        vn.dti.planning.CohortWarnings.of(s).forEach(w -> all.add(x.of(w)));
        all.addAll(more);
        for (String w : all) {
            sb.append(x.t("cli.warning", w)).append('\n');
        }
        return sb.toString();
    }

    /** A component's value with its unit, as plans show it (100 thuê bao/100 dân; 87.2%). */
    private static String withUnit(Situation s, vn.dti.api.IndicatorId id, String value, Text x) {
        return s.methodology().component(id).map(c -> ValueText.withUnit(c, value, x.language())).orElse(ValueText.of(null, value));
    }

    /** A component's value as the tables show it (a share as a percentage). */
    private static String shown(Situation s, vn.dti.api.IndicatorId id, String value, Text x) {
        return ValueText.of(s.methodology().component(id).map(vn.dti.api.Component::valueKind).orElse(null), value, x.language());
    }

    // ------------------------------------------------------------------ gaps

    static String gapsTable(Situation s, List<Gap> gaps, GapsReport report, Text x) {
        ScoreCard card = s.card();
        StringBuilder sb = new StringBuilder(head(s, x));
        sb.append(x.t("cli.gaps.total", x.pointsOf(card.totalPoints(), card.maxPoints()), x.points(card.pointsLost()), x.points(card.pointsAtRisk())))
                .append("\n").append(x.t(report.by().equals(GapsReport.BY_AGENCY) ? "cli.gaps.countByAgency" : "cli.gaps.countByIndicator", gaps.size()))
                .append("\n");
        for (GapsReport.Group group : report.groups()) {
            sb.append("\n").append(group.group().isEmpty() ? x.t("cli.card.noAgency") : group.group()).append(" — ")
                    .append(x.t("cli.card.agencyLost", x.points(group.pointsLost())))
                    .append(group.pointsAtRisk() > 0 ? ", " + x.t("cli.card.agencyAtRisk", x.points(group.pointsAtRisk())) : "").append('\n');
            for (Gap g : group.gaps()) {
                sb.append(String.format(Locale.ROOT, "  %-5s %13s %6s %9s  %s%n", g.component(), x.pointsOf(g.points(), g.maxPoints()),
                        g.pointsLost() > 0 ? "-" + x.points(g.pointsLost()) : "", g.pointsAtRisk() > 0 ? x.t("cli.gaps.risk", x.points(g.pointsAtRisk())) : "",
                        reasons(g)));
                if (g.value() != null) {
                    sb.append("        ").append(x.t("cli.gaps.value", shown(s, g.component(), g.value(), x))).append('\n');
                }
                sb.append("        ").append(cut(g.name(), 100)).append('\n');
                if (g.nextStep() != null) {
                    sb.append("        ").append(x.t("cli.gaps.next", g.nextStep().action())).append(g.nextStep().adds() > 0 ? " (+"
                            + x.points(g.nextStep().adds()) + ")" : "").append('\n');
                }
                if (g.fullPoints() != null && g.nextStep() != null && !g.fullPoints().action().equals(g.nextStep().action())) {
                    sb.append("        ").append(x.t("cli.gaps.full", g.fullPoints().action())).append(" (+").append(x.points(g.fullPoints().adds()))
                            .append(")\n");
                }
                if (g.pointsPerPercentagePoint() != null) {
                    sb.append("        ").append(x.t("cli.gaps.perPercentagePoint", x.points(g.pointsPerPercentagePoint()))).append('\n');
                }
                if (report.by().equals(GapsReport.BY_INDICATOR)) {
                    sb.append("        ").append(g.cooperatingAgencies().isEmpty() ? x.t("cli.gaps.agency", g.agency())
                            : x.t("cli.gaps.agencyWith", g.agency(), String.join(", ", g.cooperatingAgencies()))).append('\n');
                } else if (!g.cooperatingAgencies().isEmpty()) {
                    sb.append("        ").append(x.t("cli.gaps.with", String.join(", ", g.cooperatingAgencies()))).append('\n');
                }
            }
        }
        sb.append('\n').append(x.t("cli.gaps.legend")).append('\n');
        return sb.toString();
    }

    private static String reasons(Gap g) {
        List<String> r = new ArrayList<>();
        g.reasons().forEach(x -> r.add(x.name()));
        return String.join(", ", r);
    }

    static String gapsCsv(Situation s, List<Gap> gaps, Text x) {
        StringBuilder sb = new StringBuilder();
        Csv.row(sb, "component", "main_indicator", "name", "value", "points", "max_points", "points_lost", "points_at_risk", "reasons", "agency",
                "cooperating_agencies", "rule", "next_value", "next_points_after", "next_adds", "next_action", "full_value", "full_adds",
                "points_per_percentage_point", "warnings");
        // the score card's warnings (an edition older than the methodology's) on every row, as dti rank's CSV does
        String warnings = String.join(" | ", s.card().warnings().stream().map(x::of).toList());
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

    static String targetsTable(Situation s, TargetsFile file, List<String> warnings, List<TargetResult> results, Text x) {
        StringBuilder sb = new StringBuilder(head(s, warnings, x));
        if (file.title() != null) {
            sb.append(file.title()).append('\n');
        }
        if (file.source() != null) {
            sb.append(x.t("cli.targets.source", file.source())).append('\n');
        }
        long met = results.stream().filter(TargetResult::isMet).count();
        long cannot = results.stream().filter(r -> r.status() == TargetResult.Status.CANNOT_TELL).count();
        sb.append(x.t("cli.targets.met", met, results.size())).append(s.ranking().isPresent() ? "" : x.t("cli.targets.needCohort"))
                .append(cannot > 0 ? x.t("cli.targets.cannotTell", cannot) : "").append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-4s %-18s %-12s  %s%n", "", x.t("cli.targets.target"), x.t("cli.targets.now"), x.t("cli.targets.distance")));
        for (TargetResult r : results) {
            sb.append(targetLine(s, r, 18, x));
            if (r.source() != null) {
                sb.append("                                        ").append(x.t("cli.targets.lineSource", r.source())).append('\n');
            }
        }
        return sb.toString();
    }

    /** "met  3.4>=0.9  87.2%  2.8 percentage points short": the mark ("?" when it cannot be checked or told), the target, the figure now, the distance. */
    private static String targetLine(Situation s, TargetResult r, int width, Text x) {
        String mark = r.met() == null ? "?" : r.met() ? x.t("cli.targets.markMet") : x.t("cli.targets.markNotMet");
        String now = r.actual() == null ? "" : r.actual();
        Target t = Target.parse(r.target(), s.methodology());
        if (t.subject() == Target.Subject.COMPONENT) {
            now = shown(s, vn.dti.api.IndicatorId.of(t.component()), now, x);
        } else if (!now.isEmpty() && (t.subject() == Target.Subject.TOTAL || t.subject() == Target.Subject.POINTS)) {
            now = x.points(Double.parseDouble(now));
        } else if (!now.isEmpty() && t.subject() == Target.Subject.INDEX) {
            now = x.index(Double.parseDouble(now));
        }
        return String.format(Locale.ROOT, "%-4s %-" + width + "s %-12s  %s%n", mark, r.target(), now, r.detail());
    }

    // ------------------------------------------------------------------ what-if

    static String whatIfTable(Situation s, WhatIfResult r, Text x) {
        return whatIfTable(s, r, null, x);
    }

    /** The what-if; with a targets file's results after the changes ({@code targets} null: none given). */
    static String whatIfTable(Situation s, WhatIfResult r, List<TargetResult> targets, Text x) {
        StringBuilder sb = new StringBuilder(head(s, x));
        sb.append('\n').append(x.t("cli.whatif.changed")).append('\n');
        sb.append(String.format(Locale.ROOT, "  %-5s %-12s %-12s %15s %15s %9s %15s%n", x.t("cli.card.id"), x.t("cli.whatif.valueNow"), x.t("cli.whatif.valueThen"),
                x.t("cli.whatif.pointsNow"), x.t("cli.whatif.pointsThen"), x.t("cli.whatif.change"), x.t("cli.whatif.atRisk")));
        for (WhatIfResult.ComponentChange c : r.components()) {
            sb.append(String.format(Locale.ROOT, "  %-5s %-12s %-12s %15s %15s %9s %15s%n", c.id(), shown(s, c.id(), c.valueBefore(), x),
                    shown(s, c.id(), c.valueAfter(), x), exactOf(c.pointsBefore(), c.maxPoints(), x), exactOf(c.pointsAfter(), c.maxPoints(), x),
                    signed(c.change(), x), c.pointsAtRiskBefore() > 0 || c.pointsAtRiskAfter() > 0 ? x.points(c.pointsAtRiskBefore()) + " → "
                            + x.points(c.pointsAtRiskAfter()) : ""));
        }
        sb.append('\n').append(x.t("cli.whatif.mains")).append('\n');
        for (WhatIfResult.MainChange m : r.mainIndicators()) {
            sb.append(String.format(Locale.ROOT, "  %-3s %15s → %15s %9s", m.id(), exactOf(m.pointsBefore(), m.maxPoints(), x),
                    exactOf(m.pointsAfter(), m.maxPoints(), x), signed(m.change(), x)));
            if (m.rankBefore() != null) {
                sb.append("   ").append(x.t("cli.whatif.rank", m.rankBefore(), m.rankAfter()));
            }
            sb.append("  ").append(cut(m.name(), 40)).append('\n');
        }
        sb.append('\n').append(x.t("cli.whatif.total", x.pointsExact(r.totalBefore()), x.pointsExact(r.totalAfter()), signed(r.totalChange(), x),
                x.index(r.indexBefore()), x.index(r.indexAfter()))).append('\n');
        sb.append(x.t("cli.whatif.lostAndAtRisk", x.points(r.pointsLostBefore()), x.points(r.pointsLostAfter()), x.points(r.pointsAtRiskBefore()),
                x.points(r.pointsAtRiskAfter()))).append('\n');
        if (r.rankBefore() != null) {
            sb.append(x.t("cli.whatif.ranks", r.rankBefore(), r.rankAfter(), r.top(), r.topCannotTell() != null ? r.topCannotTell()
                    : r.mainsInTopBefore() + " → " + r.mainsInTopAfter())).append('\n');
        }
        findings(sb, x.t("cli.whatif.findingsAdded"), r.findingsAdded(), x);
        findings(sb, x.t("cli.whatif.findingsRemoved"), r.findingsRemoved(), x);
        if (targets != null) {
            long met = targets.stream().filter(TargetResult::isMet).count();
            sb.append('\n').append(x.t("cli.whatif.targets", met, targets.size())).append('\n');
            for (TargetResult t : targets) {
                sb.append("  ").append(targetLine(s, t, 18, x));
            }
        }
        for (String n : r.notes()) {
            sb.append(x.t("cli.note", n)).append('\n');
        }
        return sb.toString();
    }

    /** "points / max", the points with enough decimals that a miss shows. */
    private static String exactOf(double points, double max, Text x) {
        return x.pointsExact(points) + " / " + x.points(max);
    }

    private static void findings(StringBuilder sb, String title, List<vn.dti.api.Finding> findings, Text x) {
        if (findings.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append('\n');
        for (vn.dti.api.Finding f : findings) {
            sb.append(String.format(Locale.ROOT, "  %-5s %-22s %s%s%n", f.indicator(), f.code(), f.pointsAtRisk() > 0
                    ? x.t("cli.whatif.findingAtRisk", x.points(f.pointsAtRisk())) + " " : f.pointsLost() > 0
                    ? x.t("cli.whatif.findingLost", x.points(f.pointsLost())) + " " : "", x.of(f.message())));
        }
    }

    private static String signed(double d, Text x) {
        return (d >= 0 ? "+" : "−") + x.points(Math.abs(d));
    }

    // ------------------------------------------------------------------ plan

    static String planTable(Situation s, Plan p, List<String> warnings, Text x) {
        StringBuilder sb = new StringBuilder();
        if (!p.reached()) {
            sb.append(x.t("cli.plan.noPlanBanner", p.unreached().size())).append('\n');
        }
        sb.append(head(s, warnings, x)).append('\n');
        sb.append(x.t(p.reached() ? "cli.plan.cheapest" : "cli.plan.closest", p.steps().size(), x.points(p.effort())))
                .append(p.verified() ? x.t("cli.plan.verified") : "").append("\n\n");
        // values with their units (3.3 → 100 thuê bao/100 dân); the columns as wide as the widest
        List<String[]> values = new ArrayList<>();
        int now = Math.max(10, x.t("cli.plan.now").length());
        int reach = Math.max(10, x.t("cli.plan.reach").length());
        for (PlanStep st : p.steps()) {
            String[] v = {withUnit(s, st.component(), st.valueBefore(), x), st.documentOnly() ? x.t("cli.plan.document")
                    : withUnit(s, st.component(), st.valueAfter(), x)};
            values.add(v);
            now = Math.max(now, v[0].length());
            reach = Math.max(reach, v[1].length());
        }
        String row = "  %-5s %-" + now + "s %-" + reach + "s %8s %7s  %s%n";
        sb.append(String.format(Locale.ROOT, row, x.t("cli.card.id"), x.t("cli.plan.now"), x.t("cli.plan.reach"),
                x.t("cli.plan.adds"), x.t("cli.plan.effort"), x.t("cli.plan.agency")));
        for (int i = 0; i < p.steps().size(); i++) {
            PlanStep st = p.steps().get(i);
            sb.append(String.format(Locale.ROOT, row, st.component(), values.get(i)[0], values.get(i)[1], signed(st.adds(), x), x.points(st.effort()),
                    st.agency()));
            sb.append("        ").append(cut(st.name(), 100)).append('\n');
        }
        sb.append('\n').append(x.t("cli.plan.total", x.points(p.totalBefore()), x.points(p.totalAfter())));
        if (p.rankBefore() != null) {
            sb.append("   ").append(x.t("cli.plan.rank", p.rankBefore(), p.rankAfter()));
        }
        sb.append("\n\n").append(x.t("cli.plan.after")).append('\n');
        for (TargetResult r : p.after()) {
            sb.append("  ").append(targetLine(s, r, 16, x));
        }
        if (!p.unreached().isEmpty()) {
            sb.append('\n').append(x.t("cli.plan.unreached")).append('\n');
            for (vn.dti.planning.Plan.Unreached u : p.unreached()) {
                sb.append("  ").append(u.target()).append(": ").append(u.reason().in(x.language())).append('\n');
            }
        }
        for (vn.dti.text.Message n : p.notes()) {
            sb.append(x.t("cli.note", n)).append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ sensitivity

    static String sensitivityTable(SensitivityResult r, Text x) {
        StringBuilder sb = new StringBuilder();
        sb.append(x.t("cli.sensitivity.title", r.methodology(), r.samples(), String.valueOf(r.seed()), x.number(r.range() * 100, 6))).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%4s  %-15s %-7s %9s  %-28s %-30s %s%n", x.t("cli.rank.rank"), x.t("cli.sensitivity.median"),
                x.t("cli.sensitivity.mode"), "5%–95%", x.t("cli.rank.entity"), x.t("cli.sensitivity.shares"), x.t("cli.sensitivity.movedBy")));
        boolean split = false;
        // the treatment of missing values is the one assumption of no component: its id is a code, shown in words
        String missing = r.assumptions().stream().filter(a -> a.component() == null).map(SensitivityResult.AssumptionShare::id).findFirst().orElse(null);
        for (SensitivityResult.EntityInterval e : r.entities()) {
            split |= e.medianSplit();
            String median = e.medianSplit() ? x.t("cli.sensitivity.split", e.medianLow(), e.medianHigh()) : Integer.toString(e.medianLow());
            sb.append(String.format(Locale.ROOT, "%4d  %-15s %-7s %9s  %-28s %-30s %s%n", e.rank(), median, modes(e.modes()), e.p5() + "–" + e.p95(),
                    cut(e.name(), 28), rankShares(e), e.mostMoved() == null ? "" : (e.mostMoved().equals(missing) ? x.t("cli.sensitivity.missingValues") : e.mostMoved()) + " (" + x.of(vn.dti.text.Figure.percent(e.share(), 1)) + ")"));
        }
        if (split) {
            sb.append('\n').append(x.t("cli.sensitivity.splitLegend")).append('\n');
        }
        sb.append('\n').append(x.t("cli.sensitivity.assumptions")).append('\n');
        for (SensitivityResult.AssumptionShare a : r.assumptions()) {
            if (a.share() < 0.0005) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "  %6s  %-16s %s%n", x.of(vn.dti.text.Figure.percent(a.share(), 1)),
                    a.component() == null ? x.t("cli.sensitivity.missingValues") : a.id(), a.varied()));
        }
        long none = r.assumptions().stream().filter(a -> a.share() < 0.0005).count();
        if (none > 0) {
            sb.append("  ").append(x.t("cli.sensitivity.none", none)).append('\n');
        }
        for (String n : r.notes()) {
            sb.append(x.t("cli.note", n)).append('\n');
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
