package vn.dti.rules;

import org.kie.api.runtime.rule.RuleContext;
import vn.dti.api.FindingCode;
import vn.dti.scoring.ScoringPattern;
import vn.dti.text.Figure;
import vn.dti.text.Message;

/**
 * The global {@code score} that rule files and decision tables award points and raise findings
 * through. Each call records which rule made it (pass {@code kcontext}), the inputs it used and
 * the formula in words, so every score card explains itself. The patterns
 * ({@link ScoringPattern}):
 * <ul>
 *   <li>{@code score.ratio(kcontext, $v)}: ratio × max;</li>
 *   <li>{@code score.goal(kcontext, $v, 0.90)}: min(1, value / goal) × max;</li>
 *   <li>{@code score.bands(kcontext, $v, "3:10, 2:7, 1:4")}: value ≥ 3 → 10, ≥ 2 → 7, ≥ 1 → 4, else 0;</li>
 *   <li>{@code score.yesNo(kcontext, $v)}: yes → max, no → 0;</li>
 *   <li>{@code score.category(kcontext, $v, "head:10, deputy:5, none:0")}: points per category;</li>
 *   <li>{@code score.relative(kcontext, $v, 10000)}: value / best in the cohort × max; alone, / the reference;</li>
 *   <li>{@code score.minMax}, {@code score.zScaled}, {@code score.rankShare}: placed within the cohort;</li>
 *   <li>{@code score.award(kcontext, $v, points, "formula in words")}: any formula.</li>
 * </ul>
 * Completeness rules call {@code score.finding} (the points stand) or {@code score.withhold} (the
 * component earns 0), with a message from the catalogue, so that it is shown in the reader's
 * language: {@code score.finding(kcontext, $v, FindingCode.NOT_REPORTED,
 * score.message("rules.finding.notReported", $v.getIndicator()))}; a ratio in a message is
 * {@code score.percent($v.getNumber(), 2)}. A message written as plain text is shown as written, in
 * every language. A rule that awards more than max or less than 0, or a second rule scoring
 * a component already scored, gives that component a {@code RULE_VIOLATION} finding naming the
 * rule and its file, and it earns nothing until the rule is fixed. One sheet serves one scoring
 * call; the engine provides it (rule files declare {@code global vn.dti.rules.ScoreSheet score}).
 */
public interface ScoreSheet {
    /** The name of the global that rules award points through. */
    String GLOBAL = "score";

    /** Points = ratio (capped to [0, 1]) × max. */
    void ratio(RuleContext kcontext, ComponentValue v);

    /** Points = min(1, value / goal) × max: full points at or above the goal. */
    void goal(RuleContext kcontext, ComponentValue v, double goal);

    /** Banded value: {@code "4:20, 3:15, 2:10, 1:5"}, threshold:points, highest first; 0 below the lowest band. */
    void bands(RuleContext kcontext, ComponentValue v, String spec);

    /** Max points for yes, 0 for no. */
    void yesNo(RuleContext kcontext, ComponentValue v);

    /** Points per category code: {@code "head:10, deputy:5, other:2.5, none:0"}. */
    void category(RuleContext kcontext, ComponentValue v, String spec);

    /** Points = min(1, value / best in the cohort) × max; scored alone, against {@code reference}. */
    void relative(RuleContext kcontext, ComponentValue v, double reference);

    /** Points = (value − min) / (max − min) × max over the cohort; alone, between {@code refMin} and {@code refMax}. */
    void minMax(RuleContext kcontext, ComponentValue v, double refMin, double refMax);

    /** UN EGDI style: z-scored over the cohort, scaled to 0..1 by the lowest and highest z; alone, as {@link #minMax}. */
    void zScaled(RuleContext kcontext, ComponentValue v, double refMin, double refMax);

    /** Points = the share of the other entities with a lower value × max; alone, max. */
    void rankShare(RuleContext kcontext, ComponentValue v);

    /** Awards points by any formula; {@code formula} says it in words. */
    void award(RuleContext kcontext, ComponentValue v, double points, String formula);

    /** Raises a finding on the component; its points stand. */
    void finding(RuleContext kcontext, ComponentValue v, FindingCode code, Message message);

    /** Raises a finding with a message that is the same in every language; its points stand. */
    default void finding(RuleContext kcontext, ComponentValue v, FindingCode code, String message) {
        finding(kcontext, v, code, Message.text(message));
    }

    /** Raises a finding and withholds the component's points (e.g. no evidence document). */
    void withhold(RuleContext kcontext, ComponentValue v, FindingCode code, Message message);

    /** Raises a finding with a message that is the same in every language, and withholds the component's points. */
    default void withhold(RuleContext kcontext, ComponentValue v, FindingCode code, String message) {
        withhold(kcontext, v, code, Message.text(message));
    }

    /**
     * A message of the catalogue ({@code vn.dti.text.Messages}), for a finding: written in the
     * reader's language when the score card is shown.
     *
     * @param key  the catalogue key, e.g. {@code rules.finding.notReported}
     * @param args its arguments ({@code $v.getIndicator()}, a count, a date, a {@link #percent})
     * @return the message
     */
    default Message message(String key, Object... args) {
        return Message.of(key, args);
    }

    /**
     * A ratio as a percent inside a message, written as the reader's language writes it (46,69% / 46.69%).
     *
     * @param ratio    the ratio (1 is 100%)
     * @param decimals the decimals of the percent
     * @return the figure
     */
    default Figure percent(double ratio, int decimals) {
        return Figure.percent(ratio, decimals);
    }

    /** The points this component has been awarded so far in this call: 0 when none, withheld or in violation. */
    double points(ComponentValue v);
}
