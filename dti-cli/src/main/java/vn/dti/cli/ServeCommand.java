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
 * Jetty, JDBI or the PostgreSQL driver. Its help texts are in the catalogue ({@code dti.serve.*} of
 * help.properties), Vietnamese first.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "<port>")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "<address>")
    String host;

    @Option(names = "--data", defaultValue = "dti-data", paramLabel = "<folder>")
    Path data;

    @Option(names = "--database", paramLabel = "<jdbc-url>")
    String database;

    @Option(names = "--behind-proxy")
    boolean behindProxy;

    @Option(names = "--cohort", paramLabel = "<file>")
    Path cohort;

    @Option(names = "--targets", paramLabel = "<file>")
    Path targets;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw Options.usage(spec, Text.of(spec).t("cli.serve.port", String.valueOf(port)));
        }
        if (database != null && !database.startsWith("jdbc:postgresql:")) {
            throw Options.usage(spec, Text.of(spec).t("cli.serve.database", database));
        }
        return Serve.run(host, port, data, database, database == null ? null : System.getenv(Serve.DATABASE_USER),
                database == null ? null : System.getenv(Serve.DATABASE_PASSWORD), behindProxy, cohort, targets, spec.commandLine().getOut());
    }
}
