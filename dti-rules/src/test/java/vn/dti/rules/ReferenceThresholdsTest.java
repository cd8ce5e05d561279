package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' plain-Java reference (dti-benchmarks, PlainJava) does not copy the completeness
 * and plausibility thresholds: it reads them from the rule files with {@link RuleScorer#conditionValue}.
 * This checks, in the default build, that the rule files give them as PlainJava asks for them (the
 * rule names and fields below are PlainJava's), and that an edit of a rule file is what it reads.
 */
class ReferenceThresholdsTest {
    @TempDir
    Path tmp;

    @Test
    void theThresholdsThePlainJavaReferenceReads_comeFromTheRuleFiles() {
        RuleScorer s = Fixtures.province2025();
        assertEquals(0.10, s.conditionValue("Budget share for digital government implausibly high", "number").orElseThrow(), 0);
        assertEquals(31, s.conditionValue("Document dated after the period", "daysAfterPeriod").orElseThrow(), 0);
        assertEquals(1096, s.conditionValue("Documents long before the period", "daysBeforePeriod").orElseThrow(), 0);
        assertTrue(s.conditionValue("Document dated after the period", "documents").isEmpty(), "a field the rule does not compare");
        assertTrue(s.conditionValue("No such rule", "number").isEmpty());
    }

    @Test
    void anEditedRuleFile_isWhatIsRead() throws IOException {
        Path dir = tmp.resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        MethodologyFolderTest.edit(dir.resolve("completeness.drl"), "daysAfterPeriod > 31", "daysAfterPeriod > 45");
        MethodologyFolderTest.edit(dir.resolve("plausibility.drl"), "number > 0.10", "number > 0.15");
        RuleScorer s = Methodologies.load(dir);
        assertEquals(45, s.conditionValue("Document dated after the period", "daysAfterPeriod").orElseThrow(), 0);
        assertEquals(0.15, s.conditionValue("Budget share for digital government implausibly high", "number").orElseThrow(), 0);
    }
}
