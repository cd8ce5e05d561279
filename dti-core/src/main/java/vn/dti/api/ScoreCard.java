package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dti.text.Message;
import vn.dti.text.RefusedArgumentException;

/**
 * The result of scoring one entity for one period: total, index, main indicators, components with
 * their explanations, and findings. Totals are checked to equal the sum of their parts. The
 * {@code index} is formed by the methodology's formula (total / max unless it weights pillars),
 * unrounded: use {@link Points#publish(double)} to round as published. Immutable, and safe to
 * share between threads.
 *
 * <p>{@code warnings} say what the reader must know about the card as a whole, e.g. that the
 * evidence's period precedes the methodology's edition. {@link #pointsLost()} (points not earned,
 * for any reason) and {@link #pointsAtRisk()} (points earned but flagged) are separate figures.
 *
 * <p>A card scored with the appraisal council's decisions also carries {@code selfAssessedPoints}
 * (tự đánh giá, what the evidence as submitted earns) and {@code appraisedPoints} (hội đồng thẩm
 * định); {@code totalPoints} is then the final total (đạt được), which equals the appraised total
 * (see {@link ComponentScore}). Without an appraisal both are absent.
 *
 * @param methodology        the methodology and version that scored it
 * @param entity             who was scored
 * @param period             the period of the evidence, e.g. {@code 2025-Q3}
 * @param totalPoints        the points earned, the sum of the main indicators' points, in
 *                           [0, {@code maxPoints}]
 * @param maxPoints          the most the methodology awards (1000 for DTI 2025)
 * @param index              the index, unrounded, in [0, 1]
 * @param mainIndicators     every main indicator's points, in the methodology's order
 * @param components         every component's points and explanation, in the methodology's order
 * @param findings           what the entity should look at, component by component
 * @param warnings           what the reader must know about the card as a whole (empty when none), written in the reader's language when shown
 * @param selfAssessedPoints with an appraisal: the total the evidence as submitted earns; null
 *                           without
 * @param appraisedPoints    with an appraisal: the total after the council's decisions (equal to
 *                           {@code totalPoints}); null without
 */
@JsonIgnoreProperties(value = {"pointsLost", "pointsAtRisk"}, allowGetters = true)
// the two figures worked out from the findings come last, in this order: without it their order is
// the order reflection lists methods in, which one JVM may give differently from another
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"methodology", "entity", "period", "totalPoints", "maxPoints", "index", "mainIndicators",
        "components", "findings", "warnings", "selfAssessedPoints", "appraisedPoints", "pointsLost", "pointsAtRisk"})
