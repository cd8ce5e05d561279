package vn.dti.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.dti.server.internal.AdminView;
import vn.dti.server.internal.AuditView;
import vn.dti.server.internal.ClerkView;
import vn.dti.server.internal.Option;
import vn.dti.server.internal.Words;

/**
 * The admin's pages (docs/pages.md): the accounts (every one, a new one with its agency chosen
 * from the methodology's, disabled or enabled, a new one-time password shown once on the answer)
 * and the audit log (by who, action and days, newest first, before and after as text). The same
 * code as the API's ({@link AccountApi}): nothing is decided here.
 */
final class AdminPages {
    /** The most entries the audit page shows. */
    static final int AUDIT_ROWS = 200;

    private final Service service;
    private final Pages pages;

    AdminPages(Service service, Pages pages) {
        this.service = service;
        this.pages = pages;
    }

    /** The pages' routes, each with its rule. */
    static void routes(List<Route> r, AdminPages p) {
        Access admin = Access.roles(Role.ADMIN);
        r.add(Pages.page(HandlerType.GET, "/admin", admin, "The admin's page of accounts", "Every account; a new one, disabled or enabled, a "
                + "new one-time password.", p::accounts));
        r.add(Pages.page(HandlerType.POST, "/admin/accounts", admin, "Create an account (form)", "As POST /api/v1/accounts; the one-time "
                + "password is shown on the answer only.", p::create));
        r.add(Pages.page(HandlerType.POST, "/admin/accounts/state", admin, "Disable or enable an account (form)", "As PATCH "
                + "/api/v1/accounts/{name}.", p::state));
        r.add(Pages.page(HandlerType.POST, "/admin/accounts/password", admin, "Reset an account's password (form)", "As POST "
                + "/api/v1/accounts/{name}/password; the one-time password is shown on the answer only.", p::password));
        r.add(Pages.page(HandlerType.GET, "/admin/audit", admin, "The audit log page", "As GET /api/v1/audit: by who, action and days, newest first.",
                p::audit));
    }

    void accounts(Context ctx, Principal who) {
        render(ctx, who, new Words(Pages.language(ctx)), 200, null, null);
    }

    /** The new account's form: made as the API makes it (a clerk's agency only for a clerk); its one-time password on the answer. */
    void create(Context ctx, Principal who) {
        Words w = new Words(Pages.language(ctx));
        String name = Http.field(ctx, "name");
        String role = Http.field(ctx, "role");
        String agency = Role.CLERK.name().equals(role) ? Http.field(ctx, "agency") : null;
        answer(ctx, who, w, () -> {
            AccountApi.WithPassword made = service.accounts().create(new AccountApi.NewAccount(name, role, agency), who, ctx.ip());
            return new AdminView.Password(made.account().name(), made.password());
        }, "admin.created");
    }

    /** Disables or enables an account, as the API does (disabling ends its sessions). */
    void state(Context ctx, Principal who) {
        Words w = new Words(Pages.language(ctx));
        String name = Http.field(ctx, "name");
        boolean disable = "true".equals(Http.field(ctx, "disabled"));
        answer(ctx, who, w, () -> {
            service.accounts().change(name == null ? "" : name, new AccountApi.AccountChange(disable), who, ctx.ip());
            return null;
        }, disable ? "admin.disabled" : "admin.enabled");
    }

    /** A new one-time password for an account, as the API makes it; shown on the answer only. */
    void password(Context ctx, Principal who) {
        Words w = new Words(Pages.language(ctx));
        String name = Http.field(ctx, "name");
        answer(ctx, who, w, () -> {
            AccountApi.WithPassword made = service.accounts().resetPassword(name == null ? "" : name, who, ctx.ip());
            return new AdminView.Password(made.account().name(), made.password());
        }, "admin.reset");
    }

    /** Runs a form's change; the page says what was done (naming the account), or why not. */
    private void answer(Context ctx, Principal who, Words w, Supplier<AdminView.Password> change, String done) {
        String name = Http.field(ctx, "name");
        try {
            AdminView.Password shown = change.get();
            render(ctx, who, w, 200, new ClerkView.Result(true, w.t(done, name == null ? "" : name.strip()), List.of()), shown);
        } catch (Problem p) {
            if (p.status() >= 500) {
                throw p;
            }
            ctx.header(Pages.PROBLEM_HEADER, p.code());
            render(ctx, who, w, p.status(), new ClerkView.Result(false, w.t("admin.refused"), p.problems(w.language())), null);
        }
    }

