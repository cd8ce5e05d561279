package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.ReportStatus;
import vn.dti.rules.ComponentValue;
import vn.dti.scoring.ComponentCohort;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/**
 * The load-time sweep: every component is scored on its boundary values (0, each band edge and
 * just below it, the goal or reference, the largest plausible value, each category, yes and no),
 * alone and as a cohort, in a scratch session. A folder whose rules award outside [0, max] for any
 * of them, or score one component twice, is refused, naming the rule, its file and line (or cell)
 * and the value that broke it: a methodology officer learns of it when the folder loads, not when
 * a province happens to report that value.
 */
final class Sweep {
    private Sweep() {
    }

    static List<Problem> run(RuleBase base, Collection<IndicatorId> skip) {
        int n = base.slotCount();
        if (n == 0) {
            return List.of();
        }
        Map<IndicatorId, ScoringRule> rules = new HashMap<>();
        base.scoringRules().forEach(r -> rules.putIfAbsent(r.component(), r));
        List<List<Object>> candidates = new ArrayList<>(n);
        int entities = 0;
        for (int s = 0; s < n; s++) {
            Component c = base.component(s);
            ScoringRule r = rules.get(c.id());
            List<Object> values = ScoringPattern.boundaries(r == null ? new ScoringPattern.Ratio() : r.pattern(), c);
            candidates.add(values);
            entities = Math.max(entities, values.size());
        }
        ComponentValue[][] facts = new ComponentValue[entities][n];
        double[][] numbers = new double[n][];
        for (int s = 0; s < n; s++) {
            Component c = base.component(s);
            List<Object> values = candidates.get(s);
            List<Double> nums = new ArrayList<>();
            for (int e = 0; e < entities; e++) {
                Object v = values.get(Math.min(e, values.size() - 1));
                double number = v instanceof Double d ? d : Double.NaN;
                if (v instanceof Double d) {
                    nums.add(d);
                }
                facts[e][s] = new ComponentValue(e, s, c.id().value(), ReportStatus.REPORTED, c.valueKind(), number, Boolean.TRUE.equals(v),
                        v instanceof String code ? code : null, c.maxPoints(), 1, false, 0, 0, 0);
            }
            numbers[s] = nums.stream().mapToDouble(Double::doubleValue).toArray();
        }
        ComponentCohort[] cohort = new ComponentCohort[n];
        for (int s = 0; s < n; s++) {
            cohort[s] = ComponentCohort.of(numbers[s]);
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ComponentCohort[] stats : new ComponentCohort[][] {null, cohort}) {
            Recorder recorder = new Recorder(base.origins(), n, entities, stats);
            try {
                Engine.DROOLS.fire(base, facts, recorder);
            } catch (RuntimeException e) {
                problems.add(Problem.of(base.root(), "a rule failed while the folder was checked on its boundary values: " + Problem.rootMessage(e)
                        + "; run 'dti methodology validate' on a copy to find the rule."));
                return problems;
            }
            for (int e = 0; e < entities; e++) {
                for (int s = 0; s < n; s++) {
                    Recorder.Slot slot = recorder.result(e, s);
                    Component c = base.component(s);
                    if (slot == null || slot.violation == null || skip.contains(c.id()) || !seen.add(c.id().value())) {
                        continue;
                    }
                    String what = "for the value " + facts[e][s].describeValue() + (stats == null ? "" : " in a cohort") + ", " + slot.violation + ".";
                    ScoringRule r = rules.get(c.id());
                    problems.add(r != null ? RuleBase.at(base.files(), r, what)
                            : Problem.of(base.files().display(recorder.fileOf(slot.rule == null ? "?" : slot.rule)), what));
                }
            }
        }
        return problems;
    }
}
