package vn.dti.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for the whole test JVM (started on first use, stopped when the JVM
 * ends), and a fresh database in it for each test class or server: the suite stays fast and the
 * tests never see each other's rows. The same PostgreSQL as production; no fake.
 */
public final class TestDatabase {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** The shared PostgreSQL, started on first use. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL does not start", e);
            }
        }
        return postgres;
    }

    /** A new, empty database; its JDBC URL (user postgres, no password). */
    public static String newDatabase(String purpose) {
        String name = "t" + NEXT.incrementAndGet() + "_" + purpose.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return postgres().getJdbcUrl("postgres", name);
    }

    /** Options for a server on loopback, a free port, and a new database. */
    public static ServerOptions options(String purpose) {
        return ServerOptions.defaults().withPort(0).withDatabase(newDatabase(purpose), "postgres", null);
    }
}
