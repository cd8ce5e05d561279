package vn.dti.rules;

import java.util.Arrays;
import java.util.List;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Evidence;
import vn.dti.api.Value;

/** Per component, over a cohort's reported numbers: count, min, max, mean and population sd. */
final class CohortStats {
    final int[] count;
    final double[] min;
    final double[] max;
    final double[] mean;
    final double[] sd;
    private final double[][] sorted;

    private CohortStats(int slots) {
        count = new int[slots];
        min = new double[slots];
        max = new double[slots];
        mean = new double[slots];
        sd = new double[slots];
        sorted = new double[slots][];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    static CohortStats of(RuleBase base, List<Evidence> evidence) {
        int slots = base.slotCount();
        CohortStats s = new CohortStats(slots);
        double[][] values = new double[slots][evidence.size()];
        for (Evidence e : evidence) {
            for (ComponentEvidence ce : e.components()) {
                if (ce.value() instanceof Value.Numeric n) {
                    Integer slot = base.slotOf.get(ce.indicator());
                    if (slot != null) {
                        values[slot][s.count[slot]++] = n.number();
                    }
                }
            }
        }
        for (int i = 0; i < slots; i++) {
            double[] v = Arrays.copyOf(values[i], s.count[i]);
            Arrays.sort(v);
            s.sorted[i] = v;
            if (v.length > 0) {
                s.min[i] = v[0];
                s.max[i] = v[v.length - 1];
                s.mean[i] = vn.dti.cohort.Normalize.mean(v);
                s.sd[i] = vn.dti.cohort.Normalize.sd(v);
            }
        }
        return s;
    }

    /** How many cohort values lie strictly below x. */
    int below(int slot, double x) {
        int idx = Arrays.binarySearch(sorted[slot], x);
        if (idx < 0) {
            return -idx - 1;
        }
        while (idx > 0 && sorted[slot][idx - 1] == x) {
            idx--;
        }
        return idx;
    }
}
