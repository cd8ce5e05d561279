package vn.dti.reporting;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dti.api.Agencies;
import vn.dti.api.Appraisal;
import vn.dti.api.Component;
import vn.dti.api.ComponentScore;
import vn.dti.api.EmulationRules;
import vn.dti.api.Evidence;
import vn.dti.api.Period;
import vn.dti.api.ReportingRole;
import vn.dti.api.ScoreCard;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Figure;
import vn.dti.text.Message;

/**
 * The agencies' emulation table (bảng thi đua) of a period: for every agency, four shares in
 * [0, 1] and a weighted score from 0 to 100, ranked. The province's plan asks for a DTI
 * dashboard "gắn với kết quả thi đua - khen thưởng" (Kế hoạch số 4636/KH-UBND ngày 29/9/2025,
 * mục II.1) and gives no formula: this one is the project's proposal, an ASSUMPTION, with its
 * weights and grades in the methodology folder's {@code emulation.json}
 * ({@link RuleScorer#emulation()}).
 *
 * <pre>
 * P (points)       = final points of the components it leads (Chủ trì) / their max points
 * T (on time)      = components it leads reported by the deadline / components it leads
 * C (completeness) = its components in both roles (Chủ trì, Phối hợp) reported with their evidence
 *                    document / its components in both roles
 * A (appraisal)    = appraised / self-assessed points of the components it leads, at most 1 (left
 *                    out when the period is not appraised, or the agency claimed no points)
 * score            = 100 × (wP·P + wT·T + wC·C + wA·A)
 * </pre>
 *
 * A share an agency has nothing for (it leads no component, none with points, or the period has no
 * appraisal) is left out and
 * the other weights are scaled to sum to 1, so every score is within [0, 100]. T and C are
 * {@link ReportingStatus}'s counts ({@code dti status}), P and A the period's score card (with the
 * council's decisions when the period's folder holds them). Agencies are ranked by score, ties
 * sharing a rank (1, 2, 2, 4), then listed by name.
 *
 * @param methodology the methodology id
 * @param period      the period
 * @param asOf        the day the reporting status is taken on
 * @param appraised   whether the council's decisions were applied
 * @param rules       the weights and grades ({@code emulation.json})
 * @param agencies    one row per agency with components in either role, best first
 */
public record Emulation(String methodology, Period period, LocalDate asOf, boolean appraised, EmulationRules rules, List<AgencyScore> agencies) {
    private static final Collator VI = Collator.getInstance(Locale.forLanguageTag("vi"));

    /**
     * Copies the list.
     *
     * @param methodology the methodology id
     * @param period      the period
     * @param asOf        the day
     * @param appraised   whether appraised
     * @param rules       not null
     * @param agencies    not null; copied
     * @throws NullPointerException if {@code rules} or {@code agencies} is null
     */
    public Emulation {
        Objects.requireNonNull(rules, "rules");
        agencies = List.copyOf(agencies);
    }

