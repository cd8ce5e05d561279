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
import vn.dti.api.Evidence;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.ReportingRole;
import vn.dti.api.ScoreCard;
import vn.dti.api.ValueKind;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortRanking;
import vn.dti.cohort.EntityRanking;
import vn.dti.cohort.RankedValue;
import vn.dti.text.Language;
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
 * @param stages        the total and main indicators self-assessed, appraised and final
 * @param cohortNote    the cohort the rank is read in (null without one)
 * @param afterPlan     the total, rank and main indicators in the top N after the plan (null without a plan)
 * @param interval      how sure the rank is (null without a cohort, or when the cohort applies mergers)
 * @param targetNotes   each target's own words in the plan it comes from, in the order of {@code targets} (null: no targets)
 */
public record Dashboard(String entity, String entityId, String period, String methodology, String methodologyId, double totalPoints, double maxPoints,
        double index, double pointsLost, double pointsAtRisk, Integer rank, Integer cohortSize, int top, Integer mainsInTop, List<MainRow> mains,
        List<TargetResult> targets, List<AgencyGaps> agencies, List<ComponentRow> components, List<AgencyCompleteness> completeness,
        List<Deadline> deadlines, List<PeriodPoint> trend, Plan plan, List<Message> warnings, String targetsTitle, String targetsSource,
        List<Target> targetDefinitions, Map<String, ComponentInfo> catalogue, boolean topCannotTell, boolean province, Stages stages,
        CohortNote cohortNote, AfterPlan afterPlan, RankInterval interval, List<String> targetNotes) {

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
     * @param stages            not null
     * @param cohortNote        null without a cohort
     * @param afterPlan         null without a plan
     * @param interval          null when not computed
     * @param targetNotes       as many as {@code targets} (an entry null when the plan's words are not given), or null; copied
     * @throws NullPointerException     if {@code entity}, {@code stages} or a required list is null
     * @throws IllegalArgumentException if {@code targets} and {@code targetDefinitions} differ in size
     */
    public Dashboard {
        Objects.requireNonNull(entity, "entity");
        mains = List.copyOf(mains);
        agencies = List.copyOf(agencies);
        components = List.copyOf(components);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        catalogue = catalogue == null ? Map.of() : Map.copyOf(catalogue);
        Objects.requireNonNull(stages, "stages");
        targetNotes = targetNotes == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(targetNotes));
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
     * One figure at the reporting year's three stages: as the agencies reported it (self-assessed,
     * tự đánh giá), with the appraisal council's decisions (appraised, thẩm định), and the one that
     * stands (final, cuối cùng: the appraised one when the council decided anything, else the
     * self-assessed one, as {@code dti history} scores a period).
     *
     * @param id           "total", or the main indicator's id
     * @param name         the main indicator's official name ("" for the total)
     * @param selfAssessed the points as reported
     * @param appraised    the points with the council's decisions (the self-assessed ones when there are none)
     * @param finalPoints  the points that stand
     * @param maxPoints    the max
     */
    public record Stage(String id, String name, double selfAssessed, double appraised, double finalPoints, double maxPoints) {
    }

    /**
     * The total and the main indicators at the three stages.
     *
     * @param appraised true when the council's decisions were applied; false: every figure is
     *                  self-assessed, not yet appraised
     * @param total     the total
     * @param mains     the scored main indicators, in catalogue order
     */
    public record Stages(boolean appraised, Stage total, List<Stage> mains) {
        /**
         * Copies the list.
         *
         * @param appraised whether the council's decisions were applied
         * @param total     not null
         * @param mains     not null; copied
         * @throws NullPointerException if {@code total} or {@code mains} is null
         */
        public Stages {
            Objects.requireNonNull(total, "total");
            mains = List.copyOf(mains);
        }
    }

    /**
     * The cohort a rank is read in, as its file describes itself (docs/cohorts.md).
     *
     * @param illustrative true when its figures are not real entities' published results
     * @param period       the period of its figures, or null when it names none
     * @param source       where its figures come from (a real cohort names its document), or null
     * @param members      its entities' names, in rank order
     */
    public record CohortNote(boolean illustrative, String period, String source, List<String> members) {
        /**
         * Copies the members.
         *
         * @param illustrative whether the figures are illustrative
         * @param period       null when not named
         * @param source       null when not named
         * @param members      not null; copied
         * @throws NullPointerException if {@code members} is null
         */
        public CohortNote {
            members = List.copyOf(members);
        }
    }

    /**
     * Where the plan leads: its changes applied, scored and ranked again in the same cohort.
     *
     * @param totalPoints the total after the plan
     * @param rank        the overall rank after (null without a cohort)
     * @param mainsInTop  the main indicators in the top N after (null without a cohort)
     */
    public record AfterPlan(double totalPoints, Integer rank, Integer mainsInTop) {
    }

    /**
     * How sure the rank is ({@link Sensitivity}): the entity's rank over samples that vary the
     * methodology's assumed formulas.
     *
     * @param median  the median rank
     * @param p5      the 5th percentile (the better end)
     * @param p95     the 95th percentile
     * @param samples the samples drawn
     * @param range   each assumed parameter varied within ± this fraction
     * @param seed    the seed (the same seed gives the same interval)
     */
    public record RankInterval(double median, int p5, int p95, int samples, double range, long seed) {
    }

    /** The samples the dashboard's rank interval takes (as {@code dti sensitivity}'s default). */
    public static final int INTERVAL_SAMPLES = 10_000;
    /** The range the dashboard's rank interval varies each assumed parameter within (± 20%, as {@code dti sensitivity}'s default). */
    public static final double INTERVAL_RANGE = 0.2;
    /** The seed of the dashboard's rank interval (as {@code dti sensitivity}'s default). */
    public static final long INTERVAL_SEED = 1;

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
        return of(s, file, targets, plan, warnings, completeness, deadlines, trend, null);
    }

    /**
     * The dashboard of a situation whose evidence the appraisal council changed: {@code selfAssessed}
     * is the evidence as the agencies reported it, the situation's the appraised one, and the page
     * shows the total and main indicators at the three stages (self-assessed, appraised, final).
     *
     * @param s            the situation (its evidence appraised when {@code selfAssessed} is given)
     * @param file         the targets file, or null
     * @param targets      the targets checked, or null
     * @param plan         the plan, or null
     * @param warnings     more warnings, or null
     * @param completeness completeness by agency, or null ("needs a workspace")
     * @param deadlines    deadlines by agency, or null
     * @param trend        the trend across periods, or null
     * @param selfAssessed the evidence before the council's decisions, or null when there are none
     *                     (every figure is then self-assessed)
     * @return the dashboard
     */
    public static Dashboard of(Situation s, TargetsFile file, List<TargetResult> targets, Plan plan, List<String> warnings,
            List<AgencyCompleteness> completeness, List<Deadline> deadlines, List<PeriodPoint> trend, Evidence selfAssessed) {
        return build(s, file, targets, plan, warnings == null ? null : warnings.stream().map(Message::text).toList(), completeness, deadlines, trend,
                selfAssessed);
    }

    /** {@link #of(Situation, TargetsFile, List, Plan, List, List, List, List, Evidence)} with warnings as messages, shown in both languages. */
    private static Dashboard build(Situation s, TargetsFile file, List<TargetResult> targets, Plan plan, List<Message> warnings,
            List<AgencyCompleteness> completeness, List<Deadline> deadlines, List<PeriodPoint> trend, Evidence selfAssessed) {
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
        for (Message w : CohortWarnings.of(s)) {
            // the cohort's edition warning is the card's own when the entity's period is the cohort's: said once
            if (all.stream().noneMatch(m -> m.in(Language.EN).equals(w.in(Language.EN)))) {
                all.add(w);
            }
        }
        if (warnings != null) {
            all.addAll(warnings);
        }
        List<String> notes = null;
        if (targets != null) {
            notes = new ArrayList<>();
            for (Target t : parsed) {
                notes.add(file == null ? null : file.noteOf(t));
            }
        }
        Stages stages = stages(s, selfAssessed);
        CohortNote cohortNote = ranking == null ? null : cohortNote(s, ranking);
        AfterPlan afterPlan = plan == null ? null : afterPlan(s, plan);
        RankInterval interval = ranking == null ? null : interval(s);
        int top = ranking == null ? 10 : ranking.top();
        return new Dashboard(card.entity().name(), card.entity().id(), card.period().toString(), s.methodology().name(),
                card.methodology().id() + " " + card.methodology().version(), card.totalPoints(), card.maxPoints(), card.index(), card.pointsLost(),
                card.pointsAtRisk(), me == null ? null : me.rank(), ranking == null ? null : ranking.entities().size(), top,
                me == null ? null : me.mainIndicatorsInTop(), mains, targets, agencies, components, completeness, deadlines, trend, plan, all,
                file == null ? null : file.title(), file == null ? null : file.source(), parsed, catalogue,
                ranking != null && Targets.topCannotTell(s.methodology(), ranking.entities().size(), top) != null,
                s.methodology().entityKind() == EntityKind.PROVINCE, stages, cohortNote, afterPlan, interval, notes);
    }

    /**
     * The dashboard with its targets checked and planned for, as {@code dti dashboard} and the served
     * page make it: the targets file checked against the evidence (a file for another period is
     * warned about), every target checked, and the cheapest plan to the targets it can plan for (a
     * rank target without a cohort, or one a cohort of N or fewer cannot tell, is left out and the
     * page says so).
     *
     * @param s            the situation (its evidence appraised when {@code selfAssessed} is given)
     * @param file         the targets file, or null for none
     * @param display      the targets file's name in messages (a path or an upload's name)
     * @param effort       the effort of each change
     * @param completeness completeness by agency, or null ("needs a workspace")
     * @param deadlines    deadlines by agency, or null
     * @param trend        the trend across periods, or null
     * @param selfAssessed the evidence before the council's decisions, or null when there are none
     * @return the dashboard
     * @throws vn.dti.api.InvalidEvidenceException if the targets file names another entity
     */
    public static Dashboard planned(Situation s, TargetsFile file, String display, Effort effort, List<AgencyCompleteness> completeness,
            List<Deadline> deadlines, List<PeriodPoint> trend, Evidence selfAssessed) {
        List<TargetResult> results = null;
        Plan plan = null;
        List<Message> warnings = List.of();
        if (file != null) {
            file.against(display, s.evidence());    // a file for another entity is refused in the reader's language
            List<Target> all = file.parsed(s.methodology());
            List<Target> plannable = all.stream().filter(t -> !((t.subject() == Target.Subject.RANK || t.subject() == Target.Subject.TOP)
                    && (s.ranking().isEmpty() || Targets.cannotTell(s, t) != null))).toList();
            // the page shows the library's sentences in both languages: the warnings and the plan's notes are messages
            warnings = file.warnings(display, s.evidence());
            results = Language.during(Language.EN, () -> Targets.check(s, all, file::sourceOf));
            try {
                plan = plannable.isEmpty() ? null : Language.during(Language.EN, () -> Planner.plan(s, plannable, effort));
            } catch (vn.dti.api.DtiException e) {
                Planner.plan(s, plannable, effort);     // the same refusal, in the reader's language
                throw e;
            }
        }
        return build(s, file, results, plan, warnings, completeness, deadlines, trend, selfAssessed);
    }

    /** The total and main indicators self-assessed, appraised and final. */
    private static Stages stages(Situation s, Evidence selfAssessed) {
        ScoreCard now = s.card();
        ScoreCard self = selfAssessed == null ? now : s.withEvidence(selfAssessed).card();
        boolean appraised = selfAssessed != null;
        Stage total = new Stage("total", "", self.totalPoints(), now.totalPoints(), now.totalPoints(), now.maxPoints());
        List<Stage> mains = new ArrayList<>();
        for (MainIndicatorScore ms : now.mainIndicators()) {
            if (ms.maxPoints() == 0) {
                continue;
            }
            double before = self.mainIndicators().stream().filter(x -> x.id().equals(ms.id())).mapToDouble(MainIndicatorScore::points).findFirst()
                    .orElse(ms.points());
            mains.add(new Stage(ms.id().value(), ms.name(), before, ms.points(), ms.points(), ms.maxPoints()));
        }
        return new Stages(appraised, total, mains);
    }

    /** The cohort as it describes itself, its members in rank order. */
    private static CohortNote cohortNote(Situation s, CohortRanking ranking) {
        Cohort c = s.cohort().orElseThrow();
        List<String> members = new ArrayList<>();
        for (EntityRanking e : ranking.entities()) {
            members.add(e.name());
        }
        return new CohortNote(Boolean.TRUE.equals(c.illustrative()), c.period(), c.source(), members);
    }

    /** The plan's changes applied, scored and ranked again. */
    private static AfterPlan afterPlan(Situation s, Plan plan) {
        Situation then = s.withEvidence(WhatIf.apply(s.evidence(), plan.changes()));
        EntityRanking me = then.ranking().flatMap(r -> r.entity(then.entityId())).orElse(null);
        return new AfterPlan(then.card().totalPoints(), me == null ? null : me.rank(), me == null ? null : me.mainIndicatorsInTop());
    }

    /** The rank's 5th–95th percentile interval over the assumed formulas; null when the cohort applies mergers (sensitivity reads none). */
    private static RankInterval interval(Situation s) {
        Cohort c = s.cohort().orElseThrow();
        if (c.mergerMap() != null || !c.mergers().isEmpty()) {
            return null;
        }
        SensitivityResult r = Sensitivity.run(s.scorer(), c, INTERVAL_SAMPLES, INTERVAL_SEED, INTERVAL_RANGE);
        return r.entities().stream().filter(e -> e.id().equals(s.entityId())).findFirst()
                .map(e -> new RankInterval(e.median(), e.p5(), e.p95(), r.samples(), r.range(), r.seed())).orElse(null);
    }
}
