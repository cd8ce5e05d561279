package vn.dti.api;

/** What kind of value a component takes, and so which JSON type its evidence value has. */
public enum ValueKind {
    /** A share between 0 and 1 (87.20% is 0.872). Values above 1 are capped and flagged. */
    RATIO,
    /** A count: a whole number, at least 0 (27.5 people trained is refused, in evidence files as in the agencies' workbooks). */
    COUNT,
    /** A count per {@code per} people (e.g. subscriptions per 100 people), at least 0. */
    RATE,
    /** Has / has not: a JSON boolean. */
    YES_NO,
    /** One code from the component's listed categories: a JSON string. */
    CATEGORY,
    /** An amount of money in the component's unit, at least 0. */
    MONEY;

    /**
     * Whether evidence gives this kind as a number.
     *
     * @return true for {@link #RATIO}, {@link #COUNT}, {@link #RATE} and {@link #MONEY}; false for
     *         {@link #YES_NO} and {@link #CATEGORY}
     */
    public boolean numeric() {
        return this != YES_NO && this != CATEGORY;
    }
}
