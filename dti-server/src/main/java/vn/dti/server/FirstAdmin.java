package vn.dti.server;

import java.util.Map;
import java.util.Optional;

/**
 * The first account: on an empty database, {@code admin}, with a one-time password that
 * {@code dti serve} prints once (and nothing else keeps); the account must choose a new password
 * before anything else.
 */
final class FirstAdmin {
    static final String NAME = "admin";

    private FirstAdmin() {
    }

    /** Creates the admin when there is no account at all; its one-time password, or empty when accounts exist. */
    static Optional<String> create(Service s) {
        if (!s.accountStore().none()) {
            return Optional.empty();
        }
        String password = Secrets.oneTimePassword();
        String hash = Secrets.hashPassword(password);
        s.jdbi().useTransaction(h -> {
            var a = s.accountStore().create(h, NAME, Role.ADMIN, null, hash, true);
            Audit.record(h, null, null, "account.create", "account " + NAME, null, Map.of("name", a.name(), "role", a.role().name()));
        });
        return Optional.of(password);
    }
}
