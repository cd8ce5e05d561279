package vn.dti.rules.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import vn.dti.api.Agencies;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Document;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Explanation;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.MainIndicator;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Methodology;
import vn.dti.api.MethodologyRef;
import vn.dti.api.Period;

import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ReportingRole;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.RuleEngine;
import vn.dti.scoring.ComponentCohort;
import vn.dti.text.Figure;
import vn.dti.text.Message;

/**
 * One scoring run, start to end: check the evidence against the catalogue, turn it into one fact
 * per component, fire the rules over at most {@link #CHUNK} entities at a time, and assemble the
 * score cards (points, withheld points, violations, findings, totals, index). Stateless apart
 * from the compiled base and the engine; thread-safe.
 */
public final class Scoring {
    /** Entities per rule session: small working memories are markedly faster (docs/performance.md). */
    public static final int CHUNK = Integer.getInteger("dti.rules.chunk", 50);

    private final RuleBase base;
    private final RuleEngine engine;
    /** The explanation of a component no rule scored, the same on every card. */
    private final Explanation noRule = Explanation.of(Message.of("rules.formula.noRule"));
    /** Per slot, the explanation of a component not reported and of one not applicable (immutable: made once, not per card). */
    private final Explanation[] notReported;
    private final Explanation[] notApplicable;

    /** Scoring with {@code engine}, or with the folder's own Drools rules when it is null. */
    public Scoring(RuleBase base, RuleEngine engine) {
        this.base = base;
        this.engine = engine == null ? new DroolsEngine(base) : engine;
        int n = base.slotCount();
        notReported = new Explanation[n];
        notApplicable = new Explanation[n];
        for (int s = 0; s < n; s++) {
            Figure max = Figure.points(base.component(s).maxPoints());
            notReported[s] = Explanation.of(Message.of("rules.formula.notReported", max));
            notApplicable[s] = Explanation.of(Message.of("rules.formula.notApplicable", max));
        }
    }

    public RuleBase base() {
        return base;
    }

