package vn.dti.rules;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import vn.dti.api.Agencies;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.Methodology;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ScoreCard;
import vn.dti.api.Scorer;
import vn.dti.rules.internal.RuleBase;
import vn.dti.rules.internal.RuleLiteral;
import vn.dti.rules.internal.Scoring;
import vn.dti.scoring.ScoringRule;

/**
 * A {@link Scorer} backed by one methodology folder's compiled rules (rule files and decision
 * tables). Build it with {@link Methodologies}; share it: it is immutable and thread-safe, and
 * each call scores in a short-lived rule session over at most 50 entities at a time, so memory
 * stays bounded however many entities are scored. Every card names the methodology's id and
 * version (a hash of the folder), so a card always says which rules produced it.
 *
 * <p>One scorer per methodology folder: it holds the compiled knowledge base (a few MB of heap,
 * docs/embedding.md) for as long as it is referenced, and nothing else; there is nothing to close.
 * To follow edits of a folder, load it again or use a {@link MethodologyWatcher}.
 */
public final class RuleScorer implements Scorer {
    private final Scoring scoring;

    RuleScorer(RuleBase base) {
        this(base, null);
    }

    private RuleScorer(RuleBase base, RuleEngine engine) {
        this.scoring = new Scoring(base, engine);
    }

    /** The compiled folder. */
    RuleBase base() {
        return scoring.base();
    }

    /**
     * A scorer over the same compiled folder, facts and score cards, whose rules another engine
     * fires: for the benchmarks' reference engines (a plain-Java loop, a naive Drools design),
     * which must produce exactly this scorer's cards. Applications use this scorer as it is.
     *
     * @param engine the engine that fires the rules
     * @return a new scorer sharing this one's compiled folder
     * @throws NullPointerException if {@code engine} is null
     */
    public RuleScorer withEngine(RuleEngine engine) {
        return new RuleScorer(scoring.base(), java.util.Objects.requireNonNull(engine, "engine"));
    }

