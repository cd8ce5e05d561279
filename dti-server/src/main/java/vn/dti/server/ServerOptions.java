package vn.dti.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code dti serve} runs: where it listens, which database it keeps its record in, and what it
 * loads on start. Build it with {@link #defaults()} and the withers; {@code dti serve}'s options
 * map one to one.
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
 */
public record ServerOptions(String host, int port, Path dataDir, String databaseUrl, String databaseUser, String databasePassword,
        int databaseConnections, boolean behindProxy, Path importWorkspace, String bootstrapMethodology) {
    /** The bundled methodology an empty database starts with. */
    public static final String DEFAULT_METHODOLOGY = "vn-dti-province-2025";

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

    /** 127.0.0.1:8080, the embedded database in {@code dti-data/}, the bundled 2025 methodology. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 8080, Path.of("dti-data"), null, null, null, 16, false, null, DEFAULT_METHODOLOGY);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(h, port, dataDir, databaseUrl, databaseUser, databasePassword, databaseConnections, behindProxy, importWorkspace,
                bootstrapMethodology);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, dataDir, databaseUrl, databaseUser, databasePassword, databaseConnections, behindProxy, importWorkspace,
                bootstrapMethodology);
    }

    public ServerOptions withDataDir(Path d) {
        return new ServerOptions(host, port, d, databaseUrl, databaseUser, databasePassword, databaseConnections, behindProxy, importWorkspace,
                bootstrapMethodology);
    }

    /** An external PostgreSQL; the user and password come from the environment, never from the command line. */
    public ServerOptions withDatabase(String url, String user, String password) {
        return new ServerOptions(host, port, dataDir, url, user, password, databaseConnections, behindProxy, importWorkspace, bootstrapMethodology);
    }

    public ServerOptions withBehindProxy(boolean b) {
        return new ServerOptions(host, port, dataDir, databaseUrl, databaseUser, databasePassword, databaseConnections, b, importWorkspace,
                bootstrapMethodology);
    }

    public ServerOptions withImportWorkspace(Path w) {
        return new ServerOptions(host, port, dataDir, databaseUrl, databaseUser, databasePassword, databaseConnections, behindProxy, w,
                bootstrapMethodology);
    }

    /** Never prints the database password. */
    @Override
    public String toString() {
        return "ServerOptions[" + host + ":" + port + ", " + (databaseUrl == null ? "embedded database in " + dataDir : databaseUrl) + "]";
    }
}
