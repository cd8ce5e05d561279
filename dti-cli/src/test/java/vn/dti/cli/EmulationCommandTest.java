package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code dti emulation} on the worked example: the table docs/server.md shows, in both languages, as CSV and JSON. */
class EmulationCommandTest {
    static final String M = MainTest.M;
    static final String WS = "../dti-examples/data/workspace-khanh-hoa-2025";

    /** The block under "$ dti --lang en emulation …" in docs/server.md is exactly what the command prints. */
    @Test
    void docsServer_theWorkedExamplesTable_isWhatTheCommandPrints() throws IOException {
        String doc = Files.readString(Path.of("../docs/server.md"), StandardCharsets.UTF_8);
        String command = "$ dti --lang en emulation --methodology vn-dti-province-2025 --workspace dti-examples/data/workspace-khanh-hoa-2025 --period 2025 "
                + "--as-of 2026-02-01\n";
        int start = doc.indexOf(command);
        assertTrue(start > 0, "docs/server.md has no block for " + command);
        String quoted = doc.substring(start + command.length(), doc.indexOf("\n```", start) + 1);
        MainTest.Run r = MainTest.run("--lang", "en", "emulation", "--methodology", M, "--workspace", WS, "--period", "2025", "--as-of", "2026-02-01");
        assertEquals(0, r.code(), r.err());
        assertEquals(quoted, r.out());
    }

    @Test
    void table_vietnamese_rankScoreGradeAndTheFormulaAsAProposal() {
        MainTest.Run r = MainTest.run("--lang", "vi", "emulation", "--methodology", M, "--workspace", WS, "--period", "2025", "--as-of", "1/2/2026");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Bảng thi đua của các cơ quan, kỳ 2025 (vn-dti-province-2025), đến ngày 01/02/2026\n"), r.out());
        // 100 × (0.4 × 1 + 0.25 × 1 + 0.2 × 2/19 + 0.15 × 1) = 82.105…
        assertTrue(r.out().contains("   1  Sở Văn hóa, Thể thao và Du lịch                  82,11  20 / 20 (100%)"), r.out());
        assertTrue(r.out().contains("Hoàn thành tốt nhiệm vụ"), r.out());
        assertTrue(r.out().contains("Điểm thi đua = 100 × (0,4 × P + 0,25 × T + 0,2 × C + 0,15 × A)\n"), r.out());
        assertTrue(r.out().contains("đề xuất của dự án (ASSUMPTION)"), r.out());
    }

    @Test
    void csvAndJson_carryTheSameFigures() {
        MainTest.Run csv = MainTest.run("emulation", "--methodology", M, "--workspace", WS, "--period", "2025", "--as-of", "2026-02-01", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("\uFEFFperiod,asOf,rank,agency,score,grade,"), csv.out());
        // Văn phòng UBND tỉnh: 29 of 140, 2 of 7 on time, 2 of 27 complete, 6.5 adjusted 9.338 → 9
        assertTrue(csv.out().contains("2025,2026-02-01,6,Văn phòng UBND tỉnh,"), csv.out());
        assertTrue(csv.out().contains(",7,29,140,0.207143,2,0.285714,27,2,0.074074,29.338,-0.338,0.988479\r\n"), csv.out());
        MainTest.Run json = MainTest.run("emulation", "--methodology", M, "--workspace", WS, "--period", "2025", "--as-of", "2026-02-01", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"agency\" : \"Sở Văn hóa, Thể thao và Du lịch\"") || json.out().contains("\"agency\":\"Sở Văn hóa, Thể thao và Du lịch\""),
                json.out());
        assertTrue(json.out().contains("\"points\" : 0.4") || json.out().contains("\"points\":0.4"), json.out());
    }

    @Test
    void badPeriod_isAUsageError() {
        MainTest.Run r = MainTest.run("emulation", "--methodology", M, "--workspace", WS, "--period", "2025-13");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("2025-13"), "names what was given: " + r.err());
        assertTrue(r.out().isEmpty(), "no table: " + r.out());
    }
}
