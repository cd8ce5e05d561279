package vn.dti.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The service's PostgreSQL: the embedded one in the data folder ({@code --data}, the default), or
 * the one {@code --database} names (user and password from the environment). The schema is brought
 * up to date with Flyway ({@code db/V<n>__<what>.sql}, never edited once released) before anything
 * else runs. Every change the service makes is one transaction; an upload is acknowledged only once
 * it has committed.
 */
final class Database implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(EmbeddedPostgres embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens the database the options name and migrates its schema.
     *
     * @throws IOException when the embedded PostgreSQL cannot start in the data folder
     */
    static Database open(ServerOptions options) throws IOException {
        EmbeddedPostgres embedded = null;
        String url = options.databaseUrl();
        String user = options.databaseUser();
        String password = options.databasePassword();
        if (url == null) {
            embedded = startEmbedded(options.dataDir());
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = null;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(options.databaseConnections());
        config.setPoolName("dti");
        config.setAutoCommit(true);
        try {
            HikariDataSource pool = new HikariDataSource(config);
            Flyway.configure().dataSource(pool).locations("classpath:vn/dti/server/db").failOnMissingLocations(true).load().migrate();
            return new Database(embedded, pool);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * PostgreSQL in {@code <data>/postgres} (made on first start), its binaries unpacked in
     * {@code <data>/binaries}. Every commit is flushed before it is acknowledged
     * ({@code synchronous_commit=on}, which zonky turns off for tests): a server killed right after
     * answering 201 has the submission on disk.
     */
    private static EmbeddedPostgres startEmbedded(Path data) throws IOException {
        Path binaries = data.resolve("binaries");
        Files.createDirectories(binaries);
        return EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("listen_addresses", "localhost")
                .start();
    }

    Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() throws IOException {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
