package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.dti.api.Finding;
import vn.dti.api.IndicatorId;
import vn.dti.api.ScoreCard;

/**
 * What a change buys: per component changed, per main indicator and in total, the points lost
 * and at risk before and after (separate figures) with the findings the change adds or removes,
 * and with a cohort the overall and main-indicator ranks before and after.
 *
 * @param entity           the entity
 * @param totalBefore      total points now
 * @param totalAfter       total points after the change
 * @param totalChange      after − before
 * @param indexBefore      the index now
 * @param indexAfter       the index after
 * @param rankBefore       the overall rank now (null without a cohort)
 * @param rankAfter        the overall rank after
 * @param mainsInTopBefore main indicators in the top N now
 * @param mainsInTopAfter  main indicators in the top N after
 * @param top              the N of "top N"
 * @param components       each component named or whose points moved
 * @param mainIndicators   each scored main indicator
 * @param notes            what was assumed (planned documents)
 * @param card             the score card after the change
 * @param pointsLostBefore   points not earned now (max − total)
 * @param pointsLostAfter    points not earned after the change
 * @param pointsAtRiskBefore points earned but flagged now
 * @param pointsAtRiskAfter  points earned but flagged after the change
 * @param findingsAdded      the findings the change adds (e.g. a ratio above 100%: OUT_OF_RANGE, its points at risk)
 * @param findingsRemoved    the findings the change removes (e.g. a value reported: NOT_REPORTED)
 * @param topCannotTell      why "main indicators in the top N" says nothing in this cohort (N entities
 *                           or fewer: every one is in the top N); null when it can tell
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WhatIfResult(String entity, double totalBefore, double totalAfter, double totalChange, double indexBefore, double indexAfter,
        Integer rankBefore, Integer rankAfter, Integer mainsInTopBefore, Integer mainsInTopAfter, Integer top, List<ComponentChange> components,
        List<MainChange> mainIndicators, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes, @JsonIgnore ScoreCard card,
        double pointsLostBefore, double pointsLostAfter, double pointsAtRiskBefore, double pointsAtRiskAfter, List<Finding> findingsAdded,
        List<Finding> findingsRemoved, String topCannotTell) {

    /**
     * Copies the lists.
     *
     * @param entity             the entity
     * @param totalBefore        total now
     * @param totalAfter         total after
     * @param totalChange        after − before
     * @param indexBefore        index now
     * @param indexAfter         index after
     * @param rankBefore         rank now, or null
     * @param rankAfter          rank after, or null
     * @param mainsInTopBefore   main indicators in the top N now, or null
     * @param mainsInTopAfter    main indicators in the top N after, or null
     * @param top                the N, or null
     * @param components         not null; copied
     * @param mainIndicators     not null; copied
     * @param notes              not null; copied
     * @param card               the card after
     * @param pointsLostBefore   points lost now
     * @param pointsLostAfter    points lost after
     * @param pointsAtRiskBefore points at risk now
     * @param pointsAtRiskAfter  points at risk after
     * @param findingsAdded      not null; copied
     * @param findingsRemoved    not null; copied
     * @param topCannotTell      why the top-N count says nothing, or null
     * @throws NullPointerException if a list is null
     */
    public WhatIfResult {
        components = List.copyOf(components);
        mainIndicators = List.copyOf(mainIndicators);
        notes = List.copyOf(notes);
        findingsAdded = List.copyOf(findingsAdded);
        findingsRemoved = List.copyOf(findingsRemoved);
    }

    /**
     * One component's change.
     *
     * @param id                 the component
     * @param name               its official name
     * @param valueBefore        the value reported now (null: not reported)
     * @param valueAfter         the value after
     * @param pointsBefore       its points now
     * @param pointsAfter        its points after
     * @param change             after − before, in points
     * @param maxPoints          its max
     * @param pointsAtRiskBefore its points at risk now (flagged by a finding)
     * @param pointsAtRiskAfter  its points at risk after
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComponentChange(IndicatorId id, String name, String valueBefore, String valueAfter, double pointsBefore, double pointsAfter,
            double change, double maxPoints, double pointsAtRiskBefore, double pointsAtRiskAfter) {
    }

    /**
     * One main indicator's change.
     *
     * @param id           the main indicator
     * @param name         its official name
     * @param pointsBefore its points now
     * @param pointsAfter  its points after
     * @param change       after − before, in points
     * @param maxPoints    its max
     * @param rankBefore   its rank in the cohort now (null without a cohort)
     * @param rankAfter    its rank after (null without a cohort)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MainChange(IndicatorId id, String name, double pointsBefore, double pointsAfter, double change, double maxPoints, Integer rankBefore,
            Integer rankAfter) {
    }
}
