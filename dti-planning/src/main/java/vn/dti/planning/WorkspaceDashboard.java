package vn.dti.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.dti.api.Evidence;
import vn.dti.api.Period;
import vn.dti.reporting.Appraisals;
import vn.dti.reporting.EvidenceMerge;
import vn.dti.reporting.ReportingHistory;
import vn.dti.reporting.ReportingStatus;
import vn.dti.reporting.Workspace;
import vn.dti.rules.RuleScorer;

/**
 * The dashboard's reporting sections from a workspace (a folder, or one the service holds): the
 * period's evidence (the agencies' submissions merged, the appraisal council's decisions applied
 * when the period has them), the completeness and deadlines of every agency in both roles on a
 * day, and the trend across the workspace's periods up to this one. The reporting module computes
 * each; this class only carries its figures into the dashboard's records. Stateless.
 */
public final class WorkspaceDashboard {
    /**
     * What the dashboard takes from a workspace.
     *
     * @param evidence     the period's evidence, after the council's decisions when there are some
     * @param appraised    true when the council's decisions were applied
     * @param completeness each agency's components due, submitted and with documents, per role
     * @param deadlines    the components late, overdue or still missing, per agency and role
     * @param trend        the total and index of each quarter and year up to the period
     * @param selfAssessed the period's evidence as the agencies submitted it (before the council's decisions)
     */
    public record Sections(Evidence evidence, boolean appraised, List<Dashboard.AgencyCompleteness> completeness, List<Dashboard.Deadline> deadlines,
            List<Dashboard.PeriodPoint> trend, Evidence selfAssessed) {
        /**
         * Copies the lists.
         *
         * @param evidence     the period's evidence
         * @param appraised    true when the council's decisions were applied
         * @param completeness not null; copied
         * @param deadlines    not null; copied
         * @param trend        not null; copied
         * @param selfAssessed the evidence as submitted
         * @throws NullPointerException if a list is null
         */
        public Sections {
            completeness = List.copyOf(completeness);
            deadlines = List.copyOf(deadlines);
            trend = List.copyOf(trend);
        }

        /**
         * The evidence before the council's decisions, as {@link Dashboard#planned} takes it.
         *
         * @return the self-assessed evidence when the council decided something, else null (every
         *         figure is then self-assessed)
         */
        public Evidence beforeAppraisal() {
            return appraised ? selfAssessed : null;
        }
    }

    private WorkspaceDashboard() {
    }

    /**
     * The sections of a workspace's period on a day.
     *
     * @param scorer  the methodology's scorer for the period
     * @param ws      the workspace (a folder, or one an application holds)
     * @param period  a quarter, half-year or year
     * @param asOf    the day completeness and deadlines are judged on
     * @param resolve loads the methodology workspace.json names for a period (e.g. {@code Methodologies::resolve})
     * @return the period's evidence, completeness, deadlines and trend
     * @throws vn.dti.api.InvalidEvidenceException when the period's files cannot be merged
     */
    public static Sections of(RuleScorer scorer, Workspace ws, Period period, LocalDate asOf, Function<String, RuleScorer> resolve) {
        Evidence merged = EvidenceMerge.merge(scorer, ws, period).evidence();
        var appraisal = ws.decisions(period);
        Evidence evidence = appraisal.isEmpty() ? merged : Appraisals.appraised(scorer, merged, Appraisals.read(appraisal.get()), appraisal.get());
        ReportingStatus status = ReportingStatus.of(scorer, ws, period, asOf);
        List<Dashboard.AgencyCompleteness> completeness = new ArrayList<>();
        List<Dashboard.Deadline> deadlines = new ArrayList<>();
        for (ReportingStatus.AgencyStatus a : status.agencies()) {
            int submitted = a.onTime() + a.late().size();
            completeness.add(new Dashboard.AgencyCompleteness(a.agency(), a.role(), a.due(), submitted, submitted - a.withoutDocuments().size()));
            if (!a.late().isEmpty()) {
                deadlines.add(new Dashboard.Deadline(a.agency(), a.role(), String.join(", ", a.late()), a.dueBefore(), Dashboard.DeadlineState.LATE,
                        (int) a.mostDaysLate(), null));
            }
            if (!a.missing().isEmpty()) {
                boolean passed = a.daysLeft() != null && a.daysLeft() < 0;
                deadlines.add(new Dashboard.Deadline(a.agency(), a.role(), String.join(", ", a.missing()), a.dueBefore(),
                        passed ? Dashboard.DeadlineState.OVERDUE : Dashboard.DeadlineState.MISSING, passed ? (int) -a.daysLeft() : 0,
                        passed || a.daysLeft() == null ? null : (int) (long) a.daysLeft()));
            }
        }
        List<Dashboard.PeriodPoint> trend = new ArrayList<>();
        // the trend as it stood at the period: the periods up to it (a later period's files are not read)
        for (ReportingHistory.PeriodScore p : ReportingHistory.of(ws, scorer, resolve, period).periods()) {
            if (p.period().isHalf()) {
                continue;   // the trend keeps to quarters and years; a half-year repeats its quarters' figures
            }
            trend.add(new Dashboard.PeriodPoint(p.period().toString(), p.totalPoints(), p.index(), null));
        }
        return new Sections(evidence, appraisal.isPresent(), completeness, deadlines, trend, merged);
    }
}
