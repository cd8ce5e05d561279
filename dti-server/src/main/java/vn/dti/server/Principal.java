package vn.dti.server;

/**
 * Who is making a request: an account signed in with a session cookie, or a system with an API
 * token. Never holds the secret itself (the cookie's value or the token): only what it resolved to.
 *
 * @param accountId          the account (for a token: the account that created it)
 * @param name               the account's name, or the token's name
 * @param role               the role the request acts in
 * @param agency             the agency of a clerk, as the methodology names it; null for other roles
 * @param viaToken           true for an API token (no CSRF check: not sent by a browser on its own)
 * @param csrfToken          the session's CSRF token (null for a token)
 * @param mustChangePassword a one-time password: only the password change, the session and logout are open
 */
record Principal(long accountId, String name, Role role, String agency, boolean viaToken, String csrfToken, boolean mustChangePassword) {
    /** What the audit log names: the account, or "token name (by account)". */
    String who() {
        return viaToken ? "token " + name : name;
    }
}
