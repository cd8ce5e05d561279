package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingCalendar;
import vn.dti.api.ReportingRole;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.rules.RuleScorer;

/**
 * Merging does not depend on the order of the files, and splitting one province's evidence into
 * its agencies' workbooks, CSV and evidence files and merging them back gives the same score card.
 */
class MergeProperties {
    private final RuleScorer scorer = Fixtures.scorer();
    private static final List<Document> DOCS = List.of(
            Document.of("4100/BC-BCĐCĐS", "Báo cáo kết quả chuyển đổi số", LocalDate.of(2025, 8, 5), "Ban Chỉ đạo chuyển đổi số tỉnh"),
            Document.of("1426/QĐ-UBND", "Quyết định phê duyệt", LocalDate.of(2023, 6, 1), "UBND tỉnh Khánh Hòa"),
            new Document(null, "Trang thông tin chuyển đổi số", LocalDate.of(2025, 10, 3), null, null, null));

    /** One component's evidence as the responsible agency reports it: a value of its kind (numbers exact in decimals), or not applicable. */
    static Arbitrary<ComponentEvidence> reported(Component c) {
        Arbitrary<Value> value;
        switch (c.valueKind()) {
            case RATIO:
                value = Arbitraries.integers().between(0, 11500).map(k -> Value.number(k / 10000.0));
                break;
            case COUNT:
                value = Arbitraries.integers().between(0, 2_000_000).map(k -> Value.number(k));
                break;
            case RATE:
                value = Arbitraries.integers().between(0, 3000).map(k -> Value.number(k / 10.0));
                break;
            case MONEY:
                value = Arbitraries.integers().between(0, 500_000).map(k -> Value.number(k));
                break;
            case YES_NO:
                value = Arbitraries.of(true, false).map(Value::yesNo);
                break;
            default:
                value = Arbitraries.of(c.categories()).map(o -> Value.category(o.code()));
        }
        Arbitrary<List<Document>> docs = Arbitraries.subsetOf(DOCS).map(s -> {
            List<Document> l = new ArrayList<>(s);
            l.sort(Comparator.comparing(Document::date));
            return l;
        });
        return Combinators.combine(value, docs, Arbitraries.integers().between(0, 9)).as((v, d, k) -> k == 0
                ? new ComponentEvidence(c.id(), ReportStatus.NOT_APPLICABLE, null, EvidenceSource.SELF_REPORTED, d, c.responsibleAgency(), null, null)
                : new ComponentEvidence(c.id(), ReportStatus.REPORTED, v, EvidenceSource.SELF_REPORTED, d, c.responsibleAgency(), null, null));
    }

    /** A province's evidence for 2025-Q3: each component reported by its responsible agency, or not (about a third not). */
    @Provide
    Arbitrary<List<ComponentEvidence>> province() {
        List<Arbitrary<ComponentEvidence>> parts = new ArrayList<>();
        for (Component c : scorer.methodology().components()) {
            parts.add(Arbitraries.integers().between(0, 2).flatMap(k -> k == 0 ? Arbitraries.just((ComponentEvidence) null) : reported(c)));
        }
        return Combinators.combine(parts).as(list -> {
            List<ComponentEvidence> out = new ArrayList<>(list);
            out.removeIf(x -> x == null);
            return out;
        });
    }

    @Property(tries = 12)
    void splitIntoAgencyFiles_thenMerged_scoresTheSame(@ForAll("province") List<ComponentEvidence> given, @ForAll long seed) throws IOException {
        Random rnd = new Random(seed);
        Map<String, List<ComponentEvidence>> byAgency = new LinkedHashMap<>();
        Map<String, LocalDate> day = new LinkedHashMap<>();
        List<ComponentEvidence> dated = new ArrayList<>();
        for (ComponentEvidence ce : given) {
            String a = ce.reportedBy();
            LocalDate at = day.computeIfAbsent(a, k -> LocalDate.of(2025, 9, 10).plusDays(rnd.nextInt(30)));   // some after the 25th: late
            ComponentEvidence d = new ComponentEvidence(ce.indicator(), ce.status(), ce.value(), ce.source(), ce.documents(), a, at, null);
            dated.add(d);
            byAgency.computeIfAbsent(a, k -> new ArrayList<>()).add(d);
        }
        if (byAgency.isEmpty()) {
            return;
        }
        assertEquals(scorer.score(Evidence.of(Fixtures.KHANH_HOA, Fixtures.Q3, dated)), scorer.score(mergedFrom(byAgency, day, rnd)));
    }

    /** The agencies' files of 2025-Q3 written in a new workspace, each in a format at random, and merged. */
    private Evidence mergedFrom(Map<String, List<ComponentEvidence>> byAgency, Map<String, LocalDate> day, Random rnd) throws IOException {
        Path ws = Files.createTempDirectory("dti-ws-");
        try {
            AgencyWorkbooks.Format[] formats = AgencyWorkbooks.Format.values();
            for (Map.Entry<String, List<ComponentEvidence>> e : byAgency.entrySet()) {
                Split.write(ws.resolve("2025-Q3"), e.getKey(), Fixtures.Q3, day.get(e.getKey()), e.getValue(), formats[rnd.nextInt(formats.length)]);
            }
            return EvidenceMerge.merge(scorer, Workspace.open(ws), Fixtures.Q3).evidence();
        } finally {
            delete(ws);
        }
    }

