package vn.dti.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.text.Language;

/**
 * The province's DTI service ({@code dti serve}): the HTTP API of the route table ({@link Routes})
 * over the library, its record in PostgreSQL. Start it with {@link #start}; it prints the first
 * admin's one-time password (on an empty database) and the address it listens on, each on a line of
 * its own:
 *
 * <pre>
 * admin password: …
 * listening on http://127.0.0.1:8080
 * </pre>
 *
 * {@link #close} stops it: the requests running finish, then the database closes. A started server
 * serves requests on Jetty's threads; its methods may be called from any thread.
 */
public final class DtiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DtiServer.class);

    private final Database database;
    private final Service service;
    private final Javalin app;
    private final Path work;
    private final String url;
    private final List<Route> routes;

    private DtiServer(Database database, Service service, Javalin app, Path work, String url, List<Route> routes) {
        this.database = database;
        this.service = service;
        this.app = app;
        this.work = work;
        this.url = url;
        this.routes = routes;
    }

    /**
     * Opens the database (migrating its schema), loads the active methodology (on an empty database:
     * the bundled one, and the first admin), and starts listening.
     *
     * @param options where to listen, which database, what to load
     * @param out     where the start-up lines go (standard output for {@code dti serve})
     * @return the running server; close it to stop it
     * @throws IOException when the embedded database cannot start or the port cannot be bound
     * @throws vn.dti.api.DtiException when the database cannot be reached or migrated, or the
     *                                 methodology to start with does not load
     */
    public static DtiServer start(ServerOptions options, PrintWriter out) throws IOException {
        Path work = Files.createTempDirectory("dti-serve-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Database db = null;
        try {
            db = Database.open(options);
            Service service = new Service(db.jdbi(), work, Clock.systemUTC(), DashboardFiles.read(options.dashboardCohort(), options.dashboardTargets()));
            service.methodologies().start(options.bootstrapMethodology());
            FirstAdmin.create(service).ifPresent(password -> {
                out.println(Text.adminPassword(password).in(Language.fromEnvironment()));
                out.println(Text.adminPasswordNote().in(Language.fromEnvironment()));
            });
            Pages pages = new Pages(service);
            List<Route> routes = Routes.all(service, pages);
            Javalin app = Javalin.create(config -> configure(config, service, pages, routes, options, work));
            app.start(options.host(), options.port());
            String url = "http://" + (options.host().contains(":") ? "[" + options.host() + "]" : options.host()) + ":" + app.port();
            out.println(Text.listening(url).in(Language.fromEnvironment()));
            out.flush();
            return new DtiServer(db, service, app, work, url, routes);
        } catch (IOException | RuntimeException e) {
            if (db != null) {
                db.close();
            }
            FolderUpload.delete(work);
            throw e;
        }
    }

    private static void configure(JavalinConfig config, Service service, Pages pages, List<Route> routes, ServerOptions options, Path work) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = Http.MAX_REQUEST_BYTES;
        config.jetty.multipartConfig.cacheDirectory(work.resolve("multipart").toString());
        config.jetty.multipartConfig.maxFileSize(Http.MAX_REQUEST_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(Http.MAX_REQUEST_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        if (options.behindProxy()) {
            // the proxy's X-Forwarded-For and -Proto: the client's address, and https for the Secure cookie
            config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
        }
        config.requestLogger.http((ctx, ms) -> {
            Principal who = ctx.attribute("who");
            LOG.info("{} {} {} {} ms{}", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms), who == null ? "" : " " + who.who());
        });
        Gate gate = new Gate(service.accountStore());
        config.routes.before(DtiServer::securityHeaders);
        for (Route r : routes) {
            if (r.page()) {
                config.routes.addHttpHandler(r.method(), r.path(), ctx -> page(gate, r, ctx, pages));
            } else {
                config.routes.addHttpHandler(r.method(), r.path(), ctx -> inRequestLanguage(ctx, () -> handle(gate, r, ctx)));
            }
        }
        config.routes.exception(Exception.class, (e, ctx) -> Problems.write(ctx, Problems.of(e)));
        config.routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type != null && type.startsWith("text/html")) {
                return;   // a page that said so itself
            }
            if (!ctx.path().startsWith(Routes.API + "/") && (type == null || !type.startsWith(Problems.MEDIA_TYPE))) {
                pages.notFound(ctx);
            } else if (type == null || !type.startsWith(Problems.MEDIA_TYPE)) {
                Problems.write(ctx, Problem.notFound("NO_ROUTE", Text.noRoute(ctx.method().name(), ctx.path())));
            }
        });
    }

    /** Checks the request's size and the caller, then runs the route's handler. */
    private static void handle(Gate gate, Route r, Context ctx) throws Exception {
        Route.Body body = r.doc().body();
        if (body != null && ctx.contentLength() > body.maxBytes()) {
            throw Problem.tooLarge(Text.requestTooLarge(ctx.contentLength(), body.maxBytes()));
        }
        Principal who = gate.admit(r, ctx);
        if (who != null) {
            ctx.attribute("who", who);
        }
        r.action().handle(ctx, who);
    }

    /** A handler's work. */
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs an API request's work with the library writing its texts (a refused workbook's cells, a
     * methodology's problems) in the language the request asks for ({@code Accept-Language}), as the
     * service's own texts are: not in the language of the server's environment.
     */
    private static void inRequestLanguage(Context ctx, Work work) throws Exception {
        inLanguage(Problems.language(ctx), work);
    }

    /** Runs work with the library writing its texts in {@code language}, on this thread and the threads it starts. */
    static void inLanguage(Language language, Work work) throws Exception {
        Exception[] thrown = new Exception[1];
        Language.during(language, () -> {
            try {
                work.run();
            } catch (Exception e) {
                thrown[0] = e;
            }
            return null;
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }

    /** A page's request: as {@link #handle}, but what it ends with is a page too (the login page for a request without a session). */
    private static void page(Gate gate, Route r, Context ctx, Pages pages) {
        try {
            handle(gate, r, ctx);
        } catch (Exception e) {
            pages.fail(ctx, Problems.of(e));
        }
    }

    /** Answers are not cached, not framed, not sniffed; an API answer runs no script. */
    private static void securityHeaders(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    /** The route table it serves (for the tests that call every route). */
    List<Route> routes() {
        return routes;
    }

    /** {@return the port it listens on (the one picked, for port 0)} */
    public int port() {
        return app.port();
    }

    /** {@return its address, {@code http://host:port} (an IPv6 host in brackets)} */
    public String url() {
        return url;
    }

    /**
     * Stops listening (the requests running finish), then closes the database and deletes the
     * server's temporary folder.
     *
     * @throws IOException when the embedded database does not stop cleanly
     */
    @Override
    public void close() throws IOException {
        try {
            app.stop();
        } finally {
            service.methodologies().close();
            try {
                database.close();
            } finally {
                FolderUpload.delete(work);
            }
        }
    }
}
