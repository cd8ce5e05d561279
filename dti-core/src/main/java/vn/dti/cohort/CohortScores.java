package vn.dti.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.MainIndicator;
import vn.dti.api.Methodology;
import vn.dti.api.MethodologyRef;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.api.Scorer;
import vn.dti.text.Message;

/**
 * A scored cohort, ready to rank, and to ask "what if": replace one entity's evidence or
 * published values and score again. It owns scoring a cohort: entities given by evidence are
 * scored together (so cohort-relative rules see the whole cohort), entities given by published
 * main-indicator values are taken as given, and mergers are applied (a merged entity's main values
 * are the unweighted mean of its former entities'). {@link #rank(int)} hands the result to
 * {@link CohortRanker}, which only ranks. Immutable; the scorer's compiled rules are shared.
 *
 * <pre>{@code
 * CohortScores now = CohortScores.score(scorer, cohort);
 * Evidence better = evidence.with(ComponentEvidence.of("6.6", 0.60, doc));
 * int rankNow = now.rank(10).entity("khanh-hoa").orElseThrow().rank();
 * int rankThen = now.withEvidence("khanh-hoa", better).rank(10).entity("khanh-hoa").orElseThrow().rank();
 * }</pre>
 */
public final class CohortScores {
    private final Scorer scorer;
    private final Cohort cohort;
    private final List<EntityPoints> rows;
    private final Map<String, ScoreCard> cards;
    private final MergerReport mergers;

    private CohortScores(Scorer scorer, Cohort cohort, List<EntityPoints> rows, Map<String, ScoreCard> cards, MergerReport mergers) {
        this.scorer = scorer;
        this.cohort = cohort;
        this.rows = rows;
        this.cards = cards;
        this.mergers = mergers;
    }

    /**
     * Scores a cohort: the evidence entities together, the published ones taken as given, then
     * the mergers applied.
     *
     * @param scorer the methodology's scorer
     * @param cohort the cohort
     * @return the scored cohort
     * @throws vn.dti.api.InvalidEvidenceException if an entity's evidence is for another entity,
     *                                              entity kind or methodology, or its published
     *                                              figures are missing, unknown or out of range
     *                                              (naming the entity's JSON path)
     */
    public static CohortScores score(Scorer scorer, Cohort cohort) {
        Methodology m = scorer.methodology();
        List<EntityPoints> rows = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<Integer> evidenceRows = new ArrayList<>();
        for (int i = 0; i < cohort.entities().size(); i++) {
            CohortEntity e = cohort.entities().get(i);
            String at = "$.entities[" + i + "] (" + e.id() + ")";
            if (e.evidence() != null) {
                evidence.add(checked(m, e, at));
                evidenceRows.add(rows.size());
                rows.add(new EntityPoints(e.id(), e.name(), e.region(), "evidence", List.of(), null));
            } else if (e.mainIndicators() != null) {
                CohortEntity.MainScale scale = e.mainIndicatorScale() != null ? e.mainIndicatorScale() : cohort.mainIndicatorScale();
                rows.add(new EntityPoints(e.id(), e.name(), e.region(), "published", List.of(), mainPoints(m, e, scale, at)));
            } else {
                throw new InvalidEvidenceException(Message.of("cohort.notLoaded", at));
            }
        }
        Map<String, ScoreCard> cards = new HashMap<>();
        if (!evidence.isEmpty()) {
            List<ScoreCard> scored;
            try {
                scored = scorer.scoreCohort(evidence);
            } catch (InvalidEvidenceException ex) {
                throw new InvalidEvidenceException(Message.of("cohort.inEvidence", ex.message()), ex);
            }
            for (int k = 0; k < scored.size(); k++) {
                ScoreCard card = scored.get(k);
                double[] points = new double[m.mainIndicators().size()];
                for (int j = 0; j < points.length; j++) {
                    points[j] = card.mainIndicators().get(j).points();
                }
                int at = evidenceRows.get(k);
                rows.set(at, rows.get(at).withPoints(points));
                cards.put(rows.get(at).id(), card);
            }
        }
        List<Merger> explicit = cohort.mergers();
        MergerReport report = null;
        List<Merger> all = new ArrayList<>();
        if (cohort.mergerMap() != null) {
            MergerMap map = MergerMap.bundled(cohort.mergerMap());
            report = applicable(map, rows);
            for (Merger g : map.mergers()) {
                if (report.merged().contains(g.id())) {
                    all.add(g);
                }
            }
        }
        all.addAll(explicit);
        List<EntityPoints> merged = merge(m, rows, all);
        if (!cohort.regions().isEmpty()) {
            for (EntityPoints r : merged) {
                if (r.region() != null && !cohort.regions().contains(r.region())) {
                    throw new InvalidEvidenceException(Message.of("cohort.mergerRegion", r.id(), r.region(), cohort.regions().toString()));
                }
            }
        }
        return new CohortScores(scorer, cohort, List.copyOf(merged), Collections.unmodifiableMap(cards), report);
    }

