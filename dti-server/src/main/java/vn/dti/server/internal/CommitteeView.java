package vn.dti.server.internal;

import java.util.List;

/**
 * The steering committee's page: where every agency stands on the period, and the dashboard.
 *
 * @param entity        the entity's id
 * @param entityName    the entity's name
 * @param period        the period's label
 * @param periods       the periods to choose from
 * @param asOf          the day the status is for, in words
 * @param rows          one row per agency and role, those behind first
 * @param refused       files refused that name no known agency
 * @param dashboardHref the served dashboard of the period
 * @param entities      whether the service holds any entity (else the page says so)
 */
public record CommitteeView(String entity, String entityName, String period, List<Option> periods, String asOf, List<Row> rows, List<String> refused,
        String dashboardHref, boolean entities) {

    /** @return the chosen period in words (Quý 3/2025) */
    public String periodWords() {
        return periods.stream().filter(Option::selected).map(Option::label).findFirst().orElse(period);
    }

    /**
     * One agency in one role.
     *
     * @param agency   the agency
     * @param role     the role in words
     * @param deadline the deadline, or empty
     * @param daysLeft the days left in words, or empty
     * @param onTime   on time out of due, in words
     * @param late     the components late (ids), or empty
     * @param missing  the components missing (ids), or empty
     * @param noDoc    the components without a document (ids), or empty
     * @param stake    the points at stake, in words
     * @param behind   late, or missing after the deadline
     */
    public record Row(String agency, String role, String deadline, String daysLeft, String onTime, String late, String missing, String noDoc, String stake,
            boolean behind) {
    }
}
