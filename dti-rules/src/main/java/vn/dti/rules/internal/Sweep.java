package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.ReportStatus;
import vn.dti.api.ValueKind;
import vn.dti.rules.ComponentValue;
import vn.dti.scoring.ComponentCohort;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;
import vn.dti.text.Message;

/**
 * The load-time sweep: every component is scored on its boundary values (0, each band edge and
 * just below it, the goal or reference, the largest plausible value, each category, yes and no)
 * and on every number written in the rule-file rules that score it, with the values just above
 * and below (a number compared with the count of documents or with a number of days varies that
 * instead), alone and as a cohort, in a scratch session. A folder whose rules award outside
 * [0, max] for any of them, or score one component twice, is refused, naming the rule, its file
 * and line (or cell) and the value that broke it: a methodology officer learns of it when the
 * folder loads, not when a province happens to report that value.
 */
final class Sweep {
    /** The fields of a component value other than the value that a rule may compare with a number. */
    private static final Set<String> FIELDS = Set.of("documents", "documentsAfterPeriod", "daysAfterPeriod", "daysBeforePeriod", "daysLate", "graceDays");
    /** The most values tried for one component. */
    private static final int MAX_PROBES = 1_000;

    /** One value tried, with the other fields a rule may compare with numbers. */
    private record Probe(Object value, int documents, String field, long fieldValue) {
        ComponentValue fact(int entity, int slot, Component c) {
            double number = value instanceof Double d ? d : Double.NaN;
            long days = "daysLate".equals(field) || "graceDays".equals(field) ? 0 : fieldValue;
            ComponentValue.Report report = "daysLate".equals(field) || "graceDays".equals(field)
                    ? new ComponentValue.Report("", c.responsibleAgency(), false, null, null, "", "daysLate".equals(field) ? fieldValue : 0, false,
                            "graceDays".equals(field) ? fieldValue : 0)
                    : ComponentValue.Report.NONE;
            return new ComponentValue(entity, slot, c.id().value(), ReportStatus.REPORTED, c.valueKind(), number, Boolean.TRUE.equals(value),
                    value instanceof String code ? code : null, c.maxPoints(), documents, false,
                    "documentsAfterPeriod".equals(field) ? (int) fieldValue : 0, "daysAfterPeriod".equals(field) ? days : 0,
                    "daysBeforePeriod".equals(field) ? days : 0, report);
        }

        Message describe(ComponentValue v) {
            if (field == null) {
                return Message.of("rules.sweep.value", v.describeValue());
            }
            return field.equals("documents") ? Message.of("rules.sweep.valueWith", v.describeValue(), field, String.valueOf(fieldValue))
                    : Message.of("rules.sweep.valueWithDocuments", v.describeValue(), field, String.valueOf(fieldValue), documents);
        }
    }

    private Sweep() {
    }

