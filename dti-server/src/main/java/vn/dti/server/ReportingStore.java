package vn.dti.server;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vn.dti.api.AppraisalDecision;
import vn.dti.api.Entity;
import vn.dti.api.EntityKind;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.reporting.AgencyWorkbooks;

/**
 * The reporting year in the database: entities, each agency's submissions per period (every version
 * kept, the latest counting), their evidence documents (stored once by SHA-256), the appraisal
 * council's decisions and their withdrawals, and the periods the council finalised. Rows are only
 * ever added.
 */
final class ReportingStore {
    private final Jdbi jdbi;

    ReportingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    // ------------------------------------------------------------------ entities

    Optional<Entity> entity(String id) {
        return jdbi.withHandle(h -> h.createQuery("select id, name, kind from entity where id = :id").bind("id", id)
                .map((rs, ctx) -> new Entity(rs.getString(1), rs.getString(2), EntityKind.valueOf(rs.getString(3)))).findOne());
    }

    List<Entity> entities() {
        return jdbi.withHandle(h -> h.createQuery("select id, name, kind from entity order by id")
                .map((rs, ctx) -> new Entity(rs.getString(1), rs.getString(2), EntityKind.valueOf(rs.getString(3)))).list());
    }

    void createEntity(Handle h, Entity e) {
        h.createUpdate("insert into entity (id, name, kind) values (:id, :name, :kind)").bind("id", e.id()).bind("name", e.name())
                .bind("kind", e.kind().name()).execute();
    }

    // ------------------------------------------------------------------ submissions

    /** A document file attached to a submission. */
    record Document(String fileName, String sha256, String contentType, long size) {
    }

    /**
     * One version of an agency's submission, as its history lists it.
     *
     * @param number             1, 2, …: the latest counts
     * @param methodologyVersion the methodology version that read it when it was received
     */
    record Stored(String entity, String period, String agency, int number, String fileName, String format, String sha256, String methodologyVersion,
            String submittedBy, OffsetDateTime submittedAt, List<Document> documents) {
    }

    /** A submission to store: the file as received and what was read from it. */
    record Incoming(String entity, Period period, String agency, String fileName, AgencyWorkbooks.Format format, byte[] bytes, String readAs,
            String methodologyVersion, List<Attached> documents) {
    }

    /** A document file sent with a submission. */
    record Attached(String fileName, String contentType, byte[] bytes) {
    }

    /**
     * Stores a submission as the agency's next version, with its documents, in the caller's
     * transaction; versions of one agency and period are numbered one at a time.
     */
    Stored add(Handle h, Incoming in, Principal who, String address) {
        int number = h.createQuery("select coalesce(max(number), 0) + 1 from submission where entity_id = :e and period = :p and agency = :a")
                .bind("e", in.entity()).bind("p", in.period().label()).bind("a", in.agency()).mapTo(Integer.class).one();
        long id = h.createQuery("insert into submission (entity_id, period, agency, number, file_name, format, sha256, bytes, read_as, "
                        + "methodology_version, submitted_by, address) values (:e, :p, :a, :n, :file, :format, :sha, :bytes, :read, :version, :by, :address) "
                        + "returning id")
                .bind("e", in.entity()).bind("p", in.period().label()).bind("a", in.agency()).bind("n", number).bind("file", in.fileName())
                .bind("format", in.format().name()).bind("sha", Secrets.sha256(in.bytes())).bind("bytes", in.bytes()).bind("read", in.readAs())
                .bind("version", in.methodologyVersion()).bind("by", who.accountId()).bind("address", address).mapTo(Long.class).one();
        int position = 0;
        for (Attached d : in.documents()) {
            byte[] sha = Secrets.sha256(d.bytes());
            h.createUpdate("insert into document (sha256, content_type, size, bytes) values (:sha, :type, :size, :bytes) on conflict do nothing")
                    .bind("sha", sha).bind("type", d.contentType()).bind("size", d.bytes().length).bind("bytes", d.bytes()).execute();
            h.createUpdate("insert into submission_document (submission_id, position, sha256, file_name) values (:id, :pos, :sha, :name)")
                    .bind("id", id).bind("pos", position++).bind("sha", sha).bind("name", d.fileName()).execute();
        }
        return stored(h, "s.id = :id", Map.of("id", id)).get(0);
    }

    /** The periods an entity has submissions for, the latest last (a year after its fourth quarter). */
    List<Period> periods(String entity) {
        return jdbi.withHandle(h -> h.createQuery("select distinct period from submission where entity_id = :e").bind("e", entity)
                .map((rs, ctx) -> Period.parse(rs.getString(1))).list()).stream()
                .sorted(java.util.Comparator.comparing(Period::end).thenComparing(p -> p.isQuarter() ? 0 : 1)).toList();
    }

