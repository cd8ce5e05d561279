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
        String targets = " --targets " + PlanningCommandsTest.TARGETS;
        List<String> planning = List.of(
                // the planning commands (issue 20 item 1), several option sets each
                "targets " + m + ev + targets,
                "targets " + m + ev + targets + cohort,
                "targets " + m + ev + targets + cohort + " --format json",
                "whatif " + m + ev + " --set 6.6=0.6 --set 7.1=10%",
                "whatif " + m + ev + " --set 6.6=60,5% --set 4.4=document" + cohort + targets,
                "whatif " + m + ev + " --set 6.6=0.6" + cohort + targets + " --format json",
                "plan " + m + ev + targets,
                "plan " + m + ev + " --target total>=400 --target 3.4>=0.9",
                "plan " + m + ev + " --target rank<=3 --margin 0.5" + cohort,
                "plan " + m + ev + " --target rank<=3 --margin 0,5" + cohort,
                "plan " + m + ev + " --target total>=600 --target 6.6>=60,5%" + cohort,
                "plan " + m + ev + " --target total>=500 --target rank<=4" + cohort + " --format json",
                "sensitivity " + m + cohort + " --samples 500",
                "sensitivity " + m + cohort + " --samples 500 --range 0.1");
        // the reporting commands (status, history, evidence merge and template, emulation) on the worked example
        List<String> reporting = reportingCommands(m);
        return java.util.stream.Stream.of(planning, reporting, List.of(
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
                "--version")).flatMap(List::stream).toList();
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

    /**
     * Broken copies of the bundled folder (issue 20 item 1, i18nrules), made once under
     * target/language-test: a bands cell in words, a misspelt scoring method, a syntax error, an
     * unknown field, two patterns in a row, no methodology.json. Each name is the folder's.
     */
    static List<String> brokenFolders() {
        java.nio.file.Path root = java.nio.file.Path.of("target/language-test/broken");
        String[][] edits = {
            {"bands", "scoring.csv", "\n1.2,,,\"3:10, 2:7, 1:4\",", "\n1.2,,,\"3:10, 2:x7, 1:4\","},
            {"method", "completeness.drl", "score.withhold(kcontext, $v, FindingCode.NO_EVIDENCE_DOCUMENT", "score.withold(kcontext, $v, FindingCode.NO_EVIDENCE_DOCUMENT"},
            {"syntax", "completeness.drl", "$v : ComponentValue( reported, documents == 0, !automatic )", "$v : ComponentValue( reported, documents == 0 !automatic )"},
            {"field", "completeness.drl", "$v : ComponentValue( reported, documents == 0, !automatic )", "$v : ComponentValue( reported, documentz == 0, !automatic )"},
            {"patterns", "scoring.csv", "\n3.4,,0.90,", "\n3.4,x,0.90,"},
        };
        List<String> names = new java.util.ArrayList<>();
        try {
            for (String[] e : edits) {
                java.nio.file.Path dir = root.resolve(e[0]);
                if (!java.nio.file.Files.exists(dir)) {
                    vn.dti.rules.Methodologies.export(MainTest.M, dir);
                    java.nio.file.Path f = dir.resolve(e[1]);
                    String text = java.nio.file.Files.readString(f);
                    assertTrue(text.contains(e[2]), e[2]);
                    java.nio.file.Files.writeString(f, text.replace(e[2], e[3]));
                }
                names.add(dir.toString());
            }
            java.nio.file.Path empty = java.nio.file.Files.createDirectories(root.resolve("empty"));
            names.add(empty.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    /** A broken folder's problems, validated or scored: in Vietnamese no sentence of the English catalogue; in English they are there. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("brokenFolders")
    void langVi_brokenFolder_validateAndScore_printNoSentenceOfTheEnglishCatalogue(String folder) {
        for (String command : List.of("methodology validate " + folder, "score --methodology " + folder + " --evidence " + MainTest.EXAMPLE)) {
            MainTest.Run vi = MainTest.run((command + " --lang vi").split(" "));
            assertTrue(vi.code() != 0, command + ": " + vi.out() + vi.err());
            // a rule's name is the folder's data, as written ("No evidence document"), in quotes
            String words = (vi.out() + vi.err()).replaceAll("\"[^\"\n]*\"", "\"…\"");
            assertEquals(List.of(), Catalogue.englishIn(words), vi.out() + vi.err());
            // Drools' own text is kept after the catalogue's sentence (it is the only precise account): English words only there
            String ours = words.replaceAll("Chi tiết của Drools: .*", "");
            assertEquals(List.of(), Catalogue.englishWords(ours), vi.out() + vi.err());
            MainTest.Run en = MainTest.en(command.split(" "));
            assertEquals(vi.code(), en.code(), en.err());
            assertTrue(!Catalogue.englishIn(en.out() + en.err()).isEmpty(), "the check can fail: " + en.out() + en.err());
        }
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

    // --- i18nplan: the planning commands (issue 20 item 1)

    /** dti sensitivity's JSON: its own words in the run's language; the assumptions are the methodology folder's words, as written (data). */
    @Test
    void langVi_sensitivityJson_printsNoSentenceOfTheEnglishCatalogue_butTheFolderAssumptions() {
        String[] args = {"sensitivity", "--methodology", MainTest.M, "--cohort", PlanningCommandsTest.COHORT, "--samples", "500", "--format", "json"};
        MainTest.Run vi = MainTest.run(args);
        assertEquals(0, vi.code(), vi.err());
        String own = vi.out().lines().filter(l -> !l.strip().startsWith("\"assumption\"")).reduce("", (a, b) -> a + b + "\n");
        assertEquals(List.of(), Catalogue.englishIn(own + vi.err()), own);
        assertTrue(own.contains("\"Thay đổi: những gì bộ chỉ số ghi là giả định ("), own);
        assertTrue(own.contains("\"varied\" : \"mục tiêu 0,1 ± 20%\""), own);
        MainTest.Run en = MainTest.en(args);
        assertTrue(en.out().contains("\"varied\" : \"goal 0.1 ± 20%\""), en.out());
        assertTrue(!Catalogue.englishIn(en.out()).isEmpty(), "the check can fail: " + en.out());
    }

    @Test
    void refusedTarget_inVietnamese_andInEnglish() {
        String[] bad = {"plan", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--target", "3.4>=1,5"};
        MainTest.Run vi = MainTest.run(bad);
        assertEquals(2, vi.code());
        assertTrue(vi.err().startsWith("dti: --target: chỉ tiêu [3.4>=1,5]: chỉ số thành phần 3.4 là tỷ lệ, tối đa 100%: hãy ghi 3.4>=1.\n"), vi.err());
        MainTest.Run en = MainTest.en(bad);
        assertEquals(2, en.code());
        assertTrue(en.err().startsWith("dti: --target: target [3.4>=1,5]: component 3.4 is a share, at most 100%: write 3.4>=1.\n"), en.err());
        String[] form = {"plan", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--target", "total=>800"};
        assertTrue(MainTest.run(form).err().startsWith("dti: --target: chỉ tiêu [total=>800] không có dạng \"đối tượng phép so sánh giá trị\": hãy ghi "
                + "total>=800,"), MainTest.run(form).err());
        assertTrue(MainTest.en(form).err().startsWith("dti: --target: target [total=>800] is not \"subject op value\": write total>=800,"),
                MainTest.en(form).err());
        String[] unknown = {"plan", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--target", "9.9>=1"};
        assertTrue(MainTest.run(unknown).err().startsWith("dti: --target: chỉ tiêu [9.9>=1]: bộ chỉ số vn-dti-province-2025 không có chỉ số thành phần "
                + "[9.9]. Chỉ số chính 9 (Đô thị thông minh) gồm các chỉ số thành phần 9.1, 9.2, 9.3.\n"), MainTest.run(unknown).err());
        assertTrue(MainTest.en(unknown).err().startsWith("dti: --target: target [9.9>=1]: methodology vn-dti-province-2025 has no component [9.9]. "
                + "Main indicator 9 (Đô thị thông minh) has 9.1, 9.2, 9.3.\n"), MainTest.en(unknown).err());
        for (String[] args : List.of(bad, form, unknown)) {
            MainTest.Run r = MainTest.run(args);
            assertEquals(List.of(), Catalogue.englishIn(r.err()), r.err());
            assertEquals(List.of(), Catalogue.englishWords(r.err()), r.err());
        }
    }

    @Test
    void refusedSet_inVietnamese_andInEnglish() {
        String[] yesNo = {"whatif", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--set", "2.4=maybe"};
        MainTest.Run vi = MainTest.run(yesNo);
        assertEquals(2, vi.code());
        assertTrue(vi.err().startsWith("dti: --set [2.4=maybe]: chỉ số thành phần 2.4 có kiểu có/không (YES_NO): hãy ghi yes hoặc no (có hoặc không), "
                + "không phải [maybe].\n"), vi.err());
        MainTest.Run en = MainTest.en(yesNo);
        assertEquals(2, en.code());
        assertTrue(en.err().startsWith("dti: --set [2.4=maybe]: component 2.4 is YES_NO: write yes or no, not [maybe].\n"), en.err());
        String[] category = {"whatif", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--set", "3.5=space"};
        assertTrue(MainTest.run(category).err().startsWith("dti: --set [3.5=space]: [space] không phải là một mức của chỉ số thành phần 3.5; hãy dùng một "
                + "trong các mức [cloud, traditional, none].\n"), MainTest.run(category).err());
        assertTrue(MainTest.en(category).err().startsWith("dti: --set [3.5=space]: [space] is not a category of component 3.5; use one of "
                + "[cloud, traditional, none].\n"), MainTest.en(category).err());
        String[] form = {"whatif", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--set", "6.6"};
        assertTrue(MainTest.run(form).err().startsWith("dti: --set [6.6] không có dạng mã chỉ số=giá trị: hãy ghi, ví dụ, 6.6=0.6,"), MainTest.run(form).err());
        assertTrue(MainTest.en(form).err().startsWith("dti: --set [6.6] is not component=value: write e.g. 6.6=0.6,"), MainTest.en(form).err());
        String[] negative = {"whatif", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--set", "4.2=-1"};
        assertTrue(MainTest.run(negative).err().startsWith("dti: --set [4.2=-1]: chỉ số thành phần 4.2: [-1] phải là số từ 0 trở lên.\n"),
                MainTest.run(negative).err());
        assertTrue(MainTest.en(negative).err().startsWith("dti: --set [4.2=-1]: component 4.2: [-1] must be a number of at least 0.\n"),
                MainTest.en(negative).err());
        for (String[] args : List.of(yesNo, category, form, negative)) {
            MainTest.Run r = MainTest.run(args);
            assertEquals(List.of(), Catalogue.englishIn(r.err()), r.err());
            assertEquals(List.of(), Catalogue.englishWords(r.err()), r.err());
        }
    }

    @Test
    void targets_distancesAndFiguresInTheRunsLanguage() {
        String[] args = {"targets", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--targets", PlanningCommandsTest.TARGETS};
        MainTest.Run vi = MainTest.run(args);
        assertTrue(vi.out().contains("\nCHƯA total>=800         243,25        còn thiếu 556,75 điểm\n"), vi.out());
        assertTrue(vi.out().contains("\nCHƯA 3.4>=0.9           87,2%         còn thiếu 2,8 điểm phần trăm\n"), vi.out());
        assertTrue(vi.out().contains("\nCHƯA 4.5>=5             chưa báo cáo  chưa báo cáo\n"), vi.out());
        MainTest.Run en = MainTest.en(args);
        assertTrue(en.out().contains("\nNOT  total>=800         243.25        556.75 points short\n"), en.out());
        assertTrue(en.out().contains("\nNOT  3.4>=0.9           87.2%         2.8 percentage points short\n"), en.out());
    }
    @Test
    void refusedTargetsAndEffortFiles_inVietnamese_andInEnglish(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws java.io.IOException {
        java.nio.file.Path targets = java.nio.file.Files.writeString(tmp.resolve("t.json"), "{\"methodology\": \"vn-dti-2099\", \"targets\": [{\"target\": \"total>=800\"}]}");
        String[] t = {"targets", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--targets", targets.toString()};
        assertTrue(MainTest.run(t).err().contains(targets + ": $.methodology: chỉ tiêu được viết cho bộ chỉ số [vn-dti-2099], không phải vn-dti-province-2025; "
                + "hãy dùng --methodology vn-dti-2099, hoặc bỏ trường này."), MainTest.run(t).err());
        assertTrue(MainTest.en(t).err().contains(targets + ": $.methodology: the targets are written for [vn-dti-2099], not vn-dti-province-2025; "
                + "use --methodology vn-dti-2099, or remove the field."), MainTest.en(t).err());
        java.nio.file.Path effort = java.nio.file.Files.writeString(tmp.resolve("e.json"), "{\"components\": {\"7.1\": {\"fixed\": true, \"effort\": 2}}}");
        String[] e = {"plan", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--target", "total>=300", "--effort", effort.toString()};
        MainTest.Run vi = MainTest.run(e);
        assertEquals(2, vi.code(), vi.err());
        assertTrue(vi.err().contains(": $.components.7.1: đã cố định (fixed) nên không có effort, maxValue hay steps; hãy bỏ các trường đó hoặc bỏ \"fixed\"."),
                vi.err());
        assertEquals(List.of(), Catalogue.englishIn(vi.err()), vi.err());
        assertTrue(MainTest.en(e).err().contains(": $.components.7.1: is fixed, so it takes no effort, maxValue or steps; remove them or \"fixed\"."),
                MainTest.en(e).err());
    }
    @Test
    void plan_andWhatIf_valuesAndDistancesInTheRunsLanguage() {
        String[] plan = {"plan", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--cohort", PlanningCommandsTest.COHORT,
                "--target", "total>=999", "--target", "rank<=2"};
        MainTest.Run vi = MainTest.run(plan);
        assertEquals(0, vi.code(), vi.err());
        assertTrue(vi.out().contains("\n  6.2   —           có "), vi.out());
        assertTrue(vi.out().contains("\n  đạt  rank<=2          1             đạt: hạng 1/6\n"), vi.out());
        MainTest.Run en = MainTest.en(plan);
        assertTrue(en.out().contains("\n  6.2   —           yes "), en.out());
        assertTrue(en.out().contains("met: rank 1 of 6\n"), en.out());
        String[] whatIf = {"whatif", "--methodology", MainTest.M, "--evidence", MainTest.EXAMPLE, "--set", "7.1=document"};
        MainTest.Run refused = MainTest.run(whatIf);
        assertEquals(2, refused.code(), refused.out());
        assertTrue(refused.err().contains("chỉ số thành phần 7.1 chưa có giá trị để bổ sung tài liệu kiểm chứng; hãy ghi một giá trị, ví dụ 7.1=<giá trị>."),
                refused.err());
        assertTrue(MainTest.en(whatIf).err().contains("component 7.1 has no value to attach a document to; give a value, e.g. 7.1=<value>."),
                MainTest.en(whatIf).err());
    }
    // --- end of i18nplan's block
}
