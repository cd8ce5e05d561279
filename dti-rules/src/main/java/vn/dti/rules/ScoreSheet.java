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

    /**
     * Points = ratio (capped to [0, 1]) × max.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     */
    void ratio(RuleContext kcontext, ComponentValue v);

    /**
     * Points = min(1, value / goal) × max: full points at or above the goal.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param goal     the value that earns full points, above 0; for a ratio a share in (0, 1]
     */
    void goal(RuleContext kcontext, ComponentValue v, double goal);

    /**
     * Banded value: {@code "4:20, 3:15, 2:10, 1:5"}, threshold:points, highest first; 0 below the
     * lowest band.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param spec     the bands (a violation on the card when they do not parse)
     */
    void bands(RuleContext kcontext, ComponentValue v, String spec);

    /**
     * Max points for yes, 0 for no.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     */
    void yesNo(RuleContext kcontext, ComponentValue v);

    /**
     * Points per category code: {@code "head:10, deputy:5, other:2.5, none:0"}.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param spec     code:points pairs; a code not listed is a violation
     */
    void category(RuleContext kcontext, ComponentValue v, String spec);

    /**
     * Points = min(1, value / best in the cohort) × max; scored alone, against {@code reference}.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param reference the best value to compare with when the entity is scored alone, above 0
     */
    void relative(RuleContext kcontext, ComponentValue v, double reference);

    /**
     * Points = (value − min) / (max − min) × max over the cohort; alone, between {@code refMin} and
     * {@code refMax}.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param refMin   the value that earns 0 when scored alone
     * @param refMax   the value that earns max when scored alone
     */
    void minMax(RuleContext kcontext, ComponentValue v, double refMin, double refMax);

    /**
     * UN EGDI style: z-scored over the cohort, scaled to 0..1 by the lowest and highest z; alone, as
     * {@link #minMax}.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param refMin   the value that earns 0 when scored alone
     * @param refMax   the value that earns max when scored alone
     */
    void zScaled(RuleContext kcontext, ComponentValue v, double refMin, double refMax);

    /**
     * Points = the share of the other entities with a lower value × max; alone, max.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     */
    void rankShare(RuleContext kcontext, ComponentValue v);

    /**
     * Awards points by any formula. Points outside [0, max] are a {@code RULE_VIOLATION}: the
     * component earns nothing.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param points   the points, in [0, the component's max]
     * @param formula  the formula with its numbers, in words, as the card shows it
     */
    void award(RuleContext kcontext, ComponentValue v, double points, String formula);

    /**
     * Raises a finding on the component; its points stand (they are counted as at risk).
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param code     what kind of finding
     * @param message  what happened and what to do, for the responsible agency: a catalogue message
     *                 ({@link #message}), written in the reader's language when shown
     */
    void finding(RuleContext kcontext, ComponentValue v, FindingCode code, Message message);

    /**
     * Raises a finding on the component with a message that is the same in every language (as the
     * rule file wrote it); its points stand.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param code     what kind of finding
     * @param message  what happened and what to do, for the responsible agency
     */
    default void finding(RuleContext kcontext, ComponentValue v, FindingCode code, String message) {
        finding(kcontext, v, code, Message.text(message));
    }

    /**
     * Raises a finding and withholds the component's points (e.g. no evidence document): they are
     * counted as lost.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param code     what kind of finding
     * @param message  what happened and what to do, for the responsible agency: a catalogue message
     *                 ({@link #message}), written in the reader's language when shown
     */
    void withhold(RuleContext kcontext, ComponentValue v, FindingCode code, Message message);

    /**
     * Raises a finding with a message that is the same in every language (as the rule file wrote
     * it), and withholds the component's points.
     *
     * @param kcontext the consequence's {@code kcontext}: names the rule (and its file) on the card
     * @param v        the fact the rule matched
     * @param code     what kind of finding
     * @param message  what happened and what to do, for the responsible agency
     */
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

    /**
     * The points a component has been awarded so far in this call, for rules that depend on them.
     *
     * @param v the fact
     * @return the points; 0 when none, withheld or in violation
     */
    double points(ComponentValue v);
}
