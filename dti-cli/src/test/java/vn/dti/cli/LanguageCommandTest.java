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
}
