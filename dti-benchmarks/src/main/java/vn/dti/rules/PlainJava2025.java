package vn.dti.rules;

import java.util.Locale;
import vn.dti.api.FindingCode;
import vn.dti.api.ReportStatus;

/**
 * The speed limit: the bundled {@code vn-dti-province-2025} rules (scoring.drl and
 * completeness.drl) written by hand as a plain Java loop. It records into the same
 * {@link ScoreSheet} under the same rule names, so it produces exactly the library's score cards;
 * only the rule engine is replaced. Kept in step with the rule files by
 * {@code ReferenceScorersTest}.
 */
public final class PlainJava2025 implements RuleScorer.Engine {

    /** A scorer of the bundled 2025 methodology with this engine. */
    public static RuleScorer scorer() {
        return new RuleScorer(Methodologies.bundled("vn-dti-province-2025").base(), new PlainJava2025());
    }

    @Override
    public void fire(RuleBase base, ComponentValue[][] facts, ScoreSheet sheet) {
        for (ComponentValue[] entity : facts) {
            for (ComponentValue v : entity) {
                if (v.isReported()) {
                    score(sheet, v);
                }
                complete(sheet, v);
            }
        }
    }

    private static void score(ScoreSheet s, ComponentValue v) {
        String id = v.getIndicator();
        switch (id) {
            case "1.1": s.category(id, v, "head:10, deputy:5, other:2.5, none:0"); break;
            case "1.2": s.bands(id, v, "3:10, 2:7, 1:4"); break;
            case "2.2": s.category(id, v, "both:10, one:5, none:0"); break;
            case "2.3": s.category(id, v, "latest:10, outdated:5, none:0"); break;
            case "3.3": s.goal(id, v, 100); break;
            case "3.4": s.goal(id, v, 0.90); break;
            case "3.5": s.category(id, v, "cloud:30, traditional:15, none:0"); break;
            case "3.7": s.category(id, v, "wide:20, pilot:10, none:0"); break;
            case "4.2": s.goal(id, v, 0.05); break;
            case "4.3": s.goal(id, v, 0.02); break;
            case "4.5": s.goal(id, v, 1.0); break;
            case "4.6": s.relative(id, v, 500000); break;
            case "6.6": s.goal(id, v, 0.60); break;
            case "6.8": s.goal(id, v, 0.90); break;
            case "6.9": s.relative(id, v, 100000); break;
            case "7.1": s.goal(id, v, 0.20); break;
            case "7.2": s.relative(id, v, 1.0); break;
            case "7.4": s.relative(id, v, 200); break;
            case "7.5": s.relative(id, v, 10000); break;
            case "8.2": s.goal(id, v, 0.10); break;
            case "1.3": case "1.4": case "1.5": case "2.1": case "2.4": case "5.8": case "6.2": case "9.1": case "9.2": case "9.3":
                s.yesNo(id, v);
                break;
            default:
                s.ratio(id, v);
        }
    }

    private static void complete(ScoreSheet s, ComponentValue v) {
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
        if (v.getDaysAfterPeriod() > 31) {
            s.finding("Document dated after the period", v, FindingCode.STALE_EVIDENCE, "Component " + id + " cites " + v.getDocumentsAfterPeriod()
                    + " document(s) dated after the period (" + v.getDaysAfterPeriod() + " days after its end): the reviewer may not accept them for this period.");
        }
        if (v.getDocuments() > 0 && v.getDaysBeforePeriod() > 1096) {
            s.finding("Documents long before the period", v, FindingCode.STALE_EVIDENCE, "Component " + id + "'s newest document is "
                    + v.getDaysBeforePeriod() + " days older than the period: cite a current document.");
        }
    }
}
