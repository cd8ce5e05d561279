package vn.dti.server.internal;

import java.util.List;

/**
 * The admin's page of the audit log: the filters as given, and the entries, newest first.
 *
 * @param who    the account filtered on, or empty
 * @param action the action prefix filtered on, or empty
 * @param from   the first day, as given, or empty
 * @param to     the last day, as given, or empty
 * @param rows   the entries
 * @param limit  at most this many are shown
 * @param older  the link to the page of older entries (the same filters), or null when these are the last
 */
public record AuditView(String who, String action, String from, String to, List<Row> rows, int limit, String older) {
    /** Copies the list. */
    public AuditView {
        rows = List.copyOf(rows);
    }

    /**
     * One entry.
     *
     * @param when    when, in Vietnam's time
     * @param who     who (an account's name, or the service)
     * @param address from where
     * @param action  what (an action's code: account.create, methodology.activate)
     * @param target  on what
     * @param before  what the record held, as text (JSON)
     * @param after   what it holds now, as text (JSON)
     */
    public record Row(String when, String who, String address, String action, String target, String before, String after) {
    }
}
