package vn.dti.reporting;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.dti.api.Agencies;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.Finding;
import vn.dti.api.FindingCode;
import vn.dti.api.EvidenceSource;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ReportingRole;
import vn.dti.api.Value;
import vn.dti.reporting.internal.Problems;
import vn.dti.reporting.internal.VietnameseValues;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Figure;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The agencies' submissions for a period merged into the province's evidence for it, the same
 * whatever the order of the files:
 * <ul>
 *   <li>a component reported by several of its named agencies (the responsible agency, and the
 *       cooperating agencies the catalogue names) must have one value: two that disagree are an
 *       error naming both files and cells; their documents are pooled;</li>
 *   <li>the responsible agency's report is the one kept; a component only a named cooperating
 *       agency reported is kept as that agency's (the score card then names the responsible agency
 *       that did not report it, {@code REPORTED_BY_COOPERATING_AGENCY});</li>
 *   <li>the members of a cooperating group ({@code Sở, ban, ngành, địa phương}; agencies.json)
 *       each report their own figure: a contribution, kept in the component's note (value and
 *       documents), never added up and never in conflict with another's, since the documents give
 *       no formula that makes the province's value from them (ASSUMPTION; Kế hoạch nâng cao chỉ số
 *       DTI tỉnh Khánh Hòa năm 2025, mục III.1: the responsible agency "đôn đốc, tổng hợp, đánh
 *       giá" the cooperating agencies' results). A component only members reported is kept as the
 *       member's when exactly one did (as a cooperating agency's); when several did it stays
 *       {@code NOT_REPORTED}, naming them in {@code reportedBy}, and the card says the responsible
 *       agency has to report it;</li>
 *   <li>a year is its own folder's reports where there are any, and for every other component is
 *       built from its quarters by the calendar's rule for the component's kind
 *       ({@code calendar.json}, {@code yearFromQuarters}: the latest quarter for ratios and
 *       states, the sum for counts of things done in the year, …); a half-year ({@code 2025-H1})
 *       is built from its two quarters by the same rules.</li>
 * </ul>
 */
