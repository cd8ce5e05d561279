package vn.dti.planning;

/** Why a component earns less than its max, or why points it earns are in doubt. */
public enum GapReason {
    /** No value was reported. */
    NOT_REPORTED,
    /** Declared not applicable; the methodology grants no exemption. */
    NOT_APPLICABLE,
    /** A value was reported without an evidence document: it earns nothing until one is attached. */
    NO_DOCUMENT,
    /** A rule violation or a value no rule scored. */
    RULE_PROBLEM,
    /** A share scored as ratio × max, below 100%. */
    BELOW_FULL_RATIO,
    /** A value below the goal that earns full points. */
    BELOW_GOAL,
    /** A value in a lower band than the top one. */
    LOWER_BAND,
    /** A category that earns less than the best one. */
    LOWER_CATEGORY,
    /** Answered "no" where "yes" earns the points. */
    ANSWERED_NO,
    /** Below the cohort's best (or, scored alone, below the stated reference). */
    BELOW_BEST,
    /** Points earned but flagged by a finding (a stale document, a ratio above 100%): at risk. */
    FLAGGED
}
