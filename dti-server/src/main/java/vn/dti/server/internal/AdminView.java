package vn.dti.server.internal;

import java.util.List;

/**
 * The admin's page of accounts: every account, the form for a new one, and the answer to what
 * was just done (a one-time password is shown on that answer only).
 *
 * @param accounts every account, by name
 * @param roles    the roles to choose from
 * @param agencies a clerk's agencies to choose from, as the active methodology names them
 * @param result   the answer to a form; null when there is none
 * @param password a one-time password just made; null when none
 */
public record AdminView(List<AccountRow> accounts, List<Option> roles, List<Option> agencies, ClerkView.Result result, Password password) {
    /** Copies the lists. */
    public AdminView {
        accounts = List.copyOf(accounts);
        roles = List.copyOf(roles);
        agencies = List.copyOf(agencies);
    }

    /**
     * One account.
     *
     * @param name     its name
     * @param role     its role in words
     * @param agency   a clerk's agency, or empty
     * @param state    enabled or disabled, in words
     * @param disabled whether it is disabled
     * @param pending  its one-time password is not yet changed, in words (or empty)
     * @param created  when it was made
     */
    public record AccountRow(String name, String role, String agency, String state, boolean disabled, String pending, String created) {
    }

    /**
     * A one-time password, shown once.
     *
     * @param account  the account's name
     * @param password the password
     */
    public record Password(String account, String password) {
    }
}
