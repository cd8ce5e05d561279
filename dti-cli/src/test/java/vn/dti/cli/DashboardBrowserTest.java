package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
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
import vn.dti.planning.DashboardHtml;

/**
 * The dashboard in a real browser: headless Chromium (Debian's {@code chromium}) driven over the
 * DevTools protocol. The page loads with no console error and no network request; the key
 * figures in the DOM equal the score card's; a document titled {@code <script>alert(1)</script>}
 * shows as text; screenshots (screen and A4 print) and a PDF are kept under
 * {@code target/browser/} as CI artefacts. Required when {@code DTI_BROWSER_TESTS=required}
 * (.ci/run sets it); otherwise skipped, saying why, where no browser is installed.
 */
class DashboardBrowserTest {
    static final String HOSTILE = "<script>alert(1)</script>";

    @TempDir
    Path tmp;

    @Test
    void dashboard_inHeadlessChromium() throws Exception {
        Path browser = DevTools.findBrowser();
        if (browser == null) {
            String why = "no Chromium found (install Debian's chromium, or set DTI_CHROMIUM)";
            if ("required".equals(System.getenv("DTI_BROWSER_TESTS"))) {
                fail("DTI_BROWSER_TESTS=required, but " + why);
            }
            Assumptions.abort("browser test skipped: " + why + "; .ci/run installs it and sets DTI_BROWSER_TESTS=required");
        }
        // the example's evidence, with a hostile document title
        Path evidence = tmp.resolve("khanh-hoa.json");
        String json = Files.readString(Path.of(MainTest.EXAMPLE));
        json = json.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + HOSTILE.replace("\"", "\\\"") + "\"");
        Files.writeString(evidence, json);
        // the cohort names its evidence file relative to itself: a copy beside the hostile evidence
        Path cohort = tmp.resolve("cohort.json");
        Files.writeString(cohort, Files.readString(Path.of(PlanningCommandsTest.COHORT)).replace("khanh-hoa-2023.json", "khanh-hoa.json"));
        Path html = tmp.resolve("report.html");
        MainTest.Run r = MainTest.run("dashboard", "--methodology", MainTest.M, "--evidence", evidence.toString(), "--cohort", cohort.toString(),
                "--targets", PlanningCommandsTest.TARGETS, "--out", html.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.readString(html).contains(HOSTILE), "the hostile title is escaped in the file");
        ScoreCard card = DtiJson.mapper().readValue(MainTest.run("score", "--methodology", MainTest.M, "--evidence", evidence.toString(), "--format",
                "json").out(), ScoreCard.class);

        Path artefacts = Path.of("target", "browser");
        Files.createDirectories(artefacts);
        try (DevTools chrome = DevTools.start(browser)) {
            for (String domain : List.of("Runtime.enable", "Log.enable", "Network.enable", "Page.enable")) {
                chrome.page(domain, Map.of());
            }
            chrome.page("Emulation.setDeviceMetricsOverride", Map.of("width", 1000, "height", 1400, "deviceScaleFactor", 1, "mobile", false));
            String url = html.toUri().toString();
            chrome.page("Page.navigate", Map.of("url", url));
            chrome.await("Page.loadEventFired", e -> true, 30_000);
            Thread.sleep(300);

            JsonNode dom = chrome.eval("(function(){var o={};document.querySelectorAll('[data-key]').forEach(function(e){o[e.dataset.key]="
                    + "e.textContent.trim();});o.text=document.body.innerText;o.scripts=document.scripts.length;return o;})()");
            assertEquals(DashboardHtml.vn(card.totalPoints(), 2), dom.get("total").asText(), "total in the DOM");
            assertEquals(DashboardHtml.vn4(card.index()), dom.get("index").asText(), "index in the DOM");
            assertEquals(DashboardHtml.vn(card.pointsLost(), 2), dom.get("pointsLost").asText());
            assertEquals(DashboardHtml.vn(card.pointsAtRisk(), 2), dom.get("pointsAtRisk").asText());
            for (MainIndicatorScore m : card.mainIndicators()) {
                if (m.maxPoints() > 0) {
                    assertEquals(DashboardHtml.vn(m.points(), 2), dom.get("main-" + m.id()).asText(), "main indicator " + m.id());
                }
            }
            assertEquals(card.entity().name(), dom.get("entity").asText());
            assertTrue(dom.get("text").asText().contains(HOSTILE), "the hostile title shows as text");
            assertEquals(1, dom.get("scripts").asInt(), "only the page's own script");

            // the English switch
            assertTrue(dom.get("text").asText().contains("Tổng điểm"));
            chrome.eval("document.getElementById('lang').click()");
            String english = chrome.eval("document.body.innerText").asText();
            assertTrue(english.contains("Total points") && !english.contains("Tổng điểm"), "English after the switch");
            Files.write(artefacts.resolve("dashboard-en.png"), chrome.screenshot(1000));
            chrome.eval("document.getElementById('lang').click()");
            Files.write(artefacts.resolve("dashboard.png"), chrome.screenshot(1000));
            chrome.page("Emulation.setEmulatedMedia", Map.of("media", "print"));
            Files.write(artefacts.resolve("dashboard-print.png"), chrome.screenshot(794));
            chrome.page("Emulation.setEmulatedMedia", Map.of("media", ""));
            String pdf = chrome.page("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true,
                    "preferCSSPageSize", true)).get("data").asText();
            Files.write(artefacts.resolve("dashboard.pdf"), java.util.Base64.getDecoder().decode(pdf));

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
        assertTrue(Files.size(artefacts.resolve("dashboard.png")) > 10_000);
    }
}
