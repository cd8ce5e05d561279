package vn.dti.server;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Accounts, sessions and API tokens in the database. Sessions and tokens are found by the SHA-256
 * of their value ({@link Secrets}); the values themselves are never stored or logged.
 *
 * <p>Every request is admitted by its session or token, so what one resolves to is kept for
 * {@link #REMEMBERED} (a system calling the API a thousand times a second asks the database about
 * its token once in that time, not a thousand times). Whatever could change the answer (a session
 * ended, a token revoked, an account disabled or its password changed) forgets everything kept, as
 * its statement runs and again when its transaction commits; a look-up that began before a change
 * is not kept. Only another server process on the same database could answer from the old state,
 * and for at most {@link #REMEMBERED} (docs/server.md).
 */
final class Accounts {
    /** How long a session lasts after signing in. */
    static final Duration SESSION_LIFE = Duration.ofHours(10);
    /** How long what a session or token resolved to is kept in this process. */
    static final Duration REMEMBERED = Duration.ofSeconds(2);

    private final Jdbi jdbi;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /** What a session or token resolved to (empty: nothing live), as of change number {@code change}, until {@code until} (System.nanoTime). */
    private record Remembered(Optional<Principal> principal, long change, long until) {
    }

    Accounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * An account as others see it (no hash).
     *
     * @param agency a clerk's agency; null for other roles
     */
    record Account(long id, String name, Role role, String agency, boolean mustChangePassword, boolean disabled, OffsetDateTime createdAt) {
    }

    /** An API token as its list shows it (no value, no hash). */
    record Token(long id, String name, Role role, String agency, String createdBy, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
    }

    private static final String ACCOUNT_COLUMNS = "id, name, role, agency, must_change_password, disabled, created_at";

    private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Account(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("agency"),
                rs.getBoolean("must_change_password"), rs.getBoolean("disabled"), rs.getObject("created_at", OffsetDateTime.class));
    }

    boolean none() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from account").mapTo(Long.class).one()) == 0;
    }

    Optional<Account> byName(String name) {
        return jdbi.withHandle(h -> byName(h, name));
    }

    Optional<Account> byName(Handle h, String name) {
        return h.createQuery("select " + ACCOUNT_COLUMNS + " from account where name = :name").bind("name", name)
                .map((rs, ctx) -> account(rs)).findOne();
    }

    List<Account> list() {
        return jdbi.withHandle(h -> h.createQuery("select " + ACCOUNT_COLUMNS + " from account order by name").map((rs, ctx) -> account(rs)).list());
    }

    /** The password hash of an enabled account, for signing in; empty when there is no such account or it is disabled. */
    Optional<String> passwordHash(String name) {
        return jdbi.withHandle(h -> h.createQuery("select password_hash from account where name = :name and not disabled").bind("name", name)
                .mapTo(String.class).findOne());
    }

    Account create(Handle h, String name, Role role, String agency, String passwordHash, boolean mustChange) {
        return h.createQuery("insert into account (name, role, agency, password_hash, must_change_password) values (:name, :role, :agency, :hash, :must) "
                        + "returning " + ACCOUNT_COLUMNS)
                .bind("name", name).bind("role", role.name()).bind("agency", agency).bind("hash", passwordHash).bind("must", mustChange)
                .map((rs, ctx) -> account(rs)).one();
    }

    void setPassword(Handle h, long accountId, String passwordHash, boolean mustChange) {
        h.createUpdate("update account set password_hash = :hash, must_change_password = :must where id = :id")
                .bind("hash", passwordHash).bind("must", mustChange).bind("id", accountId).execute();
        changed(h);
    }

    void setDisabled(Handle h, long accountId, boolean disabled) {
        h.createUpdate("update account set disabled = :d where id = :id").bind("d", disabled).bind("id", accountId).execute();
        changed(h);
    }

    // ------------------------------------------------------------------ sessions

    /** Starts a session: stores the SHA-256 of its id and its CSRF token. */
    void startSession(Handle h, long accountId, String sessionId, String csrfToken, String address) {
        h.createUpdate("insert into session (token_hash, account_id, csrf_token, address, expires_at) values (:hash, :account, :csrf, :address, :expires)")
                .bind("hash", Secrets.sha256(sessionId)).bind("account", accountId).bind("csrf", csrfToken).bind("address", address)
                .bind("expires", OffsetDateTime.ofInstant(Instant.now().plus(SESSION_LIFE), ZoneOffset.UTC)).execute();
    }

    /** The principal of a live session (not ended, not expired, its account enabled). */
    Optional<Principal> session(String sessionId) {
        byte[] hash = Secrets.sha256(sessionId);
        return remember("session " + HexFormat.of().formatHex(hash), () -> jdbi.withHandle(h -> h.createQuery("select a.id, a.name, a.role, a.agency, a.must_change_password, s.csrf_token from session s "
                        + "join account a on a.id = s.account_id where s.token_hash = :hash and s.ended_at is null and s.expires_at > now() and not a.disabled")
                .bind("hash", hash)
                .map((rs, ctx) -> new Principal(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("agency"), false,
                        rs.getString("csrf_token"), rs.getBoolean("must_change_password")))
                .findOne()));
    }

    void endSession(Handle h, String sessionId) {
        h.createUpdate("update session set ended_at = now() where token_hash = :hash and ended_at is null").bind("hash", Secrets.sha256(sessionId))
                .execute();
        changed(h);
    }

    /** Ends every session of an account (its password changed, or it was disabled). */
    void endSessions(Handle h, long accountId) {
        h.createUpdate("update session set ended_at = now() where account_id = :id and ended_at is null").bind("id", accountId).execute();
        changed(h);
    }

    // ------------------------------------------------------------------ API tokens

    Token createToken(Handle h, String token, String name, Role role, String agency, long createdBy) {
        long id = h.createQuery("insert into api_token (token_hash, name, role, agency, created_by) values (:hash, :name, :role, :agency, :by) "
                        + "returning id")
                .bind("hash", Secrets.sha256(token)).bind("name", name).bind("role", role.name()).bind("agency", agency).bind("by", createdBy)
                .mapTo(Long.class).one();
        return token(h, id).orElseThrow();
    }

    Optional<Token> token(Handle h, long id) {
        return h.createQuery("select t.id, t.name, t.role, t.agency, a.name as created_by, t.created_at, t.revoked_at from api_token t "
                        + "join account a on a.id = t.created_by where t.id = :id")
                .bind("id", id).map((rs, ctx) -> token(rs)).findOne();
    }

    List<Token> tokens() {
        return jdbi.withHandle(h -> h.createQuery("select t.id, t.name, t.role, t.agency, a.name as created_by, t.created_at, t.revoked_at "
                + "from api_token t join account a on a.id = t.created_by order by t.id").map((rs, ctx) -> token(rs)).list());
    }

    private static Token token(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Token(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("agency"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
    }

    /** The principal of a token that is not revoked, made by an account that is not disabled. */
    Optional<Principal> byToken(String token) {
        byte[] hash = Secrets.sha256(token);
        return remember("token " + HexFormat.of().formatHex(hash), () -> jdbi.withHandle(h -> h.createQuery("select t.created_by, t.name, t.role, t.agency from api_token t join account a on a.id = t.created_by "
                        + "where t.token_hash = :hash and t.revoked_at is null and not a.disabled")
                .bind("hash", hash)
                .map((rs, ctx) -> new Principal(rs.getLong("created_by"), rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("agency"),
                        true, null, false))
                .findOne()));
    }

    /** A look-up's answer, kept for {@link #REMEMBERED} unless something changed meanwhile. */
    private Optional<Principal> remember(String key, Supplier<Optional<Principal>> lookUp) {
        long now = System.nanoTime();
        Remembered r = remembered.get(key);
        long change = changes.get();
        if (r != null && r.change() == change && now - r.until() < 0) {
            return r.principal();
        }
        Optional<Principal> p = lookUp.get();
        if (remembered.size() > 10_000) {
            remembered.clear();   // a bound, not a policy: many live sessions and tokens at once
        }
        remembered.put(key, new Remembered(p, change, now + REMEMBERED.toNanos()));
        return p;
    }

    /** Forgets every answer kept: now (the statement ran) and when the handle's transaction commits. */
    private void changed(Handle h) {
        forget();
        if (h.isInTransaction()) {
            h.afterCommit(this::forget);
        }
    }

    private void forget() {
        changes.incrementAndGet();
        remembered.clear();
    }

    void revokeToken(Handle h, long id) {
        h.createUpdate("update api_token set revoked_at = now() where id = :id and revoked_at is null").bind("id", id).execute();
        changed(h);
    }
}
