package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors in the run's language (issue 20 item 1): the dashboard's own, picocli's (a required
 * option or its value missing, an option given twice), and --margin written with a Vietnamese
 * decimal comma; the dashboard says the methodology edition warning once.
 */
class UsageLanguageTest {
    @TempDir
    Path tmp;

    private static String firstLine(MainTest.Run r) {
        return r.err().lines().findFirst().orElse("");
    }

    @Test
    void dashboard_usageErrors_inBothLanguages() {
        String out = tmp.resolve("d.html").toString();
        MainTest.Run vi = MainTest.run("dashboard", "--methodology", MainTest.M, "--out", out);
        assertEquals(2, vi.code(), vi.err());
        assertEquals("dti: hãy ghi một trong hai: --evidence <tệp> hoặc --workspace <thư mục> cùng --period <kỳ>.", firstLine(vi));
        MainTest.Run en = MainTest.en("dashboard", "--methodology", MainTest.M, "--out", out);
        assertEquals("dti: give either --evidence <file> or --workspace <dir> with --period <period>.", firstLine(en));
        MainTest.Run asOf = MainTest.run("dashboard", "--methodology", MainTest.M, "--out", out, "--evidence", MainTest.EXAMPLE, "--as-of", "2025-10-01");
        assertEquals("dti: --as-of chỉ dùng cùng --workspace; với --evidence, kỳ báo cáo là kỳ của chính tệp số liệu.", firstLine(asOf));
        MainTest.Run period = MainTest.run("dashboard", "--methodology", MainTest.M, "--out", out, "--workspace", WorkedExampleTest.WS);
        assertEquals("dti: --workspace cần có --period (ví dụ --period 2025).", firstLine(period));
        MainTest.Run periodEn = MainTest.en("dashboard", "--methodology", MainTest.M, "--out", out, "--workspace", WorkedExampleTest.WS);
        assertEquals("dti: --workspace needs --period (e.g. --period 2025).", firstLine(periodEn));
    }

    @Test
    void picocliErrors_inBothLanguages() {
        MainTest.Run missing = MainTest.run("score");
        assertEquals(2, missing.code());
        assertEquals("dti: Thiếu tùy chọn bắt buộc: '--methodology=<id|dir>', '--evidence=<file>'", firstLine(missing));
        assertEquals("dti: Missing required options: '--methodology=<id|dir>', '--evidence=<file>'", firstLine(MainTest.en("score")));
        MainTest.Run noValue = MainTest.run("score", "--evidence", MainTest.EXAMPLE, "--methodology");
        assertEquals("dti: Tùy chọn '--methodology' cần một giá trị (<id|dir>).", firstLine(noValue));
        assertEquals("dti: Missing required parameter for option '--methodology' (<id|dir>)",
                firstLine(MainTest.en("score", "--evidence", MainTest.EXAMPLE, "--methodology")));
        MainTest.Run twice = MainTest.run("score", "--methodology", MainTest.M, "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE);
        assertEquals(2, twice.code());
        assertTrue(firstLine(twice).startsWith("dti: Tùy chọn '--methodology' (<id|dir>) chỉ được ghi một lần."), twice.err());
    }

    @Test
    void methodology_withoutACommand_inBothLanguages() {
        assertEquals("dti: dti methodology cần một lệnh: list, export, validate, test, diff, watch.", firstLine(MainTest.run("methodology")));
        assertEquals("dti: dti methodology needs a command: list, export, validate, test, diff, watch.", firstLine(MainTest.en("methodology")));
    }

    @Test
    void plan_margin_takesAVietnameseDecimal_andRefusesWhatIsNotANumber() {
        String[] base = {"plan", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--cohort", PlanningCommandsTest.COHORT, "--target", "rank<=3",
            "--format", "json"};
        MainTest.Run comma = MainTest.run(concat(base, "--margin", "0,5"));
        assertEquals(0, comma.code(), comma.err());
        MainTest.Run dot = MainTest.run(concat(base, "--margin", "0.5"));
        assertEquals(dot.out(), comma.out(), "0,5 is 0.5");
        MainTest.Run word = MainTest.run(concat(base, "--margin", "nửa"));
        assertEquals(2, word.code());
        assertTrue(firstLine(word).startsWith("dti: --margin: [nửa] không phải là số"), word.err());
        MainTest.Run wordEn = MainTest.en(concat(base, "--margin", "half"));
        assertTrue(firstLine(wordEn).startsWith("dti: --margin: [half] is not a number"), wordEn.err());
    }

    @Test
    void dashboard_editionWarning_once() throws Exception {
        Path out = tmp.resolve("d.html");
        MainTest.Run r = MainTest.run("dashboard", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--cohort", PlanningCommandsTest.COHORT,
                "--targets", PlanningCommandsTest.TARGETS, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        String warning = "<span lang=\"vi\">Kỳ 2023 trước phiên bản của bộ chỉ số này";
        assertEquals(1, html.split(java.util.regex.Pattern.quote(warning), -1).length - 1, "the edition warning once");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
