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

/**
 * The result of scoring one entity for one period: total, index, main indicators, components with
 * their explanations, and findings. Totals are checked to equal the sum of their parts. The
 * {@code index} is formed by the methodology's formula (total / max unless it weights pillars),
 * unrounded: use {@link Points#publish(double)} to round as published.
 *
 * <p>{@code warnings} say what the reader must know about the card as a whole, e.g. that the
 * evidence's period precedes the methodology's edition. {@link #pointsLost()} (points not earned,
 * for any reason) and {@link #pointsAtRisk()} (points earned but flagged) are separate figures.
 *
 * <p>A card scored with the appraisal council's decisions also carries {@code selfAssessedPoints}
 * (tự đánh giá, what the evidence as submitted earns) and {@code appraisedPoints} (hội đồng thẩm
 * định); {@code totalPoints} is then the final total (đạt được), which equals the appraised total
 * (see {@link ComponentScore}). Without an appraisal both are absent.
 */
@JsonIgnoreProperties(value = {"pointsLost", "pointsAtRisk"}, allowGetters = true)
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

    /** A card without warnings. */
    public ScoreCard(MethodologyRef methodology, Entity entity, Period period, double totalPoints, double maxPoints, double index,
            List<MainIndicatorScore> mainIndicators, List<ComponentScore> components, List<Finding> findings) {
        this(methodology, entity, period, totalPoints, maxPoints, index, mainIndicators, components, findings, null, null, null);
    }

    /** A card without an appraisal. */
    public ScoreCard(MethodologyRef methodology, Entity entity, Period period, double totalPoints, double maxPoints, double index,
            List<MainIndicatorScore> mainIndicators, List<ComponentScore> components, List<Finding> findings, List<Message> warnings) {
        this(methodology, entity, period, totalPoints, maxPoints, index, mainIndicators, components, findings, warnings, null, null);
    }

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
            throw new IllegalArgumentException("Total points " + totalPoints + " differ from the sum of the main indicators " + sum + ".");
        }
        if (!(index >= 0 && index <= 1 + 1e-9)) {
            throw new IllegalArgumentException("Index [" + index + "] is outside [0, 1].");
        }
        if ((selfAssessedPoints == null) != (appraisedPoints == null)) {
            throw new IllegalArgumentException("A card has only one of selfAssessedPoints and appraisedPoints; an appraised card has both.");
        }
        if (appraisedPoints != null) {
            double self = 0;
            for (ComponentScore c : components) {
                self += c.selfAssessedPoints() == null ? c.points() : c.selfAssessedPoints();
            }
            if (Math.abs(self - selfAssessedPoints) > 1e-6 || Math.abs(appraisedPoints - totalPoints) > 1e-6) {
                throw new IllegalArgumentException("Self-assessed points " + selfAssessedPoints + " and appraised points " + appraisedPoints
                        + " must be the sum of the components' (" + self + ") and the total (" + totalPoints + ").");
            }
        }
    }

    /** True when the card carries the appraisal council's decisions. */
    public boolean appraised() {
        return appraisedPoints != null;
    }

    public Optional<ComponentScore> component(String id) {
        IndicatorId key = IndicatorId.of(id);
        return components.stream().filter(c -> c.id().equals(key)).findFirst();
    }

    public Optional<MainIndicatorScore> mainIndicator(String id) {
        IndicatorId key = IndicatorId.of(id);
        return mainIndicators.stream().filter(c -> c.id().equals(key)).findFirst();
    }

    /** The same card with these warnings added. */
    public ScoreCard withWarnings(List<Message> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Message> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new ScoreCard(methodology, entity, period, totalPoints, maxPoints, index, mainIndicators, components, findings, all, selfAssessedPoints,
                appraisedPoints);
    }

    /** Points not earned, whatever the reason: max − total. */
    @JsonProperty("pointsLost")
    public double pointsLost() {
        return Math.max(0, maxPoints - totalPoints);
    }

    /** Points earned but flagged by a finding (stale document, out of range), each component counted once. */
    @JsonProperty("pointsAtRisk")
    public double pointsAtRisk() {
        double sum = 0;
        for (double r : pointsAtRiskByAgency().values()) {
            sum += r;
        }
        return sum;
    }

    /** Points lost through findings (not reported, no document, rule violation, …) by responsible agency, each component counted once. */
    public Map<String, Double> pointsLostByAgency() {
        return byAgency(Finding::pointsLost);
    }

    /** Points at risk by responsible agency, each component counted once (its largest finding). */
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

    /** Findings grouped by responsible agency, agencies in order of the points their findings cost (lost + at risk, largest first). */
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
