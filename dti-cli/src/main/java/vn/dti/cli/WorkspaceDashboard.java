package vn.dti.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dti.api.Evidence;
import vn.dti.api.Period;
import vn.dti.planning.Dashboard;
import vn.dti.reporting.Appraisals;
import vn.dti.reporting.EvidenceMerge;
import vn.dti.reporting.ReportingHistory;
import vn.dti.reporting.ReportingStatus;
import vn.dti.reporting.Workspace;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * The dashboard's reporting sections from a workspace: the period's evidence (the agencies'
 * submissions merged, the appraisal council's decisions applied when the period has them), the
 * completeness and deadlines of every agency in both roles on a day, and the trend across the
 * workspace's periods up to this one. The reporting module computes each; this class only carries its figures
 * into the dashboard's records.
 */
final class WorkspaceDashboard {
    /** What the dashboard takes from a workspace. */
    record Sections(Evidence evidence, boolean appraised, List<Dashboard.AgencyCompleteness> completeness, List<Dashboard.Deadline> deadlines,
            List<Dashboard.PeriodPoint> trend) {
    }

    private WorkspaceDashboard() {
    }

    static Sections of(RuleScorer scorer, Workspace ws, Period period, LocalDate asOf) {
        Evidence merged = EvidenceMerge.merge(scorer, ws, period).evidence();
        var appraisal = ws.appraisal(period);
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
        for (ReportingHistory.PeriodScore p : ReportingHistory.of(ws, scorer, Methodologies::resolve, period).periods()) {
            if (p.period().isHalf()) {
                continue;   // the trend keeps to quarters and years; a half-year repeats its quarters' figures
            }
            trend.add(new Dashboard.PeriodPoint(p.period().toString(), p.totalPoints(), p.index(), null));
        }
        return new Sections(evidence, appraisal.isPresent(), completeness, deadlines, trend);
    }
}
