package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.Component;
import vn.dti.api.MainIndicator;
import vn.dti.api.Methodology;
import vn.dti.api.Points;

/**
 * The bundled 2025 catalogue against its source: the table of Phụ lục I of the Khánh Hòa plan to
 * raise its DTI in 2025 (QĐ 405/QĐ-BKHCN indicators), kept in this repository as test data
 * ({@code src/test/resources/official/dti-province-2025.csv}) so that the check runs on every
 * clone: every row's id, official name, max points and agencies, exactly.
 */
class SourceTableTest {
    private static Path csv() {
        for (Path p : List.of(Path.of("src/test/resources/official/dti-province-2025.csv"),
                Path.of("dti-rules/src/test/resources/official/dti-province-2025.csv"))) {
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new AssertionError("the official table is missing from src/test/resources/official");
    }

    /** Splits one CSV line (quoted fields may hold commas). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    @Test
    void catalogue_matchesTheSourceTableExactly() throws IOException {
        Path p = csv();
        Methodology m = Fixtures.province2025().methodology();
        List<String> rows = Files.readAllLines(p, StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            List<String> f = fields(row);
            List<String> coop = new ArrayList<>();
            for (String a : f.get(4).split(";")) {
                if (!a.isBlank()) {
                    coop.add(a.strip());
                }
            }
            expected.add(f.get(0) + "|" + f.get(1) + "|" + f.get(2) + "|" + f.get(3) + "|" + coop);
        }
        List<String> actual = new ArrayList<>();
        for (MainIndicator mi : m.mainIndicators()) {
            actual.add(mi.id() + "|" + mi.name() + "|" + Points.format(mi.maxPoints()) + "||[]");
            for (Component c : mi.components()) {
                actual.add(c.id() + "|" + c.name() + "|" + Points.format(c.maxPoints()) + "|" + c.responsibleAgency() + "|" + c.cooperatingAgencies());
            }
        }
        assertEquals(expected, actual);
        assertEquals(59, actual.size());
    }
}