    /**
     * Each component reported by its responsible agency alone, by the responsible agency and a
     * cooperating agency that agrees (named, or a member of a cooperating group, whose own figure
     * then only goes to the note), or by one cooperating agency alone; the agencies cite different
     * documents, which merging pools. The province's evidence has the value, the pooled documents
     * of the named agencies, and the agency whose report is kept.
     */
    @Property(tries = 10)
    void splitWithCooperatingAgenciesAndPooledDocuments_thenMerged_scoresTheSame(@ForAll("province") List<ComponentEvidence> given, @ForAll long seed)
            throws IOException {
        Random rnd = new Random(seed);
        Map<String, List<ComponentEvidence>> byAgency = new LinkedHashMap<>();
        Map<String, LocalDate> day = new LinkedHashMap<>();
        List<ComponentEvidence> province = new ArrayList<>();
        for (ComponentEvidence ce : given) {
            Component c = scorer.methodology().component(ce.indicator()).orElseThrow();
            List<String> cooperating = new ArrayList<>();
            for (String a : scorer.agencies().agencies()) {
                if (scorer.agencies().role(a, c) == ReportingRole.COOPERATING) {
                    cooperating.add(a);
                }
            }
            int k = cooperating.isEmpty() ? 0 : rnd.nextInt(3);   // 0: responsible alone; 1: with a cooperating agency; 2: a cooperating agency alone
            String other = cooperating.isEmpty() ? null : cooperating.get(rnd.nextInt(cooperating.size()));
            boolean member = other != null && scorer.agencies().via(other, c) != null;
            List<Document> mine = new ArrayList<>();
            List<Document> theirs = new ArrayList<>();
            for (Document d : ce.documents()) {
                (rnd.nextBoolean() ? mine : theirs).add(d);
            }
            if (k == 0) {
                mine = ce.documents();
            }
            List<Document> pooled = new ArrayList<>();
            String kept = k == 2 ? other : c.responsibleAgency();
            if (k != 2) {
                add(byAgency, day, rnd, c.responsibleAgency(), ce, k == 1 ? mine : ce.documents());
                pooled.addAll(k == 1 ? mine : ce.documents());
            }
            if (k == 1) {
                // a member's own figure differs: it is a contribution, not the province's value; a named agency agrees
                ComponentEvidence theirsCe = member && ce.value() instanceof Value.Numeric n && c.valueKind() != ValueKind.RATIO
                        ? withValue(ce, Value.number(n.number() + 1)) : ce;
                add(byAgency, day, rnd, other, theirsCe, member ? ce.documents() : theirs);
                if (!member) {
                    pooled.addAll(theirs);
                }
            }
            if (k == 2) {
                add(byAgency, day, rnd, other, ce, ce.documents());
                pooled.addAll(ce.documents());
            }
            List<Document> docs = new ArrayList<>(new LinkedHashSet<>(pooled));
            docs.sort(EvidenceMerge.DOCUMENT_ORDER);
            province.add(new ComponentEvidence(ce.indicator(), ce.status(), ce.value(), ce.source(), docs, kept, day.get(kept), null));
        }
        if (byAgency.isEmpty()) {
            return;
        }
        assertEquals(scorer.score(Evidence.of(Fixtures.KHANH_HOA, Fixtures.Q3, province)), scorer.score(mergedFrom(byAgency, day, rnd)));
    }

    private static void add(Map<String, List<ComponentEvidence>> byAgency, Map<String, LocalDate> day, Random rnd, String agency, ComponentEvidence ce,
            List<Document> docs) {
        LocalDate at = day.computeIfAbsent(agency, k -> LocalDate.of(2025, 9, 10).plusDays(rnd.nextInt(30)));
        byAgency.computeIfAbsent(agency, k -> new ArrayList<>()).add(new ComponentEvidence(ce.indicator(), ce.status(), ce.value(), ce.source(), docs, agency,
                at, null));
    }

    private static ComponentEvidence withValue(ComponentEvidence ce, Value v) {
        return new ComponentEvidence(ce.indicator(), ce.status(), v, ce.source(), ce.documents(), ce.reportedBy(), ce.reportedAt(), ce.note());
    }

