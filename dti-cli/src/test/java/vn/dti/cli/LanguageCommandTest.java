package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/** --lang, DTI_LANG and the catalogue: Vietnamese by default, English on request, every key in both. */
class LanguageCommandTest {
    @Test
    void everyBundle_hasEveryKeyInBothLanguagesWithTheSamePlaceholders() {
        assertTrue(Catalogue.BUNDLES.contains("vn/dti/cli/messages"), Catalogue.BUNDLES.toString());
        assertTrue(Catalogue.BUNDLES.contains("vn/dti/api/messages"), Catalogue.BUNDLES.toString());
        Set<String> problems = new TreeSet<>();
        for (String bundle : Catalogue.BUNDLES) {
            problems.addAll(Messages.problems(bundle));
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    void everyKeyTheSourcesName_isInTheCatalogue() {
        TreeSet<String> keys = Catalogue.keysInSources();
        assertTrue(keys.contains("cli.usage.unknownOptionMeant"), keys.toString());
        keys.removeIf(Messages::has);
        assertEquals(Set.of(), keys);
    }

    @Test
    void languageOption_readBeforeParsing_anywhereBeforeTheEndOfOptions() {
        assertEquals(List.of("en"), Main.languageOptions("score", "--lang", "en", "--methodology", "x"));
        assertEquals(List.of("vi"), Main.languageOptions("--lang=vi", "score"));
        assertEquals(List.of("vi", "en"), Main.languageOptions("--lang", "vi", "help", "--lang", "en"));
        assertEquals(List.of(), Main.languageOptions("compare", "--", "--lang", "en"));
        assertEquals(List.of(), Main.languageOptions("score", "--lang"));
    }

    @Test
    void byDefault_vietnamese() {
        // the tests run under vi_VN (surefire), and DTI_LANG is not set
        assertEquals(Language.VI, Language.fromEnvironment());
        MainTest.Run r = MainTest.run("score", "--methodology", MainTest.M, "--evidnce", MainTest.EXAMPLE);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dti: Không có tùy chọn '--evidnce'. Có phải là '--evidence'?\n\nCách dùng: dti score "), r.err());
    }

    @Test
    void langEn_english_onTheCommandOrBeforeIt() {
        for (String[] args : List.of(new String[] {"score", "--lang", "en", "--evidnce", "x"}, new String[] {"--lang=en", "score", "--evidnce", "x"})) {
            MainTest.Run r = MainTest.run(args);
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("dti: Unknown option '--evidnce'. Did you mean '--evidence'?\n\nUsage: dti score "), r.err());
        }
    }

    @Test
    void langOfAnotherLanguage_isAUsageError() {
        MainTest.Run r = MainTest.run("--lang", "fr", "score");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dti: --lang phải là vi (tiếng Việt) hoặc en (tiếng Anh); giá trị đã nhập: [fr].\n"), r.err());
        assertTrue(MainTest.run("--lang", "de", "--lang=en", "score").err().contains("got [de]"));
    }

    @Test
    void help_inVietnamese_andInEnglish() {
        MainTest.Run vi = MainTest.run("--help");
        assertEquals(0, vi.code());
        assertTrue(vi.out().startsWith("Cách dùng: dti [-hV] [--lang=vi|en] [LỆNH]\nChấm điểm Chỉ số chuyển đổi số (DTI)"), vi.out());
        assertTrue(Catalogue.collapse(vi.out()).contains("Mã thoát: 0 hoàn thành; 2 dữ liệu đầu vào hoặc câu lệnh sai;"), vi.out());
        MainTest.Run en = MainTest.run("--help", "--lang", "en");
        assertTrue(en.out().startsWith("Usage: dti [-hV] [--lang=vi|en] [COMMAND]\nScores Vietnam's Digital Transformation Index"), en.out());
        assertTrue(Catalogue.collapse(en.out()).contains("Exit codes: 0 done; 2 bad input or usage;"), en.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "scroe", "score --evidnce x", "methodology lst", "help scroe", "--lang fr"})
    void langVi_printsNoSentenceOfTheEnglishCatalogue(String command) {
        MainTest.Run r = MainTest.run((command + " --lang vi").split(" "));
        assertEquals(List.of(), Catalogue.englishIn(r.out() + r.err()), r.out() + r.err());
        MainTest.Run en = MainTest.run((command + " --lang en").split(" "));
        assertTrue(!command.startsWith("--lang") || !Catalogue.englishIn(en.out() + en.err()).isEmpty(), "the check can fail: " + en.err());
    }

    @Test
    void englishSentences_areFoundWhenPrinted() {
        MainTest.Run en = MainTest.run("scroe", "--lang", "en");
        assertTrue(Catalogue.englishIn(en.err()).contains("Did you mean"), Catalogue.englishIn(en.err()).toString());
    }

    /** Commands whose whole output is in the catalogue, each on the bundled example and data. */
    static List<String> commandsInVietnamese() {
        String m = "--methodology " + MainTest.M;
        String ev = " --evidence " + MainTest.EXAMPLE;
        String cohort = " --cohort " + PlanningCommandsTest.COHORT;
        // the other planning commands (targets, whatif, plan, sensitivity) join this list as their library texts move into the catalogue
        List<String> reporting = reportingCommands(m);
        return java.util.stream.Stream.concat(reporting.stream(), List.of(
                "score " + m + ev,
                "score " + m + ev + " --explain",
                "score " + m + ev + " --format json",
                "score " + m + ev + " --format json --explain",
                "rank " + m + cohort,
                "rank " + m + cohort + " --format csv",
                "methodology diff vn-dti-province-2025 vn-dti-province-2025" + ev,
                "gaps " + m + ev,
                "gaps " + m + ev + " --by agency",
                "methodology validate vn-dti-province-2025",
                "methodology list",
                "--version").stream()).toList();
    }

    /** The reporting commands on the bundled worked example (its workspace of 2025): a quarter, a half-year, the year. */
    private static List<String> reportingCommands(String m) {
        String ws = " --workspace " + WorkedExampleTest.WS;
        String out = " --out target/language-test/";
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/language-test"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.of(
                "status " + m + ws + " --period 2025-Q2 --as-of 2025-07-01",
                "status " + m + ws + " --period 2025-H1 --as-of 2025-07-01",
                "status " + m + ws + " --period 2025 --as-of 2026-01-05",
                "history " + m + ws,
                "history " + m + ws + " --format csv",
                "evidence merge " + m + ws + " --period 2025-Q3" + out + "q3.json",
                "evidence merge " + m + ws + " --period 2025" + out + "year.json",
                "evidence template " + m + out + "template.json",
                "evidence template " + m + " --fill max" + out + "max.json",
                "emulation " + m + ws + " --period 2025 --as-of 2026-02-01");
    }

