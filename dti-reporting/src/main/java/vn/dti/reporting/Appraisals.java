package vn.dti.reporting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dti.api.Agencies;
import vn.dti.api.Appraisal;
import vn.dti.api.AppraisalDecision;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.Evidence;
import vn.dti.api.Explanation;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;

import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.reporting.internal.Problems;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Figure;
import vn.dti.text.Language;
import vn.dti.text.Message;

/**
 * The appraisal council's decisions (Hội đồng thẩm định) on a period's evidence, and the score
 * card they give: per component and in total the self-assessed points (tự đánh giá: the evidence
 * as submitted), the appraised points (hội đồng thẩm định) and the final points (đạt được, the
 * appraised ones). A value the council adjusts is scored at the new value
 * ({@code APPRAISAL_ADJUSTED}); a document it rejects no longer counts ({@code DOCUMENT_REJECTED},
 * and the rules then withhold the points of a value left without documents). Each finding carries
 * the points the decision cost ({@code pointsLost}), and the decision is in the explanation.
 * Stateless; safe from any thread.
 */
public final class Appraisals {
    static final String SHAPE = "An appraisal is one JSON object: {\"methodology\": \"vn-dti-province-2025\", \"entity\": \"khanh-hoa\", \"period\": \"2025\", "
            + "\"council\": …, \"decisions\": [{\"indicator\": \"6.5\", \"decision\": \"VALUE_ADJUSTED\", \"value\": 0.45, \"reason\": …, "
            + "\"date\": \"2026-01-20\"}, …]} (docs/formats.md).";

    private Appraisals() {
    }

    /**
     * Reads an appraisal file (docs/formats.md).
     *
     * @param file the file
     * @return the appraisal
     * @throws InvalidEvidenceException if it cannot be read or is not an appraisal; the message names
     *                                  the file, line, column and JSON path
     */
    public static Appraisal read(Path file) {
        return DtiJson.read(file, Appraisal.class, SHAPE, InvalidEvidenceException::new);
    }

    /**
     * Reads an appraisal file from its bytes (a workspace held elsewhere, an upload).
     *
     * @param file the file's name (for messages) and bytes
     * @return the council's decisions
     * @throws InvalidEvidenceException if it is not an appraisal; the message names the file, line,
     *                                  column and JSON path
     */
    public static Appraisal read(Workspace.StoredFile file) {
        return DtiJson.read(file.bytes(), file.name(), Appraisal.class, SHAPE, InvalidEvidenceException::new);
    }

    /** An appraisal file's name and bytes, for messages; null for none. */
    private static Workspace.StoredFile stored(Path source) {
        return source == null ? null : new Workspace.StoredFile(source.toString(), DtiJson.bytes(source, InvalidEvidenceException::new));
    }

    /**
     * The evidence after the council's decisions: adjusted values replaced, rejected documents
     * removed.
     *
     * @param scorer    the methodology's scorer
     * @param evidence  the evidence as submitted
     * @param appraisal the council's decisions
     * @param source    the appraisal file, for messages (may be null)
     * @return the evidence as the council decided it
     * @throws InvalidEvidenceException naming the decision (and its line in {@code source}) that does
     *                                  not fit the evidence: another entity, period or methodology, an
     *                                  unknown component, a document the evidence does not have
     */
    public static Evidence appraised(RuleScorer scorer, Evidence evidence, Appraisal appraisal, Path source) {
        return appraised(scorer, evidence, appraisal, stored(source));
    }

    /**
     * {@link #appraised(RuleScorer, Evidence, Appraisal, Path)} with the appraisal file given as its
     * name and bytes.
     *
     * @param scorer    the methodology's scorer
     * @param evidence  the merged evidence
     * @param appraisal the council's decisions
     * @param source    the appraisal file, for messages (may be null)
     * @return the evidence with the decisions applied
     * @throws InvalidEvidenceException naming each decision that does not fit the evidence
     */
    public static Evidence appraised(RuleScorer scorer, Evidence evidence, Appraisal appraisal, Workspace.StoredFile source) {
        check(scorer, evidence, appraisal, source);
        return apply(evidence, appraisal, true, true);
    }

    /**
     * The score card of evidence with the council's decisions: the three figures per component and
     * in total, the council's findings and the decisions in the explanations.
     *
     * @param scorer    the methodology's scorer
     * @param evidence  the evidence as submitted
     * @param appraisal the council's decisions
     * @param source    the appraisal file, for messages (may be null)
     * @return the appraised card ({@link ScoreCard#appraised()} is true)
     * @throws InvalidEvidenceException naming the decision that does not fit the evidence
     */
    public static ScoreCard score(RuleScorer scorer, Evidence evidence, Appraisal appraisal, Path source) {
        return score(scorer, evidence, appraisal, stored(source));
    }

