package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dti.api.FindingCode;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.RuleEngine;
import vn.dti.scoring.Award;
import vn.dti.scoring.ComponentCohort;
import vn.dti.scoring.FormulaText;
import vn.dti.scoring.ScoringPattern;
import vn.dti.text.Figure;
import vn.dti.text.Message;

/**
 * What rules record while one chunk of entities is scored: per entity and component, the rule
 * that awarded points, the points, formula and inputs, a violation, whether points are withheld,
 * and the findings raised. A rule that awards outside [0, max], or a second rule scoring an
 * already scored component, records a violation naming both rules and where they are written. One
 * recorder serves one scoring call; the rule-facing façade over it is a {@link RecordingSheet}.
 */
public final class Recorder implements RuleEngine.Awards {
    private final RuleOrigins origins;
    private final ComponentCohort[] cohort;
    private final Slot[][] slots;
    private final int slotCount;

    /**
     * @param cohort per component slot, the cohort's reported numbers when scoring a cohort
     *               together (null entries or a null array when scoring each entity alone)
     */
    public Recorder(RuleOrigins origins, int slotCount, int entities, ComponentCohort[] cohort) {
        this.origins = origins;
        this.slotCount = slotCount;
        this.cohort = cohort;
        this.slots = new Slot[entities][];
    }

    @Override
    public void apply(String rule, ComponentValue v, ScoringPattern pattern) {
        Award a = pattern.apply(v, cohort == null ? null : cohort[v.getSlot()]);
        if (a.isViolation()) {
            violation(rule, v, a.violation());
        } else {
            award(rule, v, a.points(), a.formula(), a.inputs());
        }
    }

    /** Records points found by a formula written in a rule. */
    public void award(String rule, ComponentValue v, double points, Message formula, Map<String, Object> inputs) {
        Slot s = slot(v);
        if (s.rule != null) {
            s.violation = Message.of("rules.violation.twoRules", s.rule, origins.placeOf(s.rule), rule, origins.placeOf(rule), v.getIndicator());
            s.second = rule;
            return;
        }
        s.rule = rule;
        s.points = points;
        s.formula = Message.of("scoring.formula.result", formula, Double.isFinite(points) ? Figure.points(points) : Double.toString(points));
        s.inputs = inputs;
        if (!(points >= 0 && points <= v.getMax() + 1e-9)) {
            s.violation = Message.of("rules.violation.outOfRange", rule, origins.placeOf(rule),
                    Double.isFinite(points) ? FormulaText.plain(points) : Double.toString(points), v.getIndicator(), Figure.points(v.getMax()));
        }
    }

    /** The rule cannot score this value: the component earns nothing and gets a RULE_VIOLATION. */
    public void violation(String rule, ComponentValue v, String what) {
        violation(rule, v, Message.text(what));
    }

    /** The rule cannot score this value, for the reason given: the component earns nothing and gets a RULE_VIOLATION. */
    public void violation(String rule, ComponentValue v, Message what) {
        Slot s = slot(v);
        if (s.rule == null) {
            s.rule = rule;
        }
        s.violation = Message.of("rules.violation.cannotScore", rule, origins.fileOf(rule), what);
    }

    @Override
    public void finding(String rule, ComponentValue v, FindingCode code, Message message) {
        slot(v).add(new RuleFinding(code, message, rule));
    }

    @Override
    public void withhold(String rule, ComponentValue v, FindingCode code, Message message) {
        Slot s = slot(v);
        s.withheld = true;
        s.add(new RuleFinding(code, message, rule));
    }

    @Override
    public double points(ComponentValue v) {
        Slot s = result(v.getEntity(), v.getSlot());
        return s == null || s.rule == null || s.withheld || s.violation != null ? 0 : s.points;
    }

    /** The label explanations show for a compiled rule's name. */
    public String label(String ruleName) {
        return origins.label(ruleName);
    }

    String fileOf(String rule) {
        return origins.fileOf(rule);
    }

    /** "rule (file)", as a finding names the rule that raised it. */
    String describe(String rule) {
        return origins.describe(rule);
    }

    String locationOf(String rule) {
        return origins.locationOf(rule);
    }

    private Slot slot(ComponentValue v) {
        Slot[] row = slots[v.getEntity()];
        if (row == null) {
            row = new Slot[slotCount];
            slots[v.getEntity()] = row;
        }
        Slot s = row[v.getSlot()];
        if (s == null) {
            s = new Slot();
            row[v.getSlot()] = s;
        }
        return s;
    }

    /** What rules recorded for one entity's component, or null if none fired. */
    Slot result(int entity, int slot) {
        Slot[] row = slots[entity];
        return row == null ? null : row[slot];
    }

    /** A finding a rule raised. */
    record RuleFinding(FindingCode code, Message message, String rule) {
    }

    /** What the rules recorded for one component of one entity. */
    static final class Slot {
        String rule;
        double points = Double.NaN;
        Message formula;
        Map<String, Object> inputs;
        Message violation;
        /** The second rule that scored the component, when two did. */
        String second;
        boolean withheld;
        /** The findings raised, made on the first: most components have none. */
        private List<RuleFinding> findings;

        void add(RuleFinding f) {
            if (findings == null) {
                findings = new ArrayList<>(2);
            }
            findings.add(f);
        }

        /** The findings raised, in the order they were; empty when none. */
        List<RuleFinding> findings() {
            return findings == null ? List.of() : findings;
        }
    }
}
