package vn.dti.server;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Methodology versions in the database: each folder's files as uploaded, its check and test
 * results, who uploaded it and when; and the activations, appended in order (the active version is
 * the last one activated). Nothing here is ever changed in place.
 */
final class MethodologyStore {
    private final Jdbi jdbi;

    MethodologyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * A stored version.
     *
     * @param version       the folder's hash, as score cards name it
     * @param methodologyId the catalogue's id; null when it cannot be read
     * @param origin        what was uploaded
     * @param uploadedBy    the account; null for the methodology the database started with
     */
    record Version(long id, String version, String methodologyId, String origin, boolean valid, boolean testsPassed, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    /** One activation: which version, by whom (null: on the first start), when. */
    record Activation(String version, String methodologyId, String activatedBy, OffsetDateTime activatedAt) {
    }

    private static final String VERSION = "select v.id, v.version, v.methodology_id, v.origin, v.valid, v.tests_passed, a.name as uploaded_by, v.uploaded_at "
            + "from methodology_version v left join account a on a.id = v.uploaded_by ";

    private static Version version(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Version(rs.getLong("id"), rs.getString("version"), rs.getString("methodology_id"), rs.getString("origin"), rs.getBoolean("valid"),
                rs.getBoolean("tests_passed"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    Optional<Version> byVersion(String version) {
        return jdbi.withHandle(h -> h.createQuery(VERSION + "where v.version = :v").bind("v", version).map((rs, ctx) -> version(rs)).findOne());
    }

    List<Version> list() {
        return jdbi.withHandle(h -> h.createQuery(VERSION + "order by v.id").map((rs, ctx) -> version(rs)).list());
    }

    /** The version activated last; empty on an empty database. */
    Optional<Version> active() {
        return jdbi.withHandle(h -> h.createQuery(VERSION + "where v.id = (select version_id from methodology_activation order by id desc limit 1)")
                .map((rs, ctx) -> version(rs)).findOne());
    }

    List<Activation> activations() {
        return jdbi.withHandle(h -> h.createQuery("select v.version, v.methodology_id, a.name, m.activated_at from methodology_activation m "
                        + "join methodology_version v on v.id = m.version_id left join account a on a.id = m.activated_by order by m.id")
                .map((rs, ctx) -> new Activation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class))).list());
    }

    /** A version's files, by path. */
    SortedMap<String, byte[]> files(long versionId) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("select path, bytes from methodology_file where version_id = :id").bind("id", versionId)
                .map((rs, ctx) -> {
                    out.put(rs.getString(1), rs.getBytes(2));
                    return null;
                }).list());
        return out;
    }

    /** The check and test results, as stored (JSON). */
    String checkResult(long versionId) {
        return jdbi.withHandle(h -> h.createQuery("select check_result from methodology_version where id = :id").bind("id", versionId)
                .mapTo(String.class).one());
    }

    Version insert(Handle h, SortedMap<String, byte[]> files, String version, String methodologyId, String origin, boolean valid, boolean testsPassed,
            String checkResult, Long uploadedBy) {
        long id = h.createQuery("insert into methodology_version (version, methodology_id, origin, valid, tests_passed, check_result, uploaded_by) "
                        + "values (:version, :mid, :origin, :valid, :passed, :check, :by) returning id")
                .bind("version", version).bind("mid", methodologyId).bind("origin", origin).bind("valid", valid).bind("passed", testsPassed)
                .bind("check", checkResult).bind("by", uploadedBy).mapTo(Long.class).one();
        var batch = h.prepareBatch("insert into methodology_file (version_id, path, bytes) values (:id, :path, :bytes)");
        files.forEach((path, bytes) -> batch.bind("id", id).bind("path", path).bind("bytes", bytes).add());
        batch.execute();
        return h.createQuery(VERSION + "where v.id = :id").bind("id", id).map((rs, ctx) -> version(rs)).one();
    }

    void activate(Handle h, long versionId, Long by) {
        h.createUpdate("insert into methodology_activation (version_id, activated_by) values (:id, :by)").bind("id", versionId).bind("by", by).execute();
    }
}