    /**
     * The rules as DRL, by file in the folder: each rule file's text, and the DRL Drools' spreadsheet
     * compiler made of each decision table (for reviews, and for engines that compile the same rules
     * their own way).
     *
     * @return file name (relative to the folder) → DRL text, rule files first; unmodifiable
     */
    public Map<String, String> drl() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : scoring.base().files().ruleFiles()) {
            out.put(f, new String(scoring.base().files().bytes(f), java.nio.charset.StandardCharsets.UTF_8));
        }
        out.putAll(scoring.base().tableDrl());
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The number a rule-file rule compares a field with, as written in the rule: for the rule
     * {@code "Document dated after the period"} of the bundled 2025 methodology,
     * {@code conditionValue("Document dated after the period", "daysAfterPeriod")} is 31. Where the
     * benchmarks' plain-Java reference reads its thresholds, so that the rule files stay their one
     * source.
     *
     * @param rule  the rule's name
     * @param field a {@link ComponentValue} property, e.g. {@code daysAfterPeriod}
     * @return the number, or empty when no rule of that name compares that field with a number
     */
    public OptionalDouble conditionValue(String rule, String field) {
        for (RuleLiteral l : scoring.base().literals()) {
            if (l.rule().equals(rule) && field.equals(l.field())) {
                return OptionalDouble.of(l.value());
            }
        }
        return OptionalDouble.empty();
    }

    @Override
    public Methodology methodology() {
        return scoring.base().methodology();
    }

    @Override
    public String version() {
        return scoring.base().version();
    }

    /**
     * Where the methodology was loaded from.
     *
     * @return a directory path, or {@code classpath:methodologies/<id>} for a bundled one
     */
    public String source() {
        return scoring.base().root();
    }

    /**
     * What a reader must know when this methodology scores or ranks a period: the period precedes
     * the methodology's edition, or falls after a newer bundled edition (the same warnings a score
     * card carries).
     *
     * @param period the period of the evidence or cohort
     * @return the warnings, written in the reader's language when shown; empty when the edition fits
     */
    public List<vn.dti.text.Message> editionWarnings(vn.dti.api.Period period) {
        return vn.dti.rules.internal.Editions.warnings(methodology(), period);
    }

    /**
     * The edition warnings for a cohort ranked by this methodology ({@link #editionWarnings} of the
     * cohort's period, e.g. a 2022 cohort ranked by the 2025 methodology); none when the cohort
     * names no period, or one that is not a period dti reads.
     *
     * @param ranking the cohort's ranking
     * @return the warnings, written in the reader's language when shown; empty when none apply
     */
    public List<vn.dti.text.Message> rankingWarnings(vn.dti.cohort.CohortRanking ranking) {
        if (ranking.period() == null) {
            return List.of();
        }
        try {
            return editionWarnings(vn.dti.api.Period.parse(ranking.period()));
        } catch (IllegalArgumentException e) {
            return List.of();   // a period label dti does not read: nothing to compare
        }
    }

    /**
     * The reporting calendar of the methodology folder ({@code calendar.json}).
     *
     * @return the calendar; {@link ReportingCalendar#NONE} when the folder has none
     */
    public ReportingCalendar calendar() {
        return scoring.base().calendar();
    }

    /**
     * The weights and grades of the agencies' emulation score ({@code emulation.json} of the
     * methodology folder): the project's proposal, which the province edits.
     *
     * @return the rules; {@link vn.dti.api.EmulationRules#DEFAULT} (equal weights, no grades) when the folder has none
     */
    public vn.dti.api.EmulationRules emulation() {
        return scoring.base().emulation();
    }

    /**
     * The agencies the catalogue names, with the aliases, groups and members of
     * {@code agencies.json}: where agency names are matched.
     *
     * @return the agencies
     */
    public Agencies agencies() {
        return scoring.base().agencies();
    }

    /**
     * Each component's scoring rule as the folder states it: the decision table's row or the rule
     * file's rule, with its pattern and parameters.
     *
     * @return the rules, in catalogue order; components scored by a formula the folder does not state
     *         as a pattern have a {@link vn.dti.scoring.ScoringPattern.Custom} rule or none
     */
    public List<ScoringRule> scoringRules() {
        return scoring.base().scoringRules();
    }

    /**
     * The rule that scores one component.
     *
     * @param component a component id
     * @return its rule, or empty when it is not stated in a table or a recognisable rule
     */
    public Optional<ScoringRule> scoringRule(IndicatorId component) {
        return scoringRules().stream().filter(r -> r.component().equals(component)).findFirst();
    }

    @Override
    public ScoreCard score(Evidence evidence) {
        return scoring.score(List.of(evidence), false).get(0);
    }

    /**
     * Scores each entity alone: relative components are scored against their stated reference
     * values.
     *
     * @param evidence one entry per entity
     * @return one card per entry, in the order of the input
     * @throws vn.dti.api.InvalidEvidenceException when any entry is refused; the message names the entity
     */
    @Override
    public List<ScoreCard> scoreAll(List<Evidence> evidence) {
        return scoring.score(evidence, false);
    }

    /**
     * Scores a cohort together: components scored relative to the cohort use the best value among
     * these entities.
     *
     * @param evidence every entity of the cohort, for one period
     * @return one card per entry, in the order of the input
     * @throws vn.dti.api.InvalidEvidenceException when any entry is refused; the message names the entity
     */
    @Override
    public List<ScoreCard> scoreCohort(List<Evidence> evidence) {
        return scoring.score(evidence, true);
    }

    /**
     * Scores a stream of entities, each alone, handing each card to {@code sink} as it is made:
     * at most one chunk (50 entities) of evidence and cards is held at a time, so any number of
     * entities can be scored in bounded memory. Cards arrive in input order, on the calling thread.
     *
     * @param evidence the entities' evidence, read as needed
     * @param sink     receives each card
     * @throws vn.dti.api.InvalidEvidenceException when an entry is refused; the cards before it have been handed
     *                                  to {@code sink}
     */
    public void scoreEach(Iterator<Evidence> evidence, Consumer<ScoreCard> sink) {
        scoring.scoreEach(evidence, sink);
    }

    @Override
    public String toString() {
        return "RuleScorer[" + methodology().id() + " " + version() + " from " + source() + "]";
    }
}
