package vn.dti.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.dti.api.Agencies;
import vn.dti.api.Appraisal;
import vn.dti.api.Component;
import vn.dti.api.DtiException;
import vn.dti.api.Evidence;
import vn.dti.api.FindingCode;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.MethodologyRef;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ReportingRole;
import vn.dti.api.ScoreCard;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Message;

/**
 * Every period of a workspace scored: quarters, the half-years and the year built from them (and
 * the year's own folder), each with the appraisal council's decisions when its folder holds them.
 * For each period: the total and main indicators, the completeness of each agency in both its
 * roles, and the change from the previous period of the same kind (quarter to quarter, half-year
 * to half-year, year to year), split, when the two were scored by different methodology versions,
 * into what the data changed and what the methodology changed:
 *
 * <pre>
 * data        = score(this period's evidence, this methodology) − score(previous evidence, this methodology)
 * methodology = score(previous evidence, this methodology) − score(previous evidence, previous methodology)
 * </pre>
 *
 * so that {@code data + methodology} is the change in the total. A period whose files cannot be
 * merged (a file refused, a conflict, a template nobody filled in) is listed as not scored, with
 * the reasons; the others are scored.
 *
 * @param entity    the entity, as the scored periods report it (null when none could be scored)
 * @param periods   the periods scored, in time order
 * @param notScored the periods that could not be scored, with the reasons
 */
public record ReportingHistory(String entity, List<PeriodScore> periods, List<NotScored> notScored) {
    /**
     * Copies the lists.
     *
     * @param entity    the entity, or null
     * @param periods   not null; copied
     * @param notScored null for none; copied
     * @throws NullPointerException if {@code periods} is null
     */
    public ReportingHistory {
        periods = List.copyOf(periods);
        notScored = notScored == null ? List.of() : List.copyOf(notScored);
    }

    /**
     * A history with every period scored.
     *
     * @param entity  the entity, or null
     * @param periods the periods scored, in time order
     */
    public ReportingHistory(String entity, List<PeriodScore> periods) {
        this(entity, periods, null);
    }

    /**
     * One period.
     *
     * @param period             the period, e.g. {@code 2025-Q3}
     * @param methodology        the methodology and version that scored it
     * @param totalPoints        the total, in points (the final points when appraised)
     * @param maxPoints          the methodology's max
     * @param index              the index, unrounded, in [0, 1]
     * @param selfAssessedPoints the total before the council's decisions (null when not appraised)
     * @param mainIndicators     each main indicator's points
     * @param late               how many LATE_REPORT findings the card has
     * @param completeness       per agency and role: components due, reported, late
     * @param change             the change from the previous period of the same kind (null for the
     *                           first)
     */
    public record PeriodScore(Period period, MethodologyRef methodology, double totalPoints, double maxPoints, double index, Double selfAssessedPoints,
            List<MainIndicatorScore> mainIndicators, int late, List<Completeness> completeness, Change change) {
        /**
         * Copies the lists.
         *
         * @param period             the period
         * @param methodology        the methodology
         * @param totalPoints        the total
         * @param maxPoints          the max
         * @param index              the index
         * @param selfAssessedPoints the self-assessed total, or null
         * @param mainIndicators     not null; copied
         * @param late               the late findings
         * @param completeness       not null; copied
         * @param change             the change, or null
         * @throws NullPointerException if a list is null
         */
        public PeriodScore {
            mainIndicators = List.copyOf(mainIndicators);
            completeness = List.copyOf(completeness);
        }
    }

