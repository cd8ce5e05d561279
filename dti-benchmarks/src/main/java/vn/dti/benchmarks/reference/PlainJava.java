package vn.dti.benchmarks.reference;

import java.util.List;
import java.util.Locale;
import vn.dti.api.FindingCode;
import vn.dti.api.ReportStatus;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleEngine;
import vn.dti.rules.RuleScorer;
import vn.dti.rules.ScoreSheet;
import vn.dti.scoring.ScoringRule;

/**
 * The speed limit: the bundled {@code vn-dti-province-2025} rules as a plain Java loop. Scoring
 * applies each component's pattern and parameters as the decision table states them (read from
 * the compiled methodology, so the table is the one source of the parameters); completeness is
 * {@code completeness.drl} and {@code plausibility.drl} written by hand, with their thresholds
 * (the 10% budget share, the 31 and 1096 days) read from those rule files
 * ({@link RuleScorer#conditionValue}), not copied. It records into the same
 * {@link RuleEngine.Awards} under the same rule names, so it produces exactly the library's score
 * cards; only the rule engine is replaced. Kept in step with the rule files by
 * {@code ReferenceScorersTest}.
 */
public final class PlainJava implements RuleEngine {
    static final String BUDGET_RULE = "Budget share for digital government implausibly high";
    static final String AFTER_RULE = "Document dated after the period";
    static final String BEFORE_RULE = "Documents long before the period";

    private final ScoringRule[] bySlot;
    private final double budgetShare;
    private final long daysAfter;
    private final long daysBefore;

    private PlainJava(RuleScorer rules) {
        List<vn.dti.api.Component> components = rules.methodology().components();
        bySlot = new ScoringRule[components.size()];
        for (ScoringRule r : rules.scoringRules()) {
            bySlot[components.indexOf(rules.methodology().componentsById().get(r.component()))] = r;
        }
        budgetShare = threshold(rules, BUDGET_RULE, "number");
        daysAfter = (long) threshold(rules, AFTER_RULE, "daysAfterPeriod");
        daysBefore = (long) threshold(rules, BEFORE_RULE, "daysBeforePeriod");
    }

    private static double threshold(RuleScorer rules, String rule, String field) {
        return rules.conditionValue(rule, field).orElseThrow(() -> new IllegalStateException("the rule \"" + rule + "\" of "
                + rules.methodology().id() + " no longer compares " + field + " with a number: bring PlainJava in step with the rule files"));
    }

    /** A scorer of the bundled 2025 methodology with this engine. */
    public static RuleScorer scorer() {
        RuleScorer library = Methodologies.bundled("vn-dti-province-2025");
        return library.withEngine(new PlainJava(library));
    }

    @Override
    public void fire(ComponentValue[][] facts, ScoreSheet sheet, Awards recorder) {
        for (ComponentValue[] entity : facts) {
            for (ComponentValue v : entity) {
                if (v.isReported()) {
                    ScoringRule r = bySlot[v.getSlot()];
                    recorder.apply(r.rule(), v, r.pattern());
                }
                complete(recorder, v);
            }
        }
    }

    private void complete(Awards s, ComponentValue v) {
        String id = v.getIndicator();
        if (v.getStatus() == ReportStatus.NOT_REPORTED && v.getMax() > 0) {
            s.finding("Not reported", v, FindingCode.NOT_REPORTED, "Component " + id + " has no value: report it with its evidence documents.");
        }
        if (v.getStatus() == ReportStatus.NOT_APPLICABLE && v.getMax() > 0) {
            s.finding("Not applicable", v, FindingCode.NOT_APPLICABLE,
                    "Component " + id + " is declared not applicable; this methodology has no exemption, so it earns 0.");
        }
        if (!v.isReported()) {
            return;
        }
        if (v.getDocuments() == 0 && !v.isAutomatic()) {
            s.withhold("No evidence document", v, FindingCode.NO_EVIDENCE_DOCUMENT,
                    "Component " + id + " has a value but no evidence document (tài liệu kiểm chứng): attach one, or it earns 0.");
        }
        if (v.isAboveOne()) {
            s.finding("Ratio above 100%", v, FindingCode.OUT_OF_RANGE, "Component " + id + " reports a ratio of "
                    + String.format(Locale.ROOT, "%.2f", v.getNumber() * 100) + "%, above 100%: it is scored as 100%. Check the numerator and denominator.");
        }
        if (id.equals("6.9") && v.isReported() && !v.isAboveOne() && v.getNumber() > budgetShare) {
            s.finding("Budget share for digital government implausibly high", v, FindingCode.OUT_OF_RANGE, "Component 6.9 reports "
                    + String.format(Locale.ROOT, "%.1f", v.getNumber() * 100) + "% of the state budget spent on digital government, more than 10%: check "
                    + "the numerator (spending on digital government) and the denominator (the province's whole state-budget spending), and that "
                    + "the share is written as a share (1.2% is 0.012).");
        }
        if (!v.isQuarter() && v.getDaysAfterPeriod() > daysAfter) {
            s.finding("Document dated after the period", v, FindingCode.STALE_EVIDENCE, "Component " + id + " cites " + v.getDocumentsAfterPeriod()
                    + " document(s) dated after the period (" + v.getDaysAfterPeriod() + " days after its end): the reviewer may not accept them for this period.");
        }
        if (v.getDocuments() > 0 && v.getDaysBeforePeriod() > daysBefore) {
            s.finding("Documents long before the period", v, FindingCode.STALE_EVIDENCE, "Component " + id + "'s newest document is "
                    + v.getDaysBeforePeriod() + " days older than the period: cite a current document.");
        }
        if (v.isQuarter() && v.getDaysAfterPeriod() > v.getGraceDays()) {
            s.finding("Document dated after the quarter", v, FindingCode.STALE_EVIDENCE, "Component " + id + " cites " + v.getDocumentsAfterPeriod()
                    + " document(s) dated after the quarter (" + v.getDaysAfterPeriod()
                    + " days after its end), later than its report was due: the reviewer may not accept them for this quarter.");
        }
        if (v.getDaysLate() > 0) {
            s.finding("Late report", v, FindingCode.LATE_REPORT, v.getReportedBy() + " reported component " + id + " on " + v.getReportedAt() + ", "
                    + v.getDaysLate() + (v.getDaysLate() == 1 ? " day" : " days") + " late: " + v.getDeadline() + " was due before " + v.getDueBefore() + ".");
        }
        if (v.isCooperatingReport()) {
            s.finding("Reported by a cooperating agency", v, FindingCode.REPORTED_BY_COOPERATING_AGENCY, "Component " + id + " was reported by "
                    + v.getReportedBy() + ", a cooperating agency (cơ quan phối hợp); the responsible agency, " + v.getResponsibleAgency()
                    + ", did not report it. The value is kept: " + v.getResponsibleAgency() + " should confirm it.");
        }
    }
}
