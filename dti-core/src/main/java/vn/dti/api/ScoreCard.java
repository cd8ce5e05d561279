package vn.dti.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring one entity for one period: total, index, main indicators, components with
 * their explanations, and findings. Totals are checked to equal the sum of their parts. The
 * {@code index} is formed by the methodology's formula (total / max unless it weights pillars),
 * unrounded: use {@link Points#publish(double)} to round as published.
 */
public record ScoreCard(
        MethodologyRef methodology,
        Entity entity,
        Period period,
        double totalPoints,
        double maxPoints,
        double index,
        List<MainIndicatorScore> mainIndicators,
        List<ComponentScore> components,
        List<Finding> findings) {

    public ScoreCard {
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(entity, "entity");
        mainIndicators = mainIndicators == null ? List.of() : List.copyOf(mainIndicators);
        components = components == null ? List.of() : List.copyOf(components);
        findings = findings == null ? List.of() : List.copyOf(findings);
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
    }

    public Optional<ComponentScore> component(String id) {
        IndicatorId key = IndicatorId.of(id);
        return components.stream().filter(c -> c.id().equals(key)).findFirst();
    }

    public Optional<MainIndicatorScore> mainIndicator(String id) {
        IndicatorId key = IndicatorId.of(id);
        return mainIndicators.stream().filter(c -> c.id().equals(key)).findFirst();
    }

    /**
     * Points at risk by responsible agency, each component counted once (its largest finding: a
     * stale document on an out-of-range value does not put its points at risk twice).
     */
    public Map<String, Double> pointsAtRiskByAgency() {
        Map<IndicatorId, Finding> largest = new LinkedHashMap<>();
        for (Finding f : findings) {
            largest.merge(f.indicator(), f, (a, b) -> b.pointsAtRisk() > a.pointsAtRisk() ? b : a);
        }
        Map<String, Double> risk = new LinkedHashMap<>();
        for (Finding f : largest.values()) {
            risk.merge(f.agency(), f.pointsAtRisk(), Double::sum);
        }
        return risk;
    }

    /** All points at risk, each component counted once. */
    public double pointsAtRisk() {
        double sum = 0;
        for (double r : pointsAtRiskByAgency().values()) {
            sum += r;
        }
        return sum;
    }

    /** Findings grouped by responsible agency, agencies in order of points at risk (largest first). */
    public Map<String, List<Finding>> findingsByAgency() {
        Map<String, List<Finding>> byAgency = new LinkedHashMap<>();
        Map<String, Double> risk = pointsAtRiskByAgency();
        for (Finding f : findings) {
            byAgency.computeIfAbsent(f.agency(), k -> new ArrayList<>()).add(f);
        }
        List<String> agencies = new ArrayList<>(byAgency.keySet());
        agencies.sort((a, b) -> Double.compare(risk.get(b), risk.get(a)));
        Map<String, List<Finding>> sorted = new LinkedHashMap<>();
        for (String a : agencies) {
            sorted.put(a, byAgency.get(a));
        }
        return sorted;
    }
}
