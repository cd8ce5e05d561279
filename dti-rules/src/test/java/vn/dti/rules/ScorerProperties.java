package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Evidence;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.ScoreCard;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;

/** Invariants of scoring with the bundled 2025 methodology, over generated evidence. */
class ScorerProperties {
    private final RuleScorer scorer = Fixtures.province2025();

    @Provide
    Arbitrary<Evidence> evidence() {
        return Fixtures.evidenceFor(scorer);
    }

    @Provide
    Arbitrary<Integer> numericSlot() {
        List<Integer> slots = new ArrayList<>();
        List<Component> all = scorer.methodology().components();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).valueKind().numeric()) {
                slots.add(i);
            }
        }
        return Arbitraries.of(slots);
    }

    @Provide
    Arbitrary<Integer> anySlot() {
        return Arbitraries.integers().between(0, scorer.methodology().components().size() - 1);
    }

    @Property(tries = 200)
    void everyScoreWithinZeroAndMax_andTotalsAreSums(@ForAll("evidence") Evidence e) {
        ScoreCard card = scorer.score(e);
        double total = 0;
        int c = 0;
        for (MainIndicatorScore m : card.mainIndicators()) {
            assertTrue(m.points() >= 0 && m.points() <= m.maxPoints() + 1e-9, m.toString());
            double sum = 0;
            for (int i = 0; i < scorer.methodology().mainIndicators().get(card.mainIndicators().indexOf(m)).components().size(); i++) {
                ComponentScore cs = card.components().get(c++);
                assertTrue(cs.points() >= 0 && cs.points() <= cs.maxPoints(), cs.toString());
                sum += cs.points();
            }
            assertEquals(sum, m.points(), 1e-9);
            total += m.points();
        }
        assertEquals(card.components().size(), c);
        assertEquals(total, card.totalPoints(), 1e-9);
        assertTrue(card.index() >= 0 && card.index() <= 1);
    }

    @Property(tries = 200)
    void raisingANumberNeverLowersAScore(@ForAll("evidence") Evidence e, @ForAll("numericSlot") int slot,
            @ForAll @DoubleRange(min = 0, max = 1e6) double raise) {
        Component c = scorer.methodology().components().get(slot);
        ComponentEvidence before = e.component(c.id()).orElseThrow();
        if (!before.reported()) {
            return;
        }
        double v = ((Value.Numeric) before.value()).number();
        double higher = c.valueKind() == ValueKind.RATIO ? Math.min(1.2, v + raise / 1e6) : c.valueKind() == ValueKind.COUNT ? v + Math.floor(raise)
                : v + raise;
        Evidence raised = e.with(before.withValue(Value.number(higher)));
        ScoreCard a = scorer.score(e);
        ScoreCard b = scorer.score(raised);
        assertTrue(b.component(c.id().value()).orElseThrow().points() >= a.component(c.id().value()).orElseThrow().points());
        assertTrue(b.totalPoints() >= a.totalPoints() - 1e-9);
    }

    @Property(tries = 200)
    void addingADocumentNeverLowersAScore(@ForAll("evidence") Evidence e, @ForAll("anySlot") int slot) {
        Component c = scorer.methodology().components().get(slot);
        ComponentEvidence before = e.component(c.id()).orElseThrow();
        if (!before.reported()) {
            return;
        }
        Evidence more = e.with(before.withDocument(Fixtures.doc(java.time.LocalDate.of(2030, 1, 1))));
        assertTrue(scorer.score(more).totalPoints() >= scorer.score(e).totalPoints() - 1e-9);
    }

    @Property(tries = 100)
    void resultDoesNotDependOnOrderOfEvidence(@ForAll("evidence") Evidence e, @ForAll long seed) {
        List<ComponentEvidence> shuffled = new ArrayList<>(e.components());
        Collections.shuffle(shuffled, new Random(seed));
        Evidence reordered = new Evidence(e.methodology(), e.entity(), e.period(), e.reportedAt(), e.note(), shuffled);
        assertEquals(scorer.score(e), scorer.score(reordered));
    }

    @Property(tries = 5)
    void eightThreadsGiveTheSameCardsAsOne(@ForAll("evidence") Evidence a, @ForAll("evidence") Evidence b, @ForAll("evidence") Evidence c)
            throws Exception {
        List<Evidence> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add((i % 3 == 0 ? a : i % 3 == 1 ? b : c).forEntity(vn.dti.api.Entity.province("p" + i, "Tỉnh " + i)));
        }
        List<ScoreCard> expected = new ArrayList<>();
        for (Evidence e : batch) {
            expected.add(scorer.score(e));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ScoreCard>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<ScoreCard> cards = new ArrayList<>();
                    for (Evidence e : batch) {
                        cards.add(scorer.score(e));
                    }
                    return cards;
                }));
            }
            for (Future<List<ScoreCard>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(expected, scorer.scoreAll(batch));
    }
}