    /**
     * {@link #score(RuleScorer, Evidence, Appraisal, Path)} with the appraisal file given as its name
     * and bytes.
     *
     * @param scorer    the methodology's scorer
     * @param evidence  the merged evidence
     * @param appraisal the council's decisions
     * @param source    the appraisal file, for messages (may be null)
     * @return the appraised card ({@link ScoreCard#appraised()} is true)
     * @throws InvalidEvidenceException naming the decision that does not fit the evidence
     */
    public static ScoreCard score(RuleScorer scorer, Evidence evidence, Appraisal appraisal, Workspace.StoredFile source) {
        check(scorer, evidence, appraisal, source);
        ScoreCard self = scorer.score(evidence);
        ScoreCard rejected = scorer.score(apply(evidence, appraisal, false, true));
        ScoreCard appraised = scorer.score(apply(evidence, appraisal, true, true));
        String file = source == null ? "appraisal" : source.fileName();
        Methodology m = scorer.methodology();
        List<ComponentScore> components = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < appraised.components().size(); i++) {
            ComponentScore s = self.components().get(i);
            ComponentScore r = rejected.components().get(i);
            ComponentScore a = appraised.components().get(i);
            Component c = m.component(a.id()).orElseThrow();
            List<AppraisalDecision> decisions = appraisal.on(a.id());
            List<Finding> fs = new ArrayList<>(a.findings());
            List<Message> formula = new ArrayList<>();
            if (!a.explanation().formula().in(Language.EN).isEmpty()) {
                formula.add(a.explanation().formula());
            }
            var reported = evidence.component(a.id()).map(ComponentEvidence::value).orElse(null);
            for (AppraisalDecision d : decisions) {
                formula.add(d.describe(reported));
                // the decision's file and date, as a rule's name and file are given: the same in every language
                String rule = file + " (" + d.date() + ")";
                if (d.decision() == AppraisalDecision.Outcome.DOCUMENT_REJECTED) {
                    double lost = clean(Math.max(0, s.points() - r.points()));
                    fs.add(Finding.of(FindingCode.DOCUMENT_REJECTED, c, lost, 0, lost > 0
                            ? Message.of("reporting.appraisal.documentRejectedLost", d.document(), c.id(), d.reason(), d.date(), Figure.points(lost))
                            : Message.of("reporting.appraisal.documentRejected", d.document(), c.id(), d.reason(), d.date()), rule));
                } else if (d.decision() == AppraisalDecision.Outcome.VALUE_ADJUSTED) {
                    double lost = clean(Math.max(0, r.points() - a.points()));
                    double gained = clean(Math.max(0, a.points() - r.points()));
                    Object from = reported == null ? Message.of("api.appraisal.notReported") : String.valueOf(reported.raw());
                    Object[] args = {c.id(), from, String.valueOf(d.value().raw()), d.reason(), d.date(), Figure.points(r.points()), Figure.points(a.points()),
                        Figure.points(lost > 0 ? lost : gained)};
                    fs.add(Finding.of(FindingCode.APPRAISAL_ADJUSTED, c, lost, 0, Message.of(lost > 0 ? "reporting.appraisal.adjustedLost"
                            : gained > 0 ? "reporting.appraisal.adjustedGained" : "reporting.appraisal.adjusted", args), rule));
                }
            }
            Explanation e = a.explanation();
            Explanation explained = decisions.isEmpty() ? e : new Explanation(e.rule(), e.file(), Message.join("; ", formula), e.inputs(), e.location());
            components.add(new ComponentScore(a.id(), a.name(), a.points(), a.maxPoints(), explained, fs, s.points(), a.points(), decisions));
            findings.addAll(fs);
        }
        return new ScoreCard(appraised.methodology(), appraised.entity(), appraised.period(), appraised.totalPoints(), appraised.maxPoints(),
                appraised.index(), appraised.mainIndicators(), components, findings, appraised.warnings(), self.totalPoints(), appraised.totalPoints());
    }

    /**
     * A difference of two cards' points without the noise of binary fractions (9.338 − 9 is
     * 0.3379999999999992 in doubles; the finding carries 0.338). Rounded to 9 decimals: far below
     * anything a card shows, and the points themselves are not touched.
     */
    static double clean(double d) {
        return Math.round(d * 1e9) / 1e9;
    }

    /** The evidence with adjusted values and/or without rejected documents. */
    private static Evidence apply(Evidence evidence, Appraisal appraisal, boolean adjust, boolean reject) {
        Evidence out = evidence;
        for (ComponentEvidence ce : evidence.components()) {
            ComponentEvidence changed = ce;
            for (AppraisalDecision d : appraisal.on(ce.indicator())) {
                if (adjust && d.decision() == AppraisalDecision.Outcome.VALUE_ADJUSTED) {
                    changed = changed.withValue(d.value());
                } else if (reject && d.decision() == AppraisalDecision.Outcome.DOCUMENT_REJECTED) {
                    List<Document> kept = new ArrayList<>();
                    for (Document doc : changed.documents()) {
                        if (!names(doc, d.document())) {
                            kept.add(doc);
                        }
                    }
                    changed = new ComponentEvidence(changed.indicator(), changed.status(), changed.value(), changed.source(), kept, changed.reportedBy(),
                            changed.reportedAt(), changed.note());
                }
            }
            if (changed != ce) {
                out = out.with(changed);
            }
        }
        return out;
    }

    private static boolean names(Document doc, String named) {
        String k = Agencies.key(named);
        return (doc.number() != null && Agencies.key(doc.number()).equals(k)) || (doc.title() != null && Agencies.key(doc.title()).equals(k));
    }

    /** Every decision must fit the evidence: a known, reported component; a value of its kind; a document it has; one verdict per component. */
    private static void check(RuleScorer scorer, Evidence evidence, Appraisal a, Workspace.StoredFile source) {
        String file = source == null ? t("reporting.appraisal.check.theAppraisal") : source.name();
        byte[] bytes = source == null ? null : source.bytes();
        Methodology m = scorer.methodology();
        List<String> problems = new ArrayList<>();
        if (a.methodology() != null && !a.methodology().equals(m.id())) {
            problems.add(at(file, bytes, "/methodology") + "$.methodology: " + t("reporting.appraisal.check.methodology", a.methodology(), m.id()));
        }
        if (a.entity() != null && !a.entity().equals(evidence.entity().id())) {
            problems.add(at(file, bytes, "/entity") + "$.entity: " + t("reporting.appraisal.check.entity", a.entity(), evidence.entity().id()));
        }
        if (!a.period().equals(evidence.period())) {
            problems.add(at(file, bytes, "/period") + "$.period: " + t("reporting.appraisal.check.period", a.period(), evidence.period()));
        }
        Set<String> verdicts = new HashSet<>();
        Set<String> rejected = new HashSet<>();
        for (int i = 0; i < a.decisions().size(); i++) {
            AppraisalDecision d = a.decisions().get(i);
            String where = at(file, bytes, "/decisions/" + i) + "$.decisions[" + i + "] (" + d.indicator() + "): ";
            Component c = m.component(d.indicator()).orElse(null);
            if (c == null) {
                problems.add(where + t("reporting.appraisal.check.unknown", d.indicator(), m.knownIdsNear(d.indicator())));
                continue;
            }
            ComponentEvidence ce = evidence.component(c.id()).orElse(null);
            if (ce == null || !ce.reported()) {
                problems.add(where + t("reporting.appraisal.check.notReported", c.id()));
                continue;
            }
            switch (d.decision()) {
                case VALUE_ADJUSTED:
                    String p = Methodology.checkValue(c, d.value());
                    if (p != null) {
                        problems.add(where + t("reporting.appraisal.check.adjustedValue", p));
                    }
                    if (!verdicts.add(c.id().value())) {
                        problems.add(where + t("reporting.appraisal.check.secondVerdict", c.id()));
                    }
                    break;
                case ACCEPTED:
                    if (!verdicts.add(c.id().value())) {
                        problems.add(where + t("reporting.appraisal.check.secondVerdict", c.id()));
                    }
                    break;
                default:
                    boolean found = false;
                    List<String> docs = new ArrayList<>();
                    for (Document doc : ce.documents()) {
                        found |= names(doc, d.document());
                        docs.add(doc.number() != null ? doc.number() : doc.title());
                    }
                    if (!found) {
                        problems.add(where + t(docs.isEmpty() ? "reporting.appraisal.check.noDocuments" : "reporting.appraisal.check.notADocument", d.document(), c.id(),
                                String.join("; ", docs)));
                    } else if (!rejected.add(c.id() + " " + Agencies.key(d.document()))) {
                        problems.add(where + t("reporting.appraisal.check.rejectedTwice", d.document()));
                    }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(Problems.join(problems));
        }
    }

    private static String at(String file, byte[] bytes, String pointer) {
        int[] lc = bytes == null ? null : DtiJson.locate(bytes, pointer);
        return file + (lc == null ? "" : ":" + lc[0] + ":" + lc[1]) + ": ";
    }

    /** A problem's words in the run's language ({@link Language#fromEnvironment()}). */
    private static String t(String key, Object... args) {
        return vn.dti.text.Messages.text(Language.fromEnvironment(), key, args);
    }
}
