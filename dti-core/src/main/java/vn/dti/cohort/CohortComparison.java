package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dti.api.MethodologyRef;
import vn.dti.text.Message;

/**
 * Year over year: two cohorts' rankings compared, entity by entity and main indicator by main
 * indicator. A positive {@code rankChange} is an improvement (e.g. from 42nd to 30th is +12).
 *
 * @param oldMethodology the older ranking's methodology, or null
 * @param newMethodology the newer ranking's methodology, or null
 * @param oldPeriod      the older ranking's period
 * @param newPeriod      the newer ranking's period
 * @param entities       the entities in both, in the newer ranking's order
 * @param added          the entities only in the newer ranking
 * @param removed        the entities only in the older ranking
 * @param note           why main indicators are not paired, or null when they are
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CohortComparison(MethodologyRef oldMethodology, MethodologyRef newMethodology, String oldPeriod, String newPeriod,
        List<Change> entities, List<String> added, List<String> removed, String note) {

    /**
     * The change of one entity, or of one of its main indicators.
     *
     * @param id             the entity's or main indicator's id
     * @param name           its name
     * @param oldValue       the older published value (4 decimals)
     * @param newValue       the newer published value
     * @param valueChange    newer − older, rounded to 4 decimals
     * @param oldRank        the older rank
     * @param newRank        the newer rank
     * @param rankChange     older rank − newer rank: positive is an improvement
     * @param mainIndicators for an entity, its main indicators' changes (empty across methodologies);
     *                       null for a main indicator
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Change(String id, String name, double oldValue, double newValue, double valueChange, int oldRank, int newRank, int rankChange,
            List<Change> mainIndicators) {
    }

    /**
     * Compares two rankings. Main indicators are paired only when both rankings come from the
     * same methodology id: across editions (e.g. 2022 → 2025) the same id names different
     * indicators, so only the index values and ranks are compared ({@code note} says so).
     *
     * @param older the earlier ranking
     * @param newer the later ranking
     * @return the comparison
     * @throws vn.dti.api.InvalidEvidenceException if the older ranking lists an entity twice
     */
    public static CohortComparison compare(CohortRanking older, CohortRanking newer) {
        boolean sameMethodology = older.methodology() != null && newer.methodology() != null
                && older.methodology().id().equals(newer.methodology().id());
        Map<String, EntityRanking> old = older.entities().stream().collect(Collectors.toMap(EntityRanking::id, Function.identity(), (a, b) -> {
            throw new vn.dti.api.InvalidEvidenceException(Message.of("cohort.oldRankingTwice", a.id()));
        }));
        List<Change> changes = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (EntityRanking n : newer.entities()) {
            EntityRanking o = old.get(n.id());
            if (o == null) {
                added.add(n.id());
                continue;
            }
            List<Change> mains = new ArrayList<>();
            for (RankedValue nm : sameMethodology ? n.mainIndicators() : List.<RankedValue>of()) {
                RankedValue om = o.mainIndicator(nm.id());
                if (om != null) {
                    mains.add(new Change(nm.id(), nm.name(), om.publishedValue(), nm.publishedValue(), round(nm.publishedValue() - om.publishedValue()),
                            om.rank(), nm.rank(), om.rank() - nm.rank(), null));
                }
            }
            changes.add(new Change(n.id(), n.name(), o.publishedValue(), n.publishedValue(), round(n.publishedValue() - o.publishedValue()), o.rank(),
                    n.rank(), o.rank() - n.rank(), mains));
        }
        List<String> removed = new ArrayList<>();
        for (EntityRanking o : older.entities()) {
            if (newer.entity(o.id()).isEmpty()) {
                removed.add(o.id());
            }
        }
        return new CohortComparison(older.methodology(), newer.methodology(), older.period(), newer.period(), changes, added, removed,
                sameMethodology ? null : Message.of("cohort.compare.otherMethodology", older.methodology() == null ? "?" : older.methodology().id(),
                        newer.methodology() == null ? "?" : newer.methodology().id()).toString());
    }

    private static double round(double d) {
        return vn.dti.api.Points.publish(d);
    }
}
