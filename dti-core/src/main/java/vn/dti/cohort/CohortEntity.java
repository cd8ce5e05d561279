package vn.dti.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dti.api.Evidence;
import vn.dti.text.RefusedArgumentException;

/**
 * One entity of a cohort, given either by component {@code evidence} (inline, or in
 * {@code evidenceFile}, relative to the cohort file) or by published {@code mainIndicators}
 * values (id → value in 0..1, or points when {@code mainIndicatorScale} is {@code POINTS}).
 *
 * @param id                 the entity's id
 * @param name               its name; the id when none is given
 * @param region             its region, or null
 * @param evidence           its evidence, or null
 * @param evidenceFile       its evidence file, relative to the cohort file, or null
 * @param mainIndicators     published main-indicator figures by main indicator id, in the
 *                           order given (unmodifiable), or null
 * @param mainIndicatorScale how its {@code mainIndicators} are given; null for the cohort's scale
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

    /**
     * Checks that exactly one way of giving the entity is used.
     *
     * @param id                 not blank
     * @param name               null or blank for the id
     * @param region             null or blank for none
     * @param evidence           one of these three
     * @param evidenceFile       one of these three
     * @param mainIndicators     one of these three; copied
     * @param mainIndicatorScale null for the cohort's
     * @throws IllegalArgumentException if the id is blank, or not exactly one of {@code evidence},
     *                                  {@code evidenceFile} and {@code mainIndicators} is given
     */
    public CohortEntity {
        if (id == null || id.isBlank()) {
            throw RefusedArgumentException.of("cohort.entity.noId");
        }
        name = name == null || name.isBlank() ? id : name;
        region = region == null || region.isBlank() ? null : region;
        mainIndicators = mainIndicators == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(mainIndicators));
        int given = (evidence != null ? 1 : 0) + (evidenceFile != null ? 1 : 0) + (mainIndicators != null ? 1 : 0);
        if (given == 0) {
            throw RefusedArgumentException.of("cohort.entity.noData", id);
        }
        if (given > 1) {
            throw RefusedArgumentException.of("cohort.entity.tooMuchData", id);
        }
    }

    /**
     * An entity given by its published main-indicator values.
     *
     * @param id     the entity's id
     * @param name   its name, or null
     * @param region its region, or null
     * @param values main indicator id → value in [0, 1] (points / max)
     * @return the entity
     * @throws IllegalArgumentException if the id is blank or {@code values} is null
     */
    public static CohortEntity published(String id, String name, String region, Map<String, Double> values) {
        return new CohortEntity(id, name, region, null, null, values, null);
    }

    /**
     * An entity given by its evidence.
     *
     * @param id       the entity's id
     * @param name     its name, or null
     * @param region   its region, or null
     * @param evidence its evidence, for the methodology the cohort is scored with
     * @return the entity
     * @throws IllegalArgumentException if the id is blank or {@code evidence} is null
     */
    public static CohortEntity withEvidence(String id, String name, String region, Evidence evidence) {
        return new CohortEntity(id, name, region, evidence, null, null, null);
    }

    /**
     * This entity given by (other) evidence instead.
     *
     * @param loaded the evidence
     * @return the copy, without evidence file or published values
     */
    public CohortEntity withEvidence(Evidence loaded) {
        return new CohortEntity(id, name, region, loaded, null, null, mainIndicatorScale);
    }
}
