package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.MainIndicatorScore;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.server.AxeCheck;

/**
 * The dashboard in a real browser: headless Chromium (Debian's {@code chromium}) driven over the
 * DevTools protocol. Two pages: the bundled example's evidence in the illustrative cohort with the
 * bundled targets, its entity name, a document's title and issuer and a target's source replaced by
 * hostile text; and the worked example's reporting workspace for the year 2025. Each loads with no
 * console error, no dialog and no network request; the key figures in the DOM equal the score
 * card's, the reporting status's and the history's, written in Vietnamese format by this test's own
 * formatter (and by hand); the hostile texts show as text. Screenshots (screen, English, A4 print)
 * and PDFs are kept under {@code dti-cli/target/browser/} (their paths printed) as CI artefacts.
 * Required when {@code DTI_BROWSER_TESTS=required} (.ci/run sets it); otherwise skipped, saying why,
 * where no browser is installed.
 */
class DashboardBrowserTest {
    static final String HOSTILE = "<script>alert(1)</script>";
    static final String HOSTILE_ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
    static final String WS = "../dti-examples/data/workspace-khanh-hoa-2025";
    /** The width of an A4 page inside its 12 mm margins, in CSS pixels (186 mm at 96 per inch). */
    static final int A4_WIDTH = 703;

    @TempDir
    Path tmp;

