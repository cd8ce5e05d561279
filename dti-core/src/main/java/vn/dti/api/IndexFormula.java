package vn.dti.api;

/** How a methodology forms its index from main-indicator points. */
public enum IndexFormula {
    /** index = Σ points / Σ max (DTI 2021 on; also the mean of main values when every main has max 1, as in UN EGDI). */
    POINTS_OVER_MAX,
    /** index = Σ weight × pillar value, each pillar's value its points / its max (DTI 2020: 0.4·CQS + 0.3·KTS + 0.3·XHS). */
    WEIGHTED_PILLARS
}
