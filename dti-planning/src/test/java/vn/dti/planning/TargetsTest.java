package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.cohort.EntityRanking;

/** Targets: parsing, the bundled Khánh Hòa file, distances. */
class TargetsTest {
    private final Methodology m = Example.scorer().methodology();

    @TempDir
    Path tmp;

    @Test
    void parse_everySubject() {
        assertEquals(Target.Subject.TOTAL, Target.parse("total>=800", m).subject());
        assertEquals(0.8, Target.parse("index ≥ 80%", m).number(), 1e-12);
        assertEquals(20, Target.parse("rank<=20", m).number(), 0);
        Target top = Target.parse("top10>=4", m);
        assertEquals(10, top.top());
        assertEquals("3.4", Target.parse("3.4>=90%", m).component());
        assertEquals("0.9", Target.parse("3.4>=90%", m).value());
        assertEquals("cloud", Target.parse("3.5=cloud", m).value());
        assertEquals("yes", Target.parse("2.4=có", m).value());
    }

    @Test
    void parse_badTargets_sayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("total=>800", m)).getMessage().contains("subject op value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("total>=1200", m)).getMessage().contains("1000"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("rank>=3", m)).getMessage().contains("rank<=3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("top10>=9", m)).getMessage().contains("8 scored main"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("3.44>=1", m)).getMessage().contains("3.4"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("3.5=sky", m)).getMessage().contains("cloud"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Target.parse("3.5>=cloud", m)).getMessage().contains("3.5=cloud"));
    }

    @Test
    void bundledFile_everyTargetCitesItsDocument_andChecks() {
        TargetsFile f = TargetsFile.read(Example.data("targets-khanh-hoa-2025.json"), m);
        for (TargetsFile.Entry e : f.targets()) {
            assertTrue(e.source() != null && e.source().startsWith("Kế hoạch"), e.target() + " cites its document");
        }
        Situation s = Example.inCohort();
        List<TargetResult> results = Targets.check(s, f.parsed(m), f::sourceOf);
        TargetResult total = results.get(0);
        assertEquals("total>=800", total.target());
        assertEquals(800 - s.card().totalPoints(), total.distance(), 1e-9);
        assertFalse(total.isMet());
        assertTrue(total.source().contains("mục I.2"));
        EntityRanking me = s.ranking().orElseThrow().entity("khanh-hoa").orElseThrow();
        TargetResult rank = results.stream().filter(r -> r.target().equals("rank<=20")).findFirst().orElseThrow();
        assertEquals(me.rank() <= 20, rank.isMet());
    }

    @Test
    void rankTargets_withoutACohort_areNotChecked() {
        List<TargetResult> r = Targets.check(Example.alone(), List.of(Target.parse("rank<=20", m), Target.parse("top10>=4", m)), null);
        assertNull(r.get(0).met());
        assertNull(r.get(1).met());
        assertTrue(r.get(0).detail().contains("--cohort"));
    }

    @Test
    void rankTarget_missed_saysHowManyPlacesAndPoints() {
        Situation s = Example.inCohort();
        int rank = s.ranking().orElseThrow().entity("khanh-hoa").orElseThrow().rank();
        if (rank == 1) {
            return;
        }
        TargetResult r = Targets.check(s, List.of(Target.parse("rank<=1", m)), null).get(0);
        assertFalse(r.isMet());
        assertEquals(rank - 1, r.distance(), 0);
        assertTrue(r.detail().contains("more points"), r.detail());
    }

    @Test
    void badFile_namesFileLineAndPath() throws IOException {
        Path f = tmp.resolve("t.json");
        Files.writeString(f, "{\"targets\": [{\"target\": \"total>=800\"},\n {\"target\": \"3.44>=1\", \"source\": \"x\"}]}");
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> TargetsFile.read(f, m));
        assertTrue(e.getMessage().startsWith(f + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("$.targets[1].target"), e.getMessage());
        Files.writeString(f, "{\"targets\": [{\"taget\": \"total>=800\"}]}");
        assertTrue(assertThrows(InvalidEvidenceException.class, () -> TargetsFile.read(f, m)).getMessage().contains("taget"));
    }
}
