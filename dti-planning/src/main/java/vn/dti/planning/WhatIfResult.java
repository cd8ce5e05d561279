package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.dti.api.IndicatorId;
import vn.dti.api.ScoreCard;

/**
 * What a change buys: per component changed, per main indicator and in total, and with a cohort
 * the overall and main-indicator ranks before and after.
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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WhatIfResult(String entity, double totalBefore, double totalAfter, double totalChange, double indexBefore, double indexAfter,
        Integer rankBefore, Integer rankAfter, Integer mainsInTopBefore, Integer mainsInTopAfter, Integer top, List<ComponentChange> components,
        List<MainChange> mainIndicators, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes, @JsonIgnore ScoreCard card) {

    public WhatIfResult {
        components = List.copyOf(components);
        mainIndicators = List.copyOf(mainIndicators);
        notes = List.copyOf(notes);
    }

    /**
     * One component's change.
     *
     * @param valueBefore the value reported now (null: not reported)
     * @param valueAfter  the value after
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComponentChange(IndicatorId id, String name, String valueBefore, String valueAfter, double pointsBefore, double pointsAfter,
            double change, double maxPoints) {
    }

    /** One main indicator's change, with its rank in the cohort before and after (null without a cohort). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MainChange(IndicatorId id, String name, double pointsBefore, double pointsAfter, double change, double maxPoints, Integer rankBefore,
            Integer rankAfter) {
    }
}
