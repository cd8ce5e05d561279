package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/**
 * docs/methodologies.md shows the decision table to the reader twice: an excerpt of scoring.csv,
 * and a list of every component's pattern, parameters and where its goal comes from. The table is
 * the one source: both are checked against it, derived from what it says (its assumption texts may
 * be reworded; the docs must keep saying the same thing).
 */
class DocsTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+\\.\\d+) \\| ([^|]+) \\| ([^|]+) \\|");
    private static final Pattern ID = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern TARGET = Pattern.compile("\\(([^()]*)\\)\\s*$");
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(%?)");

    private static List<String> doc() throws IOException {
        Path doc = Files.exists(Path.of("../docs/methodologies.md")) ? Path.of("../docs/methodologies.md") : Path.of("docs/methodologies.md");
        return Files.readAllLines(doc, StandardCharsets.UTF_8);
    }

    /** The bundled 2025 scoring.csv, cell by cell, row by row. */
    static List<String[]> table() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var in = DocsTableTest.class.getResourceAsStream("/methodologies/vn-dti-province-2025/scoring.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                rows.add(vn.dti.rules.internal.TableWorkbooks.cells(lines[i], i + 1));
            }
        }
        return rows;
    }

    /** The docs' list: id → {pattern and parameters, where the goal comes from}. */
    private static Map<String, String[]> documented() throws IOException {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String line : doc()) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                out.put(m.group(1), new String[] {m.group(2).strip(), m.group(3).strip()});
            }
        }
        return out;
    }

    @Test
    void docsList_equalsTheBundledTable() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        documented().forEach((id, cols) -> documented.put(id, cols[0]));
        Map<String, String> table = new LinkedHashMap<>();
        for (ScoringRule r : Fixtures.province2025().scoringRules()) {
            table.put(r.component().value(), ScoringPattern.describe(r.pattern()));
        }
        assertEquals(table, documented);
    }

    /**
     * The list's third column says where each goal comes from: "assumption …" exactly where the
     * table's assumption cell starts with a mark (GIẢ ĐỊNH); otherwise the documents it names are the ones
     * the table's cell cites, and the target in brackets is the rule's parameter (90% is goal 0.9,
     * 100% is ratio × max).
     */
    @Test
    void docsListsWhereEachGoalComesFrom_asTheTableSaysIt() throws IOException {
        Map<String, String[]> documented = documented();
        Map<String, ScoringRule> rules = new LinkedHashMap<>();
        Fixtures.province2025().scoringRules().forEach(r -> rules.put(r.component().value(), r));
        assertEquals(rules.keySet(), documented.keySet());
        for (Map.Entry<String, String[]> e : documented.entrySet()) {
            ScoringRule r = rules.get(e.getKey());
            String source = e.getValue()[1];
            String cell = r.assumption();
            boolean assumed = source.toLowerCase(Locale.ROOT).startsWith("assumption");
            assertEquals(assumed, Assumptions.marks(cell), e.getKey() + ": the docs say \"" + source + "\", the table \"" + cell + "\"");
            if (assumed) {
                continue;
            }
            Matcher target = TARGET.matcher(source);
            String cited = target.find() ? source.substring(0, target.start()).strip() : source;
            for (String document : cited.split(";")) {
                assertTrue(cell.contains(document.strip()), e.getKey() + ": the docs cite " + document.strip() + ", the table's cell does not: " + cell);
            }
            Matcher figure = target.reset().find() ? FIGURE.matcher(target.group(1)) : null;
            if (figure != null && figure.find()) {
                double value = Double.parseDouble(figure.group(1)) / (figure.group(2).isEmpty() ? 1 : 100);
                double parameter = r.pattern() instanceof ScoringPattern.Goal g ? g.goal() : r.pattern() instanceof ScoringPattern.Ratio ? 1 : Double.NaN;
                assertEquals(value, parameter, 1e-12, e.getKey() + ": the docs give the target " + target.group(1) + ", the table's rule is "
                        + ScoringPattern.describe(r.pattern()));
            }
        }
    }

    /**
     * The excerpt of scoring.csv in "The decision table": each of its lines is a row of the table,
     * in the table's order, cell by cell ("…" stands for any text, with the spaces around it; cells left off at the end are
     * empty).
     */
    @Test
    void docsExcerptOfTheTable_isTheTablesRows() throws IOException {
        List<String> doc = doc();
        int intro = doc.indexOf(doc.stream().filter(l -> l.contains("The bundled table, `scoring.csv`:")).findFirst()
                .orElseThrow(() -> new AssertionError("no excerpt of scoring.csv in docs/methodologies.md")));
        int start = intro + doc.subList(intro, doc.size()).indexOf("```");
        int end = start + 1 + doc.subList(start + 1, doc.size()).indexOf("```");
        List<String[]> table = table();
        int at = 0;
        int checked = 0;
        for (String line : doc.subList(start + 1, end)) {
            String[] shown = vn.dti.rules.internal.TableWorkbooks.cells(line, 0);
            int found = -1;
            for (int r = at; r < table.size() && found < 0; r++) {
                if (matches(shown, table.get(r))) {
                    found = r;
                }
            }
            assertTrue(found >= 0, "docs/methodologies.md shows the row [" + line + "], which is not a row of scoring.csv (after row " + at + ")");
            at = found + 1;
            checked++;
        }
        assertTrue(checked >= 10, checked + " rows");
        assertTrue(doc.subList(start + 1, end).stream().anyMatch(l -> ID.matcher(l).lookingAt()), "the excerpt shows component rows");
    }

    private static boolean matches(String[] shown, String[] row) {
        for (int c = 0; c < Math.max(shown.length, row.length); c++) {
            String want = c < shown.length ? shown[c] : "";
            String have = c < row.length ? row[c] : "";
            StringBuilder re = new StringBuilder();
            for (String part : want.split("\\s*…\\s*", -1)) {
                if (re.length() > 0) {
                    re.append("(?s).*");
                }
                re.append(Pattern.quote(part));
            }
            if (!have.matches(re.toString())) {
                return false;
            }
        }
        return true;
    }
}