    private void render(Context ctx, Principal who, Words w, int status, ClerkView.Result result, AdminView.Password shown) {
        List<AdminView.AccountRow> rows = new ArrayList<>();
        for (Accounts.Account a : service.accounts().accounts(who)) {
            rows.add(new AdminView.AccountRow(a.name(), roleWords(w, a.role()), a.agency() == null ? "" : a.agency(),
                    w.t(a.disabled() ? "admin.state.disabled" : "admin.state.enabled"), a.disabled(),
                    a.mustChangePassword() ? w.t("admin.pending") : "", Pages.TIME.format(a.createdAt().atZoneSameInstant(Pages.ZONE))));
        }
        List<Option> roles = new ArrayList<>();
        for (Role r : Role.values()) {
            roles.add(new Option(r.name(), roleWords(w, r), r == Role.CLERK));
        }
        List<Option> agencies = service.methodologies().active().scorer().agencies().agencies().stream().map(a -> new Option(a, a, false)).toList();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("f", pages.frame(ctx, who, w, w.t("admin.title"), "/admin"));
        params.put("v", new AdminView(rows, roles, agencies, result, shown));
        pages.render(ctx, status, "admin.jte", params);
    }

    private static String roleWords(Words w, Role r) {
        return r == Role.CLERK ? w.t("admin.clerk") : w.t("role." + r.name());
    }

    /** The audit log as the API reads it, filtered by who, action (a prefix) and days; a day that does not read is said on the page. */
    void audit(Context ctx, Principal who) {
        Words w = new Words(Pages.language(ctx));
        String by = blankAsNull(Http.field(ctx, "who"));
        String action = blankAsNull(Http.field(ctx, "action"));
        List<AuditView.Row> rows = new ArrayList<>();
        String older = null;
        int status = 200;
        ClerkView.Result result = null;
        try {
            LocalDate from = Http.day(ctx, "from", null);
            LocalDate to = Http.day(ctx, "to", null);
            long before = Http.intField(ctx, "before", Integer.MAX_VALUE, 1);
            List<AccountApi.AuditEntry> entries = service.accounts().audit(by, action, from, to, before, AUDIT_ROWS + 1);
            if (entries.size() > AUDIT_ROWS) {
                entries = entries.subList(0, AUDIT_ROWS);
                older = olderLink(ctx, entries.get(AUDIT_ROWS - 1).id());
            }
            for (AccountApi.AuditEntry e : entries) {
                rows.add(new AuditView.Row(Pages.TIME.format(e.at().atZoneSameInstant(Pages.ZONE)), e.who(), e.address() == null ? "" : e.address(),
                        actionWords(w, e.action()), e.target() == null ? "" : e.target(), e.before() == null ? "" : e.before(), e.after() == null ? "" : e.after()));
            }
        } catch (Problem p) {
            ctx.header(Pages.PROBLEM_HEADER, p.code());
            status = p.status();
            result = new ClerkView.Result(false, w.t("admin.audit.refused"), p.problems(w.language()));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("f", pages.frame(ctx, who, w, w.t("admin.audit.title"), "/admin/audit"));
        params.put("v", new AuditView(text(by), text(action), text(Http.field(ctx, "from")), text(Http.field(ctx, "to")), rows, AUDIT_ROWS, older));
        params.put("result", result);
        pages.render(ctx, status, "audit.jte", params);
    }

    /** The same filters, the page after this one: entries older than {@code lastId}. */
    private static String olderLink(Context ctx, long lastId) {
        StringBuilder link = new StringBuilder("/admin/audit?before=").append(lastId);
        for (String name : List.of("who", "action", "from", "to")) {
            String v = Http.field(ctx, name);
            if (v != null && !v.isBlank()) {
                link.append('&').append(name).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return link.toString();
    }

    /** The actions the service records, each with its words in the catalogue ({@code admin.audit.do.*}). */
    private static final java.util.Set<String> ACTIONS = java.util.Set.of("account.create", "account.disable", "account.enable", "account.password",
            "account.password-reset", "appraisal.decide", "appraisal.withdraw", "entity.create", "methodology.activate", "methodology.upload",
            "period.finalise", "session.end", "session.refused", "session.start", "submission.add", "token.create", "token.revoke");

    /** "Tạo tài khoản (account.create)": the action in words, then its code (what the filter takes). */
    private static String actionWords(Words w, String action) {
        return ACTIONS.contains(action) ? w.t("admin.audit.do." + action) + " (" + action + ")" : action;
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
