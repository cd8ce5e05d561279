package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.json.DtiJson;

/**
 * The worked example of docs/reporting.md, run as a user would: Khánh Hòa's 2025 workspace
 * (dti-examples/data/workspace-khanh-hoa-2025): status, merge, score with the council's
 * decisions, history; and each command's bad input (exit 2, nothing written). The figures are
 * hand-checked in the comments.
 */
class WorkedExampleTest {
    static final String M = MainTest.M;
    static final String WS = "../dti-examples/data/workspace-khanh-hoa-2025";

    @TempDir
    Path tmp;

    @Test
    void status_q2_theLatePoliceAmongTheFirst() {
        MainTest.Run r = MainTest.en("status", "--methodology", M, "--workspace", WS, "--period", "2025-Q2", "--as-of", "1/7/2025");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) năm 2025\n"
                + "Reporting status of 2025-Q2 (vn-dti-province-2025), as of 2025-07-01\n"
                + "  Deadline: Báo cáo quý trên phần mềm của tỉnh, due before 2025-06-25 (Chủ trì, Phối hợp): passed 7 days ago\n"
                + "  Next: Báo cáo quý trên phần mềm của tỉnh for 2025-Q3, due before 2025-09-25 (Chủ trì, Phối hợp): in 85 days\n"
                + "  Next: Sở KH&CN rà soát và báo cáo Ban Chỉ đạo for 2025, due before 2026-01-30 (Điều phối: Sở KH&CN): in 212 days\n"
                + "  Next review: Hội nghị sơ kết đánh giá DTI 06 tháng for 2025-H1, by 2025-07-31 (cấp tỉnh; the date is an ASSUMPTION, calendar.json; "
                + "no report is due): in 30 days\n"), r.out());
        // late 5.1, 5.2, 8.1 (20 + 20 + 50) and missing 5.3–5.6 (4 × 10) that no agency reported: 130 late or missing, 130 at stake;
        // its next deadline, the third quarter's, is 85 days away (1/7 → 24/9)
        assertTrue(r.out().contains("! Công an tỉnh                             Chủ trì      7       0     3       4       0       130       130  passed 7 days ago"
                + "   in 85 days (2025-Q3)\n      late 6 days: 5.1, 5.2, 8.1; missing: 5.3, 5.4, 5.5, 5.6\n"), r.out());
        int kh = r.out().indexOf("! Sở KH&CN                                 Chủ trì");
        int police = r.out().indexOf("! Công an tỉnh");
        assertTrue(kh > 0 && kh < police, "380 points missing after the deadline before 130");
        MainTest.Run csv = MainTest.run("status", "--methodology", M, "--workspace", WS, "--period", "2025-Q2", "--as-of", "2025-07-01", "--format", "csv");
        assertTrue(csv.out().startsWith("\uFEFFperiod,asOf,agency,role,"), csv.out());
        assertTrue(csv.out().contains("\r\n2025-Q2,2025-07-01,Công an tỉnh,RESPONSIBLE,2025-06-25,-7,7,0,3,4,0,130,6,true,5.1 5.2 8.1,5.3 5.4 5.5 5.6,,130,"
                + "quarterly-report,2025-Q3,2025-09-25,85,,\r\n"), csv.out());
        // the year on 5/1/2026: the annual report (before 10/1) is the period's deadline, not repeated as "Next"
        MainTest.Run y = MainTest.en("status", "--methodology", M, "--workspace", WS, "--period", "2025", "--as-of", "2026-01-05");
        assertTrue(y.out().contains("  Deadline: Báo cáo năm trên phần mềm của Trung ương, due before 2026-01-10 (Chủ trì): in 4 days\n"), y.out());
        assertFalse(y.out().contains("Next: Báo cáo năm"), y.out());
        assertTrue(y.out().contains("  Sở KH&CN                                 Phối hợp    18       1     0      17       0         0        90  none"
                + "                in 78 days (2026-Q1)\n"), y.out());
        // the same in Vietnamese, the default: dates dd/mm/yyyy, the catalogue's words, the columns as wide as their headers
        MainTest.Run vi = MainTest.run("status", "--methodology", M, "--workspace", WS, "--period", "2025-Q2", "--as-of", "1/7/2025");
        assertTrue(vi.out().startsWith("Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) năm 2025\n"
                + "Tình hình báo cáo kỳ 2025-Q2 (vn-dti-province-2025), tính đến ngày 01/07/2025\n"
                + "  Hạn báo cáo: Báo cáo quý trên phần mềm của tỉnh, trước ngày 25/06/2025 (Chủ trì, Phối hợp): đã quá hạn 7 ngày\n"
                + "  Hạn tiếp theo: Báo cáo quý trên phần mềm của tỉnh kỳ 2025-Q3, trước ngày 25/09/2025 (Chủ trì, Phối hợp): còn 85 ngày\n"), vi.out());
        assertTrue(vi.out().contains("\n      trễ hạn 6 ngày: 5.1, 5.2, 8.1; chưa báo cáo: 5.3, 5.4, 5.5, 5.6\n"), vi.out());
        assertTrue(vi.out().contains("(cấp tỉnh; ngày này là GIẢ ĐỊNH, calendar.json; không phải nộp báo cáo): còn 30 ngày\n"), vi.out());
    }

    @Test
    void status_andHistory_goOnPastABrokenFile_mergeAndScoreRefuse() throws IOException {
        Path ws = copy();
        Path bad = ws.resolve("2025-Q2/Công an tỉnh.csv");
        Files.writeString(bad, Files.readString(bad, StandardCharsets.UTF_8).replace(",38%,", ",38,"), StandardCharsets.UTF_8);
        // and a template nobody filled in: not submitted, no error
        assertEquals(0, MainTest.run("evidence", "template", "--methodology", M, "--agency", "Sở Nội vụ", "--period", "2025-Q2", "--entity", "khanh-hoa",
                "--out", ws.resolve("2025-Q2/Sở Nội vụ.json").toString()).code());
        MainTest.Run s = MainTest.en("status", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q2", "--as-of", "2025-07-01");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("! Công an tỉnh                             Chủ trì      7       0     0       7       0       130       130  passed 7 days ago"
                + "   in 85 days (2025-Q3)\n      missing: 5.1, 5.2, 5.3, 5.4, 5.5, 5.6, 8.1\n      file refused: " + bad + " (its components count as not "
                + "submitted):\n        " + bad + ", row "), s.out());
        assertTrue(s.out().contains(", column G (Giá trị): [38] for component 8.1, a ratio: is it a percent or a share? Not read."), s.out());
        assertTrue(s.out().contains("      file refused: " + bad + " (its problems are listed above)\n"), s.out());
        // the same in Vietnamese, the default: the table's words, the file, row and column, and the cell's problem
        MainTest.Run vi = MainTest.run("status", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q2", "--as-of", "2025-07-01");
        assertTrue(vi.out().contains("      chưa báo cáo: 5.1, 5.2, 5.3, 5.4, 5.5, 5.6, 8.1\n      tệp bị từ chối: " + bad + " (các chỉ số thành phần trong tệp "
                + "được tính là chưa nộp):\n        " + bad + ", dòng "), vi.out());
        assertTrue(vi.out().contains(", cột G (Giá trị): [38] của chỉ số thành phần 8.1, một tỷ lệ: đây là phần trăm hay tỷ lệ? Không đọc."), vi.out());
        assertTrue(vi.out().contains("      tệp bị từ chối: " + bad + " (các lỗi đã liệt kê ở trên)\n"), vi.out());
        MainTest.Run json = MainTest.run("status", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q2", "--as-of", "2025-07-01", "--format",
                "json");
        JsonNode police = null;
        for (JsonNode a : DtiJson.mapper().readTree(json.out()).at("/agencies")) {
            police = a.at("/agency").asText().equals("Công an tỉnh") && a.at("/role").asText().equals("RESPONSIBLE") ? a : police;
        }
        assertEquals(bad.toString(), police.at("/refused/0/file").asText());
        assertTrue(police.at("/refused/0/problems/0").asText().startsWith(bad + ", dòng "), police.toString());
        MainTest.Run csv = MainTest.run("status", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q2", "--as-of", "2025-07-01", "--format",
                "csv");
        assertTrue(csv.out().contains(",true,,5.1 5.2 5.3 5.4 5.5 5.6 8.1,,130,quarterly-report,2025-Q3,2025-09-25,85," + bad + ",\"" + bad + ", dòng "), csv.out());
        MainTest.Run h = MainTest.en("history", "--methodology", M, "--workspace", ws.toString());
        assertEquals(0, h.code(), h.err());
        assertTrue(h.out().contains("\n2025-Q2  not scored: 2 problems (below)\n"), h.out());
        assertTrue(h.out().contains("\n2025-Q2 not scored: its files cannot be merged ('dti evidence merge' refuses them):\n  " + ws.resolve("2025-Q2/Sở Nội vụ.json")
                + ": nothing is reported: every component is NOT_REPORTED."), h.out());
        assertTrue(h.out().matches("(?s).*\n2025-Q3  .*   228.93 / 1000  0.2289                    0  \\+14.27 from 2025-Q1 .*"), h.out());
        Path out = tmp.resolve("q2.json");
        MainTest.Run m = MainTest.run("evidence", "merge", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q2", "--out", out.toString());
        assertEquals(2, m.code());
        assertFalse(Files.exists(out));
    }

    @Test
    void merge_countsItsSubmissionsInWords() throws IOException {
        Path ws = copy();
        try (Stream<Path> q1 = Files.list(ws.resolve("2025-Q1"))) {
            for (Path f : q1.filter(f -> !f.getFileName().toString().equals("Công an tỉnh.csv")).toList()) {
                Files.delete(f);
            }
        }
        Path one = tmp.resolve("one.json");
        MainTest.Run m = MainTest.en("evidence", "merge", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q1", "--out", one.toString());
        assertEquals(0, m.code(), m.err());
        assertTrue(m.err().contains("dti: merged 1 submission for 2025-Q1 ("), m.err());
        MainTest.Run vi = MainTest.run("evidence", "merge", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q1", "--out", one.toString());
        assertTrue(vi.err().contains("dti: đã tổng hợp 1 tệp báo cáo của kỳ 2025-Q1 ("), vi.err());
        Path all = tmp.resolve("all.json");
        MainTest.Run q2 = MainTest.en("evidence", "merge", "--methodology", M, "--workspace", WS, "--period", "2025-Q1", "--out", all.toString());
        assertTrue(q2.err().contains("dti: merged 6 submissions for 2025-Q1 ("), q2.err());
    }

    @Test
    void halfYear_mergeStatusHistoryAndScore() throws IOException {
        Path h1 = tmp.resolve("h1.json");
        MainTest.Run m = MainTest.en("evidence", "merge", "--methodology", M, "--workspace", WS, "--period", "2025-H1", "--out", h1.toString());
        assertEquals(0, m.code(), m.err());
        JsonNode e = DtiJson.mapper().readTree(h1.toFile());
        assertEquals("2025-H1", e.at("/period").asText());
        assertEquals(13, e.at("/components/1/value").asInt());                    // 1.2: 6 + 7
        MainTest.Run s = MainTest.en("score", "--methodology", M, "--evidence", h1.toString());
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("Khánh Hòa (khanh-hoa), period 2025-H1\n"), s.out());
        assertTrue(s.out().contains("Total: 222.77 / 1000   Index: 0.2228\n"), s.out());   // the second quarter's state; 1.2's 13 earns the same 10
        MainTest.Run st = MainTest.en("status", "--methodology", M, "--workspace", WS, "--period", "2025-H1", "--as-of", "2025-07-01");
        assertEquals(0, st.code(), st.err());
        assertTrue(st.out().contains("  Deadline: Báo cáo quý trên phần mềm của tỉnh for 2025-Q2, due before 2025-06-25 (Chủ trì, Phối hợp): passed 7 days ago\n"),
                st.out());
        assertTrue(st.out().contains("      late 6 days: 5.1, 5.2, 8.1; missing: 5.3, 5.4, 5.5, 5.6\n"), st.out());
    }

    @Test
    void merge_thenScore_q2_andTheYearWithTheCouncilsDecisions() throws IOException {
        Path q2 = tmp.resolve("khanh-hoa-2025-Q2.json");
        MainTest.Run m = MainTest.en("evidence", "merge", "--methodology", M, "--workspace", WS, "--period", "2025-Q2", "--out", q2.toString());
        assertEquals(0, m.code(), m.err());
        JsonNode e = DtiJson.mapper().readTree(q2.toFile());
        assertEquals(17, e.at("/components").size());
        MainTest.Run s = MainTest.en("score", "--methodology", M, "--evidence", q2.toString());
        // 50 + 40 + (27.67 + 15 + 10) + (19 + 5) + (19 + 8.6) + (19 + 9.5)
        assertTrue(s.out().contains("Total: 222.77 / 1000   Index: 0.2228\n"), s.out());
        assertTrue(s.out().contains("    5.1   LATE_REPORT                  0 lost  Công an tỉnh reported component 5.1 on 2025-06-30, 6 days late:"), s.out());
        // the by-agency view names, under each finding, the cooperating agencies accountable with the responsible one
        assertTrue(s.out().contains("\n  Công an tỉnh — 40 points lost\n    5.1   LATE_REPORT                  0 lost  Công an tỉnh reported component 5.1 on "
                + "2025-06-30, 6 days late: Báo cáo quý trên phần mềm của tỉnh was due before 2025-06-25.\n          with the cooperating agencies (cơ quan phối "
                + "hợp): Sở, ban, ngành, địa phương\n"), s.out());
        assertTrue(s.out().matches("(?s).*\n    8\\.1   LATE_REPORT                  0 lost  Công an tỉnh reported component 8\\.1 on 2025-06-30, 6 days late: "
                + "Báo cáo quý trên phần mềm của tỉnh was due before 2025-06-25\\.\n\n.*"), "8.1 has no cooperating agency: no line\n" + s.out());

        Path year = tmp.resolve("khanh-hoa-2025.json");
        assertEquals(0, MainTest.en("evidence", "merge", "--methodology", M, "--workspace", WS, "--period", "2025", "--out", year.toString()).code());
        JsonNode y = DtiJson.mapper().readTree(year.toFile());
        JsonNode c12 = y.at("/components/1");
        assertEquals("1.2", c12.at("/indicator").asText());
        assertEquals(27, c12.at("/value").asInt());                               // 6 + 7 + 8 + 6: a count of things done in the year
        MainTest.Run a = MainTest.en("score", "--methodology", M, "--evidence", year.toString(), "--appraisal", WS + "/2025/appraisal.json");
        assertEquals(0, a.code(), a.err());
        // self-assessed: Q4's figures (233.25); the council sets 6.5 from 46,69% to 45%: 9.34 → 9
        assertTrue(a.out().contains("Total: 232.92 / 1000   Index: 0.2329\n"
                + "Self-assessed (tự đánh giá): 233.25   Appraised (hội đồng thẩm định): 232.92   Final (đạt được): 232.92\n"), a.out());
        assertTrue(a.out().contains("  6.5           9 / 20 !Tỷ lệ hồ sơ nộp trực tuyến\n                         self 9.34 → appraised 9\n"), a.out());
        assertTrue(a.out().contains("    6.5   APPRAISAL_ADJUSTED        0.34 lost  The appraisal council adjusted component 6.5 from 0.4669 to 0.45"), a.out());
        assertTrue(a.out().contains("    6.4   DOCUMENT_REJECTED            0 lost  The appraisal council rejected document 2690/QĐ-UBND"), a.out());

        // the same as an Excel workbook: final points, and the self-assessed and appraised points beside them
        Path xlsx = tmp.resolve("khanh-hoa-2025.xlsx");
        MainTest.Run x = MainTest.en("score", "--methodology", M, "--evidence", year.toString(), "--appraisal", WS + "/2025/appraisal.json", "--format",
                "xlsx", "--out", xlsx.toString());
        assertEquals(0, x.code(), x.err());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("Điểm");
            assertEquals("Tự đánh giá", sheet.getRow(0).getCell(10).getStringCellValue());
            assertEquals("Hội đồng thẩm định", sheet.getRow(0).getCell(11).getStringCellValue());
            org.apache.poi.ss.usermodel.Row r65 = null;
            org.apache.poi.ss.usermodel.Row total = null;
            for (var row : sheet) {
                String id = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                r65 = id.equals("6.5") ? row : r65;
                total = id.equals("Tổng") ? row : total;
            }
            assertEquals(9.0, r65.getCell(3).getNumericCellValue(), 1e-9);            // final: 0.45 × 20
            assertEquals(0.4669 * 20, r65.getCell(10).getNumericCellValue(), 1e-9);   // self-assessed
            assertEquals(9.0, r65.getCell(11).getNumericCellValue(), 1e-9);           // appraised
            assertEquals(232.91666666666666, total.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(233.25466666666665, total.getCell(10).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void dashboard_fromTheWorkspace_theYearAppraised_completenessDeadlinesAndTrend() throws IOException {
        Path out = tmp.resolve("report.html");
        MainTest.Run r = MainTest.run("dashboard", "--methodology", M, "--workspace", WS, "--period", "2025", "--as-of", "2026-01-05", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        // the year's evidence merged from the quarters, with the council's decisions: the final 232.92 of 'score --appraisal'
        assertTrue(html.contains("<span data-key=\"total\">232,92</span>"), "total");
        assertFalse(html.contains("data-key=\"needsWorkspace\""), "the workspace sections are filled");
        // Công an tỉnh leads 5.1–5.6 and 8.1 (7 components); its 2025-Q4 file reports 5.1, 5.2 and 8.1, each with a document
        String responsible = "<td class=\"nw\"><span lang=\"vi\">chủ trì</span><span lang=\"en\">responsible</span></td>";
        assertTrue(html.matches("(?s).*<tr><td data-key=\"completeness-\\d+-agency\">Công an tỉnh</td>" + java.util.regex.Pattern.quote(responsible)
                + "<td class=\"r\" data-key=\"completeness-\\d+-components\">7</td><td class=\"r\" data-key=\"completeness-\\d+-reported\">3</td>"
                + "<td class=\"r\" data-key=\"completeness-\\d+-documented\">3</td></tr>.*"), "completeness");
        // on 5/1/2026 the year's report (due before 10/1/2026) is 4 days from its last day
        assertTrue(html.matches("(?s).*<tr><td>Công an tỉnh</td>" + java.util.regex.Pattern.quote(responsible) + "<td>5.3, 5.4, 5.5, 5.6</td>"
                + "<td data-key=\"deadline-\\d+-due\">10/01/2026</td><td data-key=\"deadline-\\d+-state\"><span lang=\"vi\">chưa nộp, còn 4 ngày</span>"
                + "<span lang=\"en\">missing, 4 days left</span></td>.*"), "deadlines");
        // the trend: the history's totals, period by period
        int q1 = html.indexOf(">214,67</text>");
        int q2 = html.indexOf(">222,77</text>");
        int q4 = html.indexOf(">233,25</text>");
        assertTrue(q1 > 0 && q1 < q2 && q2 < q4, "trend in period order");
        assertTrue(html.contains(">2025</text>"), "the year closes the trend");

        // the second quarter's page: its trend stops at 2025-Q2, and a broken file of a later quarter is not read
        Path ws = copy();
        Files.writeString(ws.resolve("2025-Q4/Công an tỉnh.csv"), "not a workbook", StandardCharsets.UTF_8);
        Path second = tmp.resolve("second-quarter.html");
        MainTest.Run r2 = MainTest.run("dashboard", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q2", "--as-of", "2025-07-01", "--out",
                second.toString());
        assertEquals(0, r2.code(), r2.err());
        String page = Files.readString(second, StandardCharsets.UTF_8);
        assertTrue(page.contains(">214,67</text>") && page.contains(">222,77</text>") && !page.contains(">233,25</text>"), "trend up to 2025-Q2");
        assertTrue(page.contains("<span data-key=\"total\">222,77</span>"), "the quarter's own total");

        MainTest.Run both = MainTest.en("dashboard", "--methodology", M, "--workspace", WS, "--evidence", MainTest.EXAMPLE, "--period", "2025", "--out",
                out.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("give either --evidence <file> or --workspace <dir> with --period <period>"), both.err());
        MainTest.Run asOfAlone = MainTest.en("dashboard", "--methodology", M, "--evidence", MainTest.EXAMPLE, "--as-of", "2026-01-05", "--out",
                tmp.resolve("x.html").toString());
        assertEquals(2, asOfAlone.code());
        assertTrue(asOfAlone.err().contains("--as-of goes with --workspace"), asOfAlone.err());
    }

    @Test
    void history_everyPeriod() {
        MainTest.Run h = MainTest.en("history", "--methodology", M, "--workspace", WS);
        assertEquals(0, h.code(), h.err());
        String out = h.out();
        assertTrue(out.matches("(?s).*\n2025-Q1  vn-dti-province-2025 \\([0-9a-f]{8}\\)   214.67 / 1000  0.2147 .*"), out);
        assertTrue(out.matches("(?s).*\n2025-Q2  .*   222.77 / 1000  0.2228                    3  \\+8.1 from 2025-Q1 .*"), out);
        assertTrue(out.matches("(?s).*\n2025-H1  .*   222.77 / 1000  0.2228                    0  .*"), out);
        assertTrue(out.matches("(?s).*\n2025-Q4  .*   233.25 / 1000  0.2333 .*"), out);
        assertTrue(out.matches("(?s).*\n2025-H2  .*   233.25 / 1000  0.2333                    0  \\+10.49 from 2025-H1 .*"), out);
        assertTrue(out.matches("(?s).*\n2025     .*   232.92 / 1000  0.2329         233.25     0 .*"), out);
        // both roles
        assertTrue(out.contains("  Công an tỉnh (Chủ trì)                                       3/7     3/7 (3)         3/7         3/7         3/7         3/7         3/7\n"),
                out);
        assertTrue(out.contains("  Sở KH&CN (Phối hợp)                                         0/18        0/18        0/18        1/18        0/18        1/18        1/18\n"),
                out);
        assertFalse(out.contains("made from version"), out);
        // in Vietnamese, the default: decimal commas, thousands dots, the catalogue's words
        String vi = MainTest.run("history", "--methodology", M, "--workspace", WS).out();
        assertTrue(vi.matches("(?s).*\n2025-Q2  .*  222,77 / 1.000  0,2228                    3  \\+8,1 so với 2025-Q1 .*"), vi);
        assertTrue(vi.startsWith("Lịch sử điểm của khanh-hoa ("), vi);
        assertTrue(vi.contains("  Công an tỉnh (Chủ trì)                                       3/7     3/7 (3)"), vi);
    }

    @Test
    void conflict_resolvedInTheExample_reproducedFromTheSupersededFile() throws IOException {
        Path ws = copy();
        Files.copy(ws.resolve("2025-Q3/superseded/Sở KH&CN.xlsx"), ws.resolve("2025-Q3/Sở KH&CN.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        Path out = tmp.resolve("q3.json");
        MainTest.Run r = MainTest.en("evidence", "merge", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q3", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("dti: Component 6.5 is reported two ways: Sở KH&CN reports [0,4669] at " + ws.resolve("2025-Q3/Sở KH&CN.xlsx")
                + ", sheet Báo cáo, row 41, column G (Giá trị), but Văn phòng UBND tỉnh reports [0,45] at " + ws.resolve("2025-Q3/Văn phòng UBND tỉnh.csv")
                + ", row 16, column G (Giá trị)."), r.err());
        MainTest.Run vi = MainTest.run("evidence", "merge", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q3", "--out", out.toString());
        assertTrue(vi.err().startsWith("dti: Chỉ số thành phần 6.5 được báo cáo hai giá trị khác nhau: Sở KH&CN báo cáo [0,4669] tại "
                + ws.resolve("2025-Q3/Sở KH&CN.xlsx") + ", trang tính Báo cáo, dòng 41, cột G (Giá trị), nhưng Văn phòng UBND tỉnh báo cáo [0,45] tại "
                + ws.resolve("2025-Q3/Văn phòng UBND tỉnh.csv") + ", dòng 16, cột G (Giá trị)."), vi.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void template_forAnAgency_everyFormat_andTheWholeMethodologyUnchanged() throws IOException {
        for (String ext : new String[] {"xlsx", "csv", "json"}) {
            Path out = tmp.resolve("Công an tỉnh." + ext);
            MainTest.Run r = MainTest.run("evidence", "template", "--methodology", M, "--agency", "công an tỉnh", "--period", "2025-Q3", "--entity", "khanh-hoa",
                    "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.size(out) > 1000, ext);
        }
        assertTrue(Files.readString(tmp.resolve("Công an tỉnh.csv"), StandardCharsets.UTF_8).startsWith("\uFEFFBÁO CÁO CHỈ SỐ CHUYỂN ĐỔI SỐ"));
        Path whole = tmp.resolve("all.json");
        assertEquals(0, MainTest.run("evidence", "template", "--methodology", M, "--out", whole.toString()).code());
        assertEquals(50, DtiJson.mapper().readTree(whole.toFile()).at("/components").size());
    }

    @Test
    void badInput_everyCommand_exit2_namesTheThing_writesNothing() throws IOException {
        Path out = tmp.resolve("out.xlsx");
        MainTest.Run t = MainTest.en("evidence", "template", "--methodology", M, "--agency", "Sở KHCN", "--period", "2025-Q3", "--out", out.toString());
        assertEquals(2, t.code());
        assertTrue(t.err().startsWith("dti: --agency: unknown agency [Sở KHCN]. The closest known agencies: Sở KH&CN;"), t.err());
        assertFalse(Files.exists(out));

        Path ws = copy();
        Path bad = ws.resolve("2025-Q2/Công an tỉnh.csv");
        Files.writeString(bad, Files.readString(bad, StandardCharsets.UTF_8).replace("\"38%\"", "38").replace(",38%,", ",38,"), StandardCharsets.UTF_8);
        Path merged = tmp.resolve("m.json");
        MainTest.Run m = MainTest.run("evidence", "merge", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q2", "--out", merged.toString());
        assertEquals(2, m.code(), m.err());
        assertTrue(m.err().startsWith("dti: " + bad + ", dòng "), m.err());
        assertTrue(m.err().contains(", cột G (Giá trị): [38] của chỉ số thành phần 8.1, một tỷ lệ: đây là phần trăm hay tỷ lệ? Không đọc."), m.err());
        MainTest.Run mEn = MainTest.en("evidence", "merge", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q2", "--out", merged.toString());
        assertTrue(mEn.err().startsWith("dti: " + bad + ", row "), mEn.err());
        assertTrue(mEn.err().contains(", column G (Giá trị): [38] for component 8.1, a ratio: is it a percent or a share? Not read."), mEn.err());
        assertFalse(Files.exists(merged));
        // status and history go on: the problems are the report (status_andHistory_goOnPastABrokenFile_mergeAndScoreRefuse)
        MainTest.Run s = MainTest.en("status", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q2", "--out", tmp.resolve("s.txt").toString());
        assertEquals(0, s.code(), s.err());
        assertTrue(Files.readString(tmp.resolve("s.txt"), StandardCharsets.UTF_8).contains("file refused: " + bad));
        MainTest.Run bogus = MainTest.run("status", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q5", "--out", tmp.resolve("b.txt").toString());
        assertEquals(2, bogus.code());
        assertFalse(Files.exists(tmp.resolve("b.txt")));
        MainTest.Run into = MainTest.run("evidence", "merge", "--methodology", M, "--workspace", WS, "--period", "2025-Q1", "--out",
                tmp.resolve("x").resolve("2025-Q1").toString());
        assertEquals(2, into.code());

        Path evidence = tmp.resolve("q4.json");
        assertEquals(0, MainTest.run("evidence", "merge", "--methodology", M, "--workspace", WS, "--period", "2025-Q4", "--out", evidence.toString()).code());
        Path card = tmp.resolve("card.json");
        MainTest.Run a = MainTest.en("score", "--methodology", M, "--evidence", evidence.toString(), "--appraisal", WS + "/2025/appraisal.json", "--out",
                card.toString());
        assertEquals(2, a.code());
        assertTrue(a.err().startsWith("dti: " + WS + "/2025/appraisal.json:4:13: $.period: the appraisal is of period 2025, but the evidence reports 2025-Q4"),
                a.err());
        assertFalse(Files.exists(card));
    }

    @Test
    void mergeOut_insideAPeriodFolder_isRefused() throws IOException {
        Path ws = copy();
        Path out = ws.resolve("2025-Q1/merged.json");
        MainTest.Run r = MainTest.en("evidence", "merge", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q1", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is in a period's folder of the workspace, where it would be read as an agency's submission"), r.err());
        assertTrue(MainTest.run("evidence", "merge", "--methodology", M, "--workspace", ws.toString(), "--period", "2025-Q1", "--out", out.toString()).err()
                .contains("nằm trong thư mục của một kỳ báo cáo, nơi tệp sẽ bị đọc như báo cáo của một cơ quan"));
        assertFalse(Files.exists(out));
    }

    /**
     * Every line docs/reporting.md quotes under a command of its worked example ("$ dti …") is a
     * line that command prints (the lines "…" stand for those left out; the methodology version in
     * brackets may differ).
     */
    @Test
    void docsReporting_theWorkedExamplesQuotedLines_areWhatTheCommandsPrint() throws IOException {
        String doc = Files.readString(Path.of("../docs/reporting.md"), StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("\n## The worked example\n"), doc.indexOf("\n## Why Apache POI\n"));
        int commands = 0;
        int quoted = 0;
        List<String> actual = null;
        boolean inBlock = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            if (line.startsWith("$ dti ")) {
                List<String> args = new ArrayList<>();
                for (String a : line.substring("$ dti ".length()).split(" ")) {
                    a = a.replace("dti-examples/data/workspace-khanh-hoa-2025", WS);
                    args.add(a.matches("[\\w.-]+\\.(json|xlsx)") ? tmp.resolve(a).toString() : a);
                }
                MainTest.Run r = MainTest.run(args.toArray(new String[0]));
                assertEquals(0, r.code(), line + "\n" + r.err());
                actual = new ArrayList<>();
                for (String l : (r.out() + r.err()).split("\n")) {
                    actual.add(version(l.replace(tmp + "/", "")));
                }
                commands++;
            } else if (!line.isBlank() && !line.equals("…")) {
                assertTrue(actual != null && actual.contains(version(line)), "docs/reporting.md quotes a line the command does not print:\n" + line
                        + "\n--- it prints:\n" + (actual == null ? "" : String.join("\n", actual)));
                quoted++;
            }
        }
        assertEquals(5, commands);
        assertTrue(quoted >= 40, "lines checked: " + quoted);
    }

    private static String version(String line) {
        return line.replaceAll("\\(([0-9a-f]{8})\\)", "(version)");
    }

    private Path copy() throws IOException {
        Path target = tmp.resolve("ws");
        Path source = Path.of(WS);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.naturalOrder())::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
