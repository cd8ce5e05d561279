package vn.dti.api;

import java.util.List;

/**
 * Scores evidence against one methodology. Implementations are thread-safe: one scorer is built
 * per methodology and shared by every thread; each call is independent and keeps no state between
 * calls. The scorer an application gets is {@code vn.dti.rules.RuleScorer}, from
 * {@code vn.dti.rules.Methodologies}.
 */
public interface Scorer {

    /**
     * The methodology this scorer applies.
     *
     * @return its catalogue: main indicators, components, max points, agencies
     */
    Methodology methodology();

    /**
     * The version of the methodology: a hash of the files it was loaded from, which every score card
     * it makes carries ({@link MethodologyRef#version()}).
     *
     * @return the version, e.g. a hex digest; another for any edit of the folder
     */
    String version();

    /**
     * Scores one entity's evidence.
     *
     * @param evidence what the entity reports for one period; absent components count as not reported
     * @return the card: total and index, every main indicator and component with its points (in
     *         [0, max]) and explanation, and the findings
     * @throws InvalidEvidenceException when the evidence names an indicator the methodology lacks, or
     *                                  a value of the wrong kind
     */
    ScoreCard score(Evidence evidence);

    /**
     * Scores many entities' evidence, each alone, as {@link #score} would.
     *
     * @param evidence one entry per entity (and period)
     * @return one card per entry, in the order of the input
     * @throws InvalidEvidenceException when any entry is refused; the message names the entity
     */
    List<ScoreCard> scoreAll(List<Evidence> evidence);

    /**
     * Scores a cohort together: components scored relative to the cohort (e.g. value / best value)
     * see all these entities. By default the same as {@link #scoreAll(List)}.
     *
     * @param evidence every entity of the cohort, for one period
     * @return one card per entry, in the order of the input
     * @throws InvalidEvidenceException when any entry is refused; the message names the entity
     */
    default List<ScoreCard> scoreCohort(List<Evidence> evidence) {
        return scoreAll(evidence);
    }
}