    static List<Problem> run(RuleBase base, Collection<IndicatorId> skip) {
        int n = base.slotCount();
        if (n == 0) {
            return List.of();
        }
        Map<IndicatorId, List<ScoringRule>> rules = new HashMap<>();
        base.scoringRules().forEach(r -> rules.computeIfAbsent(r.component(), k -> new ArrayList<>()).add(r));
        Map<String, List<RuleLiteral>> literals = new HashMap<>();
        for (RuleLiteral l : base.literals()) {
            literals.computeIfAbsent(l.file() + '\0' + l.rule(), k -> new ArrayList<>()).add(l);
        }
        List<List<Probe>> probes = new ArrayList<>(n);
        int entities = 0;
        for (int s = 0; s < n; s++) {
            Component c = base.component(s);
            List<Probe> p = probes(c, rules.getOrDefault(c.id(), List.of()), literals);
            probes.add(p);
            entities = Math.max(entities, p.size());
        }
        ComponentValue[][] facts = new ComponentValue[entities][n];
        Probe[][] tried = new Probe[entities][n];
        double[][] numbers = new double[n][];
        for (int s = 0; s < n; s++) {
            Component c = base.component(s);
            List<Probe> p = probes.get(s);
            List<Double> nums = new ArrayList<>();
            for (int e = 0; e < entities; e++) {
                Probe probe = p.get(Math.min(e, p.size() - 1));
                tried[e][s] = probe;
                facts[e][s] = probe.fact(e % Scoring.CHUNK, s, c);
                if (probe.value() instanceof Double d) {
                    nums.add(d);
                }
            }
            numbers[s] = nums.stream().mapToDouble(Double::doubleValue).toArray();
        }
        ComponentCohort[] cohort = new ComponentCohort[n];
        for (int s = 0; s < n; s++) {
            cohort[s] = ComponentCohort.of(numbers[s]);
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // every table row fires in Drools here, as its compiled rule: the sweep checks the rules as written
        DroolsEngine engine = new DroolsEngine(base, true);
        for (ComponentCohort[] stats : new ComponentCohort[][] {null, cohort}) {
            for (int from = 0; from < entities; from += Scoring.CHUNK) {
                int to = Math.min(entities, from + Scoring.CHUNK);
                Recorder recorder = new Recorder(base.origins(), n, to - from, stats);
                try {
                    engine.fire(java.util.Arrays.copyOfRange(facts, from, to), new RecordingSheet(recorder, base.patterns()), recorder);
                } catch (Watchdog.Stopped e) {
                    problems.add(e.problem()); // the rule that ran too long or without end, named
                    return problems;
                } catch (RuntimeException e) {
                    problems.add(Problem.of(base.root(), vn.dti.text.Message.of("rules.sweep.failed", Problem.rootMessage(e))));
                    return problems;
                }
                for (int e = from; e < to; e++) {
                    for (int s = 0; s < n; s++) {
                        Recorder.Slot slot = recorder.result(e - from, s);
                        Component c = base.component(s);
                        if (slot == null || slot.violation == null || skip.contains(c.id()) || !seen.add(c.id().value())) {
                            continue;
                        }
                        Message what = Message.of(stats == null ? "rules.sweep.violation" : "rules.sweep.violationInCohort", tried[e][s].describe(facts[e][s]),
                                slot.violation);
                        List<ScoringRule> own = rules.getOrDefault(c.id(), List.of());
                        // two rules scored it: blame the one that is not the component's own scoring rule (a rule without @indicator)
                        String blame = slot.second == null ? slot.rule
                                : own.stream().anyMatch(r -> r.rule().equals(slot.second)) ? slot.rule : slot.second;
                        problems.add(place(base, own, blame, what));
                    }
                }
            }
        }
        return problems;
    }

    /** The values tried for a component: its boundaries, and the numbers its rule-file rules are written with. */
    private static List<Probe> probes(Component c, List<ScoringRule> rules, Map<String, List<RuleLiteral>> literals) {
        List<Double> written = new ArrayList<>();
        Map<String, Set<Long>> fields = new HashMap<>();
        for (ScoringRule r : rules) {
            if (r.location().inTable()) {
                continue; // a table's numbers are its pattern's parameters, among the boundaries already
            }
            for (RuleLiteral l : literals.getOrDefault(r.location().file() + '\0' + r.rule(), List.of())) {
                if (l.field() != null && FIELDS.contains(l.field())) {
                    for (double d : ScoringPattern.around(l.value(), ValueKind.COUNT)) {
                        fields.computeIfAbsent(l.field(), k -> new java.util.TreeSet<>()).add((long) d);
                    }
                } else {
                    written.add(l.value());
                }
            }
        }
        ScoringRule first = rules.isEmpty() ? null : rules.get(0);
        List<Object> values = ScoringPattern.boundaries(first == null ? new ScoringPattern.Ratio() : first.pattern(), c, written);
        Set<Probe> out = new LinkedHashSet<>();
        for (Object v : values) {
            out.add(new Probe(v, 1, null, 0));
        }
        for (Map.Entry<String, Set<Long>> f : fields.entrySet()) {
            for (long x : f.getValue()) {
                for (Object v : values) {
                    if (out.size() >= MAX_PROBES) {
                        break;
                    }
                    out.add(f.getKey().equals("documents") ? new Probe(v, (int) x, "documents", x) : new Probe(v, 1, f.getKey(), x));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A sweep problem placed at the rule that awarded: its cell or line, or else its file. */
    private static Problem place(RuleBase base, List<ScoringRule> rules, String rule, Message what) {
        for (ScoringRule r : rules) {
            if (r.rule().equals(rule)) {
                return Problem.atRule(base.files().display(r.location().file()), r, what);
            }
        }
        RuleOrigins.Origin o = rule == null ? null : base.origins().find(rule);
        if (o == null) {
            return rules.isEmpty() ? Problem.of(base.root(), what) : Problem.atRule(base.files().display(rules.get(0).location().file()), rules.get(0), what);
        }
        return Problem.at(base.files().display(o.file()), o.line(), 0, vn.dti.text.Message.of("rules.problem.inRule", rule, what));
    }
}
