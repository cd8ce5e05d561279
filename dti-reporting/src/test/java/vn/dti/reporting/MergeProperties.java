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
import vn.dti.api.ReportStatus;
import vn.dti.api.ReportingRole;
import vn.dti.api.Value;
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
        Path ws = Files.createTempDirectory("dti-ws-");
        try {
            AgencyWorkbooks.Format[] formats = AgencyWorkbooks.Format.values();
            for (Map.Entry<String, List<ComponentEvidence>> e : byAgency.entrySet()) {
                Split.write(ws.resolve("2025-Q3"), e.getKey(), Fixtures.Q3, day.get(e.getKey()), e.getValue(), formats[rnd.nextInt(formats.length)]);
            }
            Evidence merged = EvidenceMerge.merge(scorer, Workspace.open(ws), Fixtures.Q3).evidence();
            Evidence original = Evidence.of(Fixtures.KHANH_HOA, Fixtures.Q3, dated);
            assertEquals(scorer.score(original), scorer.score(merged));
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
