package vn.dti.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Evidence;
import vn.dti.api.Explanation;
import vn.dti.api.Finding;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.FindingCode;
import vn.dti.api.MainIndicator;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Methodology;
import vn.dti.api.MethodologyRef;
import vn.dti.api.Points;
import vn.dti.api.ReportStatus;
import vn.dti.api.ScoreCard;
import vn.dti.api.Scorer;
import vn.dti.api.Value;

/**
 * A {@link Scorer} backed by one methodology folder's compiled rules. Build it with
 * {@link Methodologies}; share it: it is immutable and thread-safe, and each call scores in a
 * pooled rule session over at most 50 entities at a time, so memory stays bounded however many
 * entities are scored.
 */
public final class RuleScorer implements Scorer {
    /** Entities per rule session: small working memories are markedly faster (docs/performance.md). */
    static final int CHUNK = Integer.getInteger("dti.rules.chunk", 50);

    /** What fires the rules over one chunk's facts, recording into the sheet. */
    interface Engine {
        void fire(RuleBase base, ComponentValue[][] facts, ScoreSheet sheet);
    }

    /**
     * The library's engine: lean rules (no modify, no joins) over one chunk's facts in a new,
     * short-lived session. (Pooling and resetting sessions was measured and bought nothing.)
     */
    static final Engine DROOLS = (base, facts, sheet) -> {
        KieSession session = base.kbase.newKieSession();
        try {
            session.setGlobal(RuleBase.GLOBAL, sheet);
            for (ComponentValue[] entity : facts) {
                for (ComponentValue v : entity) {
                    session.insert(v);
                }
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    };

    private final RuleBase base;
    private final Engine engine;

    RuleScorer(RuleBase base) {
        this(base, DROOLS);
    }

    /** A scorer with another engine over the same catalogue, facts and score cards (benchmarks' references). */
    RuleScorer(RuleBase base, Engine engine) {
        this.base = base;
        this.engine = engine;
    }

    RuleBase base() {
        return base;
    }

    @Override
    public Methodology methodology() {
        return base.methodology;
    }

    @Override
    public String version() {
        return base.version;
    }

    /** Where the methodology was loaded from: a directory path, or {@code classpath:methodologies/<id>}. */
    public String source() {
        return base.root;
    }

    @Override
    public ScoreCard score(Evidence evidence) {
        return score(List.of(evidence), false).get(0);
    }

    /** Scores each entity alone: relative components are scored against their stated reference values. */
    @Override
    public List<ScoreCard> scoreAll(List<Evidence> evidence) {
        return score(evidence, false);
    }

    /**
     * Scores a cohort together: components scored relative to the cohort use the best value among
     * these entities. Cards come back in the order of the input.
     */
    @Override
    public List<ScoreCard> scoreCohort(List<Evidence> evidence) {
        return score(evidence, true);
    }

    /** Checks evidence against this methodology before anything is scored. */
    private int[] check(Evidence e) {
        Objects.requireNonNull(e, "evidence");
        if (base.slotCount() == 0) {
            throw new InvalidEvidenceException("Methodology " + base.methodology.id() + " has no components: its entities are given at "
                    + "main-indicator level (published values), so it ranks cohorts (dti rank) but scores no evidence.");
        }
        if (e.methodology() != null && !e.methodology().equals(base.methodology.id())) {
            throw new InvalidEvidenceException("$.methodology: the evidence of " + e.entity().id() + " reports against methodology ["
                    + e.methodology() + "], but " + base.methodology.id() + " is scoring it; use --methodology " + e.methodology()
                    + ", or change or remove the evidence's \"methodology\" field.");
        }
        return slots(e);
    }

    /**
     * The catalogue slot of each of the evidence's components, checking them on the way: an
     * unknown id or an unacceptable value is handed to the methodology's full check, which
     * reports every problem with its JSON path.
     */
    private int[] slots(Evidence e) {
        if (e.entity().kind() != base.methodology.entityKind()) {
            base.methodology.checkEvidence(e, base.byId);
        }
        List<ComponentEvidence> list = e.components();
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            ComponentEvidence ce = list.get(i);
            Integer slot = base.slotOf.get(ce.indicator());
            if (slot == null || (ce.value() != null && Methodology.checkValue(base.slots[slot], ce.value()) != null)) {
                base.methodology.checkEvidence(e, base.byId);
                throw new IllegalStateException("the methodology's check passed evidence this check refused: " + ce);
            }
            out[i] = slot;
        }
        return out;
    }

    /**
     * Scores a stream of entities, each alone, handing each card to {@code sink} as it is made:
     * at most one chunk of entities' evidence and cards is held at a time, so any number of
     * entities can be scored in bounded memory. Cards arrive in input order.
     */
    public void scoreEach(Iterator<Evidence> evidence, Consumer<ScoreCard> sink) {
        List<Evidence> chunk = new ArrayList<>(CHUNK);
        List<int[]> slots = new ArrayList<>(CHUNK);
        while (evidence.hasNext()) {
            Evidence e = evidence.next();
            slots.add(check(e));
            chunk.add(e);
            if (chunk.size() == CHUNK || !evidence.hasNext()) {
                scoreChunk(chunk, slots, null).forEach(sink);
                chunk.clear();
                slots.clear();
            }
        }
    }

    private List<ScoreCard> score(List<Evidence> evidence, boolean cohort) {
        Objects.requireNonNull(evidence, "evidence");
        List<int[]> slots = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            slots.add(check(e));
        }
        CohortStats stats = cohort ? CohortStats.of(base, evidence) : null;
        List<ScoreCard> cards = new ArrayList<>(evidence.size());
        for (int from = 0; from < evidence.size(); from += CHUNK) {
            int to = Math.min(evidence.size(), from + CHUNK);
            cards.addAll(scoreChunk(evidence.subList(from, to), slots.subList(from, to), stats));
        }
        return cards;
    }