    /** Every version of an agency's submissions for a period, oldest first. */
    List<Stored> history(String entity, Period period, String agency) {
        return jdbi.withHandle(h -> stored(h, "s.entity_id = :e and s.period = :p and s.agency = :a order by s.number",
                Map.of("e", entity, "p", period.label(), "a", agency)));
    }

    /** The latest version of each agency's submission for a period. */
    List<Stored> latest(String entity, Period period) {
        return jdbi.withHandle(h -> stored(h, "s.id in (select distinct on (agency) id from submission where entity_id = :e and period = :p "
                + "order by agency, number desc) order by s.agency", Map.of("e", entity, "p", period.label())));
    }

    Optional<Stored> version(String entity, Period period, String agency, int number) {
        return jdbi.withHandle(h -> stored(h, "s.entity_id = :e and s.period = :p and s.agency = :a and s.number = :n",
                Map.of("e", entity, "p", period.label(), "a", agency, "n", number))).stream().findFirst();
    }

    /** What was read from a version, as stored (JSON). */
    Optional<String> readAs(String entity, Period period, String agency, int number) {
        return jdbi.withHandle(h -> h.createQuery("select read_as from submission where entity_id = :e and period = :p and agency = :a and number = :n")
                .bind("e", entity).bind("p", period.label()).bind("a", agency).bind("n", number).mapTo(String.class).findOne());
    }

    /** A version's file, as received. */
    Optional<byte[]> file(String entity, Period period, String agency, int number) {
        return jdbi.withHandle(h -> h.createQuery("select bytes from submission where entity_id = :e and period = :p and agency = :a and number = :n")
                .bind("e", entity).bind("p", period.label()).bind("a", agency).bind("n", number).mapTo(byte[].class).findOne());
    }

    /** A document of that version (by its SHA-256, hex), with its bytes; empty when the version has no such document. */
    Optional<Map.Entry<Document, byte[]>> document(String entity, Period period, String agency, int number, String sha256) {
        return jdbi.withHandle(h -> h.createQuery("select sd.file_name, d.content_type, d.size, d.bytes from submission s "
                        + "join submission_document sd on sd.submission_id = s.id join document d on d.sha256 = sd.sha256 "
                        + "where s.entity_id = :e and s.period = :p and s.agency = :a and s.number = :n and encode(d.sha256, 'hex') = :sha limit 1")
                .bind("e", entity).bind("p", period.label()).bind("a", agency).bind("n", number).bind("sha", sha256)
                .map((rs, ctx) -> Map.entry(new Document(rs.getString(1), sha256, rs.getString(2), rs.getLong(3)), rs.getBytes(4))).findOne());
    }

    private static List<Stored> stored(Handle h, String where, Map<String, Object> binds) {
        var q = h.createQuery("select s.id, s.entity_id, s.period, s.agency, s.number, s.file_name, s.format, encode(s.sha256, 'hex'), "
                + "s.methodology_version, a.name, s.submitted_at from submission s join account a on a.id = s.submitted_by where " + where);
        binds.forEach(q::bind);
        Map<Long, Stored> out = new LinkedHashMap<>();
        q.map((rs, ctx) -> {
            out.put(rs.getLong(1), new Stored(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class), new ArrayList<>()));
            return null;
        }).list();
        if (!out.isEmpty()) {
            h.createQuery("select sd.submission_id, sd.file_name, encode(d.sha256, 'hex'), d.content_type, d.size from submission_document sd "
                            + "join document d on d.sha256 = sd.sha256 where sd.submission_id in (<ids>) order by sd.submission_id, sd.position")
                    .bindList("ids", new ArrayList<>(out.keySet()))
                    .map((rs, ctx) -> {
                        out.get(rs.getLong(1)).documents().add(new Document(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                        return null;
                    }).list();
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The latest submission of every agency for each period the filter keeps, as the files of a
     * workspace: {@code <period>/<agency>.<ext>} and the bytes as received.
     */
    Map<Period, List<Snapshot>> latestFiles(String entity, Predicate<Period> periods) {
        Map<Period, List<Snapshot>> out = new TreeMap<>(java.util.Comparator.comparing(Period::label));
        jdbi.useHandle(h -> h.createQuery("select distinct on (period, agency) period, agency, format, bytes from submission where entity_id = :e "
                        + "order by period, agency, number desc")
                .bind("e", entity)
                .map((rs, ctx) -> {
                    Period p = Period.parse(rs.getString(1));
                    if (periods.test(p)) {
                        out.computeIfAbsent(p, k -> new ArrayList<>()).add(new Snapshot(rs.getString(2), AgencyWorkbooks.Format.valueOf(rs.getString(3)),
                                rs.getBytes(4)));
                    }
                    return null;
                }).list());
        return out;
    }

    /** An agency's latest file for a period. */
    record Snapshot(String agency, AgencyWorkbooks.Format format, byte[] bytes) {
    }

    // ------------------------------------------------------------------ the council

    /**
     * A decision of the council as recorded.
     *
     * @param withdrawn when it was withdrawn (null: it stands)
     */
    record Decision(long id, String entity, String period, AppraisalDecision decision, String decidedBy, OffsetDateTime recordedAt,
            String withdrawnBy, OffsetDateTime withdrawn, String withdrawalReason) {
    }

    List<Decision> decisions(String entity, Predicate<Period> periods) {
        return jdbi.withHandle(h -> h.createQuery("select d.id, d.entity_id, d.period, d.indicator, d.decision, d.value, d.document, d.reason, "
                        + "d.decided_on, a.name, d.recorded_at, wa.name, w.withdrawn_at, w.reason from appraisal_decision d "
                        + "join account a on a.id = d.decided_by left join appraisal_withdrawal w on w.decision_id = d.id "
                        + "left join account wa on wa.id = w.withdrawn_by where d.entity_id = :e order by d.id")
                .bind("e", entity)
                .map((rs, ctx) -> new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), decision(rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class)), rs.getString(10), rs.getObject(11, OffsetDateTime.class),
                        rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getString(14)))
                .list()).stream().filter(d -> periods.test(Period.parse(d.period()))).toList();
    }

