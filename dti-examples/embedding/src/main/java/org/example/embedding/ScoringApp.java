package org.example.embedding;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Language;

/**
 * A minimal application embedding dti (docs/embedding.md): one scorer for the methodology, shared
 * by every thread; evidence read from a file; errors shown in the reader's language. Exits 2 when
 * the evidence file is refused, 1 when the threads' cards differ from the first one or the bad
 * upload is accepted.
 */
public final class ScoringApp {
    private ScoringApp() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "evidence.json");

        // One scorer per methodology: compiling takes about a second, scoring a millisecond or so.
        // It is immutable and thread-safe; keep it for as long as the methodology is used.
        RuleScorer scorer = Methodologies.bundled("vn-dti-province-2025");

        Evidence evidence;
        try {
            evidence = DtiJson.readEvidence(file);
        } catch (InvalidEvidenceException e) {
            // Every DtiException names the file and the line or JSON path, in Vietnamese or English.
            System.err.println(e.message(Language.EN));
            System.exit(2);
            return;
        }
        ScoreCard card = scorer.score(evidence);
        System.out.println(card.entity().name() + " " + card.period() + ": " + Points.format(card.totalPoints()) + " of "
                + Points.format(card.maxPoints()) + " points (" + card.methodology().id() + " " + card.methodology().version() + ")");

        // The same scorer from 4 threads at once: each call has its own rule session.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ScoreCard>> cards = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                cards.add(pool.submit(() -> scorer.score(evidence)));
            }
            int differ = 0;
            for (Future<ScoreCard> f : cards) {
                differ += f.get().equals(card) ? 0 : 1;
            }
            System.out.println("4 threads, 200 score cards: " + (differ == 0 ? "all equal to the first" : differ + " differ"));
            if (differ != 0) {
                System.exit(1);
            }
        } finally {
            pool.shutdown();
        }

        // A refused input says where and what to do, with no stack trace. Reading names the file; a value
        // the methodology refuses is found when scoring, which knows no file: locateComponents puts
        // "upload.json:line:column: " before each problem.
        byte[] upload = """
                {"methodology": "vn-dti-province-2025", "entity": {"id": "x", "name": "X", "kind": "PROVINCE"}, "period": "2025",
                 "components": [{"indicator": "3.4", "value": "lots"}]}
                """.getBytes(StandardCharsets.UTF_8);
        try {
            scorer.score(DtiJson.readEvidence(upload, "upload.json"));
            System.out.println("upload.json was accepted");
            System.exit(1);
        } catch (InvalidEvidenceException e) {
            System.out.println("refused: " + DtiJson.locateComponents(upload, "upload.json", e.message(Language.EN)));
        }
    }
}
