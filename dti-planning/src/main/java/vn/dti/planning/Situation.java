package vn.dti.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortEntity;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.CohortScores;
import vn.dti.rules.RuleScorer;
import vn.dti.scoring.ScoringRule;

/**
 * One entity's evidence as scored now: alone, or inside a cohort (scored together with the
 * cohort's other evidence entities, ranked among all). Everything a planner asks starts here:
 * {@link #withEvidence(Evidence)} is the what-if (the entity's evidence replaced and everything
 * scored and ranked again, so cohort-relative rules stay exact). Immutable.
 *
 * <pre>{@code
 * Situation now = Situation.inCohort(scorer, CohortFiles.readCohort(file), evidence, 10);
 * Situation then = now.withEvidence(WhatIf.apply(now, List.of(Change.parse(m, "6.6=0.6"))));
 * }</pre>
 */
public final class Situation {
    private final RuleScorer scorer;
    private final Evidence evidence;
    private final ScoreCard card;
    private final CohortScores cohort;
    private final CohortRanking ranking;
    private final int top;

    private Situation(RuleScorer scorer, Evidence evidence, ScoreCard card, CohortScores cohort, int top) {
        this.scorer = scorer;
        this.evidence = evidence;
        this.card = card;
        this.cohort = cohort;
        this.top = top;
        this.ranking = cohort == null ? null : cohort.rank(top);
    }

    /**
     * The entity scored alone: cohort-relative rules use their stated references.
     *
     * @param scorer   the methodology's scorer
     * @param evidence the entity's evidence
     * @return the situation
     * @throws NullPointerException                if {@code scorer} is null
     * @throws vn.dti.api.InvalidEvidenceException if the scorer refuses the evidence
     */
    public static Situation alone(RuleScorer scorer, Evidence evidence) {
        Objects.requireNonNull(scorer, "scorer");
        return new Situation(scorer, evidence, scorer.score(evidence), null, 0);
    }

    /**
     * The entity inside a cohort: its entry (same id) takes this evidence, or it joins the cohort.
     *
     * @param scorer   the methodology's scorer
     * @param cohort   the cohort
     * @param evidence the entity's evidence
     * @param top      the N of "main indicators in the top N", at least 1
     * @return the situation, scored and ranked with the cohort
     * @throws InvalidEvidenceException if the cohort merges the entity into another, or refuses an
     *                                  entity's evidence or figures
     * @throws IllegalArgumentException if {@code top} is below 1
     */
    public static Situation inCohort(RuleScorer scorer, Cohort cohort, Evidence evidence, int top) {
        String id = evidence.entity().id();
        List<CohortEntity> entities = new ArrayList<>();
        boolean found = false;
        for (CohortEntity e : cohort.entities()) {
            if (e.id().equals(id)) {
                entities.add(CohortEntity.withEvidence(e.id(), e.name(), e.region(), evidence));
                found = true;
            } else {
                entities.add(e);
            }
        }
        if (!found) {
            entities.add(CohortEntity.withEvidence(id, evidence.entity().name(), null, evidence));
        }
        CohortScores scores = CohortScores.score(scorer, cohort.withEntities(entities));
        ScoreCard card = scores.scoreCard(id).orElseThrow(() -> new InvalidEvidenceException(Words.of("planning.cohort.merged", id)));
        Situation s = new Situation(scorer, evidence, card, scores, top);
        if (s.ranking.entity(id).isEmpty()) {
            throw new InvalidEvidenceException(Words.of("planning.cohort.mergedInto", id));
        }
        return s;
    }

    /**
     * What if the entity reported other evidence: scored (and ranked) again.
     *
     * @param changed the entity's evidence
     * @return the new situation; this one is unchanged
     * @throws InvalidEvidenceException if the scorer refuses the evidence
     */
    public Situation withEvidence(Evidence changed) {
        if (cohort == null) {
            return new Situation(scorer, changed, scorer.score(changed), null, 0);
        }
        String id = evidence.entity().id();
        CohortScores scores = cohort.withEvidence(id, changed);
        return new Situation(scorer, changed, scores.scoreCard(id).orElseThrow(), scores, top);
    }

    /** {@return the methodology's scorer} */
    public RuleScorer scorer() {
        return scorer;
    }

    /** {@return the methodology: its catalogue} */
    public Methodology methodology() {
        return scorer.methodology();
    }

    /** {@return the entity's evidence as scored} */
    public Evidence evidence() {
        return evidence;
    }

    /** {@return the entity's score card: alone, or scored together with the cohort} */
    public ScoreCard card() {
        return card;
    }

    /** {@return the entity's id} */
    public String entityId() {
        return evidence.entity().id();
    }

    /** {@return the cohort's ranking, when the entity is in one; empty when scored alone} */
    public Optional<CohortRanking> ranking() {
        return Optional.ofNullable(ranking);
    }

    /** {@return the N of "main indicators in the top N"; 0 when scored alone} */
    public int top() {
        return top;
    }

    /** {@return true when scored inside a cohort} */
    public boolean inCohort() {
        return cohort != null;
    }

    /** {@return the cohort as scored, the entity's entry holding this evidence; empty when scored alone} */
    public Optional<Cohort> cohort() {
        return cohort == null ? Optional.empty() : Optional.of(cohort.cohort());
    }

    /** The cohort's entities as scored (empty alone). */
    List<CohortEntity> cohortEntities() {
        return cohort == null ? List.of() : cohort.cohort().entities();
    }

    /** Each component's model: its rule, its evidence now, its points now, the cohort's other values. */
    List<ComponentModel> components() {
        Map<IndicatorId, ScoringRule> rules = new HashMap<>();
        for (ScoringRule r : scorer.scoringRules()) {
            rules.put(r.component(), r);
        }
        Map<IndicatorId, List<Double>> others = cohort == null ? Map.of() : otherValues();
        List<ComponentModel> out = new ArrayList<>();
        for (var cs : card.components()) {
            var c = methodology().component(cs.id()).orElseThrow();
            double[] o = null;
            if (cohort != null) {
                List<Double> list = others.getOrDefault(c.id(), List.of());
                o = list.stream().mapToDouble(Double::doubleValue).toArray();
            }
            out.add(new ComponentModel(c, rules.get(c.id()), evidence.component(c.id()).orElse(null), cs, o));
        }
        return out;
    }

    /** Per component, the numbers the cohort's other evidence entities reported (what relative rules compare with). */
    private Map<IndicatorId, List<Double>> otherValues() {
        Map<IndicatorId, List<Double>> out = new HashMap<>();
        for (CohortEntity e : cohort.cohort().entities()) {
            if (e.evidence() == null || e.id().equals(entityId())) {
                continue;
            }
            for (ComponentEvidence ce : e.evidence().components()) {
                if (ce.value() instanceof Value.Numeric n) {
                    out.computeIfAbsent(ce.indicator(), k -> new ArrayList<>()).add(n.number());
                }
            }
        }
        return out;
    }
}
