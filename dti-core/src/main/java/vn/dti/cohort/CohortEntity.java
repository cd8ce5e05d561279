package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dti.api.Evidence;

/**
 * One entity of a cohort, given either by component {@code evidence} (inline, or in
 * {@code evidenceFile}, relative to the cohort file) or by published {@code mainIndicators}
 * values (id → value in 0..1, or points when {@code mainIndicatorScale} is {@code POINTS}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CohortEntity(String id, String name, String region, Evidence evidence, String evidenceFile, Map<String, Double> mainIndicators,
        MainScale mainIndicatorScale) {

    /** How published main-indicator figures are given. */
    public enum MainScale {
        /** 0..1 values (points / max), as published in DTI tables. */
        VALUE,
        /** Points, 0..max. */
        POINTS
    }

    public CohortEntity {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An entity has no \"id\".");
        }
        name = name == null || name.isBlank() ? id : name;
        region = region == null || region.isBlank() ? null : region;
        mainIndicators = mainIndicators == null ? null : new LinkedHashMap<>(mainIndicators);
        int given = (evidence != null ? 1 : 0) + (evidenceFile != null ? 1 : 0) + (mainIndicators != null ? 1 : 0);
        if (given == 0) {
            throw new IllegalArgumentException("Entity " + id + " has neither \"evidence\", \"evidenceFile\" nor \"mainIndicators\"; give one.");
        }
        if (given > 1) {
            throw new IllegalArgumentException("Entity " + id + " has more than one of \"evidence\", \"evidenceFile\" and \"mainIndicators\"; give one.");
        }
    }

    public static CohortEntity published(String id, String name, String region, Map<String, Double> values) {
        return new CohortEntity(id, name, region, null, null, values, null);
    }

    public static CohortEntity withEvidence(String id, String name, String region, Evidence evidence) {
        return new CohortEntity(id, name, region, evidence, null, null, null);
    }

    /** This entity given by (other) evidence instead. */
    public CohortEntity withEvidence(Evidence loaded) {
        return new CohortEntity(id, name, region, loaded, null, null, mainIndicatorScale);
    }
}
