package vn.dti.server;

import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import vn.dti.api.InvalidEvidenceException;

/**
 * Signing in and out, one's own password, the accounts of the service (an officer manages the
 * agencies' clerks; the admin every account), API tokens for other systems, and the audit log.
 * Passwords and tokens are shown once, when made, and stored only hashed.
 */
final class AccountApi {
    /** The shortest password accepted. */
    static final int MIN_PASSWORD = 12;

    private final Jdbi jdbi;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final MethodologyService methodologies;

    AccountApi(Jdbi jdbi, Accounts accounts, LoginThrottle throttle, MethodologyService methodologies) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.throttle = throttle;
        this.methodologies = methodologies;
    }

    /** {"name": …, "password": …} */
    record Credentials(String name, String password) {
    }

    /** {"current": …, "password": …} */
    record PasswordChange(String current, String password) {
    }

    /** {"name": …, "role": …, "agency": …} (agency for a clerk only) */
    record NewAccount(String name, String role, String agency) {
    }

    /** {"disabled": true|false} */
    record AccountChange(Boolean disabled) {
    }

    /** {"name": …, "role": …, "agency": …}: a token for another system. */
    record NewToken(String name, String role, String agency) {
    }

    /** The signed-in account, and the CSRF token its changing requests carry. */
    record SessionView(Accounts.Account account, String csrfToken) {
    }

    /** An account and its one-time password, shown once. */
    record WithPassword(Accounts.Account account, String password) {
    }

    /** A token, shown once: only its hash is kept. */
    record TokenShown(Accounts.Token token, String value) {
    }

    /** Signs in: a new session id every time, the old one (if any) ended. */
    void signIn(Context ctx, Principal who) {
        Credentials c = credentials(ctx, Credentials.class);
        Http.json(ctx, startSession(ctx, c.name(), c.password()));
    }

    /**
     * Starts a session for the name and password (the API's sign-in and the login page's): failed
     * attempts limited per account and address, a new session id every time (the request's old
     * one, if any, ended), the cookie set.
     */
    SessionView startSession(Context ctx, String givenName, String password) {
        String name = givenName == null ? "" : givenName.strip().toLowerCase(java.util.Locale.ROOT);
        String address = ctx.ip();
        throttle.check(name, address);
        String hash = accounts.passwordHash(name).orElse(null);
        if (!Secrets.passwordMatches(password, hash)) {
            throttle.failed(name, address);
            jdbi.useTransaction(h -> Audit.record(h, null, address, "session.refused", "account " + name, null, null));
            throw Problem.unauthorized(Text.wrongPassword());
        }
        throttle.succeeded(name, address);
        String old = ctx.cookie(Gate.COOKIE);
        String session = Secrets.newToken();
        String csrf = Secrets.newToken();
        Accounts.Account account = jdbi.inTransaction(h -> {
            if (old != null) {
                accounts.endSession(h, old);
            }
            Accounts.Account a = accounts.byName(h, name).orElseThrow();
            accounts.startSession(h, a.id(), session, csrf, address);
            Audit.record(h, principal(a), address, "session.start", "account " + name, null, null);
            return a;
        });
        Gate.setCookie(ctx, session);
        return new SessionView(account, csrf);
    }

    void session(Context ctx, Principal who) {
        Accounts.Account a = accounts.byName(who.viaToken() ? "" : who.name())
                .orElseThrow(() -> Problem.badRequest("NO_SESSION", Text.tokenHasNoSession()));
        Http.json(ctx, new SessionView(a, who.csrfToken()));
    }

    void signOut(Context ctx, Principal who) {
        endSession(ctx, who);
        ctx.status(204);
    }

    /** Ends the request's session (the API's sign-out and the logout button's) and clears its cookie. */
    void endSession(Context ctx, Principal who) {
        String session = ctx.cookie(Gate.COOKIE);
        if (session != null && !who.viaToken()) {
            jdbi.useTransaction(h -> {
                accounts.endSession(h, session);
                Audit.record(h, who, ctx.ip(), "session.end", "account " + who.name(), null, null);
            });
        }
        Gate.clearCookie(ctx);
    }

    /** Changes one's own password (the one-time password too): every session of the account ends, and a new one starts. */
    void changePassword(Context ctx, Principal who) {
        if (who.viaToken()) {
            throw Problem.badRequest("NO_SESSION", Text.tokenHasNoSession());
        }
        PasswordChange c = credentials(ctx, PasswordChange.class);
        Http.json(ctx, newPassword(ctx, who, c.current(), c.password()));
    }

    /** Replaces the signed-in account's password (the API's and the password page's): every session of the account ends, and a new one starts. */
    SessionView newPassword(Context ctx, Principal who, String current, String password) {
        if (who.viaToken()) {
            throw Problem.badRequest("NO_SESSION", Text.tokenHasNoSession());
        }
        PasswordChange c = new PasswordChange(current, password);
        String hash = accounts.passwordHash(who.name()).orElseThrow();
        if (!Secrets.passwordMatches(c.current(), hash)) {
            throw Problem.forbidden("WRONG_PASSWORD", Text.wrongCurrentPassword());
        }
        checkPassword(c.password(), who.name(), c.current());
        String session = Secrets.newToken();
        String csrf = Secrets.newToken();
        String newHash = Secrets.hashPassword(c.password());
        jdbi.useTransaction(h -> {
            accounts.setPassword(h, who.accountId(), newHash, false);
            accounts.endSessions(h, who.accountId());
            accounts.startSession(h, who.accountId(), session, csrf, ctx.ip());
            Audit.record(h, who, ctx.ip(), "account.password", "account " + who.name(), null, null);
        });
        Gate.setCookie(ctx, session);
        return new SessionView(accounts.byName(who.name()).orElseThrow(), csrf);
    }

    /**
     * A body that carries a password: one that is not the JSON expected is refused without the
     * parser's words, which quote the text they stopped at (a password sent unquoted, say).
     */
    private static <T> T credentials(Context ctx, Class<T> type) {
        try {
            return Http.jsonRequest(ctx, type);
        } catch (vn.dti.api.DtiException e) {
            throw Problem.badRequest("BAD_CREDENTIALS", Text.credentialsNotJson());
        }
    }

    static void checkPassword(String password, String name, String current) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw Problem.badRequest("WEAK_PASSWORD", Text.passwordTooShort(MIN_PASSWORD));
        }
        if (password.equalsIgnoreCase(name) || password.equals(current)) {
            throw Problem.badRequest("WEAK_PASSWORD", Text.passwordLikeName());
        }
    }

    /** The accounts: every one for the admin, the clerks for an officer. */
    void list(Context ctx, Principal who) {
        Http.json(ctx, accounts(who));
    }

    /** The accounts the principal manages: every one for the admin, the clerks for an officer (the API's list and the admin's page). */
    List<Accounts.Account> accounts(Principal who) {
        List<Accounts.Account> all = accounts.list();
        return who.role() == Role.ADMIN ? all : all.stream().filter(a -> a.role() == Role.CLERK).toList();
    }

    /** Creates an account with a one-time password (shown once); an officer creates clerks only. */
    void create(Context ctx, Principal who) {
        Http.json(ctx, 201, create(Http.jsonRequest(ctx, NewAccount.class), who, ctx.ip()));
    }

    /** Creates an account (the API's and the admin's page's): its one-time password, shown once. */
    WithPassword create(NewAccount n, Principal who, String address) {
        String name = n.name() == null ? "" : n.name().strip();
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
            throw Problem.badRequest("BAD_NAME", Text.badAccountName(name));
        }
        Role role = Role.parse(n.role());
        mayManage(who, role);
        String agency = agencyFor(role, n.agency());
        if (accounts.byName(name).isPresent()) {
            throw Problem.conflict("EXISTS", Text.accountExists(name));
        }
        String password = Secrets.oneTimePassword();
        String hash = Secrets.hashPassword(password);
        Accounts.Account a = jdbi.inTransaction(h -> {
            Accounts.Account made = accounts.create(h, name, role, agency, hash, true);
            Audit.record(h, who, address, "account.create", "account " + name, null, view(made));
            return made;
        });
        return new WithPassword(a, password);
    }

    /** Disables or enables an account; disabling ends its sessions. */
    void change(Context ctx, Principal who) {
        Http.json(ctx, change(ctx.pathParam("name"), Http.jsonRequest(ctx, AccountChange.class), who, ctx.ip()));
    }

    /** Disables or enables an account (the API's and the admin's page's); disabling ends its sessions. */
    Accounts.Account change(String name, AccountChange c, Principal who, String address) {
        Accounts.Account a = existing(name);
        mayManage(who, a.role());
        if (c.disabled() == null) {
            throw Problem.badRequest("MISSING_FIELD", Text.missingField("disabled"));
        }
        if (a.id() == who.accountId() && c.disabled()) {
            throw Problem.conflict("SELF", Text.cannotDisableSelf());
        }
        jdbi.useTransaction(h -> {
            accounts.setDisabled(h, a.id(), c.disabled());
            if (c.disabled()) {
                accounts.endSessions(h, a.id());
            }
            Audit.record(h, who, address, c.disabled() ? "account.disable" : "account.enable", "account " + a.name(), view(a),
                    Map.of("disabled", c.disabled()));
        });
        return accounts.byName(a.name()).orElseThrow();
    }

    /** A new one-time password for an account (shown once); its sessions end. */
    void resetPassword(Context ctx, Principal who) {
        Http.json(ctx, resetPassword(ctx.pathParam("name"), who, ctx.ip()));
    }

    /** A new one-time password (the API's and the admin's page's), shown once; the account's sessions end. */
    WithPassword resetPassword(String name, Principal who, String address) {
        Accounts.Account a = existing(name);
        mayManage(who, a.role());
        String password = Secrets.oneTimePassword();
        String hash = Secrets.hashPassword(password);
        jdbi.useTransaction(h -> {
            accounts.setPassword(h, a.id(), hash, true);
            accounts.endSessions(h, a.id());
            Audit.record(h, who, address, "account.password-reset", "account " + a.name(), null, null);
        });
        return new WithPassword(accounts.byName(a.name()).orElseThrow(), password);
    }

    void tokens(Context ctx, Principal who) {
        Http.json(ctx, accounts.tokens());
    }

    /** A token for another system, scoped to one role (and a clerk's agency); its value is shown once. */
    void createToken(Context ctx, Principal who) {
        NewToken n = Http.jsonRequest(ctx, NewToken.class);
        if (n.name() == null || n.name().isBlank() || n.name().length() > 100) {
            throw Problem.badRequest("BAD_NAME", Text.badTokenName());
        }
        Role role = Role.parse(n.role());
        String agency = agencyFor(role, n.agency());
        String value = "dti_" + Secrets.newToken();
        Accounts.Token t = jdbi.inTransaction(h -> {
            Accounts.Token made = accounts.createToken(h, value, n.name().strip(), role, agency, who.accountId());
            Audit.record(h, who, ctx.ip(), "token.create", "token " + made.id(), null, Map.of("name", made.name(), "role", role.name()));
            return made;
        });
        Http.json(ctx, 201, new TokenShown(t, value));
    }

    void revokeToken(Context ctx, Principal who) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw Problem.notFound("UNKNOWN_TOKEN", Text.unknownToken(ctx.pathParam("id")));
        }
        jdbi.useTransaction(h -> {
            Accounts.Token t = accounts.token(h, id).orElseThrow(() -> Problem.notFound("UNKNOWN_TOKEN", Text.unknownToken(String.valueOf(id))));
            accounts.revokeToken(h, id);
            Audit.record(h, who, ctx.ip(), "token.revoke", "token " + id, Map.of("name", t.name()), null);
        });
        ctx.status(204);
    }

    /** One entry of the audit log. */
    record AuditEntry(long id, OffsetDateTime at, String who, String address, String action, String target, String before, String after) {
    }

    /** The audit log, newest first, filtered by who, action (a prefix: {@code submission}) and time. */
    void audit(Context ctx, Principal who) {
        int limit = Http.intField(ctx, "limit", 200, 1);
        String by = Http.field(ctx, "who");
        String action = Http.field(ctx, "action");
        long before = Http.intField(ctx, "before", Integer.MAX_VALUE, 1);
        Http.json(ctx, audit(by, action, Http.day(ctx, "from", null), Http.day(ctx, "to", null), before, limit));
    }

    /**
     * The audit log (the API's and the admin's page's), newest first: by who, action prefix, first
     * and last day (each null for any), entries older than the entry {@code before} (its id; the next
     * page starts at the last id of this one), at most {@code limit}.
     */
    List<AuditEntry> audit(String by, String action, java.time.LocalDate from, java.time.LocalDate to, long before, int limit) {
        return jdbi.withHandle(h -> h.createQuery("select id, at, who, address, action, target, before, after from audit_log "
                        + "where (cast(:who as text) is null or who = :who) and (cast(:action as text) is null or action like :action || '%') "
                        + "and (cast(:from as date) is null or at >= cast(:from as date)) and (cast(:to as date) is null or at < cast(:to as date) + 1) "
                        + "and id < :before order by id desc limit :limit")
                .bind("who", by).bind("action", action).bind("from", from).bind("to", to).bind("before", before).bind("limit", Math.min(limit, 10_000))
                .map((rs, c) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)))
                .list());
    }

    /** The admin manages every account; an officer, the agencies' clerks. */
    private static void mayManage(Principal who, Role role) {
        if (who.role() != Role.ADMIN && role != Role.CLERK) {
            throw Problem.forbidden("FORBIDDEN", Text.officerManagesClerks());
        }
    }

    /** A clerk's agency, as the active methodology names it (any spelling it knows); none for other roles. */
    private String agencyFor(Role role, String agency) {
        if (role != Role.CLERK) {
            if (agency != null && !agency.isBlank()) {
                throw Problem.badRequest("BAD_FIELD", Text.agencyOnlyForClerks());
            }
            return null;
        }
        if (agency == null || agency.isBlank()) {
            throw Problem.badRequest("MISSING_FIELD", Text.clerkNeedsAgency());
        }
        var agencies = methodologies.active().scorer().agencies();
        try {
            String name = agencies.require(agency, "agency");
            if (agencies.isGroup(name)) {
                throw Problem.badRequest("BAD_FIELD", Text.groupIsNoAgency(name, agencies.members(name)));
            }
            return name;
        } catch (InvalidEvidenceException e) {
            throw Problem.badRequest("UNKNOWN_AGENCY", e.message());
        }
    }

    private Accounts.Account existing(String name) {
        return accounts.byName(name).orElseThrow(() -> Problem.notFound("UNKNOWN_ACCOUNT", Text.unknownAccount(name)));
    }

    private static Principal principal(Accounts.Account a) {
        return new Principal(a.id(), a.name(), a.role(), a.agency(), false, null, a.mustChangePassword());
    }

    /** What the audit log keeps of an account. */
    private static Map<String, Object> view(Accounts.Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("role", a.role().name());
        if (a.agency() != null) {
            m.put("agency", a.agency());
        }
        m.put("disabled", a.disabled());
        return m;
    }
}