    /** Commands whose own words are in the catalogue but which print the methodology's data as written (the bundled test cases' English names). */
    @ParameterizedTest
    @ValueSource(strings = {"methodology test vn-dti-province-2025", "methodology export vn-dti-province-2025 EXPORTED"})
    void langVi_methodologyCommands_printNoSentenceOfTheEnglishCatalogue(String command, @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        String[] args = (command + " --lang vi").replace("EXPORTED", tmp.resolve("vi").toString()).split(" ");
        MainTest.Run vi = MainTest.run(args);
        assertEquals(0, vi.code(), vi.err());
        // a case's line starts with its file and ends with its name as the folder writes it (data); the words around it are the catalogue's
        String words = vi.out().lines().map(l -> l.startsWith("classpath:") ? l.substring(l.lastIndexOf(": ")) : l).reduce("", (a, b) -> a + b + "\n");
        assertEquals(List.of(), Catalogue.englishIn(words + vi.err()), vi.out() + vi.err());
        MainTest.Run en = MainTest.en(command.replace("EXPORTED", tmp.resolve("en").toString()).split(" "));
        assertEquals(0, en.code(), en.err());
        assertTrue(!Catalogue.englishIn(en.out() + en.err()).isEmpty(), "the check can fail: " + en.out());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("commandsInVietnamese")
    void langVi_everyCommand_printsNoSentenceOfTheEnglishCatalogue_andTheEnglishRunPrintsThem(String command) {
        MainTest.Run vi = MainTest.run((command + " --lang vi").split(" "));
        assertEquals(0, vi.code(), vi.err());
        assertEquals(List.of(), Catalogue.englishIn(vi.out() + vi.err()), vi.out() + vi.err());
        // a CSV's first line is its column names (the same in both languages)
        String viText = command.contains("csv") ? vi.out().substring(vi.out().indexOf('\n') + 1) : vi.out();
        assertEquals(List.of(), Catalogue.englishWords(viText + vi.err()), vi.out() + vi.err());
        MainTest.Run en = MainTest.en(command.split(" "));
        assertEquals(0, en.code(), en.err());
        // a CSV is column names and data: its English run has English words (the names), no sentence
        assertTrue(!Catalogue.englishIn(en.out() + en.err()).isEmpty() || command.contains("json") || command.contains("csv"), "the check can fail: " + en.out());
        assertTrue(!Catalogue.englishWords(en.out() + en.err()).isEmpty() || command.contains("json"), "the check can fail: " + en.out());
    }

    @Test
    void score_vietnameseByDefault_englishWithLangEn() {
        MainTest.Run vi = MainTest.run("score", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE);
        assertEquals(0, vi.code(), vi.err());
        assertTrue(vi.out().contains("\nTổng điểm: 243,25 / 1.000   Giá trị chỉ số: 0,2433\n"), vi.out());
        assertTrue(vi.out().contains("\n  3.4       29,07 / 30  Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang\n"), vi.out());
        assertTrue(vi.out().contains("\n  Sở Nội vụ — mất 60 điểm\n"), vi.out());
        assertTrue(vi.out().contains("mất 50  Chỉ số thành phần 7.1 chưa có giá trị: đề nghị báo cáo giá trị kèm tài liệu kiểm chứng.\n"), vi.out());
        assertTrue(vi.out().contains("\nĐiểm bị mất: 756,75   Điểm có rủi ro (đã đạt nhưng bị cảnh báo): 0\n"), vi.out());
        MainTest.Run en = MainTest.en("score", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE);
        assertTrue(en.out().contains("\nTotal: 243.25 / 1000   Index: 0.2433\n"), en.out());
        assertTrue(en.out().contains("lost  Component 7.1 has no value: report it with its evidence documents.\n"), en.out());
    }

    @Test
    void scoreJson_textsInTheRunsLanguage_fieldsAndCodesTheSame() throws java.io.IOException {
        var vi = vn.dti.json.DtiJson.mapper().readTree(MainTest.run("score", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--format", "json").out());
        var en = vn.dti.json.DtiJson.mapper().readTree(MainTest.en("score", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--format", "json").out());
        assertEquals("min(1; giá trị / mục tiêu) × tối đa = min(1; 0,872 / 0,9) × 30 = 29,07", vi.at("/components/12/explanation/formula").asText());
        assertEquals("min(1, value / goal) × max = min(1, 0.872 / 0.9) × 30 = 29.07", en.at("/components/12/explanation/formula").asText());
        assertEquals("NOT_REPORTED", vi.at("/findings/0/code").asText());
        assertEquals(en.at("/findings/0/code").asText(), vi.at("/findings/0/code").asText());
        assertEquals(en.at("/totalPoints").asDouble(), vi.at("/totalPoints").asDouble(), 0);
        java.util.List<String> viFields = new java.util.ArrayList<>();
        vi.fieldNames().forEachRemaining(viFields::add);
        java.util.List<String> enFields = new java.util.ArrayList<>();
        en.fieldNames().forEachRemaining(enFields::add);
        assertEquals(enFields, viFields);
    }

    @Test
    void readme_theMainCommandsExcerpt_isWhatItPrints() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"), java.nio.charset.StandardCharsets.UTF_8);
        int at = readme.indexOf("It prints (an excerpt):\n\n```\n");
        assertTrue(at > 0, "README.md shows the main command's output");
        String excerpt = readme.substring(readme.indexOf("```\n", at) + 4, readme.indexOf("\n```", at + 30));
        List<String> printed = MainTest.run("score", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE).out().lines().toList();
        for (String line : excerpt.split("\n")) {
            assertTrue(printed.contains(line), "README.md quotes a line dti score does not print: " + line);
        }
        assertTrue(excerpt.split("\n").length >= 8, excerpt);
    }
}