public record ScoreCard(
        MethodologyRef methodology,
        Entity entity,
        Period period,
        double totalPoints,
        double maxPoints,
        double index,
        List<MainIndicatorScore> mainIndicators,
        List<ComponentScore> components,
        List<Finding> findings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double selfAssessedPoints,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double appraisedPoints) {

    /**
     * A card without warnings or an appraisal.
     *
     * @param methodology    the methodology and version that scored it
     * @param entity         who was scored
     * @param period         the period of the evidence
     * @param totalPoints    the sum of the main indicators' points
     * @param maxPoints      the most the methodology awards
     * @param index          in [0, 1]
     * @param mainIndicators every main indicator's points
     * @param components     every component's points
     * @param findings       the findings
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ScoreCard(MethodologyRef methodology, Entity entity, Period period, double totalPoints, double maxPoints, double index,
            List<MainIndicatorScore> mainIndicators, List<ComponentScore> components, List<Finding> findings) {
        this(methodology, entity, period, totalPoints, maxPoints, index, mainIndicators, components, findings, null, null, null);
    }

    /**
     * A card without an appraisal.
     *
     * @param methodology    the methodology and version that scored it
     * @param entity         who was scored
     * @param period         the period of the evidence
     * @param totalPoints    the sum of the main indicators' points
     * @param maxPoints      the most the methodology awards
     * @param index          in [0, 1]
     * @param mainIndicators every main indicator's points
     * @param components     every component's points
     * @param findings       the findings
     * @param warnings       what the reader must know about the card as a whole
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ScoreCard(MethodologyRef methodology, Entity entity, Period period, double totalPoints, double maxPoints, double index,
            List<MainIndicatorScore> mainIndicators, List<ComponentScore> components, List<Finding> findings, List<Message> warnings) {
        this(methodology, entity, period, totalPoints, maxPoints, index, mainIndicators, components, findings, warnings, null, null);
    }

    /**
     * Checks that the parts add up; see the class description for each component.
     *
     * @param methodology        not null
     * @param entity             not null
     * @param period             the period
     * @param totalPoints        the sum of the main indicators' points (to 1e-6)
     * @param maxPoints          the methodology's max
     * @param index              in [0, 1]
     * @param mainIndicators     null for none; copied
     * @param components         null for none; copied
     * @param findings           null for none; copied
     * @param warnings           null for none; copied
     * @param selfAssessedPoints the sum of the components' self-assessed points, or null
     * @param appraisedPoints    equal to {@code totalPoints}, or null; null exactly when
     *                           {@code selfAssessedPoints} is
     * @throws NullPointerException     if {@code methodology} or {@code entity} is null
     * @throws IllegalArgumentException if the total is not the sum of the main indicators, the index
     *                                  is outside [0, 1], or the appraisal figures do not add up
     */
    public ScoreCard {
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(entity, "entity");
        mainIndicators = mainIndicators == null ? List.of() : List.copyOf(mainIndicators);
        components = components == null ? List.of() : List.copyOf(components);
        findings = findings == null ? List.of() : List.copyOf(findings);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        double sum = 0;
        for (MainIndicatorScore m : mainIndicators) {
            sum += m.points();
        }
        if (Math.abs(sum - totalPoints) > 1e-6) {
            throw RefusedArgumentException.of("api.card.totalDiffers", Double.toString(totalPoints), Double.toString(sum));
        }
        if (!(index >= 0 && index <= 1 + 1e-9)) {
            throw RefusedArgumentException.of("api.card.indexOutside", Double.toString(index));
        }
        if ((selfAssessedPoints == null) != (appraisedPoints == null)) {
            throw RefusedArgumentException.of("api.card.halfAppraised");
        }
        if (appraisedPoints != null) {
            double self = 0;
            for (ComponentScore c : components) {
                self += c.selfAssessedPoints() == null ? c.points() : c.selfAssessedPoints();
            }
            if (Math.abs(self - selfAssessedPoints) > 1e-6 || Math.abs(appraisedPoints - totalPoints) > 1e-6) {
                throw RefusedArgumentException.of("api.card.appraisedSums", String.valueOf(selfAssessedPoints), String.valueOf(appraisedPoints),
                        Double.toString(self), Double.toString(totalPoints));
            }
        }
    }

    /**
     * Whether the card carries the appraisal council's decisions.
     *
     * @return true when {@code selfAssessedPoints} and {@code appraisedPoints} are given
     */
    public boolean appraised() {
        return appraisedPoints != null;
    }

    /**
     * One component's score.
     *
     * @param id a component id, e.g. {@code 3.4}
     * @return its score, or empty when the methodology has no such component
     * @throws IllegalArgumentException if the id is malformed
     */
    public Optional<ComponentScore> component(String id) {
        IndicatorId key = IndicatorId.of(id);
        return components.stream().filter(c -> c.id().equals(key)).findFirst();
    }

    /**
     * One main indicator's score.
     *
     * @param id a main indicator's id, e.g. {@code 3}
     * @return its score, or empty when the methodology has no such main indicator
     * @throws IllegalArgumentException if the id is malformed
     */
    public Optional<MainIndicatorScore> mainIndicator(String id) {
        IndicatorId key = IndicatorId.of(id);
        return mainIndicators.stream().filter(c -> c.id().equals(key)).findFirst();
    }

    /**
     * The same card with more warnings.
     *
     * @param more warnings to add after the card's own
     * @return a copy with them, or this card when {@code more} is empty
     */
    public ScoreCard withWarnings(List<Message> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Message> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new ScoreCard(methodology, entity, period, totalPoints, maxPoints, index, mainIndicators, components, findings, all, selfAssessedPoints,
                appraisedPoints);
    }

    /**
     * Points not earned, whatever the reason.
     *
     * @return max − total, in points, at least 0
     */
    @JsonProperty("pointsLost")
    public double pointsLost() {
        return Math.max(0, maxPoints - totalPoints);
    }

    /**
     * Points earned but flagged by a finding (stale document, out of range), each component counted
     * once (its largest finding).
     *
     * @return the sum over agencies of {@link #pointsAtRiskByAgency()}, in points
     */
    @JsonProperty("pointsAtRisk")
    public double pointsAtRisk() {
        double sum = 0;
        for (double r : pointsAtRiskByAgency().values()) {
            sum += r;
        }
        return sum;
    }

    /**
     * Points lost through findings (not reported, no document, rule violation, …) by responsible
     * agency, each component counted once (its largest finding).
     *
     * @return responsible agency → points, in the order agencies first appear among the findings
     */
    public Map<String, Double> pointsLostByAgency() {
        return byAgency(Finding::pointsLost);
    }

    /**
     * Points at risk by responsible agency, each component counted once (its largest finding).
     *
     * @return responsible agency → points, in the order agencies first appear among the findings
     */
    public Map<String, Double> pointsAtRiskByAgency() {
        return byAgency(Finding::pointsAtRisk);
    }

    private Map<String, Double> byAgency(java.util.function.ToDoubleFunction<Finding> figure) {
        Map<IndicatorId, Finding> largest = new LinkedHashMap<>();
        for (Finding f : findings) {
            largest.merge(f.indicator(), f, (a, b) -> figure.applyAsDouble(b) > figure.applyAsDouble(a) ? b : a);
        }
        Map<String, Double> sums = new LinkedHashMap<>();
        for (Finding f : largest.values()) {
            sums.merge(f.agency(), figure.applyAsDouble(f), Double::sum);
        }
        return sums;
    }

    /**
     * Findings grouped by responsible agency: what each agency should look at first.
     *
     * @return responsible agency → its findings in card order; agencies ordered by the points their
     *         findings cost (lost + at risk), largest first
     */
    public Map<String, List<Finding>> findingsByAgency() {
        Map<String, List<Finding>> byAgency = new LinkedHashMap<>();
        Map<String, Double> lost = pointsLostByAgency();
        Map<String, Double> risk = pointsAtRiskByAgency();
        for (Finding f : findings) {
            byAgency.computeIfAbsent(f.agency(), k -> new ArrayList<>()).add(f);
        }
        List<String> agencies = new ArrayList<>(byAgency.keySet());
        agencies.sort((a, b) -> Double.compare(lost.getOrDefault(b, 0.0) + risk.getOrDefault(b, 0.0), lost.getOrDefault(a, 0.0) + risk.getOrDefault(a, 0.0)));
        Map<String, List<Finding>> sorted = new LinkedHashMap<>();
        for (String a : agencies) {
            sorted.put(a, byAgency.get(a));
        }
        return sorted;
    }
}
