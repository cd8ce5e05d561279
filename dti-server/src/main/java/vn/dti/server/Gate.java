package vn.dti.server;

import io.javalin.http.Context;

/**
 * Who is asking, and may they: runs before every route's handler, from the route's own
 * {@link Access}. A request carries an API token ({@code Authorization: Bearer dti_…}) or a session
 * cookie ({@code dti_session}); a changing request sent with the cookie must also carry the
 * session's CSRF token (the {@code X-CSRF-Token} header, or a form's {@code csrf} field), which a
 * page of another site cannot read. An account with a one-time password may only change it.
 */
final class Gate {
    static final String COOKIE = "dti_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "csrf";
    private static final String BEARER = "Bearer ";

    private final Accounts accounts;

    Gate(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The principal allowed to call the route, or null for a route open to anyone called without credentials. */
    Principal admit(Route route, Context ctx) {
        Principal p = principal(ctx);
        Access access = route.access();
        if (p == null && !access.anyone()) {
            throw Problem.unauthorized(Text.signIn());
        }
        if (p != null && p.mustChangePassword() && !access.openBeforePasswordChange()) {
            throw Problem.forbidden("PASSWORD_CHANGE_REQUIRED", Text.changePasswordFirst());
        }
        if (!access.allows(p, ctx)) {
            throw Problem.forbidden("FORBIDDEN", Text.notAllowed(p.role().name(), p.role() == Role.CLERK ? p.agency() : null, access.describe()));
        }
        if (p != null && !p.viaToken() && route.changes() && !access.anyone()) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null && (ctx.isFormUrlencoded() || ctx.isMultipartFormData())) {
                sent = ctx.formParam(CSRF_FIELD);
            }
            if (!Secrets.same(sent, p.csrfToken())) {
                throw Problem.forbidden("CSRF", Text.csrf());
            }
        }
        return p;
    }

    /** The request's principal: its API token, else its session cookie; null when it has neither. A token that is not valid is refused. */
    Principal principal(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null) {
            if (!auth.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw Problem.unauthorized(Text.bearerOnly());
            }
            return accounts.byToken(auth.substring(BEARER.length()).strip()).orElseThrow(() -> Problem.unauthorized(Text.badToken()));
        }
        String session = ctx.cookie(COOKIE);
        if (session == null || session.isBlank()) {
            return null;
        }
        return accounts.session(session).orElse(null);
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure over https (also behind a proxy that says so). */
    static void setCookie(Context ctx, String sessionId) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + sessionId + "; Path=/; Max-Age=" + Accounts.SESSION_LIFE.toSeconds() + "; HttpOnly; SameSite=Strict"
                + ("https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : ""));
    }

    static void clearCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + ("https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : ""));
    }
}
