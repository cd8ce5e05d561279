package vn.dti.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A language dti writes in: Vietnamese, the default, or English.
 *
 * <p>A run's language is chosen, first to last, by the {@code --lang} option (or the caller's own
 * choice, e.g. a service's {@code Accept-Language}), by the {@code DTI_LANG} environment variable,
 * by the locale where it is Vietnamese or English, and otherwise Vietnamese
 * ({@link #resolve(String)}). Official names (components, agencies, documents) are Vietnamese in
 * both languages; codes and JSON field names are the same in both. Thread-safe (an enum).
 */
public enum Language {
    /** Tiếng Việt: the default. */
    VI("vi"),
    /** English. */
    EN("en");

    /** The environment variable that chooses the language when no option does. */
    public static final String ENVIRONMENT_VARIABLE = "DTI_LANG";

    private final String code;
    private final Locale locale;

    Language(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    /**
     * The ISO 639-1 code.
     *
     * @return {@code vi} or {@code en} (as {@code --lang} and {@code DTI_LANG} take it)
     */
    public String code() {
        return code;
    }

    /**
     * The locale of the language.
     *
     * @return the locale without a country ({@code vi}, {@code en})
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The language a tag names: {@code vi}, {@code en}, and forms such as {@code vi-VN},
     * {@code en_US.UTF-8} or {@code EN}.
     *
     * @param tag a language tag or locale name; may be null
     * @return the language; empty for any other language, a blank or a null tag
     */
    public static Optional<Language> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < t.length() && t.charAt(end) >= 'a' && t.charAt(end) <= 'z') {
            end++;
        }
        String lang = t.substring(0, end);
        for (Language l : values()) {
            if (l.code.equals(lang)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a run: {@code option} if it names one (a {@code --lang} value, may be null),
     * else {@link #fromEnvironment()}. A value that names no known language is the caller's to
     * refuse; here it is passed over.
     *
     * @param option the value of {@code --lang}, or null when none was given
     * @return the run's language
     */
    public static Language resolve(String option) {
        return parse(option).orElseGet(Language::fromEnvironment);
    }

    /**
     * The language this process's environment asks for: the one a caller chose with
     * {@link #during} on this thread, else {@code DTI_LANG} if it names Vietnamese or English, else
     * the locale where it is Vietnamese or English, else {@link #VI}. Read each time (a few map
     * look-ups).
     *
     * @return the environment's language
     */
    public static Language fromEnvironment() {
        Language chosen = CHOSEN.get();
        return chosen != null ? chosen : fromEnvironment(System.getenv(), Locale.getDefault(), System.getProperty("os.name", ""));
    }

    /** The language a run chose ({@code dti --lang en}), for the library's texts read with {@link #fromEnvironment()}. */
    private static final InheritableThreadLocal<Language> CHOSEN = new InheritableThreadLocal<>();

    /**
     * Runs {@code work} with {@link #fromEnvironment()} answering {@code language} on this thread
     * and the threads it starts, so that the library's texts (a methodology folder's problems)
     * follow a command line's {@code --lang}; the previous choice is restored afterwards.
     *
     * @param language the language of the run; null for the environment's
     * @param work     what to run
     * @param <T>      what it returns
     * @return what {@code work} returns
     */
    public static <T> T during(Language language, java.util.function.Supplier<T> work) {
        Language before = CHOSEN.get();
        CHOSEN.set(language);
        try {
            return work.get();
        } finally {
            CHOSEN.set(before);
        }
    }

    /**
     * {@link #fromEnvironment()} for a given environment, JVM locale and operating system name
     * (for tests). On Windows the JVM's locale is the user's own choice. Elsewhere the JVM reports
     * English for an unset, {@code C} or {@code POSIX} locale and for a locale that is not
     * installed, so English counts only where {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG}
     * (the first one set) names it, and Vietnamese where either names it.
     */
    static Language fromEnvironment(Map<String, String> env, Locale jvm, String osName) {
        Optional<Language> chosen = parse(env.get(ENVIRONMENT_VARIABLE));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<Language> fromJvm = parse(jvm == null ? null : jvm.getLanguage());
        if (fromJvm.isPresent() && (fromJvm.get() == VI || osName.startsWith("Windows"))) {
            return fromJvm.get();
        }
        String posix = null;
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                posix = v;
                break;
            }
        }
        return parse(posix).orElse(VI);
    }

    /**
     * The language an HTTP {@code Accept-Language} header prefers among Vietnamese and English
     * ({@code "en-US,en;q=0.9,vi;q=0.8"} is English), by quality and then by order; {@link #VI}
     * when the header is absent or names neither.
     *
     * @param header the header's value; may be null
     * @return the language to answer in
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return VI;
        }
        Language best = null;
        double bestQ = 0;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            Optional<Language> l = parse(parts[0]);
            if (l.isPresent() && q > bestQ) {
                best = l.get();
                bestQ = q;
            }
        }
        return best == null ? VI : best;
    }
}
