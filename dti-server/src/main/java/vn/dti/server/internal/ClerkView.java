package vn.dti.server.internal;

import java.util.List;

/**
 * An agency clerk's page: the agency's components for the period in both its roles, the deadline,
 * its last submission, the workbook to fill and the upload, the answer to an upload, the history.
 *
 * @param agency       the clerk's agency
 * @param entity       the entity's id (sent back by the forms)
 * @param entityName   the entity's name
 * @param period       the period's label (sent back by the forms)
 * @param periods      the periods to choose from
 * @param roles        the agency's components, by role (responsible first); empty when it has none
 * @param last         the last submission; null when there is none
 * @param result       the answer to the upload just made; null when none was made
 * @param history      every submission of the period, newest first
 * @param workbookHref where the agency's workbook for the period is downloaded
 * @param finalised    the council has finalised the period: nothing more is submitted
 * @param entities     whether the service holds any entity (else the page says so)
 */
public record ClerkView(String agency, String entity, String entityName, String period, List<Option> periods, List<RoleBlock> roles, Last last,
        Result result, List<HistoryRow> history, String workbookHref, boolean finalised, boolean entities) {

    /** @return the chosen period in words (Quý 3/2025) */
    public String periodWords() {
        return periods.stream().filter(Option::selected).map(Option::label).findFirst().orElse(period);
    }

    /**
     * The components of one role.
     *
     * @param title      the role in words (Chủ trì, Phối hợp)
     * @param deadline   the day the report is due before, or null when none binds
     * @param daysLeft   the days left in words, or null
     * @param passed     the deadline has passed
     * @param summary    how many are due and on time, in words
     * @param components the components
     */
    public record RoleBlock(String title, String deadline, String daysLeft, boolean passed, String summary, List<ComponentRow> components) {
    }

    /**
     * A component due from the agency.
     *
     * @param id         its id (3.4)
     * @param name       its name
     * @param maxPoints  its max points in words
     * @param state      what the agency has done with it, in words
     * @param stateClass the state as a CSS class: ok, late, missing, nodoc
     */
    public record ComponentRow(String id, String name, String maxPoints, String state, String stateClass) {
    }

    /**
     * The last submission.
     *
     * @param number    its version
     * @param who       who sent it
     * @param when      when
     * @param file      its file name
     * @param documents how many documents came with it
     */
    public record Last(int number, String who, String when, String file, int documents) {
    }

    /**
     * The answer to an upload.
     *
     * @param accepted whether it was stored
     * @param heading  what happened, in words
     * @param lines    what was read (accepted), or every problem, each naming its sheet, row and column (refused)
     */
    public record Result(boolean accepted, String heading, List<String> lines) {
    }

    /**
     * A version of the period's submission.
     *
     * @param number    its version
     * @param who       who sent it
     * @param when      when
     * @param file      its file name
     * @param documents how many documents came with it
     * @param changes   what changed from the version before, in words
     */
    public record HistoryRow(int number, String who, String when, String file, int documents, String changes) {
    }
}
