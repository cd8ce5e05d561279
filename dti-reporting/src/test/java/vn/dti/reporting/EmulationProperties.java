package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.dti.api.EmulationRules;
import vn.dti.api.Period;
import vn.dti.api.ScoreCard;
import vn.dti.rules.RuleScorer;

/** The emulation table's invariants: scores within [0, 100], a report on time never lowers a score, order never matters. */
class EmulationProperties {
    private static final Period Q3 = Period.parse("2025-Q3");
    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);
    private static final List<String> POLICE = List.of("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "8.1");
    private final RuleScorer scorer = Fixtures.scorer();

    /** One report of Công an tỉnh (ratio components) or Sở Tài chính (2.4, yes/no): value, document, late. */
    record Report(String agency, String id, String value, boolean document, boolean late) {
        String json() {
            return EmulationTest.component(id, value, agency, document, late ? "2025-09-30" : "2025-09-20");
        }
    }

    @Provide
    Arbitrary<List<Report>> reports() {
        Arbitrary<Report> police = Combinators.combine(Arbitraries.of(POLICE), Arbitraries.integers().between(0, 100), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((id, pct, doc, late) -> new Report("Công an tỉnh", id, Double.toString(pct / 100.0), doc, late));
        Arbitrary<Report> finance = Combinators.combine(Arbitraries.of("true", "false"), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((v, doc, late) -> new Report("Sở Tài chính", "2.4", v, doc, late));
        return Arbitraries.oneOf(police, finance).list().ofMinSize(1).ofMaxSize(8).uniqueElements(r -> r.id());
    }

    private Emulation emulation(List<Report> reports) {
        return Emulation.of(scorer, workspace(reports), Q3, AS_OF);
    }

    private static Workspace workspace(List<Report> reports) {
        List<Workspace.StoredFile> files = new ArrayList<>();
        for (String agency : List.of("Công an tỉnh", "Sở Tài chính")) {
            List<String> mine = reports.stream().filter(r -> r.agency().equals(agency)).map(Report::json).toList();
            if (!mine.isEmpty()) {
                files.add(EmulationTest.submission(agency, Q3, "2025-09-20", mine.toArray(String[]::new)));
            }
        }
        return Workspace.of("p", Fixtures.KHANH_HOA, Map.of(), Map.of(Q3, files), Map.of());
    }

    @Property(tries = 25)
    void everyScore_isWithin0And100(@ForAll("reports") List<Report> reports) {
        for (Emulation.AgencyScore a : emulation(reports).agencies()) {
            assertTrue(a.score() >= 0 && a.score() <= 100, a.toString());
        }
    }

    @Property(tries = 25)
    void weightedScore_isWithin0And100(@ForAll("share") Double p, @ForAll("share") Double t, @ForAll("share") Double c, @ForAll("share") Double a,
            @ForAll("weights") EmulationRules.Weights w) {
        double s = Emulation.score(w, p, t, c, a);
        assertTrue(s >= 0 && s <= 100, String.valueOf(s));
    }

    @Provide
    Arbitrary<Double> share() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(0, 1000).map(k -> k / 1000.0));
    }

    @Provide
    Arbitrary<EmulationRules.Weights> weights() {
        return Arbitraries.integers().between(0, 20).list().ofSize(4).filter(l -> l.stream().mapToInt(i -> i).sum() > 0).map(l -> {
            double sum = l.stream().mapToInt(i -> i).sum();
            double p = l.get(0) / sum;
            double t = l.get(1) / sum;
            double c = l.get(2) / sum;
            return new EmulationRules.Weights(p, t, c, Math.max(0, 1 - p - t - c));
        });
    }

    @Property(tries = 25)
    void aReportOnTime_neverLowersTheAgencysScore(@ForAll("reports") List<Report> reports) {
        List<Report> late = reports.stream().filter(Report::late).toList();
        if (late.isEmpty()) {
            return;
        }
        Report r = late.get(0);
        List<Report> onTime = new ArrayList<>(reports);
        onTime.set(reports.indexOf(r), new Report(r.agency(), r.id(), r.value(), r.document(), false));
        double before = score(emulation(reports), r.agency());
        double after = score(emulation(onTime), r.agency());
        assertTrue(after >= before - 1e-9, r + ": " + before + " → " + after);
    }

    private static double score(Emulation e, String agency) {
        return e.agencies().stream().filter(a -> a.agency().equals(agency)).findFirst().orElseThrow().score();
    }

    @Property(tries = 15)
    void theOrderOfAgenciesAndSubmissions_neverMatters(@ForAll("reports") List<Report> reports, @ForAll long seed) {
        Emulation e = emulation(reports);
        List<Report> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(e, emulation(shuffled));
        Workspace ws = workspace(reports);
        ReportingStatus status = ReportingStatus.of(scorer, ws, Q3, AS_OF);
        List<ReportingStatus.AgencyStatus> rows = new ArrayList<>(status.agencies());
        Collections.shuffle(rows, new Random(seed));
        ReportingStatus reordered = new ReportingStatus(status.methodology(), status.period(), status.asOf(), status.deadlines(), status.next(),
                status.nextReview(), rows, status.refused());
        ScoreCard card = scorer.score(EvidenceMerge.merge(scorer, ws, Q3).evidence());
        assertEquals(Emulation.of(scorer, status, card), Emulation.of(scorer, reordered, card));
    }
}
