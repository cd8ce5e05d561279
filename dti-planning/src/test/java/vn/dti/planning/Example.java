package vn.dti.planning;

import java.nio.file.Path;
import vn.dti.api.Evidence;
import vn.dti.api.IndicatorId;
import vn.dti.cohort.Cohort;
import vn.dti.cohort.CohortFiles;
import vn.dti.json.DtiJson;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;
import vn.dti.scoring.ScoringPattern;

/** The bundled example data, shared by the tests. */
final class Example {
    static final String M = "vn-dti-province-2025";

    private Example() {
    }

    static RuleScorer scorer() {
        return Methodologies.bundled(M);
    }

    static Path data(String name) {
        Path p = Path.of("../dti-examples/data", name);
        return p.toFile().exists() ? p : Path.of("dti-examples/data", name);
    }

    static Evidence khanhHoa() {
        return DtiJson.readEvidence(data("khanh-hoa-2023.json"));
    }

    static Cohort cohort() {
        return CohortFiles.readCohort(data("cohort-2025-illustrative.json"));
    }

    static Situation alone() {
        return Situation.alone(scorer(), khanhHoa());
    }

    static Situation inCohort() {
        return Situation.inCohort(scorer(), cohort(), khanhHoa(), 10);
    }

    /** A component's pattern as the bundled table states it. */
    static ScoringPattern pattern(String id) {
        return scorer().scoringRule(IndicatorId.of(id)).orElseThrow().pattern();
    }

    /**
     * Runs a test's {@code body} with the library's texts in English, as {@code --lang en} gives them:
     * for the tests that assert the English wording (the Vietnamese, the default, is asserted beside them).
     */
    static void inEnglish(org.junit.jupiter.api.function.Executable body) throws Throwable {
        Throwable[] failed = new Throwable[1];
        vn.dti.text.Language.during(vn.dti.text.Language.EN, () -> {
            try {
                body.execute();
            } catch (Throwable t) {
                failed[0] = t;
            }
            return null;
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }
}
