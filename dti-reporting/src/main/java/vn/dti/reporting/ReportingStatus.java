package vn.dti.reporting;

import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dti.api.Agencies;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ReportingRole;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Message;

/**
 * Where a period's reporting stands on a day, for every agency in both its roles: the components
 * due from it, submitted on time, late, missing, without documents, the points late or missing,
 * the points at stake, the days to the period's deadline and to its next one. It goes on when some
 * files are unusable: a template nobody filled in counts as not submitted, and a file that is
 * refused is listed under its agency with its problems (file, sheet, row, column), its components
 * counting as not submitted.
 *
 * <p>The points at stake are the max points of the components an agency submitted late or without
 * a document, and of those it has not submitted for which the province has no value (no named
 * agency reported it, nor a single member of its cooperating group). The points late or missing,
 * the sort key, are the max points of the components it submitted late, and of those it has not
 * submitted after the deadline for which the province has no value. A member of a cooperating
 * group answers for its own figure; the province's points rest with the responsible agency
 * (Kế hoạch nâng cao chỉ số DTI tỉnh Khánh Hòa năm 2025, mục III.1), so the components it
 * cooperates on as a member count as due, late or missing but put no points at stake. Sorted for
 * the steering committee: first the agencies behind (late, or missing after the deadline while the
 * province has no value), the most points late or missing first; then the others, the most points
 * at stake first.
 *
 * <p>A half-year (2025-H1) has no deadline of its own (agencies report quarters): its status counts
 * each report against its own quarter's deadline, and what is missing after its last quarter's.
 *
 * @param methodology the methodology id
 * @param period      the period
 * @param asOf        the day the status is for
 * @param deadlines   the period's deadlines (a half-year's: its quarters'), with the days left to each (negative: passed)
 * @param next        the next deadline of each role that a report made on {@code asOf} still meets
 * @param nextReview  the next review the province holds (calendar.json, reviews), or null
 * @param agencies    one row per agency and role with components due
 * @param refused     the files refused that are named for no known agency (the others are in their agency's rows)
 */
