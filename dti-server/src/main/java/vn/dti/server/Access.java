package vn.dti.server;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dti.api.Agencies;

/**
 * Who may call a route: anyone (the API's description, signing in), or the roles listed, and,
 * where the route names an agency ({@code {agency}} in its path), a clerk of that agency. Every
 * route has one ({@link Route} refuses none), the OpenAPI document states it
 * ({@code x-dti-access}), and the authorisation test reads it from the same table.
 *
 * @param anyone     no account needed
 * @param roles      the roles allowed, whatever the path names
 * @param ownAgency  a clerk is allowed when the path's {@code {agency}} is the clerk's own
 * @param openBeforePasswordChange open to an account that still has its one-time password (the session and the password change)
 */
record Access(boolean anyone, Set<Role> roles, boolean ownAgency, boolean openBeforePasswordChange) {
    /** Signed in, any role. */
    static final Access SIGNED_IN = new Access(false, EnumSet.allOf(Role.class), false, false);
    /** No account needed. */
    static final Access ANYONE = new Access(true, EnumSet.noneOf(Role.class), false, true);

    Access {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Only these roles. */
    static Access roles(Role first, Role... more) {
        return new Access(false, EnumSet.of(first, more), false, false);
    }

    /** These roles, and a clerk of the agency the path names. */
    static Access rolesAndOwnAgencyClerk(Role... roles) {
        return new Access(false, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), true, false);
    }

    /** The same rule, also open to an account that must still change its one-time password. */
    Access beforePasswordChange() {
        return new Access(anyone, roles, ownAgency, true);
    }

    /** True when the principal may call the route as {@code ctx} names it. */
    boolean allows(Principal p, Context ctx) {
        if (anyone) {
            return true;
        }
        if (p == null) {
            return false;
        }
        if (roles.contains(p.role())) {
            return true;
        }
        return ownAgency && p.role() == Role.CLERK && p.agency() != null && Agencies.key(p.agency()).equals(Agencies.key(ctx.pathParam("agency")));
    }

    /** The rule in words, for the OpenAPI document and messages: "OFFICER, ADMIN, or the agency's CLERK". */
    String describe() {
        if (anyone) {
            return "anyone";
        }
        List<String> names = roles.stream().sorted().map(Role::name).toList();
        String list = String.join(", ", names);
        if (ownAgency) {
            return list.isEmpty() ? "the agency's own CLERK" : list + ", or the agency's own CLERK";
        }
        return roles.size() == Role.values().length ? "any signed-in account" : list;
    }
}
