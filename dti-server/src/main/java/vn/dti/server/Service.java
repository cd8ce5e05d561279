package vn.dti.server;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The parts of a running service, made once at start: the stores over the database, the
 * methodologies, and the handlers of each area of the API. {@link Routes} wires the handlers into
 * the route table.
 */
final class Service {
    private final Jdbi jdbi;
    private final Accounts accounts;
    private final MethodologyService methodologies;
    private final AccountApi accountApi;
    private final ScoringApi scoringApi;
    private final MethodologyApi methodologyApi;
    private final Reporting reporting;
    private final ReportingApi reportingApi;
    private final AppraisalApi appraisalApi;
    private final Health health;

    Service(Jdbi jdbi, Path work, Clock clock, DashboardFiles dashboard) {
        this.jdbi = jdbi;
        this.accounts = new Accounts(jdbi);
        this.methodologies = new MethodologyService(jdbi, new MethodologyStore(jdbi), work);
        this.accountApi = new AccountApi(jdbi, accounts, new LoginThrottle(clock), methodologies);
        this.scoringApi = new ScoringApi(methodologies);
        this.reporting = new Reporting(jdbi, new ReportingStore(jdbi));
        this.methodologyApi = new MethodologyApi(methodologies, reporting);
        this.reportingApi = new ReportingApi(reporting, methodologies, dashboard);
        this.appraisalApi = new AppraisalApi(jdbi, reporting, methodologies);
        this.health = new Health();
    }

    Jdbi jdbi() {
        return jdbi;
    }

    Accounts accountStore() {
        return accounts;
    }

    MethodologyService methodologies() {
        return methodologies;
    }

    AccountApi accounts() {
        return accountApi;
    }

    ScoringApi scoring() {
        return scoringApi;
    }

    MethodologyApi methodologyApi() {
        return methodologyApi;
    }

    Reporting reporting() {
        return reporting;
    }

    ReportingApi reportingApi() {
        return reportingApi;
    }

    AppraisalApi appraisal() {
        return appraisalApi;
    }


    Health health() {
        return health;
    }

    /** {@code GET /api/v1/health}: the service answers, its database too, and the methodology it scores with. */
    final class Health {
        /** What the health check answers. */
        record Status(String status, String methodology, String version) {
        }

        void health(Context ctx, Principal who) {
            jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
            MethodologyService.Active a = methodologies.active();
            Http.json(ctx, new Status("ok", a.version().methodologyId(), a.version().version()));
        }
    }
}
