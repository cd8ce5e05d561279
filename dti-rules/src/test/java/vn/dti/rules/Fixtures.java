package vn.dti.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.EvidenceSource;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.Value;
import vn.dti.json.DtiJson;

/** Shared test data: the bundled 2025 methodology, documents, and generators of well-formed evidence. */
final class Fixtures {
    static final String PROVINCE_2025 = "vn-dti-province-2025";
    static final Entity KHANH_HOA = Entity.province("khanh-hoa", "Khánh Hòa");
    static final Period YEAR_2023 = Period.year(2023);

    private Fixtures() {
    }

    static RuleScorer province2025() {
        return Methodologies.bundled(PROVINCE_2025);
    }

    /**
     * Exports the bundled 2025 methodology to {@code dir} with its decision table replaced by the
     * frozen DRL variant (test resource {@code drl-variant/scoring.drl}), for tests of rule files.
     */
    static Path drlVariant(Path dir) {
        Methodologies.export(PROVINCE_2025, dir);
        try (var in = Fixtures.class.getResourceAsStream("/drl-variant/scoring.drl")) {
            java.nio.file.Files.delete(dir.resolve("scoring.csv"));
            java.nio.file.Files.write(dir.resolve("scoring.drl"), in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    static Evidence khanhHoa2023() {
        return DtiJson.readEvidence(exampleFile());
    }

    static Path exampleFile() {
        Path p = Path.of("../dti-examples/data/khanh-hoa-2023.json");
        return p.toFile().exists() ? p : Path.of("dti-examples/data/khanh-hoa-2023.json");
    }

    static Document doc(LocalDate date) {
        return Document.of("1/QĐ-UBND", "Quyết định", date, "UBND tỉnh");
    }

    static Document doc() {
        return doc(LocalDate.of(2023, 6, 1));
    }

    static Evidence evidence(ComponentEvidence... components) {
        return Evidence.of(KHANH_HOA, YEAR_2023, List.of(components));
    }

    // ------------------------------------------------------------------ generators

    /** Well-formed evidence for every component of a methodology: any status, value, documents and source. */
    static Arbitrary<Evidence> evidenceFor(RuleScorer scorer) {
        List<Arbitrary<ComponentEvidence>> parts = new ArrayList<>();
        for (Component c : scorer.methodology().components()) {
            parts.add(componentEvidence(c));
        }
        return Combinators.combine(parts).as(list -> Evidence.of(KHANH_HOA, YEAR_2023, list));
    }

    static Arbitrary<ComponentEvidence> componentEvidence(Component c) {
        Arbitrary<ReportStatus> status = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(8, ReportStatus.REPORTED), net.jqwik.api.Tuple.of(1, ReportStatus.NOT_REPORTED),
                net.jqwik.api.Tuple.of(1, ReportStatus.NOT_APPLICABLE));
        Arbitrary<List<Document>> docs = documents().list().ofMaxSize(2);
        Arbitrary<EvidenceSource> source = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(9, EvidenceSource.SELF_REPORTED), net.jqwik.api.Tuple.of(1, EvidenceSource.AUTOMATIC));
        return Combinators.combine(status, value(c), docs, source).as((s, v, d, src) -> new ComponentEvidence(c.id(), s,
                s == ReportStatus.REPORTED ? v : null, src, s == ReportStatus.REPORTED ? d : List.of(), c.responsibleAgency(), null, null));
    }

    static Arbitrary<Value> value(Component c) {
        switch (c.valueKind()) {
            case YES_NO:
                return Arbitraries.of(true, false).map(Value::yesNo);
            case CATEGORY:
                return Arbitraries.of(c.categories()).map(CategoryOption::code).map(Value::category);
            case RATIO:
                return Arbitraries.doubles().between(0, 1.2).map(Value::number);
            case COUNT:
                // a count is whole (evidence with 27.5 people trained is refused)
                return Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000_000), Arbitraries.longs().between(0, 10)).map(i -> Value.number(i));
            default:
                return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1000), Arbitraries.doubles().between(0, 2_000_000),
                        Arbitraries.integers().between(0, 10).map(i -> (double) i)).map(Value::number);
        }
    }

    static Arbitrary<Document> documents() {
        return Arbitraries.integers().between(-2000, 800).map(days -> doc(LocalDate.of(2023, 1, 1).plusDays(days)));
    }
}