    /**
     * A period that could not be scored, and why.
     *
     * @param period  the period
     * @param reasons each problem with its file, sheet, row and column
     */
    public record NotScored(Period period, List<String> reasons) {
        /**
         * Copies the reasons.
         *
         * @param period  the period
         * @param reasons not null; copied
         * @throws NullPointerException if {@code reasons} is null
         */
        public NotScored {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * How complete one agency's components are in a period, in one role. As responsible agency:
     * the components it leads that the evidence has a value for (by anyone), and those with a
     * LATE_REPORT finding. As cooperating agency: the components it cooperates on (named, or as a
     * member of a group) that it submitted itself, and those it submitted after its deadline.
     *
     * @param agency   the agency as the catalogue names it
     * @param role     responsible or cooperating
     * @param due      how many components it owes in this role
     * @param reported how many of them are reported
     * @param late     how many of them were reported late
     */
    public record Completeness(String agency, ReportingRole role, int due, int reported, int late) {
        /**
         * A responsible agency's completeness.
         *
         * @param agency   the agency
         * @param due      the components it leads
         * @param reported how many have a value
         * @param late     how many have a LATE_REPORT finding
         */
        public Completeness(String agency, int due, int reported, int late) {
            this(agency, ReportingRole.RESPONSIBLE, due, reported, late);
        }
    }

    /**
     * The change from a previous period.
     *
     * @param from           the previous period of the same kind
     * @param total          the change in the total, in points
     * @param data           what the evidence changed (scored by this period's methodology); null
     *                       when it cannot be told (see {@code note})
     * @param methodology    what the change of methodology changed (0 when both periods used the same
     *                       version; null when the previous evidence cannot be scored by this
     *                       methodology, see {@code note})
     * @param mainIndicators the change per main indicator, in points
     * @param note           why a split is missing, or null
     */
    public record Change(Period from, double total, Double data, Double methodology, Map<String, Double> mainIndicators, String note) {
    }

    /**
     * Scores every period of a workspace.
     *
     * @param ws       the workspace
     * @param fallback the methodology of periods {@code workspace.json} does not name
     * @param resolve  loads a methodology by id or folder (e.g. {@code Methodologies::resolve})
     * @return the history; periods whose files cannot be merged are listed as not scored
     * @throws vn.dti.api.DtiException if the workspace has no period folders, or {@code resolve}
     *                                 refuses a methodology workspace.json names
     */
    public static ReportingHistory of(Workspace ws, RuleScorer fallback, Function<String, RuleScorer> resolve) {
        return of(ws, fallback, resolve, null);
    }

    /**
     * Scores the periods of a workspace that end by the end of {@code upTo}: the history as it stood
     * at that period, so a later period's files are not read.
     *
     * @param ws       the workspace
     * @param fallback the methodology of periods {@code workspace.json} does not name
     * @param resolve  loads a methodology by id or folder
     * @param upTo     the last period to include, or null for all
     * @return the history
     * @throws vn.dti.api.DtiException if no period folder ends by then, or {@code resolve} refuses a
     *                                 methodology workspace.json names
     */
    public static ReportingHistory of(Workspace ws, RuleScorer fallback, Function<String, RuleScorer> resolve, Period upTo) {
        Map<String, RuleScorer> scorers = new HashMap<>();
        List<Period> periods = ws.periods().stream().filter(p -> upTo == null || !p.end().isAfter(upTo.end())).toList();
        if (periods.isEmpty()) {
            throw new DtiException(Message.of("reporting.history.noPeriods", ws.name()));
        }
        Map<Period, Scored> done = new LinkedHashMap<>();
        List<PeriodScore> out = new ArrayList<>();
        List<NotScored> notScored = new ArrayList<>();
        String entity = null;
        for (Period p : periods) {
            RuleScorer scorer = ws.methodology(p).map(m -> scorers.computeIfAbsent(m, resolve)).orElse(fallback);
            Scored s;
            try {
                s = score(ws, p, scorer);
            } catch (InvalidEvidenceException e) {
                notScored.add(new NotScored(p, List.of(e.getMessage().split("\n"))));
                continue;
            }
            done.put(p, s);
            entity = s.card.entity().id();
            Scored previous = previous(done, p);
            out.add(new PeriodScore(p, s.card.methodology(), s.card.totalPoints(), s.card.maxPoints(), s.card.index(), s.card.selfAssessedPoints(),
                    s.card.mainIndicators(), (int) s.card.findings().stream().filter(f -> f.code() == FindingCode.LATE_REPORT).count(),
                    completeness(scorer, s), previous == null ? null : change(previous, s)));
        }
        return new ReportingHistory(entity, out, notScored);
    }

    /** A period's evidence (after the council's decisions, when there are any), its card, and the submissions it was merged from. */
    private record Scored(Period period, RuleScorer scorer, Evidence evidence, ScoreCard card, List<Submission> submissions) {
    }

    private static Scored score(Workspace ws, Period p, RuleScorer scorer) {
        EvidenceMerge.Result merged = EvidenceMerge.merge(scorer, ws, p);
        Evidence e = merged.evidence();
        Optional<Workspace.StoredFile> a = ws.decisions(p);
        if (a.isEmpty()) {
            return new Scored(p, scorer, e, scorer.score(e), merged.submissions());
        }
        Appraisal appraisal = Appraisals.read(a.get());
        ScoreCard card = Appraisals.score(scorer, e, appraisal, a.get());
        return new Scored(p, scorer, Appraisals.appraised(scorer, e, appraisal, a.get()), card, merged.submissions());
    }

    /** 0 for a quarter, 1 for a half-year, 2 for a year: a period's change is from the previous one of its kind. */
    private static int kind(Period p) {
        return p.isQuarter() ? 0 : p.isHalf() ? 1 : 2;
    }

    /** The latest earlier period of the same kind that was scored. */
    private static Scored previous(Map<Period, Scored> done, Period p) {
        Scored best = null;
        for (Scored s : done.values()) {
            if (kind(s.period) == kind(p) && s.period.start().isBefore(p.start()) && (best == null || s.period.start().isAfter(best.period.start()))) {
                best = s;
            }
        }
        return best;
    }

    private static Change change(Scored before, Scored now) {
        double total = now.card.totalPoints() - before.card.totalPoints();
        Map<String, Double> mains = new LinkedHashMap<>();
        for (MainIndicatorScore m : now.card.mainIndicators()) {
            before.card.mainIndicators().stream().filter(b -> b.id().equals(m.id())).findFirst()
                    .ifPresent(b -> mains.put(m.id().value(), m.points() - b.points()));
        }
        if (now.card.methodology().equals(before.card.methodology())) {
            return new Change(before.period, total, total, 0.0, mains, null);
        }
        try {
            Evidence old = before.evidence;
            Evidence asNow = new Evidence(null, old.entity(), old.period(), old.reportedAt(), old.note(), old.components());
            double cross = now.scorer.score(asNow).totalPoints();
            return new Change(before.period, total, now.card.totalPoints() - cross, cross - before.card.totalPoints(), mains,
                    "methodology " + before.card.methodology().id() + " " + before.card.methodology().version() + " → " + now.card.methodology().id() + " "
                            + now.card.methodology().version());
        } catch (DtiException e) {
            return new Change(before.period, total, null, null, mains, "the change is not split: the evidence of " + before.period
                    + " cannot be scored by " + now.card.methodology().id() + " (" + e.getMessage() + ")");
        }
    }

    private static List<Completeness> completeness(RuleScorer scorer, Scored s) {
        Agencies agencies = scorer.agencies();
        ReportingCalendar cal = scorer.calendar();
        List<Completeness> out = new ArrayList<>();
        for (String agency : agencies.agencies()) {
            List<Component> leads = agencies.leads(agency);
            if (!leads.isEmpty()) {
                int reported = 0;
                int late = 0;
                for (Component c : leads) {
                    if (s.evidence.component(c.id()).filter(ce -> ce.status() != ReportStatus.NOT_REPORTED).isPresent()) {
                        reported++;
                    }
                    if (s.card.component(c.id().value()).map(cs -> cs.findings().stream().anyMatch(f -> f.code() == FindingCode.LATE_REPORT))
                            .orElse(false)) {
                        late++;
                    }
                }
                out.add(new Completeness(agency, ReportingRole.RESPONSIBLE, leads.size(), reported, late));
            }
            List<Component> cooperates = agencies.cooperatesOn(agency).stream().filter(c -> agencies.role(agency, c) == ReportingRole.COOPERATING).toList();
            if (!cooperates.isEmpty()) {
                Set<String> reported = new HashSet<>();
                Set<String> late = new HashSet<>();
                for (Submission sub : s.submissions) {
                    if (!sub.agency().equals(agency)) {
                        continue;
                    }
                    ReportingCalendar.Deadline d = cal.deadline(sub.period(), ReportingRole.COOPERATING).orElse(null);
                    for (SubmittedComponent sc : sub.components()) {
                        if (sc.role() != ReportingRole.COOPERATING) {
                            continue;
                        }
                        reported.add(sc.evidence().indicator().value());
                        LocalDate at = sc.evidence().reportedAt();
                        if (d != null && at != null && new ReportingCalendar.Due(d, sub.period(), d.dateFor(sub.period())).daysLate(at) > 0) {
                            late.add(sc.evidence().indicator().value());
                        }
                    }
                }
                out.add(new Completeness(agency, ReportingRole.COOPERATING, cooperates.size(), reported.size(), late.size()));
            }
        }
        return out;
    }
}