public record ReportingStatus(String methodology, Period period, LocalDate asOf, List<Deadline> deadlines, List<Deadline> next, Review nextReview,
        List<AgencyStatus> agencies, List<Workspace.Unread> refused) {
    private static final Collator VI = Collator.getInstance(Locale.forLanguageTag("vi"));

    /**
     * Copies the lists.
     *
     * @param methodology the methodology id
     * @param period      the period
     * @param asOf        the day
     * @param deadlines   not null; copied
     * @param next        not null; copied
     * @param nextReview  the next review, or null
     * @param agencies    not null; copied
     * @param refused     null for none; copied
     * @throws NullPointerException if a required list is null
     */
    public ReportingStatus {
        deadlines = List.copyOf(deadlines);
        next = List.copyOf(next);
        agencies = List.copyOf(agencies);
        refused = refused == null ? List.of() : List.copyOf(refused);
    }

    /**
     * A deadline on a date.
     *
     * @param id        the deadline's id in calendar.json
     * @param name      what is due, in the source's words
     * @param period    the period it is for
     * @param binds     the roles it binds
     * @param agency    for a coordinator's deadline, the agency; else null
     * @param dueBefore the day the report is due before
     * @param daysLeft  days from {@code asOf} to the last day on time (the day before
     *                  {@code dueBefore}); negative once passed
     */
    public record Deadline(String id, String name, Period period, List<ReportingRole> binds, String agency, LocalDate dueBefore, long daysLeft) {
    }

    /**
     * A review the province holds: it binds no agency's reporting.
     *
     * @param id         the review's id in calendar.json
     * @param name       what is held, in the source's words
     * @param period     the period it reviews
     * @param party      who holds it
     * @param by         the day it is held by
     * @param daysLeft   days from {@code asOf} to {@code by}
     * @param assumption what the date rests on when the source gives none (empty when it does)
     */
    public record Review(String id, String name, Period period, String party, LocalDate by, long daysLeft, String assumption) {
    }

    /**
     * One agency in one role.
     *
     * @param agency           the agency as the catalogue names it
     * @param role             responsible or cooperating
     * @param dueBefore        the deadline binding the role for the period (a half-year: its last
     *                         quarter's; null when none)
     * @param daysLeft         days to its last day on time; negative once passed; null when no
     *                         deadline binds
     * @param due              how many components are due from the agency in this role
     * @param onTime           how many were submitted by the deadline (or with no deadline)
     * @param late             the components submitted after the deadline (ids)
     * @param missing          the components not submitted (ids)
     * @param withoutDocuments the submitted values without an evidence document (they earn nothing)
     * @param pointsAtStake    the max points of the components late, without a document, or missing
     *                         while the province has no value
     * @param mostDaysLate     the most days any of its reports was late (0 when none)
     * @param behind           late, or missing components after the deadline while the province has
     *                         no value
     * @param pointsLate       the max points of the components late, or missing after the deadline
     *                         while the province has no value (the sort key)
     * @param next             the next deadline binding the role that a report made on {@code asOf}
     *                         still meets; null when none
     * @param refused          the agency's files of the period that were refused, with their problems
     */
    public record AgencyStatus(String agency, ReportingRole role, LocalDate dueBefore, Long daysLeft, int due, int onTime, List<String> late,
            List<String> missing, List<String> withoutDocuments, double pointsAtStake, long mostDaysLate, boolean behind, double pointsLate,
            Deadline next, List<Workspace.Unread> refused) {
        /**
         * Copies the lists.
         *
         * @param agency           the agency
         * @param role             the role
         * @param dueBefore        the deadline, or null
         * @param daysLeft         the days left, or null
         * @param due              the components due
         * @param onTime           those on time
         * @param late             not null; copied
         * @param missing          not null; copied
         * @param withoutDocuments not null; copied
         * @param pointsAtStake    the points at stake
         * @param mostDaysLate     the most days late
         * @param behind           whether behind
         * @param pointsLate       the points late or missing
         * @param next             the next deadline, or null
         * @param refused          null for none; copied
         * @throws NullPointerException if a required list is null
         */
        public AgencyStatus {
            late = List.copyOf(late);
            missing = List.copyOf(missing);
            withoutDocuments = List.copyOf(withoutDocuments);
            refused = refused == null ? List.of() : List.copyOf(refused);
        }
    }

    /** A component as one agency reported it, and the period of the file it came from. */
    private record Report(ComponentEvidence evidence, Period from) {
    }

    /**
     * The status of a workspace's period on a day. Files that cannot be used are listed, not thrown.
     *
     * @param scorer the methodology's scorer (its catalogue, agencies and calendar)
     * @param ws     the workspace
     * @param period a quarter, a half-year or a year
     * @param asOf   the day the status is for (usually today)
     * @return the status, agencies sorted for the steering committee
     * @throws InvalidEvidenceException if the period is a range of dates
     */
    public static ReportingStatus of(RuleScorer scorer, Workspace ws, Period period, LocalDate asOf) {
        if (!period.isQuarter() && !period.isYear() && !period.isHalf()) {
            throw new InvalidEvidenceException(Message.of("reporting.status.periodKind", period));
        }
        Map<String, Report> reports = new LinkedHashMap<>();
        List<Workspace.Unread> refused = new ArrayList<>();
        for (Period q : period.quarters()) {
            collect(ws.read(q, scorer, asOf), reports, refused);
        }
        if (!period.isHalf()) {
            collect(ws.read(period, scorer, asOf), reports, refused);
        }
        return of(scorer, period, asOf, reports, refused);
    }

    /** Each agency's latest report per component (a year's own reports replace its quarters'); the files refused. */
    private static void collect(Workspace.Reading r, Map<String, Report> reports, List<Workspace.Unread> refused) {
        for (Submission s : r.submissions()) {
            for (SubmittedComponent sc : s.components()) {
                reports.put(s.agency() + "\u0000" + sc.evidence().indicator(), new Report(sc.evidence(), r.period()));
            }
        }
        refused.addAll(r.refused());
    }

    private static ReportingStatus of(RuleScorer scorer, Period period, LocalDate asOf, Map<String, Report> reports, List<Workspace.Unread> refused) {
        ReportingCalendar cal = scorer.calendar();
        Agencies agencies = scorer.agencies();
        List<Deadline> deadlines = new ArrayList<>();
        for (Period p : period.isHalf() ? period.quarters() : List.of(period)) {
            for (ReportingCalendar.Due d : cal.deadlines(p)) {
                deadlines.add(deadline(d, asOf));
            }
        }
        Map<ReportingRole, Deadline> nextByRole = new LinkedHashMap<>();
        List<Deadline> next = new ArrayList<>();
        for (ReportingRole role : ReportingRole.values()) {
            Optional<ReportingCalendar.Due> d = cal.next(asOf, role);
            if (d.isPresent()) {
                Deadline n = deadline(d.get(), asOf);
                nextByRole.put(role, n);
                if (next.stream().noneMatch(x -> x.id().equals(n.id()) && x.period().equals(n.period()))) {
                    next.add(n);
                }
            }
        }
        Review review = cal.nextReview(asOf).map(h -> new Review(h.review().id(), h.review().name(), h.period(), h.review().party(), h.by(),
                ChronoUnit.DAYS.between(asOf, h.by()), h.review().assumption())).orElse(null);
        Map<String, Integer> named = new HashMap<>();
        Map<String, Integer> members = new HashMap<>();
        for (Map.Entry<String, Report> e : reports.entrySet()) {
            String agency = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            String id = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
            Component c = scorer.methodology().component(IndicatorId.of(id)).orElseThrow();
            (agencies.via(agency, c) == null ? named : members).merge(id, 1, Integer::sum);
        }
        Map<String, List<Workspace.Unread>> refusedBy = new HashMap<>();
        List<Workspace.Unread> unattributed = new ArrayList<>();
        for (Workspace.Unread u : refused) {
            if (u.agency() == null) {
                unattributed.add(u);
            } else {
                refusedBy.computeIfAbsent(u.agency(), k -> new ArrayList<>()).add(u);
            }
        }
        Period last = period.isHalf() ? period.quarters().get(1) : period;
        List<AgencyStatus> rows = new ArrayList<>();
        for (String agency : agencies.agencies()) {
            for (ReportingRole role : new ReportingRole[] {ReportingRole.RESPONSIBLE, ReportingRole.COOPERATING}) {
                List<Component> due = role == ReportingRole.RESPONSIBLE ? agencies.leads(agency) : cooperating(agencies, agency);
                if (due.isEmpty()) {
                    continue;
                }
                ReportingCalendar.Due dd = due(cal, last, role);
                int onTime = 0;
                long mostLate = 0;
                double stake = 0;
                double pointsLate = 0;
                List<String> late = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                List<String> noDocs = new ArrayList<>();
                int overdue = 0;
                boolean passed = dd != null && !asOf.isBefore(dd.before());
                for (Component c : due) {
                    Report r = reports.get(agency + "\u0000" + c.id());
                    // a member of a cooperating group answers for its own figure; the province's points rest with the responsible agency
                    double max = role == ReportingRole.COOPERATING && agencies.via(agency, c) != null ? 0 : c.maxPoints();
                    if (r == null) {
                        missing.add(c.id().value());
                        String id = c.id().value();
                        boolean provinceHasValue = named.getOrDefault(id, 0) > 0 || members.getOrDefault(id, 0) == 1;
                        if (!provinceHasValue) {
                            stake += max;
                            if (passed) {
                                overdue++;
                                pointsLate += max;
                            }
                        }
                        continue;
                    }
                    ComponentEvidence ce = r.evidence();
                    ReportingCalendar.Due against = period.isHalf() ? due(cal, r.from(), role) : dd;
                    long daysLate = against == null || ce.reportedAt() == null ? 0 : against.daysLate(ce.reportedAt());
                    boolean noDoc = ce.status() == ReportStatus.REPORTED && ce.documents().isEmpty() && c.evidence().required();
                    if (daysLate > 0) {
                        late.add(c.id().value());
                        mostLate = Math.max(mostLate, daysLate);
                        pointsLate += max;
                    } else {
                        onTime++;
                    }
                    if (noDoc) {
                        noDocs.add(c.id().value());
                    }
                    if (daysLate > 0 || noDoc) {
                        stake += max;
                    }
                }
                Long left = dd == null ? null : ChronoUnit.DAYS.between(asOf, dd.lastDay());
                boolean behind = !late.isEmpty() || overdue > 0;
                rows.add(new AgencyStatus(agency, role, dd == null ? null : dd.before(), left, due.size(), onTime, late, missing, noDocs, stake, mostLate,
                        behind, pointsLate, nextByRole.get(role), refusedBy.getOrDefault(agency, List.of())));
            }
        }
        rows.sort(Comparator.comparing((AgencyStatus a) -> !a.behind()).thenComparing(Comparator.comparingDouble(AgencyStatus::pointsLate).reversed())
                .thenComparing(Comparator.comparingDouble(AgencyStatus::pointsAtStake).reversed())
                .thenComparing(AgencyStatus::agency, VI).thenComparing(AgencyStatus::role));
        return new ReportingStatus(scorer.methodology().id(), period, asOf, deadlines, next, review, rows, unattributed);
    }

    /** The components an agency cooperates on: named, or as a member of a group. */
    private static List<Component> cooperating(Agencies agencies, String agency) {
        List<Component> out = new ArrayList<>();
        for (Component c : agencies.cooperatesOn(agency)) {
            if (agencies.role(agency, c) == ReportingRole.COOPERATING) {
                out.add(c);
            }
        }
        return out;
    }

    /** The deadline binding a role for a period, with its date; null when none. */
    private static ReportingCalendar.Due due(ReportingCalendar cal, Period p, ReportingRole role) {
        return cal.deadline(p, role).map(d -> new ReportingCalendar.Due(d, p, d.dateFor(p))).orElse(null);
    }

    private static Deadline deadline(ReportingCalendar.Due d, LocalDate asOf) {
        return new Deadline(d.deadline().id(), d.deadline().name(), d.period(), d.deadline().binds(), d.deadline().agency(), d.before(),
                ChronoUnit.DAYS.between(asOf, d.lastDay()));
    }
}
