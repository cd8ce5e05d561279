package vn.dti.api;

import java.util.List;

/**
 * Scores evidence against one methodology. Implementations are thread-safe: one scorer is built
 * per methodology and shared; each call is independent.
 */
public interface Scorer {

    /** The methodology this scorer applies. */
    Methodology methodology();

    /** The version of the methodology (a hash of its files). */
    String version();

    /**
     * Scores one entity's evidence.
     *
     * @throws InvalidEvidenceException when the evidence names an indicator the methodology lacks, or
     *                                  a value of the wrong kind
     */
    ScoreCard score(Evidence evidence);

    /** Scores many entities' evidence, each alone; the cards come back in the order of the input. */
    List<ScoreCard> scoreAll(List<Evidence> evidence);

    /**
     * Scores a cohort together: components scored relative to the cohort (e.g. value / best value)
     * see all these entities. By default the same as {@link #scoreAll(List)}.
     */
    default List<ScoreCard> scoreCohort(List<Evidence> evidence) {
        return scoreAll(evidence);
    }
}
