package vn.dti.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dti.api.Group;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.MainIndicator;
import vn.dti.api.Methodology;
import vn.dti.api.MethodologyRef;
import vn.dti.api.Pillar;
import vn.dti.api.Points;
import vn.dti.text.Message;
import vn.dti.text.RefusedArgumentException;

/**
 * Ranks a scored cohort ({@link CohortScores}): forms each index by the methodology's formula and
 * ranks overall, per main indicator, per pillar and per region on published (4-decimal) values
 * with standard competition ranking. Pure: it scores nothing and calls nothing back.
 */
public final class CohortRanker {
    /** The default N of "in the top N". */
    public static final int DEFAULT_TOP = 10;

    private CohortRanker() {
    }

    static CohortRanking rank(Methodology m, MethodologyRef ref, String period, List<EntityPoints> rows, int top, MergerReport mergers) {
        if (top < 1) {
            throw RefusedArgumentException.of("cohort.topN", top);
        }
        int n = rows.size();
        List<MainIndicator> mains = m.mainIndicators();
        double[] value = new double[n];
        double[] published = new double[n];
        for (int i = 0; i < n; i++) {
            value[i] = m.index(rows.get(i).mainPoints());
            published[i] = Points.publish(value[i]);
        }
        int[] rank = Normalize.competitionRanks(published);
        int[] regionRank = regionRanks(rows, published);
        int[][] mainRank = new int[mains.size()][];
        int[][] mainRegionRank = new int[mains.size()][];
        for (int j = 0; j < mains.size(); j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Points.publish(mainValue(mains.get(j), rows.get(i).mainPoints()[j]));
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
                v[i] = Points.publish(m.pillarValue(pillars.get(p), rows.get(i).mainPoints()));
            }
            pillarRank[p] = Normalize.competitionRanks(v);
            pillarRegionRank[p] = regionRanks(rows, v);
        }
        double average = Normalize.mean(value);
        double publishedAverage = Points.publish(average);
        int above = 0;
        List<EntityRanking> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EntityPoints r = rows.get(i);
            if (published[i] > publishedAverage) {
                above++;
            }
            List<RankedValue> mv = new ArrayList<>();
            int inTop = 0;
            double total = 0;
            for (int j = 0; j < mains.size(); j++) {
                MainIndicator mi = mains.get(j);
                total += r.mainPoints()[j];
                if (mi.maxPoints() == 0) {
                    continue;
                }
                double v = mainValue(mi, r.mainPoints()[j]);
                boolean isTop = mainRank[j][i] <= top;
                inTop += isTop ? 1 : 0;
                mv.add(new RankedValue(mi.id().value(), mi.name(), v, Points.publish(v), r.mainPoints()[j], mainRank[j][i],
                        r.region() == null ? null : mainRegionRank[j][i], isTop));
            }
            List<RankedValue> pv = new ArrayList<>();
            for (int p = 0; p < pillars.size(); p++) {
                double v = m.pillarValue(pillars.get(p), r.mainPoints());
                double pts = 0;
                for (int j = 0; j < mains.size(); j++) {
                    if (pillars.get(p).mainIndicators().contains(mains.get(j).id())) {
                        pts += r.mainPoints()[j];
                    }
                }
                pv.add(new RankedValue(pillars.get(p).id(), pillars.get(p).name(), v, Points.publish(v), pts, pillarRank[p][i],
                        r.region() == null ? null : pillarRegionRank[p][i], null));
            }
            Group g = m.group(published[i]);
            out.add(new EntityRanking(r.id(), r.name(), r.region(), r.source(), r.from(), rank[i], r.region() == null ? null : regionRank[i], value[i],
                    published[i], total, g == null ? null : g.id(), mv, pv, inTop));
        }
        out.sort(Comparator.comparingInt(EntityRanking::rank).thenComparing(EntityRanking::id));
        return new CohortRanking(ref, period, top, average, publishedAverage, above, out, mergers);
    }

    private static double mainValue(MainIndicator mi, double points) {
        return mi.maxPoints() == 0 ? 0 : points / mi.maxPoints();
    }

    private static int[] regionRanks(List<EntityPoints> rows, double[] values) {
        Map<String, List<Integer>> byRegion = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).region() != null) {
                byRegion.computeIfAbsent(rows.get(i).region(), k -> new ArrayList<>()).add(i);
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

    /**
     * Only the entities of one region, with their national and regional ranks; the average is the
     * region's.
     *
     * @param ranking a ranking of the whole cohort
     * @param region  a region's name, as the cohort writes it
     * @return the region's ranking
     * @throws vn.dti.api.InvalidEvidenceException if no entity is in that region (listing the regions)
     */
    public static CohortRanking region(CohortRanking ranking, String region) {
        List<EntityRanking> members = ranking.entities().stream().filter(e -> region.equals(e.region())).toList();
        if (members.isEmpty()) {
            Set<String> known = new java.util.TreeSet<>();
            ranking.entities().forEach(e -> {
                if (e.region() != null) {
                    known.add(e.region());
                }
            });
            throw new InvalidEvidenceException(Message.of("cohort.noSuchRegion", region, String.valueOf(known)));
        }
        double[] v = members.stream().mapToDouble(EntityRanking::value).toArray();
        double avg = Normalize.mean(v);
        double pub = Points.publish(avg);
        int above = (int) members.stream().filter(e -> e.publishedValue() > pub).count();
        List<EntityRanking> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(EntityRanking::regionRank).thenComparing(EntityRanking::id));
        return ranking.withEntities(sorted, avg, pub, above);
    }
}
