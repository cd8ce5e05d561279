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
     */
    public RuleScorer withEngine(RuleEngine engine) {
        return new RuleScorer(scoring.base(), java.util.Objects.requireNonNull(engine, "engine"));
    }

    /**
     * The rules as DRL, by file in the folder: each rule file's text, and the DRL Drools' spreadsheet
     * compiler made of each decision table (for reviews, and for engines that compile the same rules
     * their own way).
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
     * {@code conditionValue("Document dated after the period", "daysAfterPeriod")} is 31. Empty
     * when no rule of that name compares that field with a number. Where the benchmarks' plain-Java
     * reference reads its thresholds, so that the rule files stay their one source.
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

    /** Where the methodology was loaded from: a directory path, or {@code classpath:methodologies/<id>}. */
    public String source() {
        return scoring.base().root();
    }

    /**
     * What a reader must know when this methodology scores or ranks a period: the period precedes
     * the methodology's edition, or falls after a newer bundled edition (the same warnings a score
     * card carries); empty when the edition fits.
     */
    public List<vn.dti.text.Message> editionWarnings(vn.dti.api.Period period) {
        return vn.dti.rules.internal.Editions.warnings(methodology(), period);
    }

    /** The reporting calendar of the methodology folder ({@code calendar.json}); {@link ReportingCalendar#NONE} when it has none. */
    public ReportingCalendar calendar() {
        return scoring.base().calendar();
    }

    /** The agencies the catalogue names, with the aliases and groups of {@code agencies.json}: where agency names are matched. */
    public Agencies agencies() {
        return scoring.base().agencies();
    }

    /**
     * Each component's scoring rule as the folder states it: the decision table's row or the rule
     * file's rule, with its pattern and parameters, in catalogue order.
     */
    public List<ScoringRule> scoringRules() {
        return scoring.base().scoringRules();
    }

    /** The rule that scores this component, if it is stated in a table or a recognisable rule. */
    public Optional<ScoringRule> scoringRule(IndicatorId component) {
        return scoringRules().stream().filter(r -> r.component().equals(component)).findFirst();
    }

    @Override
    public ScoreCard score(Evidence evidence) {
        return scoring.score(List.of(evidence), false).get(0);
    }

    /** Scores each entity alone: relative components are scored against their stated reference values. */
    @Override
    public List<ScoreCard> scoreAll(List<Evidence> evidence) {
        return scoring.score(evidence, false);
    }

    /**
     * Scores a cohort together: components scored relative to the cohort use the best value among
     * these entities. Cards come back in the order of the input.
     */
    @Override
    public List<ScoreCard> scoreCohort(List<Evidence> evidence) {
        return scoring.score(evidence, true);
    }

    /**
     * Scores a stream of entities, each alone, handing each card to {@code sink} as it is made:
     * at most one chunk of entities' evidence and cards is held at a time, so any number of
     * entities can be scored in bounded memory. Cards arrive in input order.
     */
    public void scoreEach(Iterator<Evidence> evidence, Consumer<ScoreCard> sink) {
        scoring.scoreEach(evidence, sink);
    }

    @Override
    public String toString() {
        return "RuleScorer[" + methodology().id() + " " + version() + " from " + source() + "]";
    }
}
