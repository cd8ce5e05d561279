package vn.dti.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import vn.dti.api.DtiException;
import vn.dti.server.DtiServer;
import vn.dti.server.ServerOptions;
import vn.dti.text.Message;

/**
 * Starts the service for {@code dti serve} and keeps it running until the process is stopped. Kept
 * apart from the command's class so that the server's classes load only when {@code dti serve} runs.
 */
final class Serve {
    /** The environment variables of the database's user and password (never options: a command line is seen by every user of the machine). */
    static final String DATABASE_USER = "DTI_DATABASE_USER";
    static final String DATABASE_PASSWORD = "DTI_DATABASE_PASSWORD";

    private Serve() {
    }

    static int run(String host, int port, Path data, String database, String user, String password, boolean behindProxy, Path cohort, Path targets,
            PrintWriter out) throws InterruptedException {
        // the service's own log (one line a request, and its errors) goes to standard error
        System.setProperty("org.slf4j.simpleLogger.log.vn.dti.server", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        ServerOptions options = ServerOptions.defaults().withHost(host).withPort(port).withDataDir(data).withBehindProxy(behindProxy)
                .withDashboard(cohort, targets);
        if (database != null) {
            options = options.withDatabase(database, user, password);
        }
        DtiServer server;
        try {
            server = DtiServer.start(options, out);
        } catch (IOException e) {
            throw new DtiException(Message.of("cli.serve.cannotStart", String.valueOf(e.getMessage())), e);
        } catch (RuntimeException e) {
            throw startFailure(e, host, port, database);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // the process is ending: nothing more to do
            } finally {
                stopped.countDown();
            }
        }, "dti-serve-stop"));
        stopped.await();
        return ExitCode.OK;
    }

    /** A start that fails for a reason the operator can fix: a port in use, a database that does not answer. */
    private static RuntimeException startFailure(RuntimeException e, String host, int port, String database) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof BindException) {
                return new DtiException(Message.of("cli.serve.portInUse", host, Integer.toString(port), String.valueOf(c.getMessage())), e);
            }
            if (c instanceof java.sql.SQLException && database != null) {
                return new DtiException(Message.of("cli.serve.databaseUnreachable", database, String.valueOf(c.getMessage()), DATABASE_USER, DATABASE_PASSWORD), e);
            }
        }
        return e;
    }
}
