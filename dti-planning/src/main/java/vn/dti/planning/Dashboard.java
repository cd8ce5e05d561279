package vn.dti.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.EntityKind;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.ReportingRole;
import vn.dti.api.ScoreCard;
import vn.dti.api.ValueKind;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;
import vn.dti.cohort.RankedValue;
import vn.dti.text.Message;

/**
 * What the dashboard shows, as plain data: built from a situation (and optional targets and
 * plan), then rendered by {@link DashboardHtml}. The sections that only a reporting workspace can
 * fill (completeness and deadlines by agency, the trend across periods) take plain records; when
 * they are null the page says they need a workspace.
 *
 * @param entity        the entity's name
 * @param entityId      its id
 * @param period        the period
 * @param methodology   the methodology's name
 * @param methodologyId its id and version
 * @param totalPoints   total points
 * @param maxPoints     the methodology's max
 * @param index         the index
 * @param pointsLost    points not earned
 * @param pointsAtRisk  points earned but flagged
 * @param rank          overall rank (null without a cohort)
 * @param cohortSize    entities in the cohort (null without one)
 * @param top           the N of "top N"
 * @param mainsInTop    main indicators in the top N (null without a cohort)
 * @param mains         main indicators against max and the cohort
 * @param targets       targets checked (null: no targets given)
 * @param agencies      gaps by responsible agency
 * @param components    every scored component with its evidence documents
 * @param completeness  completeness by agency (null: needs a workspace)
 * @param deadlines     deadlines by agency (null: needs a workspace)
 * @param trend         the trend across periods (null: needs a workspace)
 * @param plan          the cheapest plan to the targets (null: no targets given)
 * @param warnings      what the reader must know (the score card's warnings, a targets file for another period)
 * @param targetsTitle  the targets file's title (null: none)
 * @param targetsSource the documents the targets come from (null: not stated)
 * @param targetDefinitions the targets, parsed, in the order of {@code targets} (null: no targets)
 * @param catalogue     every component's kind of value and category names, by id
 * @param topCannotTell true when the cohort has {@code top} entities or fewer: every main
 *                      indicator is in the top N, so the count says nothing
 * @param province      true when the methodology scores provinces (a rank is read among the 34)
 */
