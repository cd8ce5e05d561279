package vn.dti.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a run picks its language: --lang, then DTI_LANG, then the locale where it is Vietnamese or English, then Vietnamese. */
class LanguageTest {
    private static final String LINUX = "Linux";

    @Test
    void parse_acceptsTagsAndLocaleNames() {
        assertEquals(Language.VI, Language.parse("vi").orElseThrow());
        assertEquals(Language.VI, Language.parse("vi-VN").orElseThrow());
        assertEquals(Language.VI, Language.parse(" VI ").orElseThrow());
        assertEquals(Language.EN, Language.parse("en_US.UTF-8").orElseThrow());
        assertEquals(Language.EN, Language.parse("EN").orElseThrow());
        assertTrue(Language.parse("fr").isEmpty());
        assertTrue(Language.parse("C.UTF-8").isEmpty());
        assertTrue(Language.parse("eng").isEmpty());
        assertTrue(Language.parse("").isEmpty());
        assertTrue(Language.parse(null).isEmpty());
    }

    @Test
    void resolve_theOptionWinsOverTheEnvironment() {
        assertEquals(Language.EN, Language.resolve("en"));
        assertEquals(Language.VI, Language.resolve("vi"));
    }

    @Test
    void fromEnvironment_dtiLangFirst() {
        assertEquals(Language.EN, Language.fromEnvironment(Map.of("DTI_LANG", "en", "LANG", "vi_VN.UTF-8"), new Locale("vi", "VN"), LINUX));
        assertEquals(Language.VI, Language.fromEnvironment(Map.of("DTI_LANG", "vi", "LANG", "en_US.UTF-8"), Locale.US, LINUX));
    }

    @Test
    void fromEnvironment_anUnknownDtiLangIsPassedOver() {
        assertEquals(Language.VI, Language.fromEnvironment(Map.of("DTI_LANG", "fr"), new Locale("vi", "VN"), LINUX));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of("DTI_LANG", "fr", "LANG", "en_GB.UTF-8"), Locale.UK, LINUX));
    }

    @Test
    void fromEnvironment_aVietnameseJvmLocaleCounts() {
        assertEquals(Language.VI, Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8"), new Locale("vi", "VN"), LINUX));
    }

    @Test
    void fromEnvironment_onLinux_theJvmsEnglishCountsOnlyWhereTheLocaleNamesEnglish() {
        // the JVM says en_US for LANG=C, C.UTF-8, POSIX, unset, and a locale that is not installed
        assertEquals(Language.VI, Language.fromEnvironment(Map.of("LANG", "C.UTF-8"), Locale.US, LINUX));
        assertEquals(Language.VI, Language.fromEnvironment(Map.of(), Locale.US, LINUX));
        assertEquals(Language.VI, Language.fromEnvironment(Map.of("LANG", "vi_VN.UTF-8"), Locale.US, LINUX));
        assertEquals(Language.VI, Language.fromEnvironment(Map.of("LANG", "fr_FR.UTF-8"), Locale.FRANCE, LINUX));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8"), Locale.US, LINUX));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of("LC_ALL", "en_AU.UTF-8", "LANG", "vi_VN.UTF-8"), Locale.US, LINUX));
        assertEquals(Language.VI, Language.fromEnvironment(Map.of("LC_ALL", "", "LC_MESSAGES", "vi_VN", "LANG", "en_US"), Locale.US, LINUX));
    }

    @Test
    void fromEnvironment_onWindows_theJvmLocaleIsTheUsersChoice() {
        assertEquals(Language.EN, Language.fromEnvironment(Map.of(), Locale.US, "Windows 11"));
        assertEquals(Language.VI, Language.fromEnvironment(Map.of(), Locale.JAPAN, "Windows 11"));
    }

    @Test
    void fromAcceptLanguage_byQualityThenOrder() {
        assertEquals(Language.EN, Language.fromAcceptLanguage("en-US,en;q=0.9,vi;q=0.8"));
        assertEquals(Language.VI, Language.fromAcceptLanguage("fr-FR,vi;q=0.5,en;q=0.4"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("vi;q=0.3, en;q=0.7"));
        assertEquals(Language.VI, Language.fromAcceptLanguage("vi, en"));
        assertEquals(Language.VI, Language.fromAcceptLanguage("de, fr"));
        assertEquals(Language.VI, Language.fromAcceptLanguage(null));
        assertEquals(Language.VI, Language.fromAcceptLanguage("en;q=0"));
    }
}
