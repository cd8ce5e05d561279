package vn.dti.rules.internal;

import java.util.List;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Evidence;
import vn.dti.api.Value;
import vn.dti.scoring.ComponentCohort;

/** Per component, a cohort's reported numbers: what cohort-relative patterns compare with. */
final class Cohorts {
    private Cohorts() {
    }

    static ComponentCohort[] of(RuleBase base, List<Evidence> evidence) {
        int slots = base.slotCount();
        double[][] values = new double[slots][evidence.size()];
        int[] count = new int[slots];
        for (Evidence e : evidence) {
            for (ComponentEvidence ce : e.components()) {
                if (ce.value() instanceof Value.Numeric n) {
                    Integer slot = base.slotOf(ce.indicator());
                    if (slot != null) {
                        values[slot][count[slot]++] = n.number();
                    }
                }
            }
        }
        ComponentCohort[] out = new ComponentCohort[slots];
        for (int i = 0; i < slots; i++) {
            out[i] = ComponentCohort.of(java.util.Arrays.copyOf(values[i], count[i]));
        }
        return out;
    }
}
