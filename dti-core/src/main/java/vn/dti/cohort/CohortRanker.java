package vn.dti.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.Group;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.MainIndicator;
import vn.dti.api.Methodology;
import vn.dti.api.MethodologyRef;
import vn.dti.api.Pillar;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.api.Scorer;

/**
 * Ranks a cohort that mixes entities given by evidence (scored together, so cohort-relative
 * rules see the whole cohort) with entities given by published main-indicator values; applies
 * mergers (a merged entity's main values are the unweighted mean of its former entities');
 * forms each index by the methodology's formula; ranks overall, per main indicator, per pillar
 * and per region on published (4-decimal) values with standard competition ranking.
 */
public final class CohortRanker {
    /** The default N of "in the top N". */
    public static final int DEFAULT_TOP = 10;

    private CohortRanker() {
    }

    /** Internal working row: one entity's main points. */
    record Row(String id, String name, String region, String source, List<String> from, double[] mainPoints) {
    }

    /** Scores and ranks a cohort. Same as {@code CohortScores.score(scorer, cohort).rank(top)}. */
    public static CohortRanking rank(Scorer scorer, Cohort cohort, int top) {
        return CohortScores.score(scorer, cohort).rank(top);
    }

    /** The rows (after mergers) and the score cards of the evidence entities, by id. */
    static List<Row> rows(Scorer scorer, Cohort cohort, Map<String, ScoreCard> cardsOut) {
        Methodology m = scorer.methodology();
        List<MainIndicator> mains = m.mainIndicators();
        List<Row> rows = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<Integer> evidenceRows = new ArrayList<>();
        for (int i = 0; i < cohort.entities().size(); i++) {
            CohortEntity e = cohort.entities().get(i);
            String at = "$.entities[" + i + "] (" + e.id() + ")";
            if (e.evidence() != null) {
                if (m.components().isEmpty()) {
                    throw new InvalidEvidenceException(at + ": methodology " + m.id()
                            + " has no components, so entities are given at main-indicator level; replace \"evidence\" with \"mainIndicators\".");
                }
                Evidence ev = e.evidence();
                if (!ev.entity().id().equals(e.id())) {
                    throw new InvalidEvidenceException(at + ": its evidence is for entity [" + ev.entity().id() + "], not " + e.id()
                            + "; point the entry at that entity's evidence, or correct the evidence's entity id.");
                }
                if (ev.entity().kind() != m.entityKind()) {
                    throw new InvalidEvidenceException(at + ": its evidence is for a " + ev.entity().kind() + ", but methodology " + m.id()
                            + " scores a " + m.entityKind() + ".");
                }
                if (ev.methodology() != null && !ev.methodology().equals(m.id())) {
                    throw new InvalidEvidenceException(at + ": its evidence reports against methodology [" + ev.methodology() + "], not "
                            + m.id() + ".");
                }
                evidence.add(ev.forEntity(new Entity(e.id(), e.name(), m.entityKind())));
                evidenceRows.add(rows.size());
                rows.add(new Row(e.id(), e.name(), e.region(), "evidence", List.of(), null));
            } else if (e.mainIndicators() != null) {
                CohortEntity.MainScale scale = e.mainIndicatorScale() != null ? e.mainIndicatorScale() : cohort.mainIndicatorScale();
                rows.add(new Row(e.id(), e.name(), e.region(), "published", List.of(), mainPoints(m, e, scale, at)));
            } else {
                throw new InvalidEvidenceException(at + ": its evidenceFile was not loaded; read the cohort with DtiJson.readCohort.");
            }
        }
        if (!evidence.isEmpty()) {
            List<ScoreCard> cards;
            try {
                cards = scorer.scoreCohort(evidence);
            } catch (InvalidEvidenceException ex) {
                throw new InvalidEvidenceException("In the cohort's evidence: " + ex.getMessage(), ex);
            }
            for (int k = 0; k < cards.size(); k++) {
                double[] points = new double[mains.size()];
                for (int j = 0; j < mains.size(); j++) {
                    points[j] = cards.get(k).mainIndicators().get(j).points();
                }
                Row r = rows.get(evidenceRows.get(k));
                rows.set(evidenceRows.get(k), new Row(r.id, r.name, r.region, r.source, r.from, points));
                cardsOut.put(r.id, cards.get(k));
            }
        }
        List<Row> merged = merge(m, rows, mergers(cohort));
        if (!cohort.regions().isEmpty()) {
            for (Row r : merged) {
                if (r.region != null && !cohort.regions().contains(r.region)) {
                    throw new InvalidEvidenceException("Merger " + r.id + " has region [" + r.region + "], which is not one of the cohort's regions "
                            + cohort.regions() + ".");
                }
            }
        }
        return merged;
    }

