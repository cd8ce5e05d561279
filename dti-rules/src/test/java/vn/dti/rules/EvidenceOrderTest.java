package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Evidence;
import vn.dti.json.DtiJson;
import vn.dti.text.Language;

/**
 * Scoring finds each component of the evidence in the catalogue whatever order the evidence lists
 * them in (it tries the slot after the last one first, then looks the id up): the cards are the
 * same, byte for byte in both languages, for the components in order, shuffled, reversed, and with
 * some left out.
 */
class EvidenceOrderTest {
    private final RuleScorer scorer = Fixtures.province2025();

    @Test
    void cards_doNotDependOnTheOrderOfTheComponents() {
        Evidence inOrder = Fixtures.khanhHoa2023();
        List<ComponentEvidence> shuffled = new ArrayList<>(inOrder.components());
        Collections.shuffle(shuffled, new Random(17));
        List<ComponentEvidence> reversed = new ArrayList<>(inOrder.components());
        Collections.reverse(reversed);
        for (List<ComponentEvidence> other : List.of(shuffled, reversed)) {
            assertNotEquals(inOrder.components(), other);
            assertSameCards(inOrder, with(inOrder, other));
        }
    }

    @Test
    void cards_withComponentsLeftOut_doNotDependOnTheirOrder() {
        Evidence full = Fixtures.khanhHoa2023();
        List<ComponentEvidence> some = new ArrayList<>();
        for (int i = 0; i < full.components().size(); i++) {
            if (i % 3 != 1) {
                some.add(full.components().get(i));
            }
        }
        List<ComponentEvidence> reversed = new ArrayList<>(some);
        Collections.reverse(reversed);
        assertSameCards(with(full, some), with(full, reversed));
        assertNotEquals(DtiJson.write(scorer.score(full), Language.EN), DtiJson.write(scorer.score(with(full, some)), Language.EN));
    }

    private static Evidence with(Evidence e, List<ComponentEvidence> components) {
        return new Evidence(e.methodology(), e.entity(), e.period(), e.reportedAt(), e.note(), components);
    }

    private void assertSameCards(Evidence a, Evidence b) {
        for (Language l : Language.values()) {
            assertEquals(DtiJson.write(scorer.score(a), l), DtiJson.write(scorer.score(b), l), l.name());
        }
    }
}
