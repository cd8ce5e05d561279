package vn.dti.reporting;

import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dti.api.Agencies;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ReportingRole;
import vn.dti.rules.RuleScorer;

/**
 * Where a period's reporting stands on a day, for every agency in both its roles: the components
 * due from it, submitted on time, late, missing, without documents, the points at stake, and the
 * days to its deadline. The points at stake are the max points of the components it submitted
 * late or without a document, and of those it has not submitted that no other agency reported
 * either (a component another agency reported is missing from this agency but its points are
 * not at stake). Sorted for the steering committee: first the agencies behind (late, or with
 * components nobody has reported after the deadline), most points at stake first; then the
 * others, the same way.
 *
 * @param methodology the methodology id
 * @param period      the period
 * @param asOf        the day the status is for
 * @param deadlines   the period's deadlines, with the days left to each (negative: passed)
 * @param next        the next deadline of each role on or after {@code asOf}
 * @param agencies    one row per agency and role with components due
 */
public record ReportingStatus(String methodology, Period period, LocalDate asOf, List<Deadline> deadlines, List<Deadline> next,
        List<AgencyStatus> agencies) {
    private static final Collator VI = Collator.getInstance(Locale.forLanguageTag("vi"));

    public ReportingStatus {
        deadlines = List.copyOf(deadlines);
        next = List.copyOf(next);
        agencies = List.copyOf(agencies);
    }

    /**
     * A deadline on a date.
     *
     * @param daysLeft days from {@code asOf} to the last day on time (the day before {@code dueBefore}); negative once passed
     */
    public record Deadline(String id, String name, Period period, List<ReportingRole> binds, String agency, LocalDate dueBefore, long daysLeft) {
    }

    /**
     * One agency in one role.
     *
     * @param dueBefore      the deadline binding the role for the period (null when none)
     * @param daysLeft       days to its last day on time; negative once passed; null when no deadline binds
     * @param due            the components due from the agency in this role
     * @param onTime         submitted by the deadline (or with no deadline)
     * @param late           submitted after the deadline
     * @param missing        not submitted
     * @param withoutDocuments submitted values without an evidence document (they earn nothing)
     * @param pointsAtStake  the max points of the components late, without a document, or missing and reported by no agency
     * @param behind         late, or missing components that no agency has reported after the deadline
     */
    public record AgencyStatus(String agency, ReportingRole role, LocalDate dueBefore, Long daysLeft, int due, int onTime, List<String> late,
            List<String> missing, List<String> withoutDocuments, double pointsAtStake, long mostDaysLate, boolean behind) {
        public AgencyStatus {
            late = List.copyOf(late);
            missing = List.copyOf(missing);
            withoutDocuments = List.copyOf(withoutDocuments);
        }
    }

    /** The status of a workspace's period on a day. */
    public static ReportingStatus of(RuleScorer scorer, Workspace ws, Period period, LocalDate asOf) {
        if (!period.isQuarter() && !period.isYear()) {
            throw new InvalidEvidenceException("--period " + period + ": a workspace holds quarters (2025-Q3) and years (2025).");
        }
        Map<String, ComponentEvidence> reports = new LinkedHashMap<>();
        if (period.isYear()) {
            for (Period q : period.quarters()) {
                collect(ws.submissions(q, scorer), reports);
            }
        }
        collect(ws.submissions(period, scorer), reports);
        return of(scorer, period, asOf, reports);
    }

    /** Each agency's latest report per component (a year's own reports replace its quarters'). */
    private static void collect(List<Submission> submissions, Map<String, ComponentEvidence> reports) {
        for (Submission s : submissions) {
            for (SubmittedComponent sc : s.components()) {
                reports.put(s.agency() + "\u0000" + sc.evidence().indicator(), sc.evidence());
            }
        }
    }

    private static ReportingStatus of(RuleScorer scorer, Period period, LocalDate asOf, Map<String, ComponentEvidence> reports) {
        ReportingCalendar cal = scorer.calendar();
        Agencies agencies = scorer.agencies();
        List<Deadline> deadlines = new ArrayList<>();
        for (ReportingCalendar.Due d : cal.deadlines(period)) {
            deadlines.add(deadline(d, asOf));
        }
        List<Deadline> next = new ArrayList<>();
        for (ReportingRole role : ReportingRole.values()) {
            Optional<ReportingCalendar.Due> d = cal.next(asOf, role);
            if (d.isPresent() && next.stream().noneMatch(n -> n.id().equals(d.get().deadline().id()) && n.period().equals(d.get().period()))) {
                next.add(deadline(d.get(), asOf));
            }
        }
        Set<String> reportedByAnyone = new HashSet<>();
        for (String key : reports.keySet()) {
            reportedByAnyone.add(key.substring(key.indexOf('\u0000') + 1));
        }
        List<AgencyStatus> rows = new ArrayList<>();
        for (String agency : agencies.agencies()) {
            for (ReportingRole role : new ReportingRole[] {ReportingRole.RESPONSIBLE, ReportingRole.COOPERATING}) {
                List<Component> due = role == ReportingRole.RESPONSIBLE ? agencies.leads(agency) : agencies.cooperatesOn(agency);
                if (due.isEmpty()) {
                    continue;
                }
                Optional<ReportingCalendar.Deadline> dl = cal.deadline(period, role);
                ReportingCalendar.Due dd = dl.map(d -> new ReportingCalendar.Due(d, period, d.dateFor(period))).orElse(null);
                int onTime = 0;
                long mostLate = 0;
                double stake = 0;
                List<String> late = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                List<String> noDocs = new ArrayList<>();
                int overdue = 0;
                boolean passed = dd != null && !asOf.isBefore(dd.before());
                for (Component c : due) {
                    ComponentEvidence ce = reports.get(agency + "\u0000" + c.id());
                    if (ce == null) {
                        missing.add(c.id().value());
                        if (!reportedByAnyone.contains(c.id().value())) {
                            stake += c.maxPoints();
                            overdue += passed ? 1 : 0;
                        }
                        continue;
                    }
                    long daysLate = dd == null || ce.reportedAt() == null ? 0 : dd.daysLate(ce.reportedAt());
                    boolean noDoc = ce.status() == ReportStatus.REPORTED && ce.documents().isEmpty() && c.evidence().required();
                    if (daysLate > 0) {
                        late.add(c.id().value());
                        mostLate = Math.max(mostLate, daysLate);
                    } else {
                        onTime++;
                    }
                    if (noDoc) {
                        noDocs.add(c.id().value());
                    }
                    if (daysLate > 0 || noDoc) {
                        stake += c.maxPoints();
                    }
                }
                Long left = dd == null ? null : ChronoUnit.DAYS.between(asOf, dd.lastDay());
                boolean behind = !late.isEmpty() || overdue > 0;
                rows.add(new AgencyStatus(agency, role, dd == null ? null : dd.before(), left, due.size(), onTime, late, missing, noDocs, stake, mostLate,
                        behind));
            }
        }
        rows.sort(Comparator.comparing((AgencyStatus a) -> !a.behind()).thenComparing(Comparator.comparingDouble(AgencyStatus::pointsAtStake).reversed())
                .thenComparing(AgencyStatus::agency, VI).thenComparing(AgencyStatus::role));
        return new ReportingStatus(scorer.methodology().id(), period, asOf, deadlines, next, rows);
    }

    private static Deadline deadline(ReportingCalendar.Due d, LocalDate asOf) {
        return new Deadline(d.deadline().id(), d.deadline().name(), d.period(), d.deadline().binds(), d.deadline().agency(), d.before(),
                ChronoUnit.DAYS.between(asOf, d.lastDay()));
    }
}