    /**
     * One agency's row.
     *
     * @param agency       the agency as the catalogue names it
     * @param leads        how many components it leads (Chủ trì)
     * @param points       the final points of those components
     * @param maxPoints    their max points
     * @param selfAssessed the self-assessed points of those components (the points when not appraised)
     * @param adjustment   the council's adjustment on them: appraised − self-assessed (0 when not appraised)
     * @param onTime       how many of the components it leads it reported by the deadline
     * @param due          how many components it answers for in both roles
     * @param complete     how many of those it reported with their evidence document
     * @param pointsShare  P in [0, 1]; null when its components have no points
     * @param onTimeShare  T in [0, 1]; null when it leads no component
     * @param completeness C in [0, 1]
     * @param appraisal    A in [0, 1]; null when the period is not appraised or it claimed no points
     * @param score        the weighted score in [0, 100]
     * @param rank         1 for the best; ties share a rank
     * @param grade        the grade the score earns, or null when {@code emulation.json} gives none
     */
    public record AgencyScore(String agency, int leads, double points, double maxPoints, double selfAssessed, double adjustment, int onTime, int due,
            int complete, Double pointsShare, Double onTimeShare, double completeness, Double appraisal, double score, int rank, EmulationRules.Grade grade) {
        /**
         * Checks the shares and the score.
         *
         * @param agency       not null
         * @param leads        0 or more
         * @param points       the points
         * @param maxPoints    the max
         * @param selfAssessed the self-assessed points
         * @param adjustment   the adjustment
         * @param onTime       0 to {@code leads}
         * @param due          1 or more
         * @param complete     0 to {@code due}
         * @param pointsShare  in [0, 1], or null
         * @param onTimeShare  in [0, 1], or null
         * @param completeness in [0, 1]
         * @param appraisal    in [0, 1], or null
         * @param score        in [0, 100]
         * @param rank         1 or more
         * @param grade        the grade, or null
         * @throws IllegalArgumentException if a count, share or the score is out of range
         */
        public AgencyScore {
            Objects.requireNonNull(agency, "agency");
            if (leads < 0 || onTime < 0 || onTime > leads || due < 1 || complete < 0 || complete > due || rank < 1) {
                throw new IllegalArgumentException(agency + ": counts out of range (leads " + leads + ", on time " + onTime + ", due " + due + ", complete "
                        + complete + ", rank " + rank + ").");
            }
            for (Double share : new Double[] {pointsShare, onTimeShare, completeness, appraisal}) {
                if (share != null && !(share >= 0 && share <= 1 + 1e-9)) {
                    throw new IllegalArgumentException(agency + ": a share [" + share + "] outside [0, 1].");
                }
            }
            if (!(score >= 0 && score <= 100 + 1e-9)) {
                throw new IllegalArgumentException(agency + ": score [" + score + "] outside [0, 100].");
            }
        }
    }

    /**
     * The emulation table of a workspace's period: its reporting status on {@code asOf} and its
     * score card, with the council's decisions when the period's folder holds them.
     *
     * @param scorer the methodology's scorer (its agencies, calendar and {@code emulation.json})
     * @param ws     the workspace
     * @param period a quarter, a half-year or a year
     * @param asOf   the day (reports dated after it are refused, as by {@code dti status})
     * @return the table, best first
     * @throws vn.dti.api.InvalidEvidenceException if the period's files cannot be merged (a conflict, a refused file)
     */
    public static Emulation of(RuleScorer scorer, Workspace ws, Period period, LocalDate asOf) {
        ReportingStatus status = ReportingStatus.of(scorer, ws, period, asOf);
        Evidence evidence = EvidenceMerge.merge(scorer, ws, period).evidence();
        Optional<Workspace.StoredFile> decisions = ws.decisions(period);
        ScoreCard card;
        if (decisions.isPresent()) {
            Appraisal appraisal = Appraisals.read(decisions.get());
            card = Appraisals.score(scorer, evidence, appraisal, decisions.get());
        } else {
            card = scorer.score(evidence);
        }
        return of(scorer, status, card);
    }

