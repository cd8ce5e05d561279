package vn.dti.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message catalogue: the texts of every module, in Vietnamese and English, looked up by key.
 *
 * <p><b>Where the texts are.</b> A key's first segment names the package, under {@code vn.dti},
 * whose bundle holds it: {@code cli.usage.unknownOption} is in {@code vn/dti/cli/messages.properties}
 * (Vietnamese) and {@code vn/dti/cli/messages_en.properties} (English), in the module that owns
 * {@code vn.dti.cli}; {@code rules.…} in {@code vn/dti/rules/}, {@code api.…} in {@code vn/dti/api/},
 * {@code server.…} in {@code vn/dti/server/}. Files are UTF-8 properties files (full Vietnamese
 * diacritics, no escapes needed); both files of a bundle have the same keys, and each
 * key the same placeholders ({@link #problems(String)} checks it).
 *
 * <p><b>How a text is written.</b> {@code {0}}, {@code {1}}, … are the arguments, each written in
 * the text's language ({@link Message}); nothing else is special (an apostrophe is an apostrophe,
 * unlike {@link java.text.MessageFormat}). A key missing from the catalogue is written as the key
 * itself, so that a slip shows without stopping a run; tests find it first.
 *
 * <p>Thread-safe: bundles are read once, on first use, and kept.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> DUPLICATES = new ConcurrentHashMap<>();
    /** Per language: each package prefix's bundle, and each key found so far with its text (looked up for every text written). */
    private static final Map<Language, Map<String, Map<String, String>>> BY_PREFIX = perLanguage();
    private static final Map<Language, Map<String, String>> FOUND = perLanguage();

    private Messages() {
    }

    /**
     * The text of a key in a language, with its arguments written in that language.
     *
     * @param language the language
     * @param key      the catalogue key
     * @param args     the arguments of its placeholders
     * @return the text; the key itself if the catalogue lacks it
     */
    public static String text(Language language, String key, Object... args) {
        String template = template(language, key);
        if (template == null) {
            return key;
        }
        return fill(language, template, args);
    }

    /** A template's placeholders replaced by the arguments written in {@code language}; a placeholder without its argument is kept as written. */
    static String fill(Language language, String template, Object... args) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        // {0}, {1}, …: found by hand, not by a regular expression (every text of every score card
        // passes here); the same places as the pattern PLACEHOLDER finds
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int at = 0;
        int n = template.length();
        for (int open = template.indexOf('{'); open >= 0 && open < n; open = template.indexOf('{', open + 1)) {
            int close = open + 1;
            long i = 0;
            while (close < n && template.charAt(close) >= '0' && template.charAt(close) <= '9') {
                i = Math.min(Integer.MAX_VALUE, i * 10 + template.charAt(close) - '0');
                close++;
            }
            if (close == open + 1 || close == n || template.charAt(close) != '}') {
                continue;
            }
            sb.append(template, at, open);
            if (i < args.length) {
                sb.append(argument(language, args[(int) i]));
            } else {
                sb.append(template, open, close + 1);
            }
            at = close + 1;
            open = close;
        }
        return sb.append(template, at, n).toString();
    }

    /**
     * Whether the catalogue has a key (in Vietnamese, the language every key must have).
     *
     * @param key the catalogue key
     * @return whether its Vietnamese text exists
     */
    public static boolean has(String key) {
        return template(Language.VI, key) != null;
    }

    /**
     * The text of a key in a language as written in its bundle, placeholders and all.
     *
     * @param language the language
     * @param key      the catalogue key
     * @return the text; null if there is none
     */
    public static String template(Language language, String key) {
        Map<String, String> known = FOUND.get(language);
        String found = known.get(key);
        if (found != null) {
            return found;
        }
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        found = bundle(key.substring(0, dot), language).get(key);
        if (found != null) {
            known.put(key, found);
        }
        return found;
    }

    /**
     * The keys and texts of the bundle of the package {@code vn.dti.<prefix>} in {@code language}
     * ({@code prefix} "cli" reads {@code vn/dti/cli/messages.properties} or {@code messages_en.properties}),
     * in file order.
     *
     * @param prefix   the package under {@code vn.dti} ({@code cli}, {@code rules})
     * @param language the language
     * @return the keys and texts; empty if there is no such bundle
     */
    public static Map<String, String> bundle(String prefix, Language language) {
        return BY_PREFIX.get(language).computeIfAbsent(prefix, p -> BUNDLES.computeIfAbsent(resource("vn/dti/" + p + "/messages", language), Messages::read));
    }

    /**
     * A resource bundle of any properties file pair that follows the catalogue's rules ({@code base}
     * {@code .properties} in Vietnamese, {@code base_en.properties} in English, UTF-8), for APIs that
     * take a {@link ResourceBundle} (the command line's help texts through picocli, page templates).
     *
     * @param base     the resource path without ".properties", e.g. {@code vn/dti/cli/help}
     * @param language the language
     * @return the bundle, whose {@link ResourceBundle#getLocale()} is the language's; empty if there is no such file
     */
    public static ResourceBundle resourceBundle(String base, Language language) {
        Map<String, String> texts = BUNDLES.computeIfAbsent(resource(base, language), Messages::read);
        return new ResourceBundle() {
            @Override
            public Locale getLocale() {
                return language.locale();
            }

            @Override
            protected Object handleGetObject(String key) {
                return texts.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }
        };
    }

    /**
     * What is wrong with the two languages of a bundle ({@code base} as in
     * {@link #resourceBundle(String, Language)}): a key in one file and not the other, a key whose
     * two texts have different placeholders, an empty text, a key written twice in one file, a file
     * that is missing. Empty when
     * nothing; each module's tests call it for its own bundles.
     *
     * @param base the resource path without ".properties", e.g. {@code vn/dti/cli/messages}
     * @return the problems, sorted
     */
    public static Set<String> problems(String base) {
        Set<String> problems = new TreeSet<>();
        Map<String, String> vi = read(resource(base, Language.VI));
        Map<String, String> en = read(resource(base, Language.EN));
        for (Language l : Language.values()) {
            for (String k : DUPLICATES.getOrDefault(resource(base, l), Set.of())) {
                problems.add(base + ": " + k + " is written twice in " + resource(base, l));
            }
        }
        if (vi.isEmpty() || en.isEmpty()) {
            problems.add(base + ": " + (vi.isEmpty() ? resource(base, Language.VI) : resource(base, Language.EN)) + " is missing or empty");
        }
        for (String k : vi.keySet()) {
            if (!en.containsKey(k)) {
                problems.add(base + ": " + k + " is in Vietnamese only");
            }
        }
        for (Map.Entry<String, String> e : en.entrySet()) {
            String k = e.getKey();
            String v = vi.get(k);
            if (v == null) {
                problems.add(base + ": " + k + " is in English only");
                continue;
            }
            if (v.isBlank() || e.getValue().isBlank()) {
                problems.add(base + ": " + k + " is empty in " + (v.isBlank() ? "Vietnamese" : "English"));
            }
            if (!placeholders(v).equals(placeholders(e.getValue()))) {
                problems.add(base + ": " + k + " has placeholders " + placeholders(v) + " in Vietnamese and " + placeholders(e.getValue())
                        + " in English");
            }
        }
        return problems;
    }

    /** The placeholders of a text: {@code "{0} of {1}, {0}"} → [0, 1]. */
    static Set<Integer> placeholders(String template) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** One argument written in {@code language}. */
    static String argument(Language language, Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Localized l) {
            return l.in(language);
        }
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte || arg instanceof BigInteger) {
            return Figure.count(((Number) arg).longValue()).in(language);
        }
        if (arg instanceof Double || arg instanceof Float || arg instanceof BigDecimal) {
            return Figure.number(((Number) arg).doubleValue()).in(language);
        }
        if (arg instanceof LocalDate d) {
            return Figure.date(language, d);
        }
        return String.valueOf(arg);
    }

    private static <V> Map<Language, Map<String, V>> perLanguage() {
        Map<Language, Map<String, V>> m = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            m.put(l, new ConcurrentHashMap<>());
        }
        return Collections.unmodifiableMap(m);
    }

    /** Refuses a key that cannot be in the catalogue: blank, or without a package prefix. */
    static void checkKey(String key) {
        // a key with a dot after its first character is not blank: no need to scan it for white space
        if (key == null || key.indexOf('.') <= 0) {
            throw new IllegalArgumentException("A message key [" + key + "] must start with its package, e.g. cli.usage.unknownOption.");
        }
    }

    private static String resource(String base, Language language) {
        return base + (language == Language.VI ? "" : "_" + language.code()) + ".properties";
    }

    /** A properties file as UTF-8, in file order; empty if it is not there. */
    private static Map<String, String> read(String resource) {
        ClassLoader loader = Messages.class.getClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(resource);
        if (in == null) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            in = context == null ? null : context.getResourceAsStream(resource);
        }
        if (in == null) {
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> twice = new TreeSet<>();
        try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Object put(Object k, Object v) {
                    if (texts.put((String) k, (String) v) != null) {
                        twice.add((String) k);
                    }
                    return super.put(k, v);
                }
            };
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundle " + resource, e);
        }
        if (!twice.isEmpty()) {
            DUPLICATES.put(resource, Collections.unmodifiableSet(twice));
        }
        return Collections.unmodifiableMap(texts);
    }
}