    private List<ScoreCard> scoreChunk(List<Evidence> chunk, List<int[]> slots, CohortStats stats) {
        ScoreSheet sheet = new ScoreSheet(base, chunk.size(), stats);
        ComponentValue[][] facts = new ComponentValue[chunk.size()][];
        if (base.slotCount() == 0) {
            List<ScoreCard> cards = new ArrayList<>(chunk.size());
            for (int e = 0; e < chunk.size(); e++) {
                cards.add(card(chunk.get(e), new ComponentValue[0], sheet, e));
            }
            return cards;
        }
        for (int e = 0; e < chunk.size(); e++) {
            facts[e] = facts(e, chunk.get(e), slots.get(e));
        }
        engine.fire(base, facts, sheet);
        List<ScoreCard> cards = new ArrayList<>(chunk.size());
        for (int e = 0; e < chunk.size(); e++) {
            cards.add(card(chunk.get(e), facts[e], sheet, e));
        }
        return cards;
    }

    /** One fact per catalogue component; components absent from the evidence are NOT_REPORTED. */
    ComponentValue[] facts(int entity, Evidence evidence) {
        return facts(entity, evidence, slots(evidence));
    }

    /** One fact per catalogue component, given each evidence component's slot. */
    private ComponentValue[] facts(int entity, Evidence evidence, int[] at) {
        Component[] slots = base.slots;
        ComponentEvidence[] bySlot = new ComponentEvidence[slots.length];
        List<ComponentEvidence> given = evidence.components();
        for (int i = 0; i < at.length; i++) {
            bySlot[at[i]] = given.get(i);
        }
        LocalDate start = evidence.period().start();
        LocalDate end = evidence.period().end();
        ComponentValue[] facts = new ComponentValue[slots.length];
        for (int s = 0; s < slots.length; s++) {
            Component c = slots[s];
            ComponentEvidence ce = bySlot[s];
            if (ce == null) {
                facts[s] = new ComponentValue(entity, s, c.id().value(), ReportStatus.NOT_REPORTED, c.valueKind(), Double.NaN, false, null,
                        c.maxPoints(), 0, false, 0, 0, 0);
                continue;
            }
            double number = Double.NaN;
            boolean yes = false;
            String category = null;
            Value v = ce.value();
            if (v instanceof Value.Numeric n) {
                number = n.number();
            } else if (v instanceof Value.YesNo y) {
                yes = y.yes();
            } else if (v instanceof Value.Category cat) {
                category = cat.code();
            }
            int after = 0;
            long daysAfter = 0;
            long daysBefore = Long.MAX_VALUE;
            for (Document d : ce.documents()) {
                if (d.date().isAfter(end)) {
                    after++;
                    daysAfter = Math.max(daysAfter, ChronoUnit.DAYS.between(end, d.date()));
                }
                daysBefore = Math.min(daysBefore, Math.max(0, ChronoUnit.DAYS.between(d.date(), start)));
            }
            facts[s] = new ComponentValue(entity, s, c.id().value(), ce.status(), c.valueKind(), number, yes, category, c.maxPoints(),
                    ce.documents().size(), ce.source() == EvidenceSource.AUTOMATIC, after, daysAfter,
                    ce.documents().isEmpty() ? 0 : daysBefore);
        }
        return facts;
    }