    /** The library's decision from its columns: the same JSON an appraisal file holds, read by the library. */
    private static AppraisalDecision decision(String indicator, String outcome, String value, String document, String reason, LocalDate date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", indicator);
        m.put("decision", outcome);
        if (value != null) {
            m.put("value", json(value));
        }
        m.put("document", document);
        m.put("reason", reason);
        m.put("date", date.toString());
        return DtiJson.mapper().convertValue(m, AppraisalDecision.class);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return DtiJson.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored decision's value is not JSON", e);
        }
    }

    long addDecision(Handle h, String entity, Period period, AppraisalDecision d, Principal who, String address) {
        return h.createQuery("insert into appraisal_decision (entity_id, period, indicator, decision, value, document, reason, decided_on, decided_by, "
                        + "address) values (:e, :p, :i, :d, :v, :doc, :reason, :on, :by, :address) returning id")
                .bind("e", entity).bind("p", period.label()).bind("i", d.indicator().value()).bind("d", d.decision().name())
                .bind("v", d.value() == null ? null : DtiJson.write(d.value()).strip()).bind("doc", d.document()).bind("reason", d.reason())
                .bind("on", d.date()).bind("by", who.accountId()).bind("address", address).mapTo(Long.class).one();
    }

    void withdraw(Handle h, long decision, String reason, Principal who) {
        h.createUpdate("insert into appraisal_withdrawal (decision_id, reason, withdrawn_by) values (:id, :reason, :by)").bind("id", decision)
                .bind("reason", reason).bind("by", who.accountId()).execute();
    }

    /**
     * Takes the period's lock for the rest of the transaction (uploads, decisions and finalising one
     * period go one at a time) and refuses a finalised period: what is stored after this call is
     * stored in an open period.
     */
    void lockOpenPeriod(Handle h, String entity, Period period) {
        h.createQuery("select 1 from pg_advisory_xact_lock(hashtext(:key))").bind("key", entity + "|" + period.label()).mapTo(Integer.class).one();
        boolean done = h.createQuery("select count(*) from period_finalisation where entity_id = :e and period = :p").bind("e", entity)
                .bind("p", period.label()).mapTo(Long.class).one() > 0;
        if (done) {
            throw Problem.conflict("PERIOD_FINALISED", Text.periodFinalised(entity, period.label()));
        }
    }

    /** When and by whom a period was finalised; empty while it is open. */
    Optional<Map.Entry<String, OffsetDateTime>> finalised(String entity, Period period) {
        return jdbi.withHandle(h -> h.createQuery("select a.name, f.finalised_at from period_finalisation f join account a on a.id = f.finalised_by "
                        + "where f.entity_id = :e and f.period = :p").bind("e", entity).bind("p", period.label())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class))).findOne());
    }

    void finalise(Handle h, String entity, Period period, Principal who) {
        h.createUpdate("insert into period_finalisation (entity_id, period, finalised_by) values (:e, :p, :by)").bind("e", entity)
                .bind("p", period.label()).bind("by", who.accountId()).execute();
    }
}
