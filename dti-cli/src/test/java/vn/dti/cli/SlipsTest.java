package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/** The clerks' and planners' slips of issue 20 (items 4 and 5), as the command line shows them. */
class SlipsTest {
    static final String M = MainTest.M;
    static final String EXAMPLE = MainTest.EXAMPLE;

    @TempDir
    Path tmp;

    @Test
    void evidenceTemplate_saysWhatItWrote() {
        Path xlsx = tmp.resolve("noi-vu.xlsx");
        MainTest.Run r = MainTest.run("evidence", "template", "--methodology", M, "--agency", "Sở Nội vụ", "--period", "2025-Q3", "--entity", "khanh-hoa",
                "--name", "Khánh Hòa", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(xlsx));
        assertEquals("dti: " + Messages.text(Language.VI, "cli.template.wroteAgency", "Sở Nội vụ", "2025-Q3", "Khánh Hòa", xlsx) + "\n",
                r.err().replace("\r\n", "\n"));
        assertTrue(r.err().contains(xlsx.toString()) && r.err().contains("2025-Q3") && r.err().contains("Sở Nội vụ"), r.err());

        Path json = tmp.resolve("all.json");
        MainTest.Run all = MainTest.en("evidence", "template", "--methodology", M, "--fill", "max", "--out", json.toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(all.err().startsWith("dti: wrote the evidence template of methodology " + M + ", period 2025, "), all.err());
        assertTrue(all.err().contains(json + " (every component at its max points)"), all.err());

        MainTest.Run toStdout = MainTest.run("evidence", "template", "--methodology", M, "--out", "-");
        assertEquals(0, toStdout.code(), toStdout.err());
        assertFalse(toStdout.err().contains("dti:"), toStdout.err());   // the file itself is the output
    }

    static final String TARGETS = PlanningCommandsTest.TARGETS;

    @Test
    void plan_bundledTargetsWithoutCohort_skipsTheRankTargetsWithANote() {
        MainTest.Run r = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--targets", TARGETS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(Messages.text(Language.VI, "cli.plan.rankSkipped", TARGETS, "top10>=4, rank<=20")), r.err());
        assertTrue(r.out().contains("total>=800"), r.out());
        assertFalse(r.out().contains("rank<=20"), r.out());
        // a rank target given on the command line still needs its cohort
        MainTest.Run given = MainTest.run("plan", "--methodology", M, "--evidence", EXAMPLE, "--targets", TARGETS, "--target", "rank<=20");
        assertEquals(2, given.code(), given.err());
    }
}
