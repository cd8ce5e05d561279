package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.rules.internal.CodeCheck;
import vn.dti.rules.internal.MethodologyFiles;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * Safe mode, the default: a methodology folder's rules may use the scoring API and nothing else,
 * checked before anything is compiled or run (issue 18, item 2). Each refusal names the file and
 * line; the bundled folders pass unchanged.
 */
class CodeCheckTest {
    @TempDir
    Path tmp;

    private static final String HEAD = "package vn.dti.methodology.province2025.evil\n\nimport vn.dti.rules.ComponentValue\nglobal vn.dti.rules.ScoreSheet score\n\n"
            + "rule \"evil\"\nwhen\n    $v : ComponentValue( indicator == \"3.4\" )\nthen\n";

    private static List<CodeCheck.Refusal> check(String drl) {
        return CodeCheck.check(drl.getBytes(StandardCharsets.UTF_8));
    }

    /** A consequence's refusals: the consequence starts on line 10. */
    private static List<CodeCheck.Refusal> consequence(String code) {
        return check(HEAD + "    " + code + "\nend\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"System.exit(0);", "new java.io.FileWriter(\"x\").write(\"y\");", "java.nio.file.Files.write(java.nio.file.Path.of(\"x\"), "
            + "new byte[0]);", "Runtime.getRuntime().exec(\"touch x\");", "Class.forName(\"java.lang.System\");", "$v.getClass().getMethods();",
        "while (true) { }", "for (;;) { }", "do { } while (true);", "String.valueOf(1);", "Thread.sleep(100000);", "insert(Integer.valueOf(1));",
        "drools.halt();", "kcontext.getKieRuntime().insert($v);", "Runnable r = () -> {};", "java.util.function.Supplier<String> s = String::new;",
        "new Object() { };", "$v.getIndicator().getClass().getClassLoader();", "new ProcessBuilder(\"sh\").start();", "modify($v) { };",
        "score.getClass();", "int x = Integer.parseInt(\"1\");", "System.out.println(\"x\");", "String s = \"\\u0022); System.exit(0); //\";",
        "// \\u000a System.exit(0);", "foo(1);", "$v.class.getName();", "java.lang.Math.class.getName();", "FindingCode.class.getName();"})
    void consequencesBeyondTheScoringApi_areRefusedAtTheirLine(String code) {
        List<CodeCheck.Refusal> r = consequence(code);
        assertFalse(r.isEmpty(), code);
        assertEquals(10, r.get(0).line(), code + ": " + r);
        assertEquals("evil", r.get(0).rule());
        assertTrue(r.get(0).message().in(Language.EN).startsWith("rule \"evil\": "), r.get(0).message().in(Language.EN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"score.finding(kcontext, $v, FindingCode.NOT_REPORTED, score.message(\"rules.finding.noValue\", $v.getIndicator()));",
        "score.award(kcontext, $v, Math.min($v.getMax(), $v.getNumber() * 10), \"x\");", "double x = $v.getNumber() / 2; score.goal(kcontext, $v, 0.9);",
        "if ($v.getDaysLate() > 1 && !$v.isQuarter()) { score.withhold(kcontext, $v, FindingCode.LATE_REPORT, score.message(\"k\", $v.getIndicator().length())); }",
        "score.zScaled(kcontext, $v, 0, 1);", "String s = $v.getIndicator() + \" while new System.exit\"; score.percent(0.5, 2);",
        "score.message($v.getDaysLate() == 1 ? \"a\" : \"b\", ReportStatus.REPORTED, ValueKind.RATIO);"})
    void theScoringApi_passes(String code) {
        String drl = HEAD.replace("import vn.dti.rules.ComponentValue\n", "import vn.dti.rules.ComponentValue\nimport vn.dti.api.FindingCode\n"
                + "import vn.dti.api.ReportStatus\nimport vn.dti.api.ValueKind\nimport java.lang.Math\n") + "    " + code + "\nend\n";
        assertEquals(List.of(), check(drl), code);
    }

    @Test
    void headersAndConditions_areCheckedToo() {
        assertEquals(3, check("package p\nimport java.io.File\nimport static java.lang.System.exit\nimport function java.lang.System.exit\n")
                .size());
        List<CodeCheck.Refusal> global = check("package p\nglobal java.util.List list\n");
        assertEquals(2, global.get(0).line());
        assertTrue(global.get(0).rule() == null && global.get(0).message().in(Language.EN).contains("global List (java.util) list"), global.toString());
        // conditions: eval and from with calls beyond the API
        List<CodeCheck.Refusal> eval = check("package p\nimport vn.dti.rules.ComponentValue\nrule \"r\"\nwhen\n    $v : ComponentValue()\n"
                + "    eval(System.exit(0) == null)\nthen\nend\n");
        assertEquals(6, eval.get(0).line(), eval.toString());
        List<CodeCheck.Refusal> from = check("package p\nrule \"r\"\nwhen\n    $s : String() from System.getenv(\"HOME\")\nthen\nend\n");
        assertEquals(4, from.get(0).line(), from.toString());
        // a rule attribute's expression is code
        List<CodeCheck.Refusal> salience = check("package p\nrule \"r\"\n    salience ( System.nanoTime() )\nwhen\nthen\nend\n");
        assertEquals(3, salience.get(0).line(), salience.toString());
        // a function's body: the same rules; calling a clean one is fine
        assertEquals(List.of(), check("package p\nfunction double half(double x) { return x / 2; }\nrule \"r\"\nwhen\nthen\n    half(1);\nend\n"));
        List<CodeCheck.Refusal> fn = check("package p\nfunction void f() {\n    System.exit(0);\n}\nrule \"r\"\nwhen\nthen\n    f();\nend\n");
        assertEquals(1, fn.size(), fn.toString());
        assertEquals(3, fn.get(0).line());
        // a type declared in the file could be made with new, or inserted: refused
        assertFalse(check("package p\ndeclare Evil\n  name : String\nend\n").isEmpty());
    }

    @Test
    void theBundledMethodologies_andTheDrlVariant_passUnchanged() throws IOException {
        for (String id : Methodologies.bundled()) {
            MethodologyFiles files = MethodologyFiles.fromClasspath(id);
            for (String f : files.ruleFiles()) {
                assertEquals(List.of(), CodeCheck.check(files.bytes(f)), id + "/" + f);
            }
            Methodologies.bundled(id); // its tables' generated code too: the load checks it
        }
        Path variant = Fixtures.drlVariant(tmp.resolve("variant"));
        try (var list = Files.list(variant)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".drl")).toList()) {
                assertEquals(List.of(), CodeCheck.check(Files.readAllBytes(f)), f.toString());
            }
        }
        Methodologies.load(variant);
    }

    @Test
    void aFolderWhoseRuleWritesAFile_isRefusedBeforeAnythingRuns_theFileNotWritten() throws IOException {
        Path dir = tmp.resolve("copy");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path pwned = tmp.resolve("pwned.txt");
        Files.writeString(dir.resolve("evil.drl"), HEAD + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + pwned.toString().replace("\\", "/")
                + "\"), \"x\");\nend\n", StandardCharsets.UTF_8);
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        assertFalse(Files.exists(pwned));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems(Language.EN).get(0).contains("evil.drl:10:5: rule \"evil\": the call Files.writeString (java.nio.file)"),
                e.problems(Language.EN).get(0));
        assertTrue(e.problems(Language.VI).get(0).contains(", dòng 10, cột 5: quy tắc \"evil\": không được phép dùng lời gọi Files.writeString (java.nio.file)"),
                e.problems(Language.VI).get(0));
        MethodologyCheck check = MethodologyCheck.of(dir);
        assertFalse(check.valid());
        assertTrue(check.problems().get(0).contains("evil.drl, dòng 10, cột 5: "), check.problems().toString());
        assertFalse(Files.exists(pwned));
    }

    @Test
    void aDecisionTableWhoseCodeRowsWereChanged_isRefused() throws IOException {
        Path dir = tmp.resolve("copy");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        Path csv = dir.resolve("scoring.csv");
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        // an ACTION code template, and the Import row
        Files.writeString(csv, table.replace("\"score.ratio(kcontext, $v);\"", "\"score.ratio(kcontext, $v); System.exit(0);\"")
                .replace("Import,vn.dti.rules.ComponentValue,", "Import,\"vn.dti.rules.ComponentValue, java.io.File\","), StandardCharsets.UTF_8);
        InvalidMethodologyException e = assertThrows(InvalidMethodologyException.class, () -> Methodologies.load(dir));
        String all = String.join("\n", e.problems(Language.EN));
        assertTrue(all.contains("scoring.csv: the import File (java.io) is not allowed"), all);
        assertTrue(all.matches("(?s).*scoring\\.csv, row \\d+: rule \"[^\"]+\": the call System\\.exit.*"), all);
        assertEquals(2, e.problems().size(), all);
    }

    @Test
    void theCatalogueHasEveryTextInBothLanguages() {
        assertEquals(java.util.Set.of(), Messages.problems("vn/dti/rules/messages"));
        for (String key : List.of("rules.sandbox.refused", "rules.sandbox.refusedOutside", "rules.sandbox.what.loop", "rules.watchdog.timeout",
                "rules.watchdog.loop")) {
            assertTrue(Messages.has(key), key);
        }
    }
}
