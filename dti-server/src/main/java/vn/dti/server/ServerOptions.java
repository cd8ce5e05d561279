package vn.dti.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code dti serve} runs: where it listens, which database it keeps its record in, and what it
 * loads on start. Build it with {@link #defaults()} and the withers; {@code dti serve}'s options
 * map one to one. Immutable; {@link #toString()} never shows the database password.
 *
 * @param host                the address to listen on (default 127.0.0.1: only this machine; a reverse proxy serves the rest)
 * @param port                the port (default 8080; 0 picks a free one)
 * @param dataDir             the folder of the embedded PostgreSQL (default {@code dti-data}); unused with {@code databaseUrl}
 * @param databaseUrl         a PostgreSQL JDBC URL, or null for the embedded database
 * @param databaseUser        the user for {@code databaseUrl} (from the environment, never the command line)
 * @param databasePassword    the password for {@code databaseUrl} (from the environment)
 * @param databaseConnections the size of the connection pool
 * @param behindProxy         trust the reverse proxy's {@code X-Forwarded-For} and {@code X-Forwarded-Proto} (client address, https)
 * @param importWorkspace     a workspace folder to load into the database on start, or null
 * @param bootstrapMethodology the bundled methodology that an empty database starts with
 * @param dashboardCohort     the cohort file the served dashboard ranks the entity in ({@code dti dashboard --cohort}), or null for no rank
 * @param dashboardTargets    the targets file the served dashboard checks and plans for ({@code dti dashboard --targets}), or null for none
 */
public record ServerOptions(String host, int port, Path dataDir, String databaseUrl, String databaseUser, String databasePassword,
        int databaseConnections, boolean behindProxy, Path importWorkspace, String bootstrapMethodology, Path dashboardCohort, Path dashboardTargets) {
    /** The bundled methodology an empty database starts with. */
    public static final String DEFAULT_METHODOLOGY = "vn-dti-province-2025";

    /**
     * Checks the options.
     *
     * @param host                 the address to listen on
     * @param port                 the port, 0 to 65535 (0 picks a free one)
     * @param dataDir              the folder of the embedded PostgreSQL
     * @param databaseUrl          a PostgreSQL JDBC URL, or null for the embedded database
     * @param databaseUser         the user for {@code databaseUrl}, or null
     * @param databasePassword     the password for {@code databaseUrl}, or null
     * @param databaseConnections  the size of the connection pool, at least 2
     * @param behindProxy          trust the reverse proxy's {@code X-Forwarded-*} headers
     * @param importWorkspace      a workspace folder to load on start, or null
     * @param bootstrapMethodology the bundled methodology an empty database starts with
     * @param dashboardCohort      the served dashboard's cohort file, or null
     * @param dashboardTargets     the served dashboard's targets file, or null
     * @throws NullPointerException     if {@code host}, {@code dataDir} or {@code bootstrapMethodology} is null
     * @throws IllegalArgumentException if the port is out of range or fewer than 2 connections are asked for
     */
    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        Objects.requireNonNull(dataDir, "dataDir");
        if (databaseConnections < 2) {
            throw new IllegalArgumentException("at least 2 database connections");
        }
        Objects.requireNonNull(bootstrapMethodology, "bootstrapMethodology");
    }

    /** {@return 127.0.0.1:8080, the embedded database in {@code dti-data/}, 16 connections, no proxy, the bundled 2025 methodology} */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 8080, Path.of("dti-data"), null, null, null, 16, false, null, DEFAULT_METHODOLOGY, null, null);
    }

    /**
     * These options with another value.
     *
     * @param h the address to listen on
     * @return the new options
     * @throws NullPointerException if {@code h} is null
     */
    public ServerOptions withHost(String h) {
        return new ServerOptions(h, port, dataDir, databaseUrl, databaseUser, databasePassword, databaseConnections, behindProxy, importWorkspace,
                bootstrapMethodology, dashboardCohort, dashboardTargets);
    }

    /**
     * These options with another value.
     *
     * @param p the port (0 picks a free one)
     * @return the new options
     * @throws IllegalArgumentException if {@code p} is not between 0 and 65535
     */
    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, dataDir, databaseUrl, databaseUser, databasePassword, databaseConnections, behindProxy, importWorkspace,
                bootstrapMethodology, dashboardCohort, dashboardTargets);
    }

    /**
     * These options with another value.
     *
     * @param d the folder of the embedded PostgreSQL
     * @return the new options
     * @throws NullPointerException if {@code d} is null
     */
    public ServerOptions withDataDir(Path d) {
        return new ServerOptions(host, port, d, databaseUrl, databaseUser, databasePassword, databaseConnections, behindProxy, importWorkspace,
                bootstrapMethodology, dashboardCohort, dashboardTargets);
    }

    /**
     * An external PostgreSQL instead of the embedded one; the user and password come from the
     * environment, never from the command line.
     *
     * @param url      a PostgreSQL JDBC URL ({@code jdbc:postgresql://host:5432/dti})
     * @param user     the database user, or null
     * @param password the user's password, or null
     * @return the new options
     */
    public ServerOptions withDatabase(String url, String user, String password) {
        return new ServerOptions(host, port, dataDir, url, user, password, databaseConnections, behindProxy, importWorkspace, bootstrapMethodology,
                dashboardCohort, dashboardTargets);
    }

    /**
     * These options with another value.
     *
     * @param b whether to trust the reverse proxy's {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
     * @return the new options
     */
    public ServerOptions withBehindProxy(boolean b) {
        return new ServerOptions(host, port, dataDir, databaseUrl, databaseUser, databasePassword, databaseConnections, b, importWorkspace,
                bootstrapMethodology, dashboardCohort, dashboardTargets);
    }

    /**
     * These options with another value.
     *
     * @param w a workspace folder to load into the database on start, or null for none
     * @return the new options
     */
    public ServerOptions withImportWorkspace(Path w) {
        return new ServerOptions(host, port, dataDir, databaseUrl, databaseUser, databasePassword, databaseConnections, behindProxy, w,
                bootstrapMethodology, dashboardCohort, dashboardTargets);
    }

    /**
     * The files the served dashboard reads, as {@code dti dashboard --cohort --targets} does.
     *
     * @param cohort  the cohort file the entity is ranked in, or null for no rank
     * @param targets the targets file checked and planned for, or null for none
     * @return the new options
     */
    public ServerOptions withDashboard(Path cohort, Path targets) {
        return new ServerOptions(host, port, dataDir, databaseUrl, databaseUser, databasePassword, databaseConnections, behindProxy, importWorkspace,
                bootstrapMethodology, cohort, targets);
    }

    /** {@return the address and the database, never the database password} */
    @Override
    public String toString() {
        return "ServerOptions[" + host + ":" + port + ", " + (databaseUrl == null ? "embedded database in " + dataDir : databaseUrl) + "]";
    }
}
