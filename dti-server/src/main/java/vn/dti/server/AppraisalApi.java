package vn.dti.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import vn.dti.api.Appraisal;
import vn.dti.api.AppraisalDecision;
import vn.dti.api.DtiException;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.reporting.Appraisals;
import vn.dti.reporting.EvidenceMerge;
import vn.dti.reporting.Workspace;
import vn.dti.rules.RuleScorer;

/**
 * The appraisal council (Hội đồng thẩm định): its decisions on a period's evidence, appended one by
 * one (a decision withdrawn stays in the record, marked), and the period finalised, after which
 * nothing more is submitted or decided. A decision is checked by the library against the period's
 * merged evidence before it is stored, as {@code dti score --appraisal} checks an appraisal file.
 */
final class AppraisalApi {
    private final Jdbi jdbi;
    private final Reporting reporting;
    private final MethodologyService methodologies;

    AppraisalApi(Jdbi jdbi, Reporting reporting, MethodologyService methodologies) {
        this.jdbi = jdbi;
        this.reporting = reporting;
        this.methodologies = methodologies;
    }

    /** {"reason": …} */
    record Withdrawal(String reason) {
    }

    /** Who finalised the period, and when. */
    record Finalised(String by, OffsetDateTime at) {
    }

    /**
     * A period's appraisal: the standing decisions as the appraisal file holds them (what the export
     * writes), every decision recorded (withdrawn ones too), and whether the period is finalised.
     */
    record View(Appraisal appraisal, List<ReportingStore.Decision> decisions, Finalised finalised) {
    }

    /** A decision recorded: its id (to withdraw it) and the decision. */
    record Recorded(long id, AppraisalDecision decision) {
    }

    void view(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.submissionPeriod(ctx);
        List<ReportingStore.Decision> all = reporting.store().decisions(entity.id(), period::equals);
        List<AppraisalDecision> standing = reporting.standing(entity, period::equals).getOrDefault(period, List.of());
        Finalised f = reporting.store().finalised(entity.id(), period).map(e -> new Finalised(e.getKey(), e.getValue())).orElse(null);
        Http.json(ctx, new View(new Appraisal(null, entity.id(), period, null, standing), all, f));
    }

    /**
     * A decision, written as in an appraisal file ({"indicator": "6.5", "decision": "VALUE_ADJUSTED",
     * "value": 0.45, "reason": …, "date": …}; the date defaults to today): checked with the standing
     * ones against the period's evidence, then appended.
     */
    void decide(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.submissionPeriod(ctx);
        Http.json(ctx, 201, record(entity, period, Http.jsonBody(ctx, "request body").bytes(), who, ctx.ip()));
    }

    /** Records a decision written as JSON (the API's body, the council page's form): checked with the standing ones against the evidence, then appended. */
    Recorded record(Entity entity, Period period, byte[] json, Principal who, String address) {
        AppraisalDecision decision = decision(json);
        RuleScorer scorer = methodologies.active().scorer();
        Workspace ws = reporting.workspace(entity, Reporting.within(period));
        Evidence merged = EvidenceMerge.merge(scorer, ws, period).evidence();
        List<AppraisalDecision> all = new ArrayList<>(reporting.standing(entity, period::equals).getOrDefault(period, List.of()));
        all.add(decision);
        Workspace.StoredFile file = Reporting.appraisalFile(entity, period, all);
        Appraisals.appraised(scorer, merged, Appraisals.read(file), file);   // the library's check of every decision against the evidence
        long id = jdbi.inTransaction(h -> {
            reporting.store().lockOpenPeriod(h, entity.id(), period);
            long made = reporting.store().addDecision(h, entity.id(), period, decision, who, address);
            Audit.record(h, who, address, "appraisal.decide", "decision " + made + " " + entity.id() + "/" + period, null, decision);
            return made;
        });
        return new Recorded(id, decision);
    }

    /** Withdraws a decision: it stays in the record, marked withdrawn, and no longer counts. */
    void withdraw(Context ctx, Principal who) {
        Entity entity = reporting.entity(ctx);
        Period period = Reporting.submissionPeriod(ctx);
        long id = decisionId(ctx);
        Withdrawal w = Http.jsonRequest(ctx, Withdrawal.class);
        if (w.reason() == null || w.reason().isBlank()) {
            throw Problem.badRequest("MISSING_FIELD", Text.missingField("reason"));
        }
        ReportingStore.Decision d = reporting.store().decisions(entity.id(), period::equals).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> Problem.notFound("UNKNOWN_DECISION", Text.unknownDecision(ctx.pathParam("decision"))));
        if (d.withdrawn() != null) {
            throw Problem.conflict("WITHDRAWN", Text.decisionWithdrawn(id));
        }
        jdbi.useTransaction(h -> {
            reporting.store().lockOpenPeriod(h, entity.id(), period);
            reporting.store().withdraw(h, id, w.reason().strip(), who);
            Audit.record(h, who, ctx.ip(), "appraisal.withdraw", "decision " + id + " " + entity.id() + "/" + period, d.decision(),
                    Map.of("reason", w.reason().strip()));
        });
        Http.json(ctx, 201, Map.of("withdrawn", id));
    }

    /** Finalises the period: from then on nothing is submitted or decided in it. */
    void finalise(Context ctx, Principal who) {
        Http.json(ctx, 201, finalisePeriod(reporting.entity(ctx), Reporting.submissionPeriod(ctx), who, ctx.ip()));
    }

    /** Finalises the period (the API's and the council page's). */
    Finalised finalisePeriod(Entity entity, Period period, Principal who, String address) {
        jdbi.useTransaction(h -> {
            reporting.store().lockOpenPeriod(h, entity.id(), period);
            reporting.store().finalise(h, entity.id(), period, who);
            Audit.record(h, who, address, "period.finalise", "period " + entity.id() + "/" + period, null, Map.of("finalised", true));
        });
        var f = reporting.store().finalised(entity.id(), period).orElseThrow();
        return new Finalised(f.getKey(), f.getValue());
    }

    private static long decisionId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("decision"));
        } catch (NumberFormatException e) {
            throw Problem.notFound("UNKNOWN_DECISION", Text.unknownDecision(ctx.pathParam("decision")));
        }
    }

    /** A decision as an appraisal file writes one; the date, when left out, is today. */
    private static AppraisalDecision decision(byte[] json) {
        JsonNode tree;
        try {
            tree = DtiJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            tree = null;
        }
        if (tree instanceof ObjectNode o && !o.has("date")) {
            o.put("date", vn.dti.api.ReportingDay.today().toString());
            json = DtiJson.write(o).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return DtiJson.read(json, "request body", AppraisalDecision.class, null, DtiException::new);
    }
}