    private ScoreCard card(Evidence evidence, ComponentValue[] facts, ScoreSheet sheet, int entity) {
        Component[] slots = base.slots;
        List<ComponentScore> components = new ArrayList<>(slots.length);
        List<Finding> allFindings = new ArrayList<>(slots.length);
        double[] points = new double[slots.length];
        String lastFindingRule = null;
        String lastFindingLabel = null;
        for (int s = 0; s < slots.length; s++) {
            Component c = slots[s];
            ComponentValue v = facts[s];
            ScoreSheet.Slot r = sheet.result(entity, s);
            List<Finding> findings = new ArrayList<>(r == null ? 1 : r.findings.size() + 1);
            double p = 0;
            Explanation explanation;
            if (r != null && r.violation != null) {
                String rule = r.rule == null ? null : r.rule + " (" + sheet.fileOf(r.rule) + ")";
                findings.add(new Finding(FindingCode.RULE_VIOLATION, c.id(), c.maxPoints(), c.responsibleAgency(),
                        "Component " + c.id() + " earns nothing until the rule is fixed: " + r.violation + ".", rule));
                explanation = new Explanation(r.rule, r.rule == null ? null : sheet.fileOf(r.rule), "rule violation → 0", r.inputs);
            } else if (r != null && r.rule != null) {
                p = r.points;
                explanation = new Explanation(r.rule, base.fileOf(s, r.rule), r.formula, r.inputs);
            } else if (v.getStatus() == ReportStatus.REPORTED) {
                if (c.scored()) {
                    findings.add(new Finding(FindingCode.NOT_SCORED, c.id(), c.maxPoints(), c.responsibleAgency(),
                            "No scoring rule matched the reported value [" + v.describeValue() + "] of component " + c.id()
                                    + "; it earns nothing. Check the rules for @indicator(\"" + c.id() + "\").", null));
                }
                explanation = Explanation.of("no rule awarded points → 0");
            } else {
                explanation = Explanation.of((v.getStatus() == ReportStatus.NOT_REPORTED ? "not reported" : "not applicable") + " → 0 of "
                        + Points.format(c.maxPoints()));
            }
            double awarded = p;
            if (r != null && r.withheld && r.violation == null) {
                p = 0;
                explanation = new Explanation(explanation.rule(), explanation.file(),
                        explanation.formula() + "; withheld → 0 (see findings)", explanation.inputs());
            }
            if (r != null) {
                if (r.findings.size() > 1) {
                    // the order rules fired in is the engine's business: findings come sorted by code, then rule
                    r.findings.sort(java.util.Comparator.comparing(ScoreSheet.RuleFinding::code).thenComparing(ScoreSheet.RuleFinding::rule));
                }
                for (ScoreSheet.RuleFinding f : r.findings) {
                    if (!f.rule().equals(lastFindingRule)) {
                        lastFindingRule = f.rule();
                        lastFindingLabel = f.rule() + " (" + sheet.fileOf(f.rule()) + ")";
                    }
                    findings.add(new Finding(f.code(), c.id(), atRisk(f.code(), c, awarded, p), c.responsibleAgency(), f.message(),
                            lastFindingLabel));
                }
            }
            points[s] = p;
            components.add(new ComponentScore(c.id(), c.name(), p, c.maxPoints(), explanation, findings));
            for (int f = 0; f < findings.size(); f++) {
                allFindings.add(findings.get(f));
            }
        }
        List<MainIndicatorScore> mains = new ArrayList<>();
        double[] mainPoints = new double[base.methodology.mainIndicators().size()];
        double total = 0;
        int s = 0;
        for (int k = 0; k < mainPoints.length; k++) {
            MainIndicator m = base.methodology.mainIndicators().get(k);
            double sum = 0;
            for (int i = 0; i < m.components().size(); i++) {
                sum += points[s++];
            }
            mains.add(new MainIndicatorScore(m.id(), m.name(), sum, m.maxPoints()));
            mainPoints[k] = sum;
            total += sum;
        }
        return new ScoreCard(new MethodologyRef(base.methodology.id(), base.version), evidence.entity(), evidence.period(), total,
                base.methodology.totalPoints(), base.methodology.index(mainPoints), mains, components, allFindings);
    }

    private static double atRisk(FindingCode code, Component c, double awarded, double points) {
        switch (code) {
            case NOT_REPORTED:
            case NOT_APPLICABLE:
            case RULE_VIOLATION:
            case NOT_SCORED:
                return c.maxPoints();
            case NO_EVIDENCE_DOCUMENT:
                return awarded;
            default:
                return points;
        }
    }

}