public final class EvidenceMerge {
    private static final Collator VI = Collator.getInstance(Locale.forLanguageTag("vi"));
    /** Documents by date (undated web pages first), then every field, so that pooled documents come out in one order whatever the files' order. */
    static final Comparator<Document> DOCUMENT_ORDER = Comparator.comparing(Document::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(d -> d.number() == null ? "" : d.number()).thenComparing(d -> d.title() == null ? "" : d.title())
            .thenComparing(d -> d.issuer() == null ? "" : d.issuer()).thenComparing(d -> d.link() == null ? "" : d.link())
            .thenComparing(d -> d.summary() == null ? "" : d.summary());

    /**
     * The merged evidence, the submissions it came from, and notes for the reader (e.g. a file made
     * from another version of the methodology, a workbook with macros).
     *
     * @param evidence    the province's evidence for the period
     * @param submissions the submissions merged, agency by agency (for a year or a half-year, its own
     *                    and its quarters')
     * @param notes       what the reader should know about the files (empty when nothing)
     */
    public record Result(Evidence evidence, List<Submission> submissions, List<String> notes) {
        /**
         * Copies the lists.
         *
         * @param evidence    the merged evidence
         * @param submissions not null; copied
         * @param notes       not null; copied
         * @throws NullPointerException if a list is null
         */
        public Result {
            submissions = List.copyOf(submissions);
            notes = List.copyOf(notes);
        }
    }

    private EvidenceMerge() {
    }

    /**
     * Merges a workspace's submissions for a period: a quarter from its folder; a half-year from its
     * quarters; a year from its own folder and its quarters.
     *
     * @param scorer the methodology's scorer
     * @param ws     the workspace
     * @param period a quarter ({@code 2025-Q3}), a half-year ({@code 2025-H1}) or a year ({@code 2025})
     * @return the merged evidence, the same whatever the order of the files
     * @throws InvalidEvidenceException listing every conflict and unreadable file (each with its file
     *                                  and cell), or when the period has no submissions or is a range
     */
    public static Result merge(RuleScorer scorer, Workspace ws, Period period) {
        if (!period.isQuarter() && !period.isYear() && !period.isHalf()) {
            throw new InvalidEvidenceException(t("reporting.merge.periodKind", period));
        }
        Entity named = ws.entity(scorer.methodology().entityKind()).orElse(null);
        if (period.isQuarter()) {
            List<Submission> own = ws.submissions(period, scorer);
            if (own.isEmpty()) {
                throw new InvalidEvidenceException(t("reporting.merge.noSubmissions", ws.folder(period), period));
            }
            return merge(scorer, own, period, named);
        }
        List<Result> quarters = new ArrayList<>();
        for (Period q : period.quarters()) {
            List<Submission> s = ws.submissions(q, scorer);
            if (!s.isEmpty()) {
                quarters.add(merge(scorer, s, q, named));
            }
        }
        List<Submission> own = period.isYear() ? ws.submissions(period, scorer) : List.of();
        if (own.isEmpty() && quarters.isEmpty()) {
            List<String> q = period.quarters().stream().map(Period::label).toList();
            throw new InvalidEvidenceException(t(period.isYear() ? "reporting.merge.noYearSubmissions" : "reporting.merge.noHalfSubmissions", ws.name(), period,
                    String.join(", ", q)));
        }
        return fromQuarters(scorer, period, own.isEmpty() ? null : merge(scorer, own, period, named), quarters);
    }

    /**
     * Merges one period's submissions (all of the same period).
     *
     * @param scorer      the methodology's scorer
     * @param submissions at least one, of {@code period}
     * @param period      their period
     * @return the merged evidence, the same whatever the order of the submissions
     * @throws InvalidEvidenceException listing every conflict (two values for a component, two files of
     *                                  one agency, another period or entity), or when there are none
     */
    public static Result merge(RuleScorer scorer, List<Submission> submissions, Period period) {
        return merge(scorer, submissions, period, null);
    }

    /**
     * Merges one period's submissions; {@code named} is the entity workspace.json names (null when
     * none): files made without {@code --entity} take it.
     */
    static Result merge(RuleScorer scorer, List<Submission> submissions, Period period, Entity named) {
        if (submissions.isEmpty()) {
            throw new InvalidEvidenceException(t("reporting.merge.nothingToMerge", period));
        }
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Submission> sorted = entities(submissions, named, problems, notes);
        sorted.sort(Comparator.comparing(Submission::agency, VI).thenComparing(Submission::file));
        Entity entity = sorted.get(0).entity();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).agency().equals(sorted.get(i - 1).agency())) {
                problems.add(t("reporting.merge.secondSubmission", sorted.get(i).file(), sorted.get(i).agency(), period, sorted.get(i - 1).file()));
            }
        }
        Map<IndicatorId, List<SubmittedComponent>> byComponent = new LinkedHashMap<>();
        for (Submission s : sorted) {
            if (!s.period().equals(period)) {
                problems.add(t("reporting.merge.otherPeriod", s.file(), s.period(), period));
            }
            for (SubmittedComponent sc : s.components()) {
                byComponent.computeIfAbsent(sc.evidence().indicator(), k -> new ArrayList<>()).add(sc);
            }
        }
        List<ComponentEvidence> merged = new ArrayList<>();
        for (Component c : scorer.methodology().components()) {
            List<SubmittedComponent> list = byComponent.get(c.id());
            if (list == null) {
                continue;
            }
            ComponentEvidence ce = one(c, list, scorer.agencies(), problems);
            if (ce != null) {
                merged.add(ce);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(Problems.join(problems));
        }
        LocalDate reportedAt = null;
        List<String> agencies = new ArrayList<>();
        for (Submission s : sorted) {
            if (reportedAt == null || (s.reportedAt() != null && s.reportedAt().isAfter(reportedAt))) {
                reportedAt = s.reportedAt();
            }
            agencies.add(s.agency());
        }
        notes.addAll(fileNotes(scorer, sorted));
        Evidence e = new Evidence(scorer.methodology().id(), entity, period, reportedAt,
                t(sorted.size() == 1 ? "reporting.merge.mergedOne" : "reporting.merge.merged", sorted.size(), period,
                String.join("; ", agencies)) + notesText(notes),
                merged);
        return new Result(e, sorted, notes);
    }

    /**
     * The values merged without any evidence document, named where they were written (file, sheet,
     * row; in an evidence file its line), with the points scoring will take from them: a warning at
     * merge, so that a clerk sees it before the score card shows it as points lost
     * ({@code NO_EVIDENCE_DOCUMENT}). A component whose documents another agency's file or another
     * quarter supplied is not named.
     *
     * @param scorer   the methodology's scorer (its rules say which values need a document)
     * @param merged   what {@link #merge(RuleScorer, Workspace, Period)} gave
     * @param language the language of the warnings
     * @return one warning per value without a document, in the order of the methodology's components; empty when none
     */
    public static List<String> withoutDocuments(RuleScorer scorer, Result merged, Language language) {
        List<String> out = new ArrayList<>();
        for (Finding f : scorer.score(merged.evidence()).findings()) {
            if (f.code() != FindingCode.NO_EVIDENCE_DOCUMENT) {
                continue;
            }
            for (Submission s : merged.submissions()) {
                for (SubmittedComponent sc : s.components()) {
                    ComponentEvidence ce = sc.evidence();
                    if (ce.indicator().equals(f.indicator()) && ce.status() == ReportStatus.REPORTED && ce.documents().isEmpty()) {
                        out.add(Messages.text(language, "reporting.merge.noDocument", sc.where().isEmpty() ? s.file() : sc.where(), f.indicator().value(),
                                s.agency(), Figure.points(f.points())));
                    }
                }
            }
        }
        return out;
    }

    /** A text of the catalogue in the language of the run ({@link Language#fromEnvironment()}). */
    private static String t(String key, Object... args) {
        return Messages.text(Language.fromEnvironment(), key, args);
    }

    private static List<Result> concat(List<Result> quarters, Result own) {
        List<Result> all = new ArrayList<>(quarters);
        all.add(own);
        return all;
    }

    /** The notes, for the merged evidence's own note. */
    private static String notesText(List<String> notes) {
        return notes.isEmpty() ? "" : " " + t("reporting.merge.notes", String.join(" ", notes));
    }

    /** The files' own notes (macros, links not followed), then one per methodology version other than the one reading the files. */
    private static List<String> fileNotes(RuleScorer scorer, List<Submission> submissions) {
        List<String> notes = new ArrayList<>();
        for (Submission s : submissions) {
            notes.addAll(s.notes());
        }
        notes.addAll(versionNotes(scorer, submissions));
        return notes;
    }

    /** One note per methodology version other than the one reading the files (a folder edited since the templates were made). */
    private static List<String> versionNotes(RuleScorer scorer, List<Submission> submissions) {
        Map<String, List<String>> byVersion = new TreeMap<>();
        for (Submission s : submissions) {
            if (!s.version().isEmpty() && !s.version().equals(scorer.version())) {
                byVersion.computeIfAbsent(s.version(), k -> new ArrayList<>()).add(Path.of(s.file()).getFileName().toString());
            }
        }
        List<String> notes = new ArrayList<>();
        byVersion.forEach((version, files) -> notes.add(t(files.size() == 1 ? "reporting.merge.oldVersionOne" : "reporting.merge.oldVersion", files.size(),
                version, scorer.methodology().id(), String.join("; ", files.subList(0, Math.min(3, files.size()))) + (files.size() > 3 ? "; …" : ""),
                scorer.version())));
        return notes;
    }

    /**
     * The submissions, each for the workspace's entity: files made without {@code --entity} (the
     * placeholder {@link AgencyWorkbooks#NO_ENTITY}) take the entity workspace.json names, else the
     * one the other files report for; two entities, or none at all, are problems.
     */
    private static List<Submission> entities(List<Submission> submissions, Entity named, List<String> problems, List<String> notes) {
        List<Submission> out = new ArrayList<>();
        Entity entity = named;
        Submission first = null;
        for (Submission s : submissions) {
            if (!s.entity().id().equals(AgencyWorkbooks.NO_ENTITY) && first == null) {
                first = s;
            }
        }
        if (entity == null && first != null) {
            entity = first.entity();
        }
        List<String> adopted = new ArrayList<>();
        for (Submission s : submissions) {
            if (s.entity().id().equals(AgencyWorkbooks.NO_ENTITY) && entity != null) {
                out.add(s.withEntity(entity));
                adopted.add(Path.of(s.file()).getFileName().toString());
                continue;
            }
            if (entity != null && !s.entity().id().equals(entity.id())) {
                problems.add(named != null ? t("reporting.merge.otherEntityNamed", s.file(), s.entity().id(), named.id())
                        : t("reporting.merge.otherEntity", s.file(), s.entity().id(), first.file(), entity.id()));
            }
            out.add(s);
        }
        if (entity == null) {
            problems.add(t(submissions.size() == 1 ? "reporting.merge.noEntityOne" : "reporting.merge.noEntity",
                    String.join("; ", submissions.stream().map(Submission::file).toList()), AgencyWorkbooks.NO_ENTITY));
        } else if (!adopted.isEmpty()) {
            notes.add(t(adopted.size() == 1 ? "reporting.merge.adoptedOne" : "reporting.merge.adopted", String.join("; ", adopted), entity.id(),
                    named != null ? "workspace.json" : t("reporting.merge.otherFiles")));
        }
        return out;
    }

    /** One component's evidence from every agency that reported it; null (and a problem) when named agencies disagree. */
    private static ComponentEvidence one(Component c, List<SubmittedComponent> list, Agencies agencies, List<String> problems) {
        List<SubmittedComponent> named = new ArrayList<>();
        List<SubmittedComponent> members = new ArrayList<>();
        for (SubmittedComponent sc : list) {
            (agencies.via(sc.evidence().reportedBy(), c) == null ? named : members).add(sc);
        }
        members.sort(Comparator.comparing((SubmittedComponent sc) -> sc.evidence().reportedBy(), VI));
        String contributions = contributions(c, members, agencies);
        if (named.isEmpty() && members.size() > 1) {
            List<String> who = new ArrayList<>();
            members.forEach(sc -> who.add(sc.evidence().reportedBy()));
            return new ComponentEvidence(c.id(), ReportStatus.NOT_REPORTED, null, EvidenceSource.SELF_REPORTED, List.of(), String.join("; ", who), null,
                    t("reporting.merge.onlyMembers", c.responsibleAgency()) + " " + contributions);
        }
        List<SubmittedComponent> reporters = named.isEmpty() ? members : named;
        SubmittedComponent first = reporters.get(0);
        boolean conflict = false;
        for (SubmittedComponent other : reporters.subList(1, reporters.size())) {
            if (first.evidence().status() != other.evidence().status() || !Objects.equals(first.evidence().value(), other.evidence().value())) {
                problems.add(t("reporting.merge.twoWays", c.id(), first.evidence().reportedBy(), shown(first.evidence()), first.where(),
                        other.evidence().reportedBy(), shown(other.evidence()), other.where()));
                conflict = true;
            }
        }
        if (conflict) {
            return null;
        }
        SubmittedComponent kept = null;
        for (SubmittedComponent sc : reporters) {
            if (sc.role() == ReportingRole.RESPONSIBLE) {
                kept = sc;
            }
        }
        if (kept == null) {
            List<SubmittedComponent> cooperating = new ArrayList<>(reporters);
            cooperating.sort(Comparator.comparing((SubmittedComponent sc) -> sc.evidence().reportedAt())
                    .thenComparing(sc -> sc.evidence().reportedBy(), VI));
            kept = cooperating.get(0);
        }
        List<Document> documents = documents(reporters);
        StringBuilder note = new StringBuilder(kept.evidence().note() == null ? "" : kept.evidence().note());
        List<String> also = new ArrayList<>();
        for (SubmittedComponent sc : reporters) {
            if (sc != kept) {
                also.add(sc.evidence().reportedBy());
            }
        }
        also.sort(VI);
        if (!also.isEmpty()) {
            note.append(note.length() == 0 ? "" : " ").append(t("reporting.merge.alsoReported", String.join("; ", also)));
        }
        if (named.isEmpty()) {
            note.append(note.length() == 0 ? "" : " ").append(t("reporting.merge.onlyMember", kept.evidence().reportedBy(),
                    agencies.via(kept.evidence().reportedBy(), c)));
        } else if (!members.isEmpty()) {
            note.append(note.length() == 0 ? "" : " ").append(contributions);
        }
        ComponentEvidence k = kept.evidence();
        return new ComponentEvidence(c.id(), k.status(), k.value(), EvidenceSource.SELF_REPORTED, documents, k.reportedBy(), k.reportedAt(),
                note.length() == 0 ? null : note.toString());
    }

    /** The members' own figures, for the note: each with its value and documents; never added up. */
    private static String contributions(Component c, List<SubmittedComponent> members, Agencies agencies) {
        if (members.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (SubmittedComponent sc : members) {
            ComponentEvidence e = sc.evidence();
            List<String> docs = new ArrayList<>();
            for (Document d : e.documents()) {
                docs.add((d.number() != null ? d.number() : d.title()) + (d.date() == null ? "" : ", " + VietnameseValues.date(d.date())));
            }
            parts.add(e.reportedBy() + " " + shown(e) + " (" + (docs.isEmpty() ? t("reporting.merge.noDocumentShort") : String.join("; ", docs)) + ")");
        }
        return t("reporting.merge.contributions", agencies.via(members.get(0).evidence().reportedBy(), c), String.join("; ", parts));
    }

    private static String shown(ComponentEvidence e) {
        return e.status() == ReportStatus.NOT_APPLICABLE ? VietnameseValues.NOT_APPLICABLE
                : e.value() instanceof Value.Numeric n ? VietnameseValues.vi(n.number()) : String.valueOf(e.value().raw());
    }

    /** The documents of every report, each once, by date then number. */
    private static List<Document> documents(List<SubmittedComponent> list) {
        LinkedHashSet<Document> all = new LinkedHashSet<>();
        for (SubmittedComponent sc : list) {
            all.addAll(sc.evidence().documents());
        }
        List<Document> out = new ArrayList<>(all);
        out.sort(DOCUMENT_ORDER);
        return out;
    }

    /** A year or a half-year: a year's own reports where there are any, else each component from its quarters by the calendar's rule. */
    private static Result fromQuarters(RuleScorer scorer, Period period, Result own, List<Result> quarters) {
        ReportingCalendar.YearFromQuarters rules = scorer.calendar().fromQuarters();
        List<Submission> submissions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Entity entity = null;
        for (Result r : quarters) {
            submissions.addAll(r.submissions());
            entity = check(entity, r, problems);
        }
        if (own != null) {
            submissions.addAll(own.submissions());
            entity = check(entity, own, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(Problems.join(problems));
        }
        LinkedHashSet<String> all = new LinkedHashSet<>();
        // each period's notes but those on methodology versions, said once below for all the files
        for (Result r : own == null ? quarters : concat(quarters, own)) {
            List<String> versions = versionNotes(scorer, r.submissions());
            r.notes().stream().filter(n -> !versions.contains(n)).forEach(all::add);
        }
        all.addAll(versionNotes(scorer, submissions));
        notes.addAll(all);
        List<ComponentEvidence> out = new ArrayList<>();
        LocalDate reportedAt = null;
        for (Component c : scorer.methodology().components()) {
            ComponentEvidence ce = own == null ? null : own.evidence().component(c.id()).orElse(null);
            if (ce == null) {
                ce = fromQuarters(c, rules.ruleFor(c), quarters);
            }
            if (ce != null) {
                out.add(ce);
                if (ce.reportedAt() != null && (reportedAt == null || ce.reportedAt().isAfter(reportedAt))) {
                    reportedAt = ce.reportedAt();
                }
            }
        }
        List<String> from = new ArrayList<>();
        quarters.forEach(r -> from.add(r.evidence().period().label()));
        List<String> parts = new ArrayList<>();
        if (own != null) {
            parts.add(t(own.submissions().size() == 1 ? "reporting.merge.yearOwnOne" : "reporting.merge.yearOwn", own.submissions().size()));
        }
        if (!from.isEmpty()) {
            parts.add(t("reporting.merge.yearQuarters", String.join(", ", from)));
        }
        String note = t("reporting.merge.fromQuarters", period, String.join(t("reporting.merge.then"), parts)) + notesText(notes);
        return new Result(new Evidence(scorer.methodology().id(), entity, period, reportedAt, note, out), submissions, notes);
    }

    private static Entity check(Entity entity, Result r, List<String> problems) {
        Entity e = r.evidence().entity();
        if (entity != null && !entity.id().equals(e.id())) {
            problems.add(t("reporting.merge.otherPeriodsEntity", r.submissions().get(0).file(), e.id(), entity.id()));
            return entity;
        }
        return e;
    }

    /**
     * A component of a year or a half-year from its quarters' values by a rule; null when no quarter
     * reported it. A quarter where it has no value (only members of a cooperating group reported
     * their figures) does not count, unless no quarter has a value.
     */
    static ComponentEvidence fromQuarters(Component c, ReportingCalendar.YearRule rule, List<Result> quarters) {
        List<ComponentEvidence> found = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        ComponentEvidence noValue = null;
        for (Result r : quarters) {
            ComponentEvidence ce = r.evidence().component(c.id()).orElse(null);
            if (ce == null) {
                continue;
            }
            if (ce.status() == ReportStatus.NOT_REPORTED) {
                noValue = ce;
                continue;
            }
            found.add(ce);
            periods.add(r.evidence().period());
        }
        if (found.isEmpty()) {
            return noValue;
        }
        ComponentEvidence latest = found.get(found.size() - 1);
        if (rule == ReportingCalendar.YearRule.LATEST || !c.valueKind().numeric()) {
            return new ComponentEvidence(c.id(), latest.status(), latest.value(), latest.source(), latest.documents(), latest.reportedBy(),
                    latest.reportedAt(), t("reporting.merge.latest", periods.get(periods.size() - 1)) + (latest.note() == null ? "" : " " + latest.note()));
        }
        double result = rule == ReportingCalendar.YearRule.SUM ? 0 : Double.NEGATIVE_INFINITY;
        List<String> terms = new ArrayList<>();
        LinkedHashSet<Document> docs = new LinkedHashSet<>();
        for (int i = 0; i < found.size(); i++) {
            ComponentEvidence ce = found.get(i);
            if (!(ce.value() instanceof Value.Numeric n)) {
                continue;
            }
            result = rule == ReportingCalendar.YearRule.SUM ? result + n.number() : Math.max(result, n.number());
            terms.add(periods.get(i) + " " + VietnameseValues.vi(n.number()));
            docs.addAll(ce.documents());
        }
        if (terms.isEmpty()) {
            return new ComponentEvidence(c.id(), latest.status(), null, latest.source(), latest.documents(), latest.reportedBy(), latest.reportedAt(),
                    t("reporting.merge.allNotApplicable", periods.get(periods.size() - 1)));
        }
        List<Document> documents = new ArrayList<>(docs);
        documents.sort(DOCUMENT_ORDER);
        String how = rule == ReportingCalendar.YearRule.SUM ? String.join(" + ", terms) + " = " + VietnameseValues.vi(result)
                : "max(" + String.join(", ", terms) + ") = " + VietnameseValues.vi(result);
        return new ComponentEvidence(c.id(), ReportStatus.REPORTED, Value.number(result), latest.source(), documents, latest.reportedBy(),
                latest.reportedAt(), t("reporting.merge.rule", rule, how));
    }
}