    /** Scores each entity alone ({@code cohort} false) or a cohort together. Cards in input order. */
    public List<ScoreCard> score(List<Evidence> evidence, boolean cohort) {
        Objects.requireNonNull(evidence, "evidence");
        List<int[]> slots = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            slots.add(check(e));
        }
        ComponentCohort[] stats = cohort ? Cohorts.of(base, evidence) : null;
        List<ScoreCard> cards = new ArrayList<>(evidence.size());
        for (int from = 0; from < evidence.size(); from += CHUNK) {
            int to = Math.min(evidence.size(), from + CHUNK);
            cards.addAll(scoreChunk(evidence.subList(from, to), slots.subList(from, to), stats));
        }
        return cards;
    }

    /** Scores a stream of entities, each alone, in bounded memory; cards arrive in input order. */
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

    /** Checks evidence against the methodology before anything is scored; returns each component's slot. */
    private int[] check(Evidence e) {
        Objects.requireNonNull(e, "evidence");
        Methodology m = base.methodology();
        if (base.slotCount() == 0) {
            throw new InvalidEvidenceException(Message.of("rules.scoring.noComponents", m.id()));
        }
        if (e.methodology() != null && !e.methodology().equals(m.id())) {
            throw new InvalidEvidenceException(Message.of("rules.scoring.otherMethodology", e.entity().id(), e.methodology(), m.id()));
        }
        if (e.entity().kind() != m.entityKind()) {
            m.checkEvidence(e, base.byId());
        }
        List<ComponentEvidence> list = e.components();
        int[] out = new int[list.size()];
        int n = base.slotCount();
        for (int i = 0; i < out.length; i++) {
            ComponentEvidence ce = list.get(i);
            // evidence lists its components in the catalogue's order (nearly always): the slot after
            // the last one is tried before the hashed look-up
            int next = i == 0 ? 0 : out[i - 1] + 1;
            Integer slot = next < n && base.component(next).id().equals(ce.indicator()) ? Integer.valueOf(next) : base.slotOf(ce.indicator());
            if (slot == null || (ce.value() != null && Methodology.checkValue(base.component(slot), ce.value()) != null)) {
                m.checkEvidence(e, base.byId());
                throw new IllegalStateException("the methodology's check passed evidence this check refused: " + ce);
            }
            out[i] = slot;
        }
        return out;
    }

    private List<ScoreCard> scoreChunk(List<Evidence> chunk, List<int[]> slots, ComponentCohort[] stats) {
        Recorder recorder = new Recorder(base.origins(), base.slotCount(), chunk.size(), stats);
        ComponentValue[][] facts = new ComponentValue[chunk.size()][];
        for (int e = 0; e < chunk.size(); e++) {
            facts[e] = facts(e, chunk.get(e), slots.get(e));
        }
        engine.fire(facts, new RecordingSheet(recorder, base.patterns()), recorder);
        List<ScoreCard> cards = new ArrayList<>(chunk.size());
        for (int e = 0; e < chunk.size(); e++) {
            cards.add(card(chunk.get(e), facts[e], recorder, e));
        }
        return cards;
    }

    /** One fact per catalogue component (absent ones NOT_REPORTED), for callers that fire rules themselves. */
    public ComponentValue[] facts(int entity, Evidence evidence) {
        return facts(entity, evidence, check(evidence));
    }

    private ComponentValue[] facts(int entity, Evidence evidence, int[] at) {
        int n = base.slotCount();
        ComponentEvidence[] bySlot = new ComponentEvidence[n];
        List<ComponentEvidence> given = evidence.components();
        for (int i = 0; i < at.length; i++) {
            bySlot[at[i]] = given.get(i);
        }
        // the period's days as numbers, and each deadline's days late and grace, once per entity (not per fact)
        long start = evidence.period().start().toEpochDay();
        long end = evidence.period().end().toEpochDay();
        Reports reports = new Reports(evidence);
        ComponentValue[] facts = new ComponentValue[n];
        for (int s = 0; s < n; s++) {
            Component c = base.component(s);
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
            if (v instanceof Value.Numeric num) {
                number = num.number();
            } else if (v instanceof Value.YesNo y) {
                yes = y.yes();
            } else if (v instanceof Value.Category cat) {
                category = cat.code();
            }
            int after = 0;
            long daysAfter = 0;
            long daysBefore = Long.MAX_VALUE;
            List<Document> documents = ce.documents();
            for (int i = 0; i < documents.size(); i++) {
                Document d = documents.get(i);
                if (d.date() == null) {
                    daysBefore = 0;   // a web page given by its link, undated: it cannot be dated after the period, nor stale
                    continue;
                }
                long day = d.date().toEpochDay();
                if (day > end) {
                    after++;
                    daysAfter = Math.max(daysAfter, day - end);
                }
                daysBefore = Math.min(daysBefore, Math.max(0, start - day));
            }
            facts[s] = new ComponentValue(entity, s, c.id().value(), ce.status(), c.valueKind(), number, yes, category, c.maxPoints(),
                    documents.size(), ce.source() == EvidenceSource.AUTOMATIC, after, daysAfter, documents.isEmpty() ? 0 : daysBefore,
                    reports.of(c, ce));
        }
        return facts;
    }

    /**
     * Who reported each component of one entity and when, against the calendar: the reporter's
     * role (a cooperating agency, or else the responsible agency), the deadline binding that role,
     * the days late, and for documents the days from the period's end to the last day on time. The
     * deadlines, and the report of a component its responsible agency made on the evidence's date
     * (nearly all of them), are worked out once per entity and shared: a report is immutable.
     */
    private final class Reports {
        private final Evidence evidence;
        private final boolean quarter;
        private final Role responsible;
        private final Role cooperatingRole;
        /** By responsible agency: the report made on the evidence's date naming no reporter, and naming that agency. */
        private final java.util.Map<String, ComponentValue.Report> unnamed = new java.util.HashMap<>();
        private final java.util.Map<String, ComponentValue.Report> named = new java.util.HashMap<>();

        Reports(Evidence evidence) {
            this.evidence = evidence;
            this.quarter = evidence.period().isQuarter();
            this.responsible = new Role(evidence, ReportingRole.RESPONSIBLE);
            this.cooperatingRole = new Role(evidence, ReportingRole.COOPERATING);
        }

        ComponentValue.Report of(Component c, ComponentEvidence ce) {
            String by = ce.reportedBy();
            if ((by == null || by.equals(c.responsibleAgency())) && ce.reportedAt() == null) {
                java.util.Map<String, ComponentValue.Report> cache = by == null ? unnamed : named;
                ComponentValue.Report r = cache.get(c.responsibleAgency());
                if (r == null) {
                    r = report(c, false, by == null ? "" : by, evidence.reportedAt());
                    cache.put(c.responsibleAgency(), r);
                }
                return r;
            }
            boolean cooperating = false;
            String name = "";
            if (by != null) {
                if (by.equals(c.responsibleAgency())) {
                    name = by;
                } else {
                    Agencies agencies = base.agencies();
                    cooperating = agencies.role(by, c) == ReportingRole.COOPERATING;
                    name = agencies.canonical(by).orElse(by);
                }
            }
            return report(c, cooperating, name, ce.reportedAt() != null ? ce.reportedAt() : evidence.reportedAt());
        }

        private ComponentValue.Report report(Component c, boolean cooperating, String name, LocalDate at) {
            Role role = cooperating ? cooperatingRole : responsible;
            ReportingCalendar.Due due = role.due;
            long late = due == null || at == null ? 0 : at.equals(evidence.reportedAt()) ? role.lateOnEvidenceDate : due.daysLate(at);
            return new ComponentValue.Report(name, c.responsibleAgency(), cooperating, at, due == null ? null : due.before(),
                    due == null ? "" : due.deadline().name(), late, quarter, role.grace);
        }
    }

    /** The deadline of the calendar binding one role for an entity's period, its grace and the days late on the evidence's date. */
    private final class Role {
        final ReportingCalendar.Due due;
        final long grace;
        final long lateOnEvidenceDate;

        Role(Evidence e, ReportingRole role) {
            Period period = e.period();
            ReportingCalendar.Deadline d = base.calendar().deadline(period, role).orElse(null);
            due = d == null ? null : new ReportingCalendar.Due(d, period, d.dateFor(period));
            grace = due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(period.end(), due.lastDay()));
            lateOnEvidenceDate = due == null || e.reportedAt() == null ? 0 : due.daysLate(e.reportedAt());
        }
    }

    private ScoreCard card(Evidence evidence, ComponentValue[] facts, Recorder recorder, int entity) {
        int n = base.slotCount();
        List<ComponentScore> components = new ArrayList<>(n);
        List<Finding> allFindings = new ArrayList<>(n);
        double[] points = new double[n];
        // one component's findings, gathered here and copied once (most components have none)
        List<Finding> findings = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Component c = base.component(s);
            ComponentValue v = facts[s];
            Recorder.Slot r = recorder.result(entity, s);
            findings.clear();
            double p = 0;
            Explanation explanation;
            if (r != null && r.violation != null) {
                String rule = r.rule == null ? null : recorder.describe(r.rule);
                findings.add(Finding.of(FindingCode.RULE_VIOLATION, c, c.maxPoints(), 0,
                        Message.of("rules.finding.ruleViolation", c.id(), r.violation), rule));
                explanation = new Explanation(r.rule, r.rule == null ? null : recorder.fileOf(r.rule), Message.of("rules.formula.violation"), r.inputs,
                        r.rule == null ? null : recorder.locationOf(r.rule));
            } else if (r != null && r.rule != null) {
                p = r.points;
                RuleBase.RuleAt at = base.originOf(s, r.rule);
                explanation = new Explanation(r.rule, at.file(), r.formula, r.inputs, at.location());
            } else if (v.getStatus() == ReportStatus.REPORTED) {
                if (c.scored()) {
                    findings.add(Finding.of(FindingCode.NOT_SCORED, c, c.maxPoints(), 0, Message.of("rules.finding.notScored", v.describeValue(), c.id()),
                            null));
                }
                explanation = noRule;
            } else {
                explanation = v.getStatus() == ReportStatus.NOT_REPORTED ? notReported[s] : notApplicable[s];
            }
            double awarded = p;
            if (r != null && r.withheld && r.violation == null) {
                p = 0;
                explanation = new Explanation(explanation.rule(), explanation.file(), Message.of("rules.formula.withheld", explanation.formula()),
                        explanation.inputs(), explanation.location());
            }
            if (r != null) {
                List<Recorder.RuleFinding> raised = r.findings();
                if (raised.size() > 1) {
                    // the order rules fired in is the engine's business: findings come sorted by code, then rule
                    raised.sort(BY_CODE_THEN_RULE);
                }
                for (int i = 0; i < raised.size(); i++) {
                    Recorder.RuleFinding f = raised.get(i);
                    findings.add(Finding.of(f.code(), c, lost(f.code(), c, awarded), atRisk(f.code(), p), f.message(), recorder.describe(f.rule())));
                }
            }
            points[s] = p;
            List<Finding> own = findings.isEmpty() ? List.of() : List.copyOf(findings);
            components.add(new ComponentScore(c.id(), c.name(), p, c.maxPoints(), explanation, own));
            allFindings.addAll(own);
        }
        Methodology m = base.methodology();
        List<MainIndicatorScore> mains = new ArrayList<>();
        double[] mainPoints = new double[m.mainIndicators().size()];
        double total = 0;
        int s = 0;
        for (int k = 0; k < mainPoints.length; k++) {
            MainIndicator mi = m.mainIndicators().get(k);
            double sum = 0;
            for (int i = 0; i < mi.components().size(); i++) {
                sum += points[s++];
            }
            mains.add(new MainIndicatorScore(mi.id(), mi.name(), sum, mi.maxPoints()));
            mainPoints[k] = sum;
            total += sum;
        }
        return new ScoreCard(new MethodologyRef(m.id(), base.version()), evidence.entity(), evidence.period(), total, m.totalPoints(),
                m.index(mainPoints), mains, components, allFindings, warnings(evidence.period()));
    }

    /** The warnings of the last period a card was made for, found again only for another period. */
    private record PeriodWarnings(Period period, List<Message> warnings) {
    }

    private volatile PeriodWarnings lastWarnings;

    /**
     * Whether the edition fits the period ({@link Editions#warnings}): the same for every card of a
     * period, so found once per period rather than per card (it reads the methodology's id with a
     * regular expression and looks its family up).
     */
    private List<Message> warnings(Period period) {
        PeriodWarnings w = lastWarnings;
        if (w == null || !w.period().equals(period)) {
            w = new PeriodWarnings(period, List.copyOf(Editions.warnings(base.methodology(), period)));
            lastWarnings = w;
        }
        return w.warnings();
    }

    private static final Comparator<Recorder.RuleFinding> BY_CODE_THEN_RULE = Comparator.comparing(Recorder.RuleFinding::code)
            .thenComparing(Recorder.RuleFinding::rule);

    /** Points not earned because of a finding a rule raised. */
    private static double lost(FindingCode code, Component c, double awarded) {
        switch (code) {
            case NOT_REPORTED:
            case NOT_APPLICABLE:
            case RULE_VIOLATION:
            case NOT_SCORED:
                return c.maxPoints();
            case NO_EVIDENCE_DOCUMENT:
                return awarded;
            default:
                return 0;
        }
    }

    /** Points earned but put in doubt by a finding a rule raised (a stale document, a ratio above 100%). */
    private static double atRisk(FindingCode code, double points) {
        switch (code) {
            case OUT_OF_RANGE:
            case STALE_EVIDENCE:
                return points;
            default:
                return 0;
        }
    }
}
