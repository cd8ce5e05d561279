package vn.dti.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.ScoreCard;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;
import vn.dti.cohort.RankedValue;

/**
 * What the dashboard shows, as plain data: built from a situation (and optional targets and
 * plan), then rendered by {@link DashboardHtml}. The sections that only a reporting workspace can
 * fill (completeness and deadlines by agency, the trend across periods) take plain records; when
 * they are null the page says they need a workspace.
 *
 * @param entity       the entity's name
 * @param entityId     its id
 * @param period       the period
 * @param methodology  the methodology's name
 * @param methodologyId its id and version
 * @param totalPoints  total points
 * @param maxPoints    the methodology's max
 * @param index        the index
 * @param pointsLost   points not earned
 * @param pointsAtRisk points earned but flagged
 * @param rank         overall rank (null without a cohort)
 * @param cohortSize   entities in the cohort (null without one)
 * @param top          the N of "top N"
 * @param mainsInTop   main indicators in the top N (null without a cohort)
 * @param mains        main indicators against max and the cohort
 * @param targets      targets checked (null: no targets given)
 * @param agencies     gaps by responsible agency
 * @param components   every scored component with its evidence documents
 * @param completeness completeness by agency (null: needs a workspace)
 * @param deadlines    deadlines by agency (null: needs a workspace)
 * @param trend        the trend across periods (null: needs a workspace)
 * @param plan         the cheapest plan to the targets (null: no targets given)
 * @param warnings     what the reader must know (the score card's warnings)
 */
public record Dashboard(String entity, String entityId, String period, String methodology, String methodologyId, double totalPoints, double maxPoints,
        double index, double pointsLost, double pointsAtRisk, Integer rank, Integer cohortSize, int top, Integer mainsInTop, List<MainRow> mains,
        List<TargetResult> targets, List<AgencyGaps> agencies, List<ComponentRow> components, List<AgencyCompleteness> completeness,
        List<Deadline> deadlines, List<PeriodPoint> trend, Plan plan, List<String> warnings) {

    public Dashboard {
        Objects.requireNonNull(entity, "entity");
        mains = List.copyOf(mains);
        agencies = List.copyOf(agencies);
        components = List.copyOf(components);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A main indicator against its max and the cohort (cohort figures null without one). */
    public record MainRow(String id, String name, double points, double maxPoints, double value, Double cohortAverage, Double cohortBest, Integer rank,
            Boolean inTop) {
    }

    /** One agency's gaps. */
    public record AgencyGaps(String agency, double pointsLost, double pointsAtRisk, List<Gap> gaps) {
        public AgencyGaps {
            gaps = List.copyOf(gaps);
        }
    }

    /** One component with its value as people read it (87,2%; 27; có / yes; cloud) and its evidence documents ("number — title (date)"). */
    public record ComponentRow(String id, String name, String value, double points, double maxPoints, String agency, List<String> documents,
            int findings) {
        public ComponentRow {
            documents = List.copyOf(documents);
        }
    }

    /** Completeness of one agency's reporting (from a reporting workspace). */
    public record AgencyCompleteness(String agency, int components, int reported, int documented) {
    }

    /** A reporting deadline of one agency (from a reporting workspace). */
    public record Deadline(String agency, String component, LocalDate due, String status, int daysLate) {
    }

    /** One period of the trend (from a reporting workspace). */
    public record PeriodPoint(String period, double totalPoints, double index, Integer rank) {
    }

    /** The dashboard of a situation, with targets (checked) and a plan, when given; workspace sections empty. */
    public static Dashboard of(Situation s, List<TargetResult> targets, Plan plan) {
        return of(s, targets, plan, null, null, null);
    }

    /** The dashboard with the workspace's sections (each may be null: "needs a workspace"). */
    public static Dashboard of(Situation s, List<TargetResult> targets, Plan plan, List<AgencyCompleteness> completeness, List<Deadline> deadlines,
            List<PeriodPoint> trend) {
        ScoreCard card = s.card();
        CohortRanking ranking = s.ranking().orElse(null);
        EntityRanking me = ranking == null ? null : ranking.entity(s.entityId()).orElseThrow();
        List<MainRow> mains = new ArrayList<>();
        for (MainIndicatorScore ms : card.mainIndicators()) {
            if (ms.maxPoints() == 0) {
                continue;
            }
            Double avg = null;
            Double best = null;
            Integer rank = null;
            Boolean inTop = null;
            if (ranking != null) {
                double sum = 0;
                double max = Double.NEGATIVE_INFINITY;
                for (EntityRanking e : ranking.entities()) {
                    RankedValue v = e.mainIndicator(ms.id().value());
                    sum += v.value();
                    max = Math.max(max, v.value());
                }
                avg = sum / ranking.entities().size();
                best = max;
                RankedValue mine = me.mainIndicator(ms.id().value());
                rank = mine.rank();
                inTop = mine.inTop();
            }
            mains.add(new MainRow(ms.id().value(), ms.name(), ms.points(), ms.maxPoints(), ms.value(), avg, best, rank, inTop));
        }
        List<AgencyGaps> agencies = new ArrayList<>();
        for (Map.Entry<String, List<Gap>> e : Gaps.byAgency(Gaps.of(s)).entrySet()) {
            agencies.add(new AgencyGaps(e.getKey(), Gaps.lost(e.getValue()), Gaps.risk(e.getValue()), e.getValue()));
        }
        List<ComponentRow> components = new ArrayList<>();
        for (ComponentScore cs : card.components()) {
            if (cs.maxPoints() == 0) {
                continue;
            }
            ComponentEvidence ce = s.evidence().component(cs.id()).orElse(null);
            List<String> docs = new ArrayList<>();
            if (ce != null) {
                for (Document d : ce.documents()) {
                    docs.add((d.number() == null ? "" : d.number() + " — ") + (d.title() == null ? "" : d.title())
                            + (d.date() == null ? "" : " (" + d.date() + ")"));
                }
            }
            String agency = s.methodology().component(cs.id()).map(c -> c.responsibleAgency()).orElse("");
            var kind = s.methodology().component(cs.id()).map(c -> c.valueKind()).orElse(null);
            components.add(new ComponentRow(cs.id().value(), cs.name(), ce == null || !ce.reported() ? null : DashboardHtml.shown(kind, Values.text(ce.value())), cs.points(),
                    cs.maxPoints(), agency, docs, cs.findings().size()));
        }
        return new Dashboard(card.entity().name(), card.entity().id(), card.period().toString(), s.methodology().name(),
                card.methodology().id() + " " + card.methodology().version(), card.totalPoints(), card.maxPoints(), card.index(), card.pointsLost(),
                card.pointsAtRisk(), me == null ? null : me.rank(), ranking == null ? null : ranking.entities().size(), ranking == null ? 10 : ranking.top(),
                me == null ? null : me.mainIndicatorsInTop(), mains, targets, agencies, components, completeness, deadlines, trend, plan, card.warnings());
    }
}
