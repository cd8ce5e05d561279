package vn.dti.planning;

import java.util.ArrayList;
import java.util.List;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Finding;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.ReportStatus;
import vn.dti.api.ScoreCard;
import vn.dti.cohort.EntityRanking;
import vn.dti.cohort.RankedValue;

/**
 * What a change buys: the evidence changed, scored again (inside the cohort, when there is one)
 * and compared with now. A changed component that has no evidence document is given a planned
 * one ({@link #PLANNED_DOCUMENT}), dated the period's last day: a what-if asks what a proven value
 * earns. Stateless; safe from any thread.
 */
public final class WhatIf {
    /** The title of the placeholder document a change assumes. */
    public static final String PLANNED_DOCUMENT = "Tài liệu kiểm chứng dự kiến (what-if)";

    private WhatIf() {
    }

    /**
     * The entity's evidence with changes made.
     *
     * @param evidence the evidence now
     * @param changes  the changes, applied in order
     * @return the changed evidence; a changed value without a document gets the planned one
     * @throws InvalidEvidenceException for a document to attach to a component with no value
     */
    public static Evidence apply(Evidence evidence, List<Change> changes) {
        Evidence out = evidence;
        for (Change ch : changes) {
            ComponentEvidence now = out.component(ch.component()).orElse(null);
            Document planned = new Document(null, PLANNED_DOCUMENT, evidence.period().end(), null, null, null);
            ComponentEvidence next;
            if (ch.documentOnly()) {
                if (now == null || !now.reported()) {
                    throw new InvalidEvidenceException(Words.of("planning.whatif.noValue", ch, ch.component().value()));
                }
                if (documented(now)) {
                    continue; // it has its evidence document already: nothing changes
                }
                next = now.withDocument(planned);
            } else {
                next = now == null || !now.reported()
                        ? new ComponentEvidence(ch.component(), ReportStatus.REPORTED, ch.value(), null, List.of(planned), null, null, null)
                        : now.withValue(ch.value());
                if (next.documents().isEmpty() && next.source() != EvidenceSource.AUTOMATIC) {
                    next = next.withDocument(planned);
                }
            }
            out = out.with(next);
        }
        return out;
    }

    private static boolean documented(ComponentEvidence c) {
        return !c.documents().isEmpty() || c.source() == EvidenceSource.AUTOMATIC;
    }

    /**
     * The situation after changes, compared with now.
     *
     * @param now     the situation now
     * @param changes the changes
     * @return what they buy
     * @throws InvalidEvidenceException as {@link #apply}, or if the changed evidence is refused
     */
    public static WhatIfResult run(Situation now, List<Change> changes) {
        Situation then = now.withEvidence(apply(now.evidence(), changes));
        return compare(now, then, changes);
    }

    /**
     * Two situations of the same entity compared: per component changed, per main indicator, in
     * total, and ranks.
     *
     * @param now     the situation now
     * @param then    the situation after
     * @param changes the changes that lead from one to the other (for the notes)
     * @return the comparison
     */
    public static WhatIfResult compare(Situation now, Situation then, List<Change> changes) {
        ScoreCard a = now.card();
        ScoreCard b = then.card();
        List<WhatIfResult.ComponentChange> components = new ArrayList<>();
        for (int i = 0; i < a.components().size(); i++) {
            ComponentScore x = a.components().get(i);
            ComponentScore y = b.components().get(i);
            String before = now.evidence().component(x.id()).filter(ComponentEvidence::reported).map(c -> Values.text(c.value())).orElse(null);
            String after = then.evidence().component(y.id()).filter(ComponentEvidence::reported).map(c -> Values.text(c.value())).orElse(null);
            boolean named = changes.stream().anyMatch(c -> c.component().equals(x.id()));
            double riskBefore = atRisk(x);
            double riskAfter = atRisk(y);
            if (named || Math.abs(x.points() - y.points()) > 1e-9 || Math.abs(riskBefore - riskAfter) > 1e-9) {
                components.add(new WhatIfResult.ComponentChange(x.id(), x.name(), before, after, x.points(), y.points(), y.points() - x.points(),
                        x.maxPoints(), riskBefore, riskAfter));
            }
        }
        EntityRanking ra = now.ranking().flatMap(r -> r.entity(now.entityId())).orElse(null);
        EntityRanking rb = then.ranking().flatMap(r -> r.entity(then.entityId())).orElse(null);
        List<WhatIfResult.MainChange> mains = new ArrayList<>();
        for (int j = 0; j < a.mainIndicators().size(); j++) {
            MainIndicatorScore x = a.mainIndicators().get(j);
            MainIndicatorScore y = b.mainIndicators().get(j);
            if (x.maxPoints() == 0) {
                continue;
            }
            RankedValue vx = ra == null ? null : ra.mainIndicator(x.id().value());
            RankedValue vy = rb == null ? null : rb.mainIndicator(x.id().value());
            mains.add(new WhatIfResult.MainChange(x.id(), x.name(), x.points(), y.points(), y.points() - x.points(), x.maxPoints(),
                    vx == null ? null : vx.rank(), vy == null ? null : vy.rank()));
        }
        List<String> notes = new ArrayList<>();
        for (Change ch : changes) {
            boolean hadDoc = now.evidence().component(ch.component()).filter(ComponentEvidence::reported).map(WhatIf::documented).orElse(false);
            if (ch.documentOnly() && hadDoc) {
                notes.add(Words.of("planning.whatif.documented", ch.component().value()));
            } else if (!hadDoc) {
                notes.add(Words.of("planning.whatif.planned", ch.component().value(), PLANNED_DOCUMENT));
            }
        }
        String topCannotTell = Targets.topCannotTell(now);
        return new WhatIfResult(now.entityId(), a.totalPoints(), b.totalPoints(), b.totalPoints() - a.totalPoints(), a.index(), b.index(),
                ra == null ? null : ra.rank(), rb == null ? null : rb.rank(), ra == null ? null : ra.mainIndicatorsInTop(),
                rb == null ? null : rb.mainIndicatorsInTop(), now.top() == 0 ? null : now.top(), components, mains, notes, b, a.pointsLost(),
                b.pointsLost(), a.pointsAtRisk(), b.pointsAtRisk(), difference(b.findings(), a.findings()), difference(a.findings(), b.findings()),
                topCannotTell);
    }

    /** A component's points at risk: its largest finding's, as the score card counts them. */
    private static double atRisk(ComponentScore c) {
        return c.findings().stream().mapToDouble(Finding::pointsAtRisk).max().orElse(0);
    }

    /** The findings of {@code these} that {@code those} lack (the same component and kind). */
    private static List<Finding> difference(List<Finding> these, List<Finding> those) {
        List<Finding> rest = new ArrayList<>(those);
        List<Finding> out = new ArrayList<>();
        for (Finding f : these) {
            Finding match = rest.stream().filter(x -> x.indicator().equals(f.indicator()) && x.code() == f.code()).findFirst().orElse(null);
            if (match == null) {
                out.add(f);
            } else {
                rest.remove(match);
            }
        }
        return out;
    }
}
