package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clerk's web form in a real browser (Debian's {@code chromium} through Selenium, as
 * {@link PagesBrowserTest}): a clerk of Công an tỉnh opens the form from the clerk's page, types a
 * percent the Vietnamese way for 5.1 with its document (titled {@code <script>alert(1)</script>},
 * a note {@code "><img src=x onerror=alert(1)>}) and its scan, chooses Có for 1.3, sends it: the
 * upload's answer, the history's first version; the form again shows the hostile texts as text in
 * their fields, no alert, no image; a value that reads two ways is refused at its field. No console
 * error; screenshots at 390 and 1280 px under {@code dti-server/target/browser/} (nothing wider than
 * the screen). Required when {@code DTI_BROWSER_TESTS=required}; otherwise skipped where no
 * browser is installed.
 */
class ClerkFormBrowserTest {
    static final String AGENCY = "Công an tỉnh";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static TestServer server;
    private static ChromeDriver browser;
    private static final List<String> SHOTS = new ArrayList<>();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        Path chromium = Browsers.chromiumOrSkip();
        server = TestServer.start("clerk_form_browser");
        TestServer.check(server.as("OFFICER").postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        PageSession.account(server, "ca", "CLERK", AGENCY);
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
        SHOTS.forEach(s -> System.out.println("browser artefact: " + s));
    }

    private static String vi(String key, Object... args) {
        return PageSecurityTest.vi(key, args);
    }

    /** Clicks and waits for the page the click answers with. */
    private static void click(By what) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(Browsers.replaced(before));
        wait.until(d -> ((String) browser.executeScript("return document.readyState")).equals("complete"));
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** No console error on the page (its own answer may have this status on purpose: 422, which Chromium logs). */
    private static void clean(String page, int status) {
        List<String> errors = Browsers.consoleProblems(browser, Browsers.ownAnswer(null, status));
        assertTrue(errors.isEmpty(), page + ": " + errors);
        try {
            browser.switchTo().alert();
            fail(page + ": a script ran (an alert is open)");
        } catch (NoAlertPresentException expected) {
            // no script of the page's text ran
        }
        assertTrue(browser.findElements(By.cssSelector("img[src='x']")).isEmpty(), page + ": a typed tag became an element");
    }

    /** The whole page at 390 and 1280 px: PNGs kept under target/browser/; nothing wider than the screen. */
    private static void shoot(String name) throws IOException {
        Path dir = Path.of("target", "browser").toAbsolutePath();
        Files.createDirectories(dir);
        for (int width : new int[] {390, 1280}) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile",
                    width < 500));
            long height = ((Number) browser.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"))
                    .longValue();
            long scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertTrue(scrollWidth <= width, name + " at " + width + " px is " + scrollWidth + " px wide");
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path file = dir.resolve(name + "-" + width + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            SHOTS.add(file.toString());
        }
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void aClerkFillsTwoFieldsAndADocument_andSeesTheHistory() throws IOException {
        browser.get(server.url() + "/login");
        browser.findElement(By.id("name")).sendKeys("ca");
        browser.findElement(By.id("password")).sendKeys(PageSession.PASSWORD);
        click(By.cssSelector("form.card button[type=submit]"));
        browser.get(server.url() + "/clerk?period=2025-Q3");
        click(By.cssSelector("#webform a[href*='/clerk/form']"));
        assertTrue(browser.getCurrentUrl().contains("/clerk/form") && browser.getCurrentUrl().contains("period=2025-Q3"), browser.getCurrentUrl());
        String page = browser.findElement(By.tagName("body")).getText();
        assertTrue(page.contains(vi("form.title", AGENCY)) && page.contains(vi("clerk.noLast")), page);
        clean("the form", 0);

        Path scan = tmp.resolve("quyết định 5.1.pdf");
        Files.write(scan, "%PDF-1.4\n% a scan\n".getBytes(StandardCharsets.US_ASCII));
        type("c-5-1-v", "46,69%");
        browser.findElement(By.cssSelector("#c-5-1 summary")).click();   // the document's fields, folded while the component is blank
        type("c-5-1-n", "4100/BC-BCĐCĐS");
        type("c-5-1-t", SCRIPT);
        type("c-5-1-d", "5/12/2023");
        type("c-5-1-m", IMG);
        browser.findElement(By.id("c-5-1-s")).sendKeys(scan.toString());
        new Select(browser.findElement(By.id("c-1-3-v"))).selectByValue("Có");
        browser.findElement(By.cssSelector("#c-1-3 summary")).click();
        type("c-1-3-n", "12/QĐ-UBND");
        type("c-1-3-d", "1/8/2025");
        click(By.id("send"));
        WebElement result = browser.findElement(By.id("result"));
        assertTrue(result.getAttribute("class").contains("ok"), result.getText());
        assertTrue(result.getText().contains(vi("clerk.accepted", 1, 2)), result.getText());
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains("ca") && history.contains(AGENCY + ".csv") && history.contains(vi("history.first")), history);
        clean("accepted", 0);

        // the form again: the hostile texts are the fields' text, nothing of them ran
        browser.get(server.url() + "/clerk/form?period=2025-Q3");
        assertEquals(SCRIPT, browser.findElement(By.id("c-5-1-t")).getAttribute("value"));
        assertEquals(IMG, browser.findElement(By.id("c-5-1-m")).getAttribute("value"));
        assertEquals("46,69%", browser.findElement(By.id("c-5-1-v")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("c-5-1")).getText().contains(vi("form.scanKept", scan.getFileName().toString())),
                browser.findElement(By.id("c-5-1")).getText());
        clean("the form again", 0);
        shoot("clerkform");

        // a value that reads two ways: refused at its field, in Vietnamese
        type("c-5-2-v", "46,69");
        click(By.id("send"));
        result = browser.findElement(By.id("result"));
        assertTrue(result.getAttribute("class").contains("refused"), result.getText());
        String field = browser.findElement(By.id("c-5-2")).getText();
        assertTrue(field.contains(vi("form.fieldProblem", vi("form.field.VALUE"), "")), field);
        assertEquals("true", browser.findElement(By.id("c-5-2-v")).getAttribute("aria-invalid"));
        assertEquals(SCRIPT, browser.findElement(By.id("c-5-1-t")).getAttribute("value"), "what was typed is kept");
        clean("refused", 422);
        shoot("clerkform-refused");
    }
}
