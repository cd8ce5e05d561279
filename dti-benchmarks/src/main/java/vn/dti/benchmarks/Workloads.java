package vn.dti.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.IndicatorId;
import vn.dti.api.Methodology;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.Value;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortEntity;

/**
 * Deterministic synthetic evidence for the 2025 methodology: the same seed gives the same
 * entities. About 85% of components reported, 8% of those without a document, 5% automatic,
 * some ratios above 1 and some stale documents, so every rule and finding is exercised.
 */
public final class Workloads {
    public static final long SEED = 20251122L;
    public static final Period PERIOD = Period.year(2024);

    private Workloads() {
    }

    public static List<Evidence> entities(Methodology m, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Component> components = m.components();
        List<Evidence> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<ComponentEvidence> list = new ArrayList<>(components.size());
            for (Component c : components) {
                list.add(component(c, rnd));
            }
            String id = String.format("e%06d", i);
            out.add(Evidence.of(new Entity(id, "Đơn vị " + i, m.entityKind()), PERIOD, list));
        }
        return out;
    }

    static ComponentEvidence component(Component c, SplittableRandom rnd) {
        double r = rnd.nextDouble();
        if (r < 0.12) {
            return new ComponentEvidence(c.id(), ReportStatus.NOT_REPORTED, null, null, null, null, null, null);
        }
        if (r < 0.15) {
            return new ComponentEvidence(c.id(), ReportStatus.NOT_APPLICABLE, null, null, null, null, null, null);
        }
        Value v;
        switch (c.valueKind()) {
            case YES_NO:
                v = Value.yesNo(rnd.nextDouble() < 0.7);
                break;
            case CATEGORY:
                List<CategoryOption> cats = c.categories();
                v = Value.category(cats.get(rnd.nextInt(cats.size())).code());
                break;
            case RATIO:
                v = Value.number(rnd.nextDouble() < 0.03 ? 1 + rnd.nextDouble() * 0.2 : rnd.nextDouble());
                break;
            case RATE:
                v = Value.number(rnd.nextDouble() * c.per());
                break;
            default:
                v = Value.number(Math.floor(rnd.nextDouble() * 20000));
        }
        List<Document> docs = new ArrayList<>(2);
        int ndocs = rnd.nextDouble() < 0.08 ? 0 : 1 + rnd.nextInt(2);
        for (int d = 0; d < ndocs; d++) {
            LocalDate date = PERIOD.start().plusDays(rnd.nextInt(-1500, 460));
            docs.add(new Document(rnd.nextInt(1, 5000) + "/QĐ-UBND", "Quyết định", date, "UBND", null, null));
        }
        EvidenceSource source = rnd.nextDouble() < 0.05 ? EvidenceSource.AUTOMATIC : EvidenceSource.SELF_REPORTED;
        return new ComponentEvidence(c.id(), ReportStatus.REPORTED, v, source, docs, c.responsibleAgency(), null, null);
    }

    /** A cohort of evidence entities (e.g. 34 provinces). */
    public static Cohort cohort(List<Evidence> evidence) {
        List<CohortEntity> es = new ArrayList<>();
        for (Evidence e : evidence) {
            es.add(CohortEntity.withEvidence(e.entity().id(), e.entity().name(), null, e));
        }
        return new Cohort(null, PERIOD.label(), null, null, null, null, es, null);
    }

    /** A what-if change: a new ratio for component 6.6 of one entity. */
    public static Evidence change(Evidence e, double ratio) {
        ComponentEvidence old = e.component(IndicatorId.of("6.6")).orElseThrow();
        Document doc = new Document("1/QĐ", "Quyết định", PERIOD.end(), "UBND", null, null);
        ComponentEvidence changed = new ComponentEvidence(old.indicator(), ReportStatus.REPORTED, Value.number(ratio), EvidenceSource.SELF_REPORTED,
                List.of(doc), old.reportedBy(), null, null);
        return e.with(changed);
    }
}
