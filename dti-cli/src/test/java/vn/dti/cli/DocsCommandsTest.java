package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command blocks of the docs, run as a reader would run them (as {@code DocsTableTest} checks the
 * docs' tables): docs/methodologies.md's "Changing a methodology without rebuilding" in a temporary
 * folder, every line answering exit 0, and its quoted {@code validate} line equal to what validate prints.
 */
class DocsCommandsTest {
    static final Path DOC = Path.of("../docs/methodologies.md");
    static final String JAR = "java -jar dti-cli/target/dti.jar ";

    @TempDir
    Path tmp;

    /** The lines of the first {@code ```sh} block after the heading, without comment lines. */
    static List<String> block(Path doc, String heading) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, doc + " has the heading " + heading);
        int start = at;
        while (!lines.get(start).equals("```sh")) {
            start++;
        }
        List<String> commands = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).equals("```"); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                commands.add(line);
            }
        }
        return commands;
    }

    /** A command line's words: spaces split, single quotes group; a trailing {@code # comment} dropped. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && word.isEmpty()) {
                break;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void changingAMethodology_runsAsWritten() throws Exception {
        List<String> commands = block(DOC, "## Changing a methodology without rebuilding");
        assertTrue(commands.size() >= 6, commands.toString());
        String validated = null;
        String diff = null;
        for (String line : commands) {
            if (line.startsWith(JAR)) {
                List<String> args = new ArrayList<>(List.of("--lang", "en"));
                for (String w : words(line.substring(JAR.length()))) {
                    // the reader's working folder is the repository's root; the new folders go to a temporary one
                    args.add(w.startsWith("my-") ? tmp.resolve(w).toString() : w.startsWith("dti-examples/") ? "../" + w : w);
                }
                MainTest.Run r = MainTest.run(args.toArray(String[]::new));
                assertEquals(0, r.code(), line + "\n" + r.out() + r.err());
                if (args.contains("validate")) {
                    validated = r.out();
                } else if (args.contains("diff")) {
                    diff = r.out();
                }
            } else {
                assertTrue(line.startsWith("sed -i "), "a line the test knows how to run: " + line);
                Process p = new ProcessBuilder(words(line)).directory(tmp.toFile()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, p.waitFor(), line + "\n" + out);
            }
        }
        assertTrue(Files.isRegularFile(tmp.resolve("my-2025/scoring.csv")) && Files.isRegularFile(tmp.resolve("my-2025-xlsx/scoring.xlsx")));
        assertTrue(Files.readString(tmp.resolve("my-2025/scoring.csv")).contains("\n6.6,,0.65,"), "the edit the docs describe was made");
        assertTrue(diff != null && Pattern.compile("~ 6\\.6 +rule: goal 0\\.6 → goal 0\\.65 +\\(scoring\\.csv, row \\d+, column C\\)").matcher(diff).find(), diff);
        // the docs quote validate's line with "…" for the version and the folder
        String doc = Files.readString(DOC, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ");
        int from = doc.indexOf("0 with one line: `") + "0 with one line: `".length();
        String quoted = doc.substring(from, doc.indexOf('`', from));
        Pattern line = Pattern.compile(Pattern.quote(quoted).replace("…", "\\E.+?\\Q"));
        assertTrue(validated != null && line.matcher(validated.strip()).matches(), quoted + "\n" + validated);
    }
}
