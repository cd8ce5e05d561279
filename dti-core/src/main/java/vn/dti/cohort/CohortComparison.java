package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dti.api.MethodologyRef;

/**
 * Year over year: two cohorts' rankings compared, entity by entity and main indicator by main
 * indicator. A positive {@code rankChange} is an improvement (e.g. from 42nd to 30th is +12).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CohortComparison(MethodologyRef oldMethodology, MethodologyRef newMethodology, String oldPeriod, String newPeriod,
        List<Change> entities, List<String> added, List<String> removed) {

    /** The change of one entity, or of one of its main indicators or pillars ({@code parts}). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Change(String id, String name, double oldValue, double newValue, double valueChange, int oldRank, int newRank, int rankChange,
            List<Change> mainIndicators) {
    }

    public static CohortComparison compare(CohortRanking older, CohortRanking newer) {
        Map<String, EntityRanking> old = older.entities().stream().collect(Collectors.toMap(EntityRanking::id, Function.identity()));
        List<Change> changes = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (EntityRanking n : newer.entities()) {
            EntityRanking o = old.get(n.id());
            if (o == null) {
                added.add(n.id());
                continue;
            }
            List<Change> mains = new ArrayList<>();
            for (RankedValue nm : n.mainIndicators()) {
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
        return new CohortComparison(older.methodology(), newer.methodology(), older.period(), newer.period(), changes, added, removed);
    }

    private static double round(double d) {
        return vn.dti.api.Points.publish(d);
    }
}
