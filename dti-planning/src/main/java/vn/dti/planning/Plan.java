package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import vn.dti.text.Message;

/**
 * The cheapest set of component improvements that reaches every target, or, when none does,
 * the closest plan: the one that meets the most targets; among those, the one with the most main
 * indicators in the top N and the most points, as far as a target it misses asks for them; among
 * those, the least effort.
 *
 * @param reached     true when the plan reaches every target (as planned)
 * @param verified    true when the plan's changes, applied and scored again (inside the cohort),
 *                    meet every target
 * @param effort      the plan's total effort
 * @param steps       the steps, by main indicator and component
 * @param totalBefore total points now
 * @param totalAfter  total points after the plan (scored again)
 * @param rankBefore  overall rank now (null without a cohort)
 * @param rankAfter   overall rank after
 * @param before      the targets now
 * @param after       the targets after the plan (scored again)
 * @param notes       how the plan was found and what it assumed, in any language (JSON: in the writer's)
 * @param unreached   when no plan reaches every target: the targets the closest plan misses, each with why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plan(boolean reached, boolean verified, double effort, List<PlanStep> steps, double totalBefore, double totalAfter, Integer rankBefore,
        Integer rankAfter, List<TargetResult> before, List<TargetResult> after, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message> notes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Unreached> unreached) {
    /**
     * Copies the lists.
     *
     * @param reached     whether every target is reached
     * @param verified    whether the changes, scored again, meet every target
     * @param effort      the total effort
     * @param steps       not null; copied
     * @param totalBefore total points now
     * @param totalAfter  total points after
     * @param rankBefore  the rank now, or null
     * @param rankAfter   the rank after, or null
     * @param before      not null; copied
     * @param after       not null; copied
     * @param notes       not null; copied
     * @param unreached   null for none; copied
     * @throws NullPointerException if a required list is null
     */
    public Plan {
        steps = List.copyOf(steps);
        before = List.copyOf(before);
        after = List.copyOf(after);
        notes = List.copyOf(notes);
        unreached = unreached == null ? List.of() : List.copyOf(unreached);
    }

    /**
     * The plan's steps as what-if changes, to try them with {@link WhatIf#run}.
     *
     * @return one change per step, in step order ({@code dti whatif --set …})
     */
    @JsonIgnore
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (PlanStep s : steps) {
            out.add(new Change(s.component(), s.documentOnly() ? null : s.target()));
        }
        return out;
    }

    /**
     * A target the plan does not reach, and why.
     *
     * @param target the target as written
     * @param reason why no plan (or no plan that also meets the others) reaches it, in any language
     */
    public record Unreached(String target, Message reason) {
    }
}
