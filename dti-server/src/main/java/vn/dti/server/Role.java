package vn.dti.server;

/**
 * The roles of the service's accounts (issue 15, "Accounts and roles"). An account has one role;
 * a clerk is bound to one agency. What each may do is in the route table ({@link Routes}), one
 * rule per route.
 */
enum Role {
    /** Accounts, API tokens, the audit log; everything an officer may do. */
    ADMIN,
    /** The methodology (upload, activate) and the agencies' accounts (clerks). */
    OFFICER,
    /** An agency's clerk: submits the components the agency leads or cooperates on, reads its own submissions. */
    CLERK,
    /** A member of the appraisal council (Hội đồng thẩm định): appraises, finalises a period. */
    COUNCIL,
    /** The steering committee: the dashboard, status, history and score cards. */
    VIEWER;

    /** The role named by {@code text} (any case), or a {@link Problem} listing the roles. */
    static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return r;
            }
        }
        throw Problem.badRequest("BAD_ROLE", Text.unknownRole(text, java.util.Arrays.stream(values()).map(Role::name).toList()));
    }
}
