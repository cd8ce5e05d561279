package vn.dti.examples;

import java.nio.file.Path;
import vn.dti.api.ComponentScore;
import vn.dti.api.Evidence;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Language;

/** The README's example: load a methodology, read evidence, score, read a component's explanation. */
public final class ScoreExample {
    private ScoreExample() {
    }

    /**
     * Scores the bundled example and prints its total, 3.4's explanation and the first findings.
     *
     * @param args the evidence file (default {@code dti-examples/data/khanh-hoa-2023.json})
     */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "dti-examples/data/khanh-hoa-2023.json");

        RuleScorer scorer = Methodologies.bundled("vn-dti-province-2025");   // compiled once, shared, thread-safe
        Evidence evidence = DtiJson.readEvidence(file);
        ScoreCard card = scorer.score(evidence);

        System.out.println(card.entity().name() + ": " + Points.format(card.totalPoints()) + " / " + Points.format(card.maxPoints())
                + ", index " + Points.format4(card.index()));
        ComponentScore fibre = card.component("3.4").orElseThrow();
        System.out.println(fibre.id() + " " + fibre.name() + ": " + Points.format(fibre.points()) + " — rule \""
                + fibre.explanation().rule() + "\" in " + fibre.explanation().file() + ": " + fibre.explanation().formula().in(Language.EN));
        // every text a person reads is kept as a message, written in the reader's language (Vietnamese is the default)
        System.out.println(fibre.explanation().formula().in(Language.VI));
        card.findings().stream().limit(3).forEach(f -> System.out.println(f.code() + " " + f.indicator() + " (" + f.agency() + "): "
                + f.message().in(Language.VI)));
    }
}