    /**
     * The emulation table from a period's reporting status and score card.
     *
     * @param scorer the methodology's scorer (its agencies and {@code emulation.json})
     * @param status the period's reporting status
     * @param card   the period's score card (appraised or not)
     * @return the table, best first
     */
    public static Emulation of(RuleScorer scorer, ReportingStatus status, ScoreCard card) {
        EmulationRules rules = scorer.emulation();
        Agencies agencies = scorer.agencies();
        Map<String, int[]> counts = new LinkedHashMap<>();   // agency → {onTime as lead, due, complete}
        for (ReportingStatus.AgencyStatus s : status.agencies()) {
            int[] c = counts.computeIfAbsent(s.agency(), k -> new int[3]);
            if (s.role() == ReportingRole.RESPONSIBLE) {
                c[0] += s.onTime();
            }
            c[1] += s.due();
            c[2] += s.due() - s.missing().size() - s.withoutDocuments().size();
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String agency = e.getKey();
            int[] c = e.getValue();
            if (c[1] == 0) {
                continue;
            }
            List<Component> leads = agencies.leads(agency);
            double points = 0;
            double max = 0;
            double self = 0;
            for (Component comp : leads) {
                ComponentScore cs = card.component(comp.id().value()).orElse(null);
                max += comp.maxPoints();
                if (cs != null) {
                    points += cs.points();
                    self += cs.selfAssessedPoints() == null ? cs.points() : cs.selfAssessedPoints();
                }
            }
            Double p = max > 0 ? Math.min(1, points / max) : null;
            Double t = leads.isEmpty() ? null : (double) c[0] / leads.size();
            double completeness = (double) c[2] / c[1];
            Double a = !card.appraised() || self <= 0 ? null : Math.min(1, points / self);
            double score = score(rules.weights(), p, t, completeness, a);
            rows.add(new Row(agency, leads.size(), points, max, self, Appraisals.clean(points - self), c[0], c[1], c[2], p, t, completeness, a, score));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -key(r.score)).thenComparing(Row::agency, VI));
        List<AgencyScore> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int rank = i == 0 || key(rows.get(i - 1).score) != key(r.score) ? i + 1 : out.get(i - 1).rank();
            out.add(new AgencyScore(r.agency, r.leads, r.points, r.max, r.self, r.adjustment, r.onTime, r.due, r.complete, r.p, r.t, r.c, r.a, r.score, rank,
                    rules.grade(r.score).orElse(null)));
        }
        return new Emulation(card.methodology().id(), status.period(), status.asOf(), card.appraised(), rules, out);
    }

    /**
     * The formula with this table's weights and grades, line by line, for a table's foot or a page:
     * the score, what P, T, C and A are, how a missing share is left out, the grades, and that the
     * formula is the project's proposal kept in {@code emulation.json}.
     *
     * @return the lines, in the catalogue's words ({@code reporting.emulation.*})
     */
    public List<Message> formula() {
        EmulationRules.Weights w = rules.weights();
        List<Message> out = new ArrayList<>();
        out.add(Message.of("reporting.emulation.formula", Figure.number(w.points(), 4), Figure.number(w.onTime(), 4), Figure.number(w.completeness(), 4),
                Figure.number(w.appraisal(), 4)));
        out.add(Message.of("reporting.emulation.points"));
        out.add(Message.of("reporting.emulation.onTime"));
        out.add(Message.of("reporting.emulation.completeness"));
        out.add(Message.of("reporting.emulation.appraisal"));
        out.add(Message.of("reporting.emulation.scaled"));
        if (!rules.grades().isEmpty()) {
            List<Message> grades = new ArrayList<>();
            for (EmulationRules.Grade g : rules.grades()) {
                grades.add(Message.of("reporting.emulation.grade", g.name(), Figure.number(g.from(), 2)));
            }
            out.add(Message.of("reporting.emulation.grades", Message.join("; ", grades)));
        }
        out.add(Message.of("reporting.emulation.proposal", methodology));
        if (!rules.source().isEmpty()) {
            out.add(Message.of("reporting.emulation.source", rules.source()));
        }
        return out;
    }

    /** An agency's figures before it is ranked. */
    private record Row(String agency, int leads, double points, double max, double self, double adjustment, int onTime, int due, int complete, Double p,
            Double t, double c, Double a, double score) {
    }

    /** A score rounded to 9 decimals, so that equal scores reached by other sums tie. */
    private static double key(double score) {
        return Math.round(score * 1e9) / 1e9;
    }

    /**
     * The weighted score of four shares: the shares given (not null) weighed by their weights
     * scaled to sum to 1.
     *
     * @param w            the weights
     * @param points       P, or null
     * @param onTime       T, or null
     * @param completeness C, or null
     * @param appraisal    A, or null
     * @return the score in [0, 100] (0 when no share is given or the given ones weigh nothing)
     */
    public static double score(EmulationRules.Weights w, Double points, Double onTime, Double completeness, Double appraisal) {
        double[] weights = {w.points(), w.onTime(), w.completeness(), w.appraisal()};
        Double[] shares = {points, onTime, completeness, appraisal};
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < 4; i++) {
            if (shares[i] != null) {
                sum += weights[i] * shares[i];
                weight += weights[i];
            }
        }
        return weight == 0 ? 0 : Math.max(0, Math.min(100, 100 * sum / weight));
    }
}