    /** A number as Vietnamese writes it, rounded half-up: "." between thousands, "," before decimals (243,25; 1.000). Written here, not taken from the page's code. */
    static String vietnamese(double d, int decimals) {
        BigDecimal b = new BigDecimal(Double.toString(d)).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        String whole = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        String fraction = digits.contains(".") ? digits.substring(digits.indexOf('.') + 1) : "";
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "−" : "") + grouped + (fraction.isEmpty() ? "" : "," + fraction);
    }

    /** An index with exactly four decimals, Vietnamese format (0,2433). */
    static String vietnamese4(double d) {
        return new BigDecimal(Double.toString(d)).setScale(4, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    @Test
    void formatter_ofThisTest() {
        assertEquals("243,25", vietnamese(243.25, 2));
        assertEquals("1.000", vietnamese(1000, 2));
        assertEquals("214,67", vietnamese(214.66666666666669, 2));
        assertEquals("0,2433", vietnamese4(0.24325));
    }

    private static Path browser() {
        Path browser = DevTools.findBrowser();
        if (browser == null) {
            String why = "no Chromium found (install Debian's chromium, or set DTI_CHROMIUM)";
            if ("required".equals(System.getenv("DTI_BROWSER_TESTS"))) {
                fail("DTI_BROWSER_TESTS=required, but " + why);
            }
            Assumptions.abort("browser test skipped: " + why + "; .ci/run installs it and sets DTI_BROWSER_TESTS=required");
        }
        return browser;
    }

    private static Path artefacts() throws java.io.IOException {
        Path dir = Path.of("target", "browser").toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    /** The page loaded: every [data-key] element's visible text, the body's text, and the number of scripts. */
    private static JsonNode load(DevTools chrome, Path html) throws Exception {
        for (String domain : List.of("Runtime.enable", "Log.enable", "Network.enable", "Page.enable")) {
            chrome.page(domain, Map.of());
        }
        chrome.page("Emulation.setDeviceMetricsOverride", Map.of("width", 1000, "height", 1400, "deviceScaleFactor", 1, "mobile", false));
        chrome.page("Page.navigate", Map.of("url", html.toUri().toString()));
        chrome.await("Page.loadEventFired", e -> true, 30_000);
        Thread.sleep(300);
        return chrome.eval("(function(){var o={};document.querySelectorAll('[data-key]').forEach(function(e){if(!(e.dataset.key in o))"
                + "o[e.dataset.key]=(e.innerText===undefined?e.textContent:e.innerText).trim();});o.text=document.body.innerText;o.scripts=document.scripts.length;"
                + "o.images=document.images.length;return o;})()");
    }

    /**
     * Screenshots (screen, English, a phone's 390 px and a desktop's 1280 px, A4 print) and an A4 PDF, their paths printed; nothing
     * wider than the screen at 390 and 1280 px; axe-core finds no serious or critical accessibility violation, in Vietnamese and in English.
     */
    private static void keep(DevTools chrome, String name) throws Exception {
        Path dir = artefacts();
        AxeCheck.assertAccessible(name, chrome::evalAwaiting);
        chrome.eval("document.getElementById('lang').click()");
        AxeCheck.assertAccessible(name + " (English)", chrome::evalAwaiting);
        chrome.eval("document.getElementById('lang').click()");
        for (int width : new int[] {390, 1280}) {
            byte[] png = chrome.screenshot(width);
            Files.write(dir.resolve(name + "-" + width + ".png"), png);
            int wide = chrome.eval("document.documentElement.scrollWidth").asInt();
            assertTrue(wide <= width, name + " at " + width + " px is " + wide + " px wide: " + chrome.eval("(function(){var o=[];"
                    + "document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();if(r.right>" + width + "+1)"
                    + "o.push(e.tagName+'.'+e.getAttribute('class')+'['+(e.dataset?e.dataset.key||'':'')+']:'+Math.round(r.right));});"
                    + "return o.slice(0,20).join(' | ');})()").asText());
            System.out.println("browser artefact: " + dir.resolve(name + "-" + width + ".png"));
        }
        chrome.eval("document.getElementById('lang').click()");
        Files.write(dir.resolve(name + "-en.png"), chrome.screenshot(1000));
        chrome.eval("document.getElementById('lang').click()");
        Files.write(dir.resolve(name + ".png"), chrome.screenshot(1000));
        // A4 in print: 210 mm less the page's 12 mm margins each side is 186 mm, 703 CSS pixels; nothing may be wider
        chrome.page("Emulation.setEmulatedMedia", Map.of("media", "print"));
        byte[] print = chrome.screenshot(A4_WIDTH);
        Files.write(dir.resolve(name + "-print.png"), print);
        assertEquals(A4_WIDTH, pngWidth(print), "the A4 picture is the page's whole width, not clipped by a scrollbar");
        assertTrue(chrome.eval("document.documentElement.scrollWidth").asInt() <= A4_WIDTH, "nothing overflows the A4 page's width");
        chrome.page("Emulation.setEmulatedMedia", Map.of("media", ""));
        String pdf = chrome.page("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true,
                "preferCSSPageSize", true)).get("data").asText();
        Files.write(dir.resolve(name + ".pdf"), java.util.Base64.getDecoder().decode(pdf));
        for (String f : List.of(name + ".png", name + "-en.png", name + "-print.png", name + ".pdf")) {
            System.out.println("browser artefact: " + dir.resolve(f));
        }
        assertTrue(Files.size(dir.resolve(name + ".png")) > 10_000);
    }

    /** A PNG's width, from its header (IHDR: bytes 16-19, big-endian). */
    static int pngWidth(byte[] png) {
        return java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
    }

    /** No console error, no dialog, no network request other than the page itself. */
    private static void clean(DevTools chrome, Path html) {
        String url = html.toUri().toString();
        List<String> problems = new ArrayList<>();
        for (JsonNode e : chrome.events) {
            String method = e.path("method").asText();
            JsonNode p = e.path("params");
            if (method.equals("Runtime.exceptionThrown") || method.equals("Page.javascriptDialogOpening")
                    || (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().equals("error"))
                    || (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error"))) {
                problems.add(method + ": " + p);
            }
            if (method.equals("Network.requestWillBeSent")) {
                String u = p.path("request").path("url").asText();
                if (!u.equals(url) && !u.startsWith("data:")) {
                    problems.add("network request: " + u);
                }
            }
        }
        assertTrue(problems.isEmpty(), "no console error, no dialog, no network request: " + problems);
    }

    @Test
    void dashboard_ofTheEvidence_inTheCohort_inHeadlessChromium() throws Exception {
        Path browser = browser();
        // the example's evidence: hostile text as the entity's name, the first document's title and its issuer
        Path evidence = tmp.resolve("khanh-hoa.json");
        String json = Files.readString(Path.of(MainTest.EXAMPLE));
        json = json.replaceFirst("\"name\": \"Khánh Hòa\"", "\"name\": \"Khánh Hòa " + quoted(HOSTILE) + "\"");
        json = json.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + quoted(HOSTILE) + "\"");
        json = json.replaceFirst("\"issuer\": \"[^\"]*\"", "\"issuer\": \"" + quoted(HOSTILE_ATTRIBUTE) + "\"");
        Files.writeString(evidence, json);
        // the cohort names its evidence file relative to itself: a copy beside the hostile evidence
        Path cohort = tmp.resolve("cohort.json");
        Files.writeString(cohort, Files.readString(Path.of(PlanningCommandsTest.COHORT)).replace("khanh-hoa-2023.json", "khanh-hoa.json")
                .replaceFirst("\"name\": \"Khánh Hòa\"", "\"name\": \"Khánh Hòa " + quoted(HOSTILE) + "\""));
        // the bundled targets, the first target's source hostile
        Path targets = tmp.resolve("targets.json");
        Files.writeString(targets, Files.readString(Path.of(PlanningCommandsTest.TARGETS)).replaceFirst("\"source\": \"Kế hoạch số 4636[^\"]*\", \"note\"",
                "\"source\": \"" + quoted(HOSTILE_ATTRIBUTE) + "\", \"note\""));
        Path html = tmp.resolve("report.html");
        MainTest.Run r = MainTest.run("dashboard", "--methodology", MainTest.M, "--evidence", evidence.toString(), "--cohort", cohort.toString(),
                "--targets", targets.toString(), "--out", html.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        assertFalse(page.contains(HOSTILE) || page.contains(HOSTILE_ATTRIBUTE), "the hostile texts are escaped in the file");
        ScoreCard card = DtiJson.mapper().readValue(MainTest.run("score", "--methodology", MainTest.M, "--evidence", evidence.toString(), "--format",
                "json").out(), ScoreCard.class);

        try (DevTools chrome = DevTools.start(browser)) {
            JsonNode dom = load(chrome, html);
            assertEquals("243,25", dom.get("total").asText(), "the example's total, written by hand");
            assertEquals(vietnamese(card.totalPoints(), 2), dom.get("total").asText(), "total in the DOM");
            assertEquals(vietnamese4(card.index()), dom.get("index").asText(), "index in the DOM");
            assertEquals(vietnamese(card.pointsLost(), 2), dom.get("pointsLost").asText());
            assertEquals("756,75", dom.get("pointsLost").asText());
            assertEquals(vietnamese(card.pointsAtRisk(), 2), dom.get("pointsAtRisk").asText());
            for (MainIndicatorScore m : card.mainIndicators()) {
                if (m.maxPoints() > 0) {
                    assertEquals(vietnamese(m.points(), 2), dom.get("main-" + m.id()).asText(), "main indicator " + m.id());
                }
            }
            // the committee's questions: the rank is in an illustrative cohort; after the plan it is 1st; how sure: ranks 2 to 6 (5th-95th percentile)
            assertEquals("6", dom.get("rank").asText());
            assertEquals("nhóm minh họa, không phải kết quả công bố", dom.get("rankIllustrative").asText());
            assertEquals("6 → 1", dom.get("rankAfter").asText());
            assertEquals("hạng 2 đến 6", dom.get("interval").asText());
            assertTrue(dom.get("intervalNote").asText().contains("chấm lại 10.000 lần"), dom.get("intervalNote").asText());
            assertTrue(dom.get("afterPlan").asText().contains("xếp hạng 6 → 1"), dom.get("afterPlan").asText());
            assertTrue(dom.get("basis").asText().startsWith("Mọi số liệu trên trang là điểm tự đánh giá"), dom.get("basis").asText());
            assertTrue(dom.get("cohortIllustrative").asText().startsWith("Nhóm so sánh MINH HỌA"));
            assertTrue(dom.get("target-3").asText().contains("3.4 Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang ≥ 90%"), dom.get("target-3").asText());
            assertTrue(dom.get("target-3-words").asText().contains("đạt 90%"));
            // six entities: the rank targets and the top card cannot be told
            assertEquals("chưa đánh giá được", dom.get("mainsInTop").asText());
            assertTrue(dom.get("mainsInTopNote").asText().contains("toàn quốc: 34 tỉnh, thành phố"), dom.get("mainsInTopNote").asText());
            assertEquals(card.entity().name(), dom.get("entity").asText());
            String text = dom.get("text").asText();
            assertTrue(text.contains("Khánh Hòa " + HOSTILE), "the hostile name shows as text");
            assertTrue(text.contains(HOSTILE + " — ") && text.contains(HOSTILE_ATTRIBUTE + " — "), "the hostile title and issuer show as text");
            assertTrue(dom.get("target-0").asText().endsWith(HOSTILE_ATTRIBUTE), "the hostile source shows as text: " + dom.get("target-0"));
            assertEquals(1, dom.get("scripts").asInt(), "only the page's own script");
            assertEquals(0, dom.get("images").asInt(), "no image: the hostile <img> is text");
            assertTrue(text.contains("Tổng điểm") && text.contains("Kỳ 2023 trước phiên bản"), "Vietnamese first, the edition warning too");
            assertFalse(text.contains("Total points") || text.contains("precedes this methodology"), "no English in the Vietnamese view");
            // the English switch
            chrome.eval("document.getElementById('lang').click()");
            String english = chrome.eval("document.body.innerText").asText();
            assertTrue(english.contains("Total points") && !english.contains("Tổng điểm") && english.contains("precedes this methodology's edition"),
                    "English after the switch");
            chrome.eval("document.getElementById('lang').click()");
            keep(chrome, "dashboard");
            clean(chrome, html);
        }
    }

    @Test
    void dashboard_ofTheWorkspace_completenessDeadlinesTrend_inHeadlessChromium() throws Exception {
        Path browser = browser();
        Path html = tmp.resolve("workspace.html");
        MainTest.Run r = MainTest.run("dashboard", "--methodology", MainTest.M, "--workspace", WS, "--period", "2025", "--as-of", "2026-01-05",
                "--targets", PlanningCommandsTest.TARGETS, "--out", html.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode status = DtiJson.mapper().readTree(MainTest.run("status", "--methodology", MainTest.M, "--workspace", WS, "--period", "2025", "--as-of",
                "2026-01-05", "--format", "json").out());
        JsonNode history = DtiJson.mapper().readTree(MainTest.run("history", "--methodology", MainTest.M, "--workspace", WS, "--format", "json").out());
        try (DevTools chrome = DevTools.start(browser)) {
            JsonNode dom = load(chrome, html);
            // the year's evidence merged from the quarters, the council's decisions applied
            assertEquals("232,92", dom.get("total").asText());
            // the council decided on 6.5: the three stages side by side, the total self-assessed 233,25, appraised and final 232,92
            assertTrue(dom.get("basis").asText().startsWith("Số liệu trên trang là điểm cuối cùng"), dom.get("basis").asText());
            assertEquals("Tổng điểm\t233,25\t232,92\t232,92 / 1.000\t−0,34", dom.get("stage-total").asText());
            assertEquals("6 Hoạt động Chính quyền số\t29,34\t29\t29 / 200\t−0,34", dom.get("stage-6").asText());
            assertTrue(dom.has("noCohort"), "no cohort: said in words, no rank");
            // completeness: each agency in each role, as dti status counts it
            int rows = 0;
            for (int i = 0; dom.has("completeness-" + i + "-agency"); i++) {
                rows++;
            }
            assertEquals(status.get("agencies").size(), rows);
            for (int i = 0; i < rows; i++) {
                JsonNode a = status.get("agencies").get(i);
                int reported = a.get("onTime").asInt() + a.get("late").size();
                assertEquals(a.get("agency").asText(), dom.get("completeness-" + i + "-agency").asText());
                assertEquals(Integer.toString(a.get("due").asInt()), dom.get("completeness-" + i + "-components").asText());
                assertEquals(Integer.toString(reported), dom.get("completeness-" + i + "-reported").asText());
                assertEquals(Integer.toString(reported - a.get("withoutDocuments").size()), dom.get("completeness-" + i + "-documented").asText());
            }
            // Công an tỉnh leads 5.1–5.6 and 8.1: 7 components, 3 reported with a document (by hand, from the workspace's files)
            String text = dom.get("text").asText();
            assertTrue(text.contains("Công an tỉnh\tchủ trì\t7\t3\t3"), "Công an tỉnh's completeness row");
            // deadlines: the year's report is due before 10/01/2026, 4 days after 05/01/2026
            assertEquals("10/01/2026", dom.get("deadline-0-due").asText());
            assertEquals("chưa nộp, còn 4 ngày", dom.get("deadline-0-state").asText());
            // the trend: the history's totals, in Vietnamese format; quarters and the year, not the half-years (they repeat their quarters)
            int points = 0;
            for (JsonNode p : history.get("periods")) {
                if (p.get("period").asText().matches("\\d{4}-H[12]")) {
                    assertTrue(dom.get("trend-" + p.get("period").asText()) == null, p.get("period").asText() + " is not on the trend");
                    continue;
                }
                points++;
                assertEquals(vietnamese(p.get("totalPoints").asDouble(), 2), dom.get("trend-" + p.get("period").asText()).asText(), p.get("period").asText());
            }
            assertEquals("214,67", dom.get("trend-2025-Q1").asText());
            assertEquals(5, points, "2025-Q1 to Q4 and the year 2025");
            assertEquals("mục tiêu 800 điểm", dom.get("trendTarget").asText(), "the 800 line of the total target");
            keep(chrome, "workspace");
            clean(chrome, html);
        }
    }

    private static String quoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\\\"");
    }
}
