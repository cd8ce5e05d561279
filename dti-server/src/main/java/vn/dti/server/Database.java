package vn.dti.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.text.Language;

/**
 * The service's PostgreSQL: the embedded one in the data folder ({@code --data}, the default), or
 * the one {@code --database} names (user and password from the environment). The schema is brought
 * up to date with Flyway ({@code db/V<n>__<what>.sql}, never edited once released) before anything
 * else runs. Every change the service makes is one transaction; an upload is acknowledged only once
 * it has committed.
 */
final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** zonky's lock on a data folder, held by the service whose PostgreSQL it is while that service lives. */
    private static final String LOCK_FILE = "epg-lock";
    private static final long STOP_SECONDS = 60;

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
        stopOrphan(data.resolve("postgres"), binaries);
        return EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("listen_addresses", "localhost")
                .start();
    }

    /**
     * A service killed without its shutdown ({@code kill -9}, a crash, the machine's OOM killer) leaves
     * its embedded PostgreSQL running, as a process of its own, in the data folder, or its
     * {@code postmaster.pid} behind: either would stop the new one from starting. When no living
     * service holds the folder (zonky's lock), the orphan is stopped cleanly ({@code pg_ctl stop -m
     * fast}: its sessions end, a shutdown checkpoint; what it committed is on disk already); a
     * {@code postmaster.pid} whose process is not a PostgreSQL is stale and deleted (after a restart
     * its number may be another process's, which PostgreSQL would take for a running server).
     */
    static void stopOrphan(Path pgData, Path binaries) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || !Files.exists(pgData.resolve(LOCK_FILE))) {
            return;
        }
        try (FileOutputStream lockStream = new FileOutputStream(pgData.resolve(LOCK_FILE).toFile());
                FileLock lock = lockStream.getChannel().tryLock()) {
            if (lock == null) {
                return;   // a living service holds the folder: zonky refuses to start a second one on it
            }
            long pid = postmasterPid(pidFile);
            Optional<ProcessHandle> running = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (running.isEmpty() || !mayBePostgres(running.get())) {
                Files.deleteIfExists(pidFile);
                LOG.warn(Text.stalePostmasterPid(pidFile.toString(), Long.toString(pid)).in(Language.fromEnvironment()));
                return;
            }
            if (!pgCtlStop(pgData, binaries)) {
                // no pg_ctl: the postmaster's own signal for a smart shutdown, then for an immediate one
                running.get().destroy();
                try {
                    running.get().onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                    running.get().destroyForcibly();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while stopping the PostgreSQL left in " + pgData, e);
                }
            }
            LOG.warn(Text.orphanStopped(Long.toString(pid), pgData.toString()).in(Language.fromEnvironment()));
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // this JVM holds it: a database it opened already
        }
    }

    /** The first line of postmaster.pid: the postmaster's process id; -1 when unreadable. */
    private static long postmasterPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Whether the process is a PostgreSQL server, or might be (its command is not visible to this user). */
    private static boolean mayBePostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("/postmaster") || c.endsWith("postgres.exe")).orElse(true);
    }

    /** {@code pg_ctl stop -m fast} with the unpacked binaries; false when there is no pg_ctl or it fails. */
    private static boolean pgCtlStop(Path pgData, Path binaries) throws IOException {
        try (DirectoryStream<Path> unpacked = Files.newDirectoryStream(binaries, "PG-*")) {
            for (Path dir : unpacked) {
                Path pgCtl = dir.resolve("bin").resolve("pg_ctl");
                if (Files.isExecutable(pgCtl)) {
                    Process p = new ProcessBuilder(pgCtl.toString(), "-D", pgData.toString(), "stop", "-m", "fast", "-w", "-t",
                            Long.toString(STOP_SECONDS)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    try {
                        return p.waitFor(STOP_SECONDS + 10, TimeUnit.SECONDS) && p.exitValue() == 0;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        p.destroyForcibly();
                        return false;
                    }
                }
            }
        }
        return false;
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
