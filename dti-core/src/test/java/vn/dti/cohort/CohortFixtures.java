package vn.dti.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.EntityKind;
import vn.dti.api.Evidence;
import vn.dti.api.Explanation;
import vn.dti.api.Group;
import vn.dti.api.IndexFormula;
import vn.dti.api.IndicatorId;
import vn.dti.api.MainIndicator;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.Methodology;
import vn.dti.api.MethodologyRef;
import vn.dti.api.Pillar;
import vn.dti.api.ScoreCard;
import vn.dti.api.Scorer;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;

/**
 * Cohorts without a rule engine: methodologies shaped like the bundled ones (main indicators and
 * their max points), and a stub scorer, so that ranking is tested on its own.
 */
final class CohortFixtures {
    static final String M2025 = "1,2,3,4,5,6,7,8";

    private CohortFixtures() {
    }

    /** The 2025 provincial DTI's shape: main indicators 1–8 with max 50, 50, 200, 100, 100, 200, 150, 150, and 9 at 0; one ratio component each. */
    static Methodology dti2025() {
        double[] max = {50, 50, 200, 100, 100, 200, 150, 150, 0};
        List<MainIndicator> mains = new ArrayList<>();
        for (int i = 0; i < max.length; i++) {
            String id = Integer.toString(i + 1);
            Component c = new Component(IndicatorId.of(id + ".1"), "Thành phần " + id + ".1", null, max[i], ValueKind.RATIO, null, null, null, "Sở " + id,
                    null, null);
            mains.add(new MainIndicator(IndicatorId.of(id), "Chỉ số " + id, null, max[i], List.of(c)));
        }
        return new Methodology("test-dti-2025", "DTI 2025 (shape)", "2025", 2025, EntityKind.PROVINCE, 1000, null, null, mains);
    }

    /** The 2020 DTI's shape: three pillars as main indicators (400, 300, 300) weighted 0.4 / 0.3 / 0.3, four groups. */
    static Methodology dti2020() {
        List<MainIndicator> mains = List.of(new MainIndicator(IndicatorId.of("1"), "Chính quyền số", null, 400, null),
                new MainIndicator(IndicatorId.of("2"), "Kinh tế số", null, 300, null), new MainIndicator(IndicatorId.of("3"), "Xã hội số", null, 300, null));
        List<Pillar> pillars = List.of(new Pillar("CQS", "Chính quyền số", List.of(IndicatorId.of("1")), 0.4),
                new Pillar("KTS", "Kinh tế số", List.of(IndicatorId.of("2")), 0.3), new Pillar("XHS", "Xã hội số", List.of(IndicatorId.of("3")), 0.3));
        List<Group> groups = List.of(new Group("4", null, 0, 0.2499, true), new Group("3", null, 0.25, 0.325, false), new Group("2", null, 0.3251, 0.4, true),
                new Group("1", null, 0.4001, 1, true));
        return new Methodology("test-dti-2020", "DTI 2020 (shape)", "2020", 2020, EntityKind.PROVINCE, 1000, null, null, mains, IndexFormula.WEIGHTED_PILLARS,
                pillars, groups);
    }

    /** A scorer for {@link #dti2025()}-like methodologies with no rule engine: a reported ratio r earns min(1, r) × max. */
    static Scorer stub(Methodology m) {
        return new Scorer() {
            @Override
            public Methodology methodology() {
                return m;
            }

            @Override
            public String version() {
                return "stub";
            }

            @Override
            public ScoreCard score(Evidence e) {
                m.checkEvidence(e);
                List<ComponentScore> components = new ArrayList<>();
                List<MainIndicatorScore> mains = new ArrayList<>();
                double[] mainPoints = new double[m.mainIndicators().size()];
                double total = 0;
                for (int i = 0; i < m.mainIndicators().size(); i++) {
                    MainIndicator mi = m.mainIndicators().get(i);
                    double sum = 0;
                    for (Component c : mi.components()) {
                        double p = e.component(c.id()).map(ComponentEvidence::value).filter(Value.Numeric.class::isInstance)
                                .map(v -> Math.min(1, ((Value.Numeric) v).number()) * c.maxPoints()).orElse(0.0);
                        components.add(new ComponentScore(c.id(), c.name(), p, c.maxPoints(), Explanation.of("stub"), null));
                        sum += p;
                    }
                    mains.add(new MainIndicatorScore(mi.id(), mi.name(), sum, mi.maxPoints()));
                    mainPoints[i] = sum;
                    total += sum;
                }
                return new ScoreCard(new MethodologyRef(m.id(), "stub"), e.entity(), e.period(), total, m.totalPoints(), m.index(mainPoints), mains,
                        components, null);
            }

            @Override
            public List<ScoreCard> scoreAll(List<Evidence> evidence) {
                return evidence.stream().map(this::score).toList();
            }
        };
    }

    static Map<String, Double> values(String ids, double... v) {
        Map<String, Double> m = new LinkedHashMap<>();
        String[] id = ids.split(",");
        for (int i = 0; i < id.length; i++) {
            m.put(id[i], v[i]);
        }
        return m;
    }

    static CohortEntity pub(String id, String region, String ids, double... v) {
        return CohortEntity.published(id, id.toUpperCase(java.util.Locale.ROOT), region, values(ids, v));
    }

    static CohortEntity pub(String id, List<Double> v) {
        double[] a = new double[v.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = v.get(i);
        }
        return pub(id, null, M2025, a);
    }
}
