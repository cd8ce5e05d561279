package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How sure the ranks are when the methodology's assumptions vary: each entity's rank now, its
 * median rank and 5th–95th percentile interval over the samples, and each assumption's
 * first-order share of the rank variance (how much of it that assumption alone explains).
 *
 * @param methodology the methodology id
 * @param samples     Monte Carlo samples
 * @param seed        the seed (the same seed gives the same result)
 * @param range       each parameter varied within ± this fraction
 * @param levels      each parameter takes this many evenly spaced values across its range
 * @param entities    in the order of the rank now
 * @param assumptions most influential first
 * @param notes       what was varied and how
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SensitivityResult(String methodology, int samples, long seed, double range, int levels, List<EntityInterval> entities,
        List<AssumptionShare> assumptions, List<String> notes) {
    /**
     * Copies the lists.
     *
     * @param methodology the methodology id
     * @param samples     the samples
     * @param seed        the seed
     * @param range       the range
     * @param levels      the levels
     * @param entities    not null; copied
     * @param assumptions not null; copied
     * @param notes       not null; copied
     * @throws NullPointerException if a list is null
     */
    public SensitivityResult {
        entities = List.copyOf(entities);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
    }

    /**
     * One entity's rank under the varied assumptions.
     *
     * @param rank      its rank with the methodology as written
     * @param median    median rank over the samples
     * @param p5        5th percentile (best end of the interval)
     * @param p95       95th percentile (worst end)
     * @param best      best rank seen
     * @param worst     worst rank seen
     * @param mostMoved the assumption that moves its rank most (null when its rank never moves)
     * @param share     that assumption's first-order share of its rank variance
     * @param medianLow   the median band's best rank: the least rank at or below which at least
     *                    45% of the samples fall (half, less the margin, {@link Sensitivity#margin})
     * @param medianHigh  its worst rank: the least rank at or below which more than 55% fall
     * @param medianSplit true when the band spans two ranks or more: the samples are close to half
     *                    and half on either side of a rank, so the sample median ({@code median})
     *                    may change with the seed, and the band is what to read
     * @param medianShare the share of the samples in the median band
     * @param modes       the most frequent rank, and any other whose share is within the margin of it
     * @param modeShare   the share of the most frequent rank
     * @param shares      the share of the samples at each rank that occurs, best rank first
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityInterval(String id, String name, String source, int rank, double median, int p5, int p95, int best, int worst, String mostMoved,
            Double share, int medianLow, int medianHigh, boolean medianSplit, double medianShare, List<Integer> modes, double modeShare,
            List<RankShare> shares) {
        /**
         * Copies the lists.
         *
         * @param id          the entity
         * @param name        its name
         * @param source      how it is given
         * @param rank        its rank now
         * @param median      its median rank
         * @param p5          5th percentile
         * @param p95         95th percentile
         * @param best        best rank seen
         * @param worst       worst rank seen
         * @param mostMoved   the assumption that moves it most, or null
         * @param share       that assumption's share, or null
         * @param medianLow   the median band's best rank
         * @param medianHigh  its worst rank
         * @param medianSplit whether the band spans two ranks or more
         * @param medianShare the band's share
         * @param modes       not null; copied
         * @param modeShare   the mode's share
         * @param shares      not null; copied
         * @throws NullPointerException if a list is null
         */
        public EntityInterval {
            modes = List.copyOf(modes);
            shares = List.copyOf(shares);
        }
    }

    /**
     * The share of the samples that put an entity at a rank.
     *
     * @param rank  the rank
     * @param share its share of the samples (0..1)
     */
    public record RankShare(int rank, double share) {
    }

    /**
     * One assumption and how much of the ranks' variance it explains alone.
     *
     * @param id         e.g. "3.4 goal", "1.2 bands", "missing values"
     * @param component  the component whose rule it is (null for missing values)
     * @param parameter  the parameter as the table writes it now
     * @param varied     how it was varied, in words
     * @param assumption the methodology's own words for the assumption
     * @param share      first-order variance share over all entities' ranks (0..1)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssumptionShare(String id, String component, String parameter, String varied, String assumption, double share) {
    }
}
