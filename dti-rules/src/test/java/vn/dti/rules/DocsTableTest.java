package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/**
 * docs/methodologies.md lists every component's pattern and parameters for the reader; the
 * decision table is the one source, so the list is checked against it.
 */
class DocsTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+\\.\\d+) \\| ([^|]+) \\|");

    @Test
    void docsList_equalsTheBundledTable() throws IOException {
        Path doc = Files.exists(Path.of("../docs/methodologies.md")) ? Path.of("../docs/methodologies.md") : Path.of("docs/methodologies.md");
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                documented.put(m.group(1), m.group(2).strip());
            }
        }
        Map<String, String> table = new LinkedHashMap<>();
        for (ScoringRule r : Fixtures.province2025().scoringRules()) {
            table.put(r.component().value(), ScoringPattern.describe(r.pattern()));
        }
        assertEquals(table, documented);
    }
}
