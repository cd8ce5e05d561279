package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A methodology folder cannot run arbitrary code (issue 18, item 2): a rule that calls
 * System.exit, writes a file, runs a program, uses reflection, loops for ever or calls another
 * class is refused with exit 3 by validate and score, naming its file and line, before anything
 * runs (the file is not written, this JVM is not exited); --trust-code runs a folder that needs
 * more, and the watchdog still stops a rule that runs too long.
 */
class SandboxCommandTest {
    @TempDir
    Path tmp;

    @AfterEach
    void reset() {
        System.clearProperty("dti.rules.timeLimit");
    }

    /** An exported copy of the 2025 methodology with evil.drl: its rule on line 5, the consequence on line 9 (one line later with imports). */
    private Path folder(String imports, String consequence) throws IOException {
        Path dir = tmp.resolve("m");
        assertEquals(0, MainTest.run("methodology", "export", MainTest.M, dir.toString()).code());
        Files.writeString(dir.resolve("evil.drl"), "package vn.dti.methodology.province2025.evil\n\nimport vn.dti.rules.ComponentValue\n" + imports + "\n"
                + "rule \"evil\"\nwhen\n    $v : ComponentValue( indicator == \"3.4\" )\nthen\n    " + consequence + "\nend\n", StandardCharsets.UTF_8);
        return dir;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "| System.exit(0); | 9",
        "| new java.io.FileWriter(\"PWNED\").write(\"x\"); | 9",
        "| java.nio.file.Files.write(java.nio.file.Path.of(\"PWNED\"), new byte[1]); | 9",
        "| Runtime.getRuntime().exec(new String[] {\"touch\", \"PWNED\"}); | 9",
        "| Class.forName(\"java.lang.System\").getMethod(\"exit\", int.class).invoke(null, 0); | 9",
        "| while (true) { } | 9",
        "| String.valueOf($v.getNumber()); | 9",
        "import java.io.*| score.yesNo(kcontext, $v); | 4",
    })
    void codeBeyondTheScoringApi_isRefusedWithExit3_namingFileAndLine_nothingWritten(String imports, String consequence, int line)
            throws IOException {
        Path pwned = tmp.resolve("PWNED");
        Path dir = folder(imports == null ? "" : imports, consequence.replace("PWNED", pwned.toString().replace("\\", "/")));
        MainTest.Run validate = MainTest.run("methodology", "validate", dir.toString());
        assertEquals(3, validate.code(), validate.out() + validate.err());
        // in Vietnamese, the default: the line and column in words
        assertTrue(validate.out().contains(dir.resolve("evil.drl") + ", dòng " + line + ", cột "), validate.out());
        MainTest.Run english = MainTest.en("methodology", "validate", dir.toString());
        assertTrue(english.out().contains(dir.resolve("evil.drl") + ":" + line + ":"), english.out());
        MainTest.Run score = MainTest.en("score", "--methodology", dir.toString(), "--evidence", MainTest.EXAMPLE);
        assertEquals(3, score.code(), score.out() + score.err());
        assertTrue(score.err().contains(dir.resolve("evil.drl") + ":" + line + ":") && score.err().contains(" is not allowed"), score.err());
        assertFalse(score.err().contains("Exception"), score.err());
        assertFalse(Files.exists(pwned), "nothing written");
    }

    @Test
    void trustCode_runsAFolderThatNeedsMore_andIsSaidInHelp() throws IOException {
        Path dir = folder("", "String.valueOf($v.getNumber());");
        assertEquals(3, MainTest.run("methodology", "validate", dir.toString()).code());
        MainTest.Run validate = MainTest.run("methodology", "validate", "--trust-code", dir.toString());
        assertEquals(0, validate.code(), validate.out() + validate.err());
        MainTest.Run score = MainTest.en("score", "--methodology", dir.toString(), "--evidence", MainTest.EXAMPLE, "--trust-code");
        assertEquals(0, score.code(), score.out() + score.err());
        assertTrue(score.out().contains("Total: 243.25 / 1000"), score.out());
        for (String command : new String[] {"score", "methodology validate", "methodology test", "methodology diff", "methodology watch", "gaps",
            "targets", "whatif", "plan", "rank", "sensitivity", "evidence merge", "evidence template", "status", "history", "dashboard"}) {
            String[] args = (command + " --help").split(" ");
            MainTest.Run help = MainTest.en(args);
            assertEquals(0, help.code(), command);
            assertTrue(help.out().contains("--trust-code") && help.out().contains("Trust the methodology folder's code"), command + ": " + help.out());
        }
    }

    @Test
    void trustCode_aRuleThatLoopsForEver_isStoppedByTheWatchdog_exit3() throws IOException {
        System.setProperty("dti.rules.timeLimit", "1");
        Path dir = folder("", "while (true) { }");
        MainTest.Run score = MainTest.en("score", "--methodology", dir.toString(), "--evidence", MainTest.EXAMPLE, "--trust-code");
        assertEquals(3, score.code(), score.out() + score.err());
        assertTrue(score.err().contains(dir.resolve("evil.drl") + ":5: rule \"evil\" (evil.drl:5) ran for more than 1 seconds and was stopped"),
                score.err());
    }
}
