package vn.dti.rules.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import vn.dti.api.FindingCode;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.ScoreSheet;
import vn.dti.scoring.ScoringPattern;
import vn.dti.text.Message;

/**
 * The {@link ScoreSheet} rules call, over one scoring call's {@link Recorder}: each call names its
 * rule (from {@code kcontext}), picks the pattern (bands and categories parsed once per
 * methodology, by {@link PatternCache}) and records what it awards.
 */
public final class RecordingSheet implements ScoreSheet {
    private final Recorder recorder;
    private final PatternCache patterns;
    /** The rule that called last, for the watchdog's report of a run stopped outside any consequence. */
    private volatile String last;
    /** The compiled rule that called last and its label: Drools fires a rule's matches one after another, so its label is looked up once a run. */
    private org.kie.api.definition.rule.Rule lastRule;
    private String lastLabel;

    public RecordingSheet(Recorder recorder, PatternCache patterns) {
        this.recorder = recorder;
        this.patterns = patterns;
    }

    @Override
    public void ratio(RuleContext kcontext, ComponentValue v) {
        recorder.apply(rule(kcontext), v, new ScoringPattern.Ratio());
    }

    @Override
    public void goal(RuleContext kcontext, ComponentValue v, double goal) {
        recorder.apply(rule(kcontext), v, new ScoringPattern.Goal(goal));
    }

    @Override
    public void bands(RuleContext kcontext, ComponentValue v, String spec) {
        parsed(kcontext, v, spec, patterns::bands);
    }

    @Override
    public void yesNo(RuleContext kcontext, ComponentValue v) {
        recorder.apply(rule(kcontext), v, new ScoringPattern.YesNo());
    }

    @Override
    public void category(RuleContext kcontext, ComponentValue v, String spec) {
        parsed(kcontext, v, spec, patterns::categories);
    }

    /** A pattern written as text in the rule: a text that does not parse is the rule's violation, not an exception in the session. */
    private void parsed(RuleContext kcontext, ComponentValue v, String spec, java.util.function.Function<String, ScoringPattern> parse) {
        String rule = rule(kcontext);
        try {
            recorder.apply(rule, v, parse.apply(spec));
        } catch (IllegalArgumentException e) {
            recorder.violation(rule, v, e.getMessage());
        }
    }

    @Override
    public void relative(RuleContext kcontext, ComponentValue v, double reference) {
        recorder.apply(rule(kcontext), v, new ScoringPattern.Relative(reference));
    }

    @Override
    public void minMax(RuleContext kcontext, ComponentValue v, double refMin, double refMax) {
        recorder.apply(rule(kcontext), v, new ScoringPattern.MinMax(refMin, refMax));
    }

    @Override
    public void zScaled(RuleContext kcontext, ComponentValue v, double refMin, double refMax) {
        recorder.apply(rule(kcontext), v, new ScoringPattern.ZScaled(refMin, refMax));
    }

    @Override
    public void rankShare(RuleContext kcontext, ComponentValue v) {
        recorder.apply(rule(kcontext), v, new ScoringPattern.RankShare());
    }

    @Override
    public void award(RuleContext kcontext, ComponentValue v, double points, String formula) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("value", v.value());
        recorder.award(rule(kcontext), v, points, Message.text(formula), Collections.unmodifiableMap(inputs));
    }

    @Override
    public void finding(RuleContext kcontext, ComponentValue v, FindingCode code, Message message) {
        recorder.finding(rule(kcontext), v, code, message);
    }

    @Override
    public void withhold(RuleContext kcontext, ComponentValue v, FindingCode code, Message message) {
        recorder.withhold(rule(kcontext), v, code, message);
    }

    @Override
    public double points(ComponentValue v) {
        return recorder.points(v);
    }

    /** {@return the label of the rule that called the sheet last; null when none did} */
    public String lastRule() {
        return last;
    }

    private String rule(RuleContext kcontext) {
        if (kcontext == null) {
            last = "";
            return "";
        }
        org.kie.api.definition.rule.Rule compiled = kcontext.getRule();
        if (compiled != lastRule) {
            lastLabel = recorder.label(compiled.getName());
            lastRule = compiled;
            last = lastLabel;
        }
        return lastLabel;
    }
}