    private static List<Merger> mergers(Cohort cohort) {
        List<Merger> all = new ArrayList<>();
        if (cohort.mergerMap() != null) {
            all.addAll(MergerMap.bundled(cohort.mergerMap()).mergers());
        }
        all.addAll(cohort.mergers());
        return all;
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
                throw new InvalidEvidenceException(at + ".mainIndicators." + v.getKey() + ": unknown main indicator " + v.getKey()
                        + "; methodology " + m.id() + " has " + known.stream().sorted(Comparator.comparing(IndicatorId::of)).toList() + ".");
            }
        }
        for (int j = 0; j < mains.size(); j++) {
            MainIndicator mi = mains.get(j);
            Double v = e.mainIndicators().get(mi.id().value());
            String where = at + ".mainIndicators." + mi.id();
            if (v == null) {
                if (mi.maxPoints() > 0) {
                    throw new InvalidEvidenceException(where + ": missing; give every scored main indicator's "
                            + (scale == CohortEntity.MainScale.VALUE ? "value (0..1)" : "points") + ".");
                }
                continue;
            }
            if (!Double.isFinite(v)) {
                throw new InvalidEvidenceException(where + ": [" + v + "] is not a number.");
            }
            if (scale == CohortEntity.MainScale.VALUE) {
                if (v < 0 || v > 1) {
                    throw new InvalidEvidenceException(where + ": value [" + v + "] is outside [0, 1]; published values are points / max"
                            + " (give points with \"mainIndicatorScale\": \"POINTS\").");
                }
                points[j] = v * mi.maxPoints();
            } else {
                if (v < 0 || v > mi.maxPoints() + 1e-9) {
                    throw new InvalidEvidenceException(where + ": points [" + v + "] are outside [0, " + Points.format(mi.maxPoints()) + "].");
                }
                points[j] = v;
            }
        }
        return points;
    }

    private static List<Row> merge(Methodology m, List<Row> rows, List<Merger> mergers) {
        if (mergers.isEmpty()) {
            return rows;
        }
        Map<String, Row> byId = new LinkedHashMap<>();
        for (Row r : rows) {
            byId.put(r.id, r);
        }
        Set<String> used = new HashSet<>();
        Set<String> mergedIds = new HashSet<>();
        List<Row> merged = new ArrayList<>();
        for (Merger g : mergers) {
            if (!mergedIds.add(g.id())) {
                throw new InvalidEvidenceException("Merger " + g.id() + " is listed twice (in \"mergers\" or with the merger map); give each merged entity one entry.");
            }
            double[] values = new double[m.mainIndicators().size()];
            String region = g.region();
            for (String f : g.from()) {
                Row r = byId.get(f);
                if (r == null) {
                    throw new InvalidEvidenceException("Merger " + g.id() + " names entity " + f + ", which the cohort does not have.");
                }
                if (!used.add(f)) {
                    throw new InvalidEvidenceException("Merger " + g.id() + " names entity " + f + ", already merged elsewhere; each entity merges once.");
                }
                for (int j = 0; j < values.length; j++) {
                    double max = m.mainIndicators().get(j).maxPoints();
                    values[j] += max == 0 ? 0 : r.mainPoints[j] / max;
                }
                region = region == null ? r.region : region;
            }
            double[] points = new double[values.length];
            for (int j = 0; j < values.length; j++) {
                points[j] = values[j] / g.from().size() * m.mainIndicators().get(j).maxPoints();
            }
            merged.add(new Row(g.id(), g.name(), region, "merged", g.from(), points));
        }
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (!used.contains(r.id)) {
                out.add(r);
            }
        }
        for (Row r : merged) {
            if (byId.containsKey(r.id) && !used.contains(r.id)) {
                throw new InvalidEvidenceException("Merger " + r.id + " has the id of an entity that stays in the cohort; give the merged entity a new id.");
            }
            out.add(r);
        }
        return out;
    }

    static CohortRanking rankRows(Methodology m, MethodologyRef ref, String period, List<Row> rows, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("The top N must be at least 1; got " + top + ".");
        }
        int n = rows.size();
        List<MainIndicator> mains = m.mainIndicators();
        double[] value = new double[n];
        double[] published = new double[n];
        for (int i = 0; i < n; i++) {
            value[i] = m.index(rows.get(i).mainPoints);
            published[i] = Points.publish(value[i]);
        }
        int[] rank = Normalize.competitionRanks(published);
        int[] regionRank = regionRanks(rows, published);
        int[][] mainRank = new int[mains.size()][];
        int[][] mainRegionRank = new int[mains.size()][];
        for (int j = 0; j < mains.size(); j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Points.publish(mainValue(mains.get(j), rows.get(i).mainPoints[j]));
            }
            mainRank[j] = Normalize.competitionRanks(v);
            mainRegionRank[j] = regionRanks(rows, v);
        }
        List<Pillar> pillars = m.pillars();
        int[][] pillarRank = new int[pillars.size()][];
        int[][] pillarRegionRank = new int[pillars.size()][];
        for (int p = 0; p < pillars.size(); p++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Points.publish(m.pillarValue(pillars.get(p), rows.get(i).mainPoints));
            }
            pillarRank[p] = Normalize.competitionRanks(v);
            pillarRegionRank[p] = regionRanks(rows, v);
        }
        double average = Normalize.mean(value);
        double publishedAverage = Points.publish(average);
        int above = 0;
        List<EntityRanking> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            if (published[i] > publishedAverage) {
                above++;
            }
            List<RankedValue> mv = new ArrayList<>();
            int inTop = 0;
            double total = 0;
            for (int j = 0; j < mains.size(); j++) {
                MainIndicator mi = mains.get(j);
                total += r.mainPoints[j];
                if (mi.maxPoints() == 0) {
                    continue;
                }
                double v = mainValue(mi, r.mainPoints[j]);
                boolean isTop = mainRank[j][i] <= top;
                inTop += isTop ? 1 : 0;
                mv.add(new RankedValue(mi.id().value(), mi.name(), v, Points.publish(v), r.mainPoints[j], mainRank[j][i],
                        r.region == null ? null : mainRegionRank[j][i], isTop));
            }
            List<RankedValue> pv = new ArrayList<>();
            for (int p = 0; p < pillars.size(); p++) {
                double v = m.pillarValue(pillars.get(p), r.mainPoints);
                double pts = 0;
                for (int j = 0; j < mains.size(); j++) {
                    if (pillars.get(p).mainIndicators().contains(mains.get(j).id())) {
                        pts += r.mainPoints[j];
                    }
                }
                pv.add(new RankedValue(pillars.get(p).id(), pillars.get(p).name(), v, Points.publish(v), pts, pillarRank[p][i],
                        r.region == null ? null : pillarRegionRank[p][i], null));
            }
            Group g = m.group(published[i]);
            out.add(new EntityRanking(r.id, r.name, r.region, r.source, r.from, rank[i], r.region == null ? null : regionRank[i], value[i],
                    published[i], total, g == null ? null : g.id(), mv, pv, inTop));
        }
        out.sort(Comparator.comparingInt(EntityRanking::rank).thenComparing(EntityRanking::id));
        return new CohortRanking(ref, period, top, average, publishedAverage, above, out);
    }

    private static double mainValue(MainIndicator mi, double points) {
        return mi.maxPoints() == 0 ? 0 : points / mi.maxPoints();
    }

    private static int[] regionRanks(List<Row> rows, double[] values) {
        Map<String, List<Integer>> byRegion = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).region != null) {
                byRegion.computeIfAbsent(rows.get(i).region, k -> new ArrayList<>()).add(i);
            }
        }
        int[] ranks = new int[rows.size()];
        for (List<Integer> members : byRegion.values()) {
            double[] v = new double[members.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = values[members.get(k)];
            }
            int[] r = Normalize.competitionRanks(v);
            for (int k = 0; k < v.length; k++) {
                ranks[members.get(k)] = r[k];
            }
        }
        return ranks;
    }

    /** Only the entities of one region, with their national and regional ranks; the average is the region's. */
    public static CohortRanking region(CohortRanking ranking, String region) {
        List<EntityRanking> members = ranking.entities().stream().filter(e -> region.equals(e.region())).toList();
        if (members.isEmpty()) {
            Set<String> known = new java.util.TreeSet<>();
            ranking.entities().forEach(e -> {
                if (e.region() != null) {
                    known.add(e.region());
                }
            });
            throw new InvalidEvidenceException("--region: no entity of the cohort is in region [" + region + "]; the regions are " + known + ".");
        }
        double[] v = members.stream().mapToDouble(EntityRanking::value).toArray();
        double avg = Normalize.mean(v);
        double pub = Points.publish(avg);
        int above = (int) members.stream().filter(e -> e.publishedValue() > pub).count();
        List<EntityRanking> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(EntityRanking::regionRank).thenComparing(EntityRanking::id));
        return new CohortRanking(ranking.methodology(), ranking.period(), ranking.top(), avg, pub, above, sorted);
    }
}