    /**
     * Scores and ranks a cohort: {@code score(scorer, cohort).rank(top)}.
     *
     * @param scorer the methodology's scorer
     * @param cohort the cohort
     * @param top    the N of "in the top N", at least 1 ({@link CohortRanker#DEFAULT_TOP} is 10)
     * @return the ranking
     * @throws vn.dti.api.InvalidEvidenceException as {@link #score}
     * @throws IllegalArgumentException            if {@code top} is below 1
     */
    public static CohortRanking rank(Scorer scorer, Cohort cohort, int top) {
        return score(scorer, cohort).rank(top);
    }

    /**
     * Ranks the cohort.
     *
     * @param top the N of "in the top N", at least 1
     * @return the ranking
     * @throws IllegalArgumentException if {@code top} is below 1
     */
    public CohortRanking rank(int top) {
        Methodology m = scorer.methodology();
        return CohortRanker.rank(m, new MethodologyRef(m.id(), scorer.version()), cohort.period(), rows, top, mergers);
    }

    /**
     * The score card of an entity given by evidence.
     *
     * @param id the entity's id
     * @return its card, or empty for an entity given by published values or merged
     */
    public Optional<ScoreCard> scoreCard(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    /**
     * The cohort as scored.
     *
     * @return the cohort, with the changes of {@link #withEvidence} and {@link #withMainIndicators}
     */
    public Cohort cohort() {
        return cohort;
    }

    /**
     * Which mergers of the cohort's bundled merger map were applied.
     *
     * @return the report, or null without a map
     */
    public MergerReport mergers() {
        return mergers;
    }

    /**
     * What if an entity reported other evidence: the cohort scored again.
     *
     * @param id       the entity's id
     * @param evidence its evidence
     * @return the cohort scored again; this one is unchanged
     * @throws vn.dti.api.InvalidEvidenceException if the cohort has no such entity, or as
     *                                              {@link #score}
     */
    public CohortScores withEvidence(String id, Evidence evidence) {
        return replace(id, e -> e.withEvidence(evidence));
    }

    /**
     * What if an entity had other published main-indicator values: the cohort scored again.
     *
     * @param id     the entity's id
     * @param values main indicator id → value, on the entity's scale
     * @return the cohort scored again; this one is unchanged
     * @throws vn.dti.api.InvalidEvidenceException if the cohort has no such entity, or as
     *                                              {@link #score}
     */
    public CohortScores withMainIndicators(String id, Map<String, Double> values) {
        return replace(id, e -> new CohortEntity(e.id(), e.name(), e.region(), null, null, values, e.mainIndicatorScale()));
    }

    private CohortScores replace(String id, UnaryOperator<CohortEntity> change) {
        List<CohortEntity> entities = new ArrayList<>(cohort.entities());
        boolean found = false;
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).id().equals(id)) {
                entities.set(i, change.apply(entities.get(i)));
                found = true;
            }
        }
        if (!found) {
            throw new InvalidEvidenceException(Message.of("cohort.noEntity", id));
        }
        return score(scorer, cohort.withEntities(entities));
    }

    /** An evidence entity's evidence, checked to be for this entry and this methodology. */
    private static Evidence checked(Methodology m, CohortEntity e, String at) {
        if (m.components().isEmpty()) {
            throw new InvalidEvidenceException(Message.of("cohort.noComponents", at, m.id()));
        }
        Evidence ev = e.evidence();
        if (!ev.entity().id().equals(e.id())) {
            throw new InvalidEvidenceException(Message.of("cohort.otherEntity", at, ev.entity().id(), e.id()));
        }
        if (ev.entity().kind() != m.entityKind()) {
            throw new InvalidEvidenceException(Message.of("cohort.otherKind", at, ev.entity().kind(), m.id(), m.entityKind()));
        }
        if (ev.methodology() != null && !ev.methodology().equals(m.id())) {
            throw new InvalidEvidenceException(Message.of("cohort.otherMethodology", at, ev.methodology(), m.id()));
        }
        return ev.forEntity(new Entity(e.id(), e.name(), m.entityKind()));
    }

    private static double[] mainPoints(Methodology m, CohortEntity e, CohortEntity.MainScale scale, String at) {
        List<MainIndicator> mains = m.mainIndicators();
        double[] points = new double[mains.size()];
        Set<String> known = new HashSet<>();
        for (MainIndicator mi : mains) {
            known.add(mi.id().value());
        }
        for (Map.Entry<String, Double> v : e.mainIndicators().entrySet()) {
            if (!known.contains(v.getKey())) {
                throw new InvalidEvidenceException(Message.of("cohort.unknownMain", at + ".mainIndicators." + v.getKey(), v.getKey(), m.id(),
                        known.stream().sorted(Comparator.comparing(IndicatorId::of)).toList().toString()));
            }
        }
        for (int j = 0; j < mains.size(); j++) {
            MainIndicator mi = mains.get(j);
            Double v = e.mainIndicators().get(mi.id().value());
            String where = at + ".mainIndicators." + mi.id();
            if (v == null) {
                if (mi.maxPoints() > 0) {
                    throw new InvalidEvidenceException(Message.of(scale == CohortEntity.MainScale.VALUE ? "cohort.mainMissingValue" : "cohort.mainMissingPoints",
                            where));
                }
                continue;
            }
            if (!Double.isFinite(v)) {
                throw new InvalidEvidenceException(Message.of("cohort.mainNotNumber", where, Double.toString(v)));
            }
            if (scale == CohortEntity.MainScale.VALUE) {
                if (v < 0 || v > 1) {
                    throw new InvalidEvidenceException(Message.of("cohort.mainValueOutside", where, Double.toString(v)));
                }
                points[j] = v * mi.maxPoints();
            } else {
                if (v < 0 || v > mi.maxPoints() + 1e-9) {
                    throw new InvalidEvidenceException(Message.of("cohort.mainPointsOutside", where, Double.toString(v), Points.format(mi.maxPoints())));
                }
                points[j] = v;
            }
        }
        return points;
    }

    /** Which of a bundled map's mergers can be formed: those whose former entities are all present. */
    private static MergerReport applicable(MergerMap map, List<EntityPoints> rows) {
        Set<String> present = new HashSet<>();
        rows.forEach(r -> present.add(r.id()));
        List<String> merged = new ArrayList<>();
        List<MergerReport.Partial> partial = new ArrayList<>();
        for (Merger g : map.mergers()) {
            List<String> here = g.from().stream().filter(present::contains).toList();
            if (here.size() == g.from().size()) {
                merged.add(g.id());
            } else if (!here.isEmpty()) {
                partial.add(new MergerReport.Partial(g.id(), here, g.from().stream().filter(f -> !present.contains(f)).toList()));
            }
        }
        return new MergerReport(map.id(), merged, partial);
    }

    private static List<EntityPoints> merge(Methodology m, List<EntityPoints> rows, List<Merger> mergers) {
        if (mergers.isEmpty()) {
            return rows;
        }
        Map<String, EntityPoints> byId = new LinkedHashMap<>();
        for (EntityPoints r : rows) {
            byId.put(r.id(), r);
        }
        Set<String> used = new HashSet<>();
        Set<String> mergedIds = new HashSet<>();
        List<EntityPoints> merged = new ArrayList<>();
        for (Merger g : mergers) {
            if (!mergedIds.add(g.id())) {
                throw new InvalidEvidenceException(Message.of("cohort.mergerTwice", g.id()));
            }
            double[] values = new double[m.mainIndicators().size()];
            String region = g.region();
            for (String f : g.from()) {
                EntityPoints r = byId.get(f);
                if (r == null) {
                    throw new InvalidEvidenceException(Message.of("cohort.mergerUnknownEntity", g.id(), f));
                }
                if (!used.add(f)) {
                    throw new InvalidEvidenceException(Message.of("cohort.mergedTwice", g.id(), f));
                }
                for (int j = 0; j < values.length; j++) {
                    double max = m.mainIndicators().get(j).maxPoints();
                    values[j] += max == 0 ? 0 : r.mainPoints()[j] / max;
                }
                region = region == null ? r.region() : region;
            }
            double[] points = new double[values.length];
            for (int j = 0; j < values.length; j++) {
                points[j] = values[j] / g.from().size() * m.mainIndicators().get(j).maxPoints();
            }
            merged.add(new EntityPoints(g.id(), g.name(), region, "merged", g.from(), points));
        }
        List<EntityPoints> out = new ArrayList<>();
        for (EntityPoints r : rows) {
            if (!used.contains(r.id())) {
                out.add(r);
            }
        }
        for (EntityPoints r : merged) {
            if (byId.containsKey(r.id()) && !used.contains(r.id())) {
                throw new InvalidEvidenceException(Message.of("cohort.mergerIdTaken", r.id()));
            }
            out.add(r);
        }
        return out;
    }
}