    /**
     * A year split into its four quarters, each reported by the responsible agency: the year's state
     * in every quarter for ratios, rates, yes/no and levels (and the counts of a stock, 7.4 and
     * 7.5), and for the other counts parts that add up to the year's; merging the year back from
     * the quarters gives the year's card.
     */
    @Property(tries = 6)
    void aYearSplitIntoItsQuarters_thenMerged_scoresAsTheYear(@ForAll("province") List<ComponentEvidence> given, @ForAll long seed) throws IOException {
        Random rnd = new Random(seed);
        Period year = Period.year(2025);
        List<Period> quarters = year.quarters();
        List<Map<String, List<ComponentEvidence>>> byQuarter = new ArrayList<>();
        quarters.forEach(q -> byQuarter.add(new LinkedHashMap<>()));
        List<ComponentEvidence> whole = new ArrayList<>();
        for (ComponentEvidence ce : given) {
            Component c = scorer.methodology().component(ce.indicator()).orElseThrow();
            boolean sum = scorer.calendar().fromQuarters().ruleFor(c) == ReportingCalendar.YearRule.SUM && ce.value() instanceof Value.Numeric;
            long total = sum ? Math.round(((Value.Numeric) ce.value()).number()) : 0;
            long left = total;
            for (int q = 0; q < 4; q++) {
                ComponentEvidence part = ce;
                if (sum) {
                    long n = q == 3 ? left : (long) (rnd.nextDouble() * (left + 1));
                    left -= n;
                    part = withValue(ce, Value.number(n));
                }
                LocalDate at = quarters.get(q).end().minusDays(10);
                byQuarter.get(q).computeIfAbsent(c.responsibleAgency(), k -> new ArrayList<>()).add(new ComponentEvidence(part.indicator(), part.status(),
                        part.value(), part.source(), ce.documents(), c.responsibleAgency(), at, null));
            }
            whole.add(new ComponentEvidence(ce.indicator(), ce.status(), ce.value(), ce.source(), ce.documents(), c.responsibleAgency(),
                    quarters.get(3).end().minusDays(10), null));
        }
        if (whole.isEmpty()) {
            return;
        }
        Path ws = Files.createTempDirectory("dti-ws-");
        try {
            AgencyWorkbooks.Format[] formats = AgencyWorkbooks.Format.values();
            for (int q = 0; q < 4; q++) {
                for (Map.Entry<String, List<ComponentEvidence>> e : byQuarter.get(q).entrySet()) {
                    Split.write(ws.resolve(quarters.get(q).label()), e.getKey(), quarters.get(q), e.getValue().get(0).reportedAt(), e.getValue(),
                            formats[rnd.nextInt(formats.length)]);
                }
            }
            Evidence merged = EvidenceMerge.merge(scorer, Workspace.open(ws), year).evidence();
            assertEquals(scorer.score(Evidence.of(Fixtures.KHANH_HOA, year, whole)), scorer.score(merged));
        } finally {
            delete(ws);
        }
    }

    @Property(tries = 60)
    void merge_doesNotDependOnTheOrderOfTheFiles(@ForAll("province") List<ComponentEvidence> given, @ForAll long seed) {
        Random rnd = new Random(seed);
        Map<String, List<SubmittedComponent>> byAgency = new LinkedHashMap<>();
        for (ComponentEvidence ce : given) {
            Component c = scorer.methodology().component(ce.indicator()).orElseThrow();
            List<String> reporters = new ArrayList<>();
            int k = rnd.nextInt(3);
            if (k != 1 || scorer.agencies().agencies().stream().noneMatch(a -> scorer.agencies().role(a, c) == ReportingRole.COOPERATING)) {
                reporters.add(c.responsibleAgency());
            }
            if (k >= 1) {
                for (String a : c.cooperatingAgencies()) {
                    if (!scorer.agencies().isGroup(a) && rnd.nextBoolean()) {
                        reporters.add(a);
                    }
                }
            }
            if (reporters.isEmpty()) {
                reporters.add(c.responsibleAgency());
            }
            for (String a : reporters) {
                List<Document> docs = new ArrayList<>(ce.documents());
                Collections.shuffle(docs, rnd);
                if (!docs.isEmpty() && rnd.nextBoolean()) {
                    docs.remove(0);   // agencies cite different documents for one value
                }
                ReportingRole role = scorer.agencies().role(a, c);
                byAgency.computeIfAbsent(a, x -> new ArrayList<>()).add(new SubmittedComponent(new ComponentEvidence(ce.indicator(), ce.status(), ce.value(),
                        ce.source(), docs, a, LocalDate.of(2025, 9, 1).plusDays(Math.abs(a.hashCode()) % 20), null), role, a + ".xlsx, row " + c.id()));
            }
        }
        List<Submission> submissions = new ArrayList<>();
        for (Map.Entry<String, List<SubmittedComponent>> e : byAgency.entrySet()) {
            submissions.add(new Submission(e.getKey() + ".xlsx", scorer.methodology().id(), "", Fixtures.Q3, Fixtures.KHANH_HOA, e.getKey(),
                    e.getValue().get(0).evidence().reportedAt(), e.getValue()));
        }
        if (submissions.isEmpty()) {
            return;
        }
        EvidenceMerge.Result first = EvidenceMerge.merge(scorer, submissions, Fixtures.Q3);
        List<Submission> shuffled = new ArrayList<>(submissions);
        Collections.shuffle(shuffled, rnd);
        EvidenceMerge.Result second = EvidenceMerge.merge(scorer, shuffled, Fixtures.Q3);
        assertEquals(first.evidence(), second.evidence());
        assertEquals(scorer.score(first.evidence()), scorer.score(second.evidence()));
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
