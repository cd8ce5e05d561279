package vn.dti.server.internal;

import java.util.List;

/**
 * The appraisal council's page: for the period, every component's self-assessed, appraised and
 * final points side by side, the differences by sign; the council's decisions; the form for a new
 * one (a reason required); finalising.
 *
 * @param entity     the entity's id
 * @param entityName the entity's name
 * @param period     the period's label
 * @param periods    the periods to choose from
 * @param rows       one row per component, then the total
 * @param components the components a decision can be on, as choices
 * @param decisions  every decision recorded, in words
 * @param finalised  who finalised the period and when, in words; null while it is open
 * @param result     the answer to the form just sent; null when none was
 * @param unscored   why there are no scores yet (nothing merged); null when there are
 * @param entities   whether the service holds any entity
 */
public record CouncilView(String entity, String entityName, String period, List<Option> periods, List<Row> rows, List<Option> components,
        List<String> decisions, String finalised, ClerkView.Result result, String unscored, boolean entities) {

    /** @return the chosen period in words (Quý 3/2025) */
    public String periodWords() {
        return periods.stream().filter(Option::selected).map(Option::label).findFirst().orElse(period);
    }

    /**
     * A component (or the total) in the three scores.
     *
     * @param id        its id; empty for the total
     * @param name      its name
     * @param self      the self-assessed points
     * @param appraised the appraised points
     * @param fin       the final points
     * @param diff      appraised less self-assessed, signed; empty when equal
     * @param sign      up, down or same (a CSS class)
     * @param total     the total row
     */
    public record Row(String id, String name, String self, String appraised, String fin, String diff, String sign, boolean total) {
    }
}
