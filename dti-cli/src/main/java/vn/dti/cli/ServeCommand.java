package vn.dti.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dti serve}: the province's service. Only this class's {@link #call} reaches the server
 * (through {@link Serve}, whose classes load when it runs), so that no other command loads Javalin,
 * Jetty, JDBI or the PostgreSQL driver.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the province's DTI service: an HTTP API (under /api/v1, described at /api/v1/openapi.json) on a PostgreSQL database, "
                + "with an account for every agency's clerk, the appraisal council, the methodology officers, the steering committee (viewer) and "
                + "the admin (docs/server.md).",
            "With no options it keeps its record in an embedded PostgreSQL in the folder dti-data/ and listens on http://127.0.0.1:8080. On an "
                + "empty database it creates the account admin and prints its one-time password once, on a line starting 'admin password:'; it "
                + "prints the address it listens on on a line starting 'listening on http://'. Stop it with Ctrl-C (or SIGTERM): the requests "
                + "running finish, then the database closes."},
        footer = {"",
            "Behind a reverse proxy with TLS (nginx, Caddy, Apache httpd): keep --host 127.0.0.1 so that only the proxy reaches the service; let "
                + "the proxy terminate TLS (https on port 443) and forward to http://127.0.0.1:<port>, setting X-Forwarded-For and "
                + "X-Forwarded-Proto; give --behind-proxy so that the service takes the client's address and https from them (session cookies are "
                + "then marked Secure, and sign-in limits count per client). Never serve the plain HTTP port on a network: passwords and session "
                + "cookies would cross it in clear. An nginx example is in docs/server.md.",
            "",
            "In production, keep the record in a PostgreSQL of your own: --database jdbc:postgresql://host:5432/dti with the user and password in "
                + "the environment (DTI_DATABASE_USER, DTI_DATABASE_PASSWORD), never on the command line; back it up with pg_dump. The embedded "
                + "database trusts every account of this machine: use it on a machine only its operators can log in to.",
            "",
            "Example: dti serve --port 8080 --data /var/lib/dti"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "<port>", description = "The port to listen on (default ${DEFAULT-VALUE}); 0 picks "
            + "a free one, printed on the 'listening on' line.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "<address>", description = "The address to listen on (default "
            + "${DEFAULT-VALUE}: this machine only, for a reverse proxy in front).")
    String host;

    @Option(names = "--data", defaultValue = "dti-data", paramLabel = "<folder>", description = "The folder of the embedded PostgreSQL "
            + "(default ${DEFAULT-VALUE} in the working directory); made on first start.")
    Path data;

    @Option(names = "--database", paramLabel = "<jdbc-url>", description = "A PostgreSQL of your own, e.g. jdbc:postgresql://db:5432/dti, instead of "
            + "the embedded one; user and password from the environment (" + Serve.DATABASE_USER + ", " + Serve.DATABASE_PASSWORD + ").")
    String database;

    @Option(names = "--behind-proxy", description = "Trust the reverse proxy's X-Forwarded-For and X-Forwarded-Proto (see below).")
    boolean behindProxy;

    @Option(names = "--cohort", paramLabel = "<file>", description = "The cohort the served dashboard ranks the province in (as dti dashboard "
            + "--cohort): its rank, the rank after the plan and how sure it is; an illustrative cohort is said to be so on the page.")
    Path cohort;

    @Option(names = "--targets", paramLabel = "<file>", description = "The targets file the served dashboard checks and plans for (as dti "
            + "dashboard --targets).")
    Path targets;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw Options.usage(spec, "--port must be between 0 and 65535; got [" + port + "].");
        }
        if (database != null && !database.startsWith("jdbc:postgresql:")) {
            throw Options.usage(spec, "--database takes a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/dti); got [" + database + "].");
        }
        return Serve.run(host, port, data, database, database == null ? null : System.getenv(Serve.DATABASE_USER),
                database == null ? null : System.getenv(Serve.DATABASE_PASSWORD), behindProxy, cohort, targets, spec.commandLine().getOut());
    }
}
