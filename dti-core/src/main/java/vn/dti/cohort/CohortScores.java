package vn.dti.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.MethodologyRef;
import vn.dti.api.ScoreCard;
import vn.dti.api.Scorer;

/**
 * A scored cohort, ready to rank, and to ask "what if": replace one entity's evidence or
 * published values and rank again. Immutable: each change returns a new snapshot; the scorer's
 * compiled rules are shared. Evidence entities are re-scored together on a change, so rules that
 * score relative to the cohort stay exact.
 *
 * <pre>{@code
 * CohortScores now = CohortScores.score(scorer, cohort);
 * Evidence better = evidence.with(ComponentEvidence.of("6.6", 0.60, doc));
 * int rankNow = now.rank(10).entity("khanh-hoa").orElseThrow().rank();
 * int rankThen = now.withEvidence("khanh-hoa", better).rank(10).entity("khanh-hoa").orElseThrow().rank();
 * }</pre>
 */
public final class CohortScores {
    private final Scorer scorer;
    private final Cohort cohort;
    private final List<CohortRanker.Row> rows;
    private final Map<String, ScoreCard> cards;

    private CohortScores(Scorer scorer, Cohort cohort, List<CohortRanker.Row> rows, Map<String, ScoreCard> cards) {
        this.scorer = scorer;
        this.cohort = cohort;
        this.rows = rows;
        this.cards = cards;
    }

    /** Scores the evidence entities together, takes the published ones as given, applies mergers. */
    public static CohortScores score(Scorer scorer, Cohort cohort) {
        Map<String, ScoreCard> cards = new HashMap<>();
        List<CohortRanker.Row> rows = CohortRanker.rows(scorer, cohort, cards);
        return new CohortScores(scorer, cohort, List.copyOf(rows), Collections.unmodifiableMap(cards));
    }

    /** Ranks the cohort; {@code top} is the N of "in the top N". */
    public CohortRanking rank(int top) {
        return CohortRanker.rankRows(scorer.methodology(), new MethodologyRef(scorer.methodology().id(), scorer.version()), cohort.period(), rows, top);
    }

    /** The score card of an entity given by evidence. */
    public Optional<ScoreCard> scoreCard(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    public Cohort cohort() {
        return cohort;
    }

    /** What if this entity reported this evidence: the cohort scored again. */
    public CohortScores withEvidence(String id, Evidence evidence) {
        return replace(id, e -> e.withEvidence(evidence));
    }

    /** What if this entity had these published main-indicator values. */
    public CohortScores withMainIndicators(String id, Map<String, Double> values) {
        return replace(id, e -> new CohortEntity(e.id(), e.name(), e.region(), null, null, values, e.mainIndicatorScale()));
    }

    private CohortScores replace(String id, java.util.function.UnaryOperator<CohortEntity> change) {
        List<CohortEntity> entities = new ArrayList<>(cohort.entities());
        boolean found = false;
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).id().equals(id)) {
                entities.set(i, change.apply(entities.get(i)));
                found = true;
            }
        }
        if (!found) {
            throw new InvalidEvidenceException("The cohort has no entity [" + id + "].");
        }
        Cohort changed = new Cohort(cohort.methodology(), cohort.period(), cohort.mainIndicatorScale(), cohort.regions(), cohort.mergerMap(),
                cohort.mergers(), entities, cohort.note());
        return score(scorer, changed);
    }
}
