package vn.dti.benchmarks.reference;

import java.util.List;
import vn.dti.api.FindingCode;
import vn.dti.api.ReportStatus;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleEngine;
import vn.dti.rules.RuleScorer;
import vn.dti.rules.ScoreSheet;
import vn.dti.scoring.ScoringRule;
import vn.dti.text.Figure;
import vn.dti.text.Message;

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
            s.finding("Not reported", v, FindingCode.NOT_REPORTED, Message.of("rules.finding.notReported", id));
        }
        if (v.getStatus() == ReportStatus.NOT_APPLICABLE && v.getMax() > 0) {
            s.finding("Not applicable", v, FindingCode.NOT_APPLICABLE, Message.of("rules.finding.notApplicable", id));
        }
        if (!v.isReported()) {
            return;
        }
        if (v.getDocuments() == 0 && !v.isAutomatic()) {
            s.withhold("No evidence document", v, FindingCode.NO_EVIDENCE_DOCUMENT, Message.of("rules.finding.noDocument", id));
        }
        if (v.isAboveOne()) {
            s.finding("Ratio above 100%", v, FindingCode.OUT_OF_RANGE, Message.of("rules.finding.ratioAboveOne", id, Figure.percent(v.getNumber(), 2)));
        }
        if (id.equals("6.9") && v.isReported() && !v.isAboveOne() && v.getNumber() > budgetShare) {
            s.finding("Budget share for digital government implausibly high", v, FindingCode.OUT_OF_RANGE,
                    Message.of("rules.finding.budgetShareHigh", Figure.percent(v.getNumber(), 1)));
        }
        if (!v.isQuarter() && v.getDaysAfterPeriod() > daysAfter) {
            s.finding("Document dated after the period", v, FindingCode.STALE_EVIDENCE,
                    Message.of("rules.finding.afterPeriod", id, v.getDocumentsAfterPeriod(), v.getDaysAfterPeriod()));
        }
        if (v.getDocuments() > 0 && v.getDaysBeforePeriod() > daysBefore) {
            s.finding("Documents long before the period", v, FindingCode.STALE_EVIDENCE, Message.of("rules.finding.longBefore", id, v.getDaysBeforePeriod()));
        }
        if (v.isQuarter() && v.getDaysAfterPeriod() > v.getGraceDays()) {
            s.finding("Document dated after the quarter", v, FindingCode.STALE_EVIDENCE,
                    Message.of("rules.finding.afterQuarter", id, v.getDocumentsAfterPeriod(), v.getDaysAfterPeriod()));
        }
        if (v.getDaysLate() > 0) {
            s.finding("Late report", v, FindingCode.LATE_REPORT, Message.of(v.getDaysLate() == 1 ? "rules.finding.lateReport.one" : "rules.finding.lateReport",
                    v.getReportedBy(), id, v.getReportedAt(), v.getDaysLate(), v.getDeadline(), v.getDueBefore()));
        }
        if (v.isCooperatingReport()) {
            s.finding("Reported by a cooperating agency", v, FindingCode.REPORTED_BY_COOPERATING_AGENCY,
                    Message.of("rules.finding.cooperatingReport", id, v.getReportedBy(), v.getResponsibleAgency()));
        }
    }
}