public record Dashboard(String entity, String entityId, String period, String methodology, String methodologyId, double totalPoints, double maxPoints,
        double index, double pointsLost, double pointsAtRisk, Integer rank, Integer cohortSize, int top, Integer mainsInTop, List<MainRow> mains,
        List<TargetResult> targets, List<AgencyGaps> agencies, List<ComponentRow> components, List<AgencyCompleteness> completeness,
        List<Deadline> deadlines, List<PeriodPoint> trend, Plan plan, List<Message> warnings, String targetsTitle, String targetsSource,
        List<Target> targetDefinitions, Map<String, ComponentInfo> catalogue, boolean topCannotTell, boolean province) {

    /**
     * Checks the entity and the targets, and copies the lists.
     *
     * @param entity            not null
     * @param entityId          the id
     * @param period            the period
     * @param methodology       the methodology's name
     * @param methodologyId     its id and version
     * @param totalPoints       total points
     * @param maxPoints         the max
     * @param index             the index
     * @param pointsLost        points lost
     * @param pointsAtRisk      points at risk
     * @param rank              the rank, or null
     * @param cohortSize        the cohort's size, or null
     * @param top               the N
     * @param mainsInTop        main indicators in the top N, or null
     * @param mains             not null; copied
     * @param targets           null: no targets
     * @param agencies          not null; copied
     * @param components        not null; copied
     * @param completeness      null: needs a workspace
     * @param deadlines         null: needs a workspace
     * @param trend             null: needs a workspace
     * @param plan              null: no targets
     * @param warnings          null for none; copied
     * @param targetsTitle      null: none
     * @param targetsSource     null: not stated
     * @param targetDefinitions as many as {@code targets}, or null
     * @param catalogue         null for none; copied
     * @param topCannotTell     whether the top-N count says nothing
     * @param province          whether the methodology scores provinces
     * @throws NullPointerException     if {@code entity} or a required list is null
     * @throws IllegalArgumentException if {@code targets} and {@code targetDefinitions} differ in size
     */
    public Dashboard {
        Objects.requireNonNull(entity, "entity");
        mains = List.copyOf(mains);
        agencies = List.copyOf(agencies);
        components = List.copyOf(components);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        catalogue = catalogue == null ? Map.of() : Map.copyOf(catalogue);
        if (targets != null && targetDefinitions != null && targets.size() != targetDefinitions.size()) {
            throw new IllegalArgumentException("The dashboard's " + targets.size() + " targets checked and " + targetDefinitions.size()
                    + " targets parsed must match.");
        }
    }

    /**
     * A main indicator against its max and the cohort (cohort figures null without one).
     *
     * @param id            the main indicator
     * @param name          its official name
     * @param points        its points
     * @param maxPoints     its max
     * @param value         points / max, in [0, 1]
     * @param cohortAverage the cohort's average value, or null
     * @param cohortBest    the cohort's best value, or null
     * @param rank          its rank in the cohort, or null
     * @param inTop         whether it ranks in the top N, or null
     */
    public record MainRow(String id, String name, double points, double maxPoints, double value, Double cohortAverage, Double cohortBest, Integer rank,
            Boolean inTop) {
    }

    /**
     * One agency's gaps.
     *
     * @param agency       the responsible agency
     * @param pointsLost   the points its gaps lose
     * @param pointsAtRisk the points its gaps have at risk
     * @param gaps         its gaps, in catalogue order
     */
    public record AgencyGaps(String agency, double pointsLost, double pointsAtRisk, List<Gap> gaps) {
        /**
         * Copies the gaps.
         *
         * @param agency       the agency
         * @param pointsLost   points lost
         * @param pointsAtRisk points at risk
         * @param gaps         not null; copied
         * @throws NullPointerException if {@code gaps} is null
         */
        public AgencyGaps {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * One component with its value and its evidence documents.
     *
     * @param id        the component
     * @param name      its official name
     * @param value     its value as written in evidence (0.872, cloud, yes); null when not reported
     * @param points    its points
     * @param maxPoints its max
     * @param agency    the responsible agency
     * @param documents its evidence documents
     * @param findings  how many findings it has
     */
    public record ComponentRow(String id, String name, String value, double points, double maxPoints, String agency, List<Document> documents,
            int findings) {
        /**
         * Copies the documents.
         *
         * @param id        the component
         * @param name      its name
         * @param value     its value, or null
         * @param points    its points
         * @param maxPoints its max
         * @param agency    the agency
         * @param documents not null; copied
         * @param findings  the findings
         * @throws NullPointerException if {@code documents} is null
         */
        public ComponentRow {
            documents = List.copyOf(documents);
        }
    }

    /**
     * How a component's value is read: its kind, and for categories the Vietnamese name of each code
     * (from the catalogue).
     *
     * @param valueKind  its value kind
     * @param categories category code → official name (empty for other kinds)
     * @param maxPoints  its max
     */
    public record ComponentInfo(ValueKind valueKind, Map<String, String> categories, double maxPoints) {
        /**
         * Copies the categories.
         *
         * @param valueKind  the kind
         * @param categories null for none; copied
         * @param maxPoints  the max
         */
        public ComponentInfo {
            categories = categories == null ? Map.of() : Map.copyOf(categories);
        }

        /**
         * A component's kind of value, category names and max, from the catalogue.
         *
         * @param c the component
         * @return its information
         */
        public static ComponentInfo of(Component c) {
            Map<String, String> names = new LinkedHashMap<>();
            for (CategoryOption o : c.categories()) {
                names.put(o.code(), o.name());
            }
            return new ComponentInfo(c.valueKind(), names, c.maxPoints());
        }
    }

    /**
     * Completeness of one agency's reporting in one role (from a reporting workspace).
     *
     * @param agency     the agency
     * @param role       responsible or cooperating
     * @param components how many components it owes in this role
     * @param reported   how many of them are reported
     * @param documented how many of them have an evidence document
     */
    public record AgencyCompleteness(String agency, ReportingRole role, int components, int reported, int documented) {
    }

    /** What a reporting deadline found. */
    public enum DeadlineState {
        /** Reported, after the deadline. */
        LATE,
        /** Not reported, the deadline still ahead ({@code daysLeft}) or not set. */
        MISSING,
        /** Not reported, the deadline passed. */
        OVERDUE
    }

    /**
     * A reporting deadline of one agency in one role (from a reporting workspace).
     *
     * @param agency    the agency
     * @param role      responsible or cooperating
     * @param component the component
     * @param due       the day the report is due before
     * @param state     late, missing or overdue
     * @param daysLate  for a late or overdue report, the days after the deadline
     * @param daysLeft  for a missing report, the days left before the deadline (null when none is set)
     */
    public record Deadline(String agency, ReportingRole role, String component, LocalDate due, DeadlineState state, int daysLate, Integer daysLeft) {
    }

    /**
     * One period of the trend (from a reporting workspace).
     *
     * @param period      the period, e.g. {@code 2025-Q2}
     * @param totalPoints its total
     * @param index       its index
     * @param rank        its rank, or null without a cohort
     */
    public record PeriodPoint(String period, double totalPoints, double index, Integer rank) {
    }

    /**
     * The dashboard of a situation, with targets and a plan when given; workspace sections empty.
     *
     * @param s       the situation
     * @param targets the targets checked, or null
     * @param plan    the plan, or null
     * @return the dashboard
     */
    public static Dashboard of(Situation s, List<TargetResult> targets, Plan plan) {
        return of(s, targets, plan, null, null, null);
    }

    /**
     * The dashboard with the workspace's sections.
     *
     * @param s            the situation
     * @param targets      the targets checked, or null
     * @param plan         the plan, or null
     * @param completeness completeness by agency, or null ("needs a workspace")
     * @param deadlines    deadlines by agency, or null
     * @param trend        the trend across periods, or null
     * @return the dashboard
     */
    public static Dashboard of(Situation s, List<TargetResult> targets, Plan plan, List<AgencyCompleteness> completeness, List<Deadline> deadlines,
            List<PeriodPoint> trend) {
        return of(s, null, targets, plan, List.of(), completeness, deadlines, trend);
    }

    /**
     * The dashboard with a targets file (its title and source shown), targets checked, the plan,
     * warnings beside the score card's (e.g. a targets file for another period) and the workspace's
     * sections.
     *
     * @param s            the situation
     * @param file         the targets file, or null
     * @param targets      the targets checked, or null
     * @param plan         the plan, or null
     * @param warnings     more warnings, or null
     * @param completeness completeness by agency, or null ("needs a workspace")
     * @param deadlines    deadlines by agency, or null
     * @param trend        the trend across periods, or null
     * @return the dashboard
     */
    public static Dashboard of(Situation s, TargetsFile file, List<TargetResult> targets, Plan plan, List<String> warnings,
            List<AgencyCompleteness> completeness, List<Deadline> deadlines, List<PeriodPoint> trend) {
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
        Map<String, ComponentInfo> catalogue = new LinkedHashMap<>();
        for (Component c : s.methodology().components()) {
            catalogue.put(c.id().value(), ComponentInfo.of(c));
        }
        for (ComponentScore cs : card.components()) {
            if (cs.maxPoints() == 0) {
                continue;
            }
            ComponentEvidence ce = s.evidence().component(cs.id()).orElse(null);
            String agency = s.methodology().component(cs.id()).map(Component::responsibleAgency).orElse("");
            components.add(new ComponentRow(cs.id().value(), cs.name(), ce == null || !ce.reported() ? null : Values.text(ce.value()), cs.points(),
                    cs.maxPoints(), agency, ce == null ? List.of() : ce.documents(), cs.findings().size()));
        }
        List<Target> parsed = null;
        if (targets != null) {
            parsed = new ArrayList<>();
            for (TargetResult r : targets) {
                parsed.add(Target.parse(r.target(), s.methodology()));
            }
        }
        List<Message> all = new ArrayList<>(card.warnings());
        if (warnings != null) {
            warnings.forEach(w -> all.add(Message.text(w)));
        }
        int top = ranking == null ? 10 : ranking.top();
        return new Dashboard(card.entity().name(), card.entity().id(), card.period().toString(), s.methodology().name(),
                card.methodology().id() + " " + card.methodology().version(), card.totalPoints(), card.maxPoints(), card.index(), card.pointsLost(),
                card.pointsAtRisk(), me == null ? null : me.rank(), ranking == null ? null : ranking.entities().size(), top,
                me == null ? null : me.mainIndicatorsInTop(), mains, targets, agencies, components, completeness, deadlines, trend, plan, all,
                file == null ? null : file.title(), file == null ? null : file.source(), parsed, catalogue,
                ranking != null && Targets.topCannotTell(s.methodology(), ranking.entities().size(), top) != null,
                s.methodology().entityKind() == EntityKind.PROVINCE);
    }
}
