package vn.dti.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jdbi.v3.core.Handle;
import vn.dti.json.DtiJson;

/**
 * The audit log: every change the service makes, who made it, from where, when, and what the
 * record held before and after (never a password, a hash, a token or a session id). Written in
 * the transaction of the change it records, so the log and the record never disagree; append-only.
 */
final class Audit {
    private Audit() {
    }

    /**
     * Appends one entry.
     *
     * @param who     the principal (null: the service itself, e.g. on its first start)
     * @param address the client's address (null for the service itself)
     * @param before  what the record held (a small map or record; null when it is new)
     * @param after   what it holds now (null when it was removed)
     */
    static void record(Handle h, Principal who, String address, String action, String target, Object before, Object after) {
        h.createUpdate("insert into audit_log (account_id, who, address, action, target, before, after) "
                        + "values (:account, :who, :address, :action, :target, :before, :after)")
                .bind("account", who == null ? null : who.accountId())
                .bind("who", who == null ? "dti serve" : who.who())
                .bind("address", address)
                .bind("action", action)
                .bind("target", target)
                .bind("before", json(before))
                .bind("after", json(after))
                .execute();
    }

    private static String json(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return DtiJson.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry that does not write as JSON", e);
        }
    }
}
