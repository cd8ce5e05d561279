package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import vn.dti.api.Evidence;
import vn.dti.rules.internal.Loader;
import vn.dti.rules.internal.MethodologyFiles;
import vn.dti.rules.internal.Recorder;
import vn.dti.rules.internal.RecordingSheet;
import vn.dti.rules.internal.RuleBase;
import vn.dti.rules.internal.Scoring;

/** Each bundled rule file and decision table compiles and fires as expected: the number of firings per file, and which rules. */
class RuleFilesTest {
    private static Map<String, List<String>> fired(Evidence evidence) {
        RuleBase base = Loader.compile(MethodologyFiles.fromClasspath(Fixtures.PROVINCE_2025));
        Map<String, List<String>> byFile = new TreeMap<>();
        KieSession session = base.kbase().newKieSession();
        try {
            session.setGlobal(ScoreSheet.GLOBAL, new RecordingSheet(new Recorder(base.origins(), base.slotCount(), 1, null), base.patterns()));
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    String rule = event.getMatch().getRule().getName();
                    byFile.computeIfAbsent(base.origins().fileOf(rule), k -> new ArrayList<>()).add(rule);
                }
            });
            for (ComponentValue v : new Scoring(base, null).facts(0, evidence)) {
                session.insert(v);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return byFile;
    }

    @Test
    void fullMarks_firesEveryScoringRuleOnce_andNoCompletenessRule() {
        Evidence max = EvidenceTemplate.create(Fixtures.province2025(), EvidenceTemplate.Fill.MAX, Fixtures.KHANH_HOA, Fixtures.YEAR_2023);
        Map<String, List<String>> fired = fired(max);
        assertEquals(List.of("scoring.csv"), List.copyOf(fired.keySet()));
        assertEquals(50, fired.get("scoring.csv").size());
        assertEquals(50, fired.get("scoring.csv").stream().distinct().count());
    }

    @Test
    void nothingReported_firesOnlyNotReported() {
        Map<String, List<String>> fired = fired(Fixtures.evidence());
        assertEquals(List.of("completeness.drl"), List.copyOf(fired.keySet()));
        assertEquals(47, fired.get("completeness.drl").size());
        assertEquals(List.of("Not reported"), fired.get("completeness.drl").stream().distinct().toList());
    }

    @Test
    void example_firesScoringAndCompleteness() {
        Map<String, List<String>> fired = fired(Fixtures.khanhHoa2023());
        assertEquals(19, fired.get("scoring.csv").size());
        // 29 not reported (31, less 9.2 and 9.3 tracked at 0 points); no value lacks its document, none is stale
        assertEquals(29, fired.get("completeness.drl").size());
    }
}
