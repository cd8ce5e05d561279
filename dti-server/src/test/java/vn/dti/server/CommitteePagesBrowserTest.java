package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The committee's emulation page in a real browser (set up as {@link PagesBrowserTest}): the
 * worked example's third quarter submitted by the clerks, a viewer of the steering committee
 * follows the link from /committee and sees the emulation table, its formula as the project's
 * proposal and the trend chart; no console error (the chart is drawn on the server, no script, no
 * inline style). Screenshots at 390 and 1280 px under {@code dti-server/target/browser/}.
 * Required when {@code DTI_BROWSER_TESTS=required}; otherwise skipped where no browser is installed.
 */
class CommitteePagesBrowserTest {
    private static TestServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Path chromium = Browsers.chromiumOrSkip();
        server = TestServer.start("committee_browser");
        TestServer.check(server.as("OFFICER").postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        for (String f : ReportingYearTest.FILES) {
            String agency = f.substring(0, f.lastIndexOf('.'));
            TestServer.check(server.as("CLERK", agency).postForm(ReportingYearTest.agencyPath(agency) + "/submissions",
                    ApiClient.Part.file("file", PagesBrowserTest.Q3.resolve(f))), 201);
        }
        PageSession.account(server, "ban-chi-dao", "VIEWER", null);
        browser = Browsers.open(chromium);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static String vi(String key, Object... args) {
        return Messages.text(Language.VI, "server.page." + key, args);
    }

    private static String body() {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("body"))).getText();
    }

    @Test
    void theCommittee_followsTheLink_andSeesTheEmulationTableAndTheTrend() throws IOException {
        browser.get(server.url() + "/login");
        browser.findElement(By.id("name")).sendKeys("ban-chi-dao");
        browser.findElement(By.id("password")).sendKeys(PageSession.PASSWORD);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(server.url() + "/committee?entity=khanh-hoa&period=2025-Q3");
        browser.findElement(By.id("emulation-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/committee/emulation"));
        String page = body();
        assertTrue(page.contains(vi("emulation.table")), page);
        assertTrue(page.contains("Sở Văn hóa, Thể thao và Du lịch") && page.contains("78,95"), page);
        assertTrue(page.contains("Điểm thi đua = 100 × (0,4 × P + 0,25 × T + 0,2 × C + 0,15 × A)"), page);
        assertTrue(page.contains(vi("emulation.trend")) && page.contains("228,93"), page);
        assertTrue(browser.findElement(By.cssSelector("svg.trend rect.final")).isDisplayed(), "the trend's bars are drawn");
        List<String> errors = Browsers.consoleProblems(browser, m -> false);
        assertTrue(errors.isEmpty(), "console: " + errors);
        Path dir = Path.of("target", "browser").toAbsolutePath();
        Files.createDirectories(dir);
        for (int width : new int[] {390, 1280}) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile",
                    width < 500));
            long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
            long scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertTrue(scrollWidth <= width, "the page at " + width + " px is " + scrollWidth + " px wide");
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path file = dir.resolve("committee-emulation-" + width + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            System.out.println("browser artefact: " + file);
        }
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
