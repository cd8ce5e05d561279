package vn.dti.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/** The message catalogue as the command line's tests see it: every module's bundles, and the English sentences to look for in Vietnamese output. */
final class Catalogue {
    /** The packages under vn.dti whose bundles the command line uses (each module's own). */
    static final List<String> PREFIXES = List.of("text", "api", "scoring", "cohort", "json", "rules", "reporting", "planning", "server", "cli");
    /** Every properties bundle on the class path: each prefix's messages, and the command line's help texts. */
    static final List<String> BUNDLES;

    static {
        List<String> bundles = new ArrayList<>();
        for (String prefix : PREFIXES) {
            if (!Messages.bundle(prefix, Language.VI).isEmpty() || !Messages.bundle(prefix, Language.EN).isEmpty()) {
                bundles.add("vn/dti/" + prefix + "/messages");
            }
        }
        bundles.add("vn/dti/cli/help");
        BUNDLES = List.copyOf(bundles);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}|%n|%s|%d");

    private Catalogue() {
    }

    /** The texts of a bundle in a language. */
    static Map<String, String> texts(String bundle, Language language) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        var rb = Messages.resourceBundle(bundle, language);
        for (String k : java.util.Collections.list(rb.getKeys())) {
            texts.put(k, rb.getString(k));
        }
        return texts;
    }

    /**
     * The fragments of the English catalogue that a Vietnamese reader must never see: each English
     * text that differs from its Vietnamese one, cut at its placeholders, the pieces of two words and
     * eight letters or more, whitespace collapsed, without the punctuation at their ends.
     */
    static List<String> englishSentences() {
        TreeSet<String> fragments = new TreeSet<>();
        for (String bundle : BUNDLES) {
            Map<String, String> vi = texts(bundle, Language.VI);
            for (Map.Entry<String, String> e : texts(bundle, Language.EN).entrySet()) {
                if (e.getValue().equals(vi.get(e.getKey()))) {
                    continue;
                }
                for (String piece : PLACEHOLDER.split(e.getValue().replace("%%", "%"))) {
                    String p = collapse(piece).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                    if (p.split(" ").length >= 2 && p.chars().filter(Character::isLetter).count() >= 8) {
                        fragments.add(p);
                    }
                }
            }
        }
        return List.copyOf(fragments);
    }

    /** The English sentences of the catalogue found in {@code output} (empty when none). */
    static List<String> englishIn(String output) {
        String text = collapse(output);
        List<String> found = new ArrayList<>();
        for (String s : englishSentences()) {
            if (text.contains(s)) {
                found.add(s);
            }
        }
        return found;
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Every catalogue key written as a string literal in the main sources of the modules (a literal such as "cli.usage.oneOf"). */
    static TreeSet<String> keysInSources() {
        Pattern key = Pattern.compile("\"((?:" + String.join("|", PREFIXES) + ")\\.[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** English words that no Vietnamese sentence, name, code or file name holds (a target such as total>=800 or points(6.5)>=max is code). */
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![\\p{L}/._,-])(the|of|and|is|are|was|to|with|for|its|from|by|points|component|components|"
            + "methodology|methodologies|evidence|agency|period|reported|rank|total|version|bundled)(?![\\p{L}/._,<>=(-])");

    /**
     * The English words in {@code output} (a sentence not yet in the catalogue shows here): common
     * words of dti's English outside file names, codes and JSON field names; empty when none.
     */
    static List<String> englishWords(String output) {
        List<String> found = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.strip().startsWith("\"")) {
                continue;   // a JSON field name with its value
            }
            Matcher m = ENGLISH_WORD.matcher(line);
            while (m.find()) {
                found.add(m.group(1) + " in: " + line.strip());
            }
        }
        return found;
    }
}
