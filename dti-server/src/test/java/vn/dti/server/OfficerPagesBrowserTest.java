package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dti.rules.Methodologies;

/**
 * The methodology officer's page and the admin's pages in a real browser (Debian's chromium through
 * its chromedriver, as {@link PagesBrowserTest}), against the real server on the embedded
 * PostgreSQL with Khánh Hòa's 2025-Q3 submissions. The officer exports scoring.xlsx with the
 * library, types a word into 1.2's bands (the cell is named on the page, in Vietnamese, nothing
 * stored), then gives one document 5 points instead of 4 (the test case "two documents earn 7"
 * still passes): the page shows 1.2's change against the active version, its effect on the
 * province's evidence and the test cases; the officer activates it and the versions list shows the
 * activation. The admin creates an account (its one-time password shown once) and reads the audit
 * log, where a token named with markup shows as text. No console error, no request to another host;
 * screenshots at 390 and 1280 px under {@code dti-server/target/browser/}.
 */
class OfficerPagesBrowserTest {
    static final String ID = "vn-dti-province-2025";
    private static TestServer server;
    private static ChromeDriver browser;
    private static final List<String> SHOTS = new ArrayList<>();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        Path chromium = Browsers.chromiumOrSkip();
        server = OfficerPagesTest.withKhanhHoaQ3("officer_browser");
        TestServer.check(server.admin().postJson("/api/v1/tokens", Map.of("name", OfficerPagesTest.HOSTILE_ATTR, "role", "VIEWER")), 201);
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

    static String vi(String key, Object... args) {
        return PageSecurityTest.vi(key, args);
    }

    /** The active scoring table as an officer gets it from the library ({@code dti methodology export --xlsx}). */
    static byte[] scoringXlsx() throws IOException {
        Path folder = tmp.resolve("export");
        Methodologies.export(ID, folder, true);
        return Files.readAllBytes(folder.resolve("scoring.xlsx"));
    }

    @Test
    void anOfficerFixesABrokenCell_activatesTheEdit_andTheAdminReadsTheLog() throws IOException {
        String bundled = Methodologies.bundledVersion(ID);
        login("can-bo.pp");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/officer"));
        assertTrue(text().contains(vi("officer.title")), text());
        assertTrue(browser.findElement(By.id("export")).getAttribute("href").endsWith("/api/v1/methodologies/" + bundled + "/export?xlsx=true"));
        shoot("officer");
        clean("officer");

        byte[] table = scoringXlsx();
        int row = ScoringTables.rowOf(table, "1.2");
        Path broken = tmp.resolve("broken").resolve("scoring.xlsx");
        Files.createDirectories(broken.getParent());
        Files.write(broken, ScoringTables.edit(table, "1.2", 3, "ba văn bản: 10 điểm"));
        upload(broken);
        WebElement result = browser.findElement(By.id("result"));
        assertTrue(result.getAttribute("class").contains("refused"), result.getText());
        assertTrue(result.getText().contains("scoring.xlsx") && result.getText().contains("dòng " + row) && result.getText().contains("cột F"),   // the bands: the officer's sheet has the name and max points in A and B
                "the cell of 1.2's bands, in Vietnamese: " + result.getText());
        shoot("officer-refused");
        clean("refused", 422);

        Path good = tmp.resolve("good").resolve("scoring.xlsx");
        Files.createDirectories(good.getParent());
        Files.write(good, ScoringTables.edit(table, "1.2", 3, "3:10, 2:7, 1:5"));
        upload(good);
        result = browser.findElement(By.id("result"));
        assertTrue(result.getAttribute("class").contains("ok"), result.getText());
        String candidate = browser.findElement(By.id("candidate")).getText();
        assertTrue(candidate.contains(vi("officer.diff.title", bundled)), candidate);
        WebElement change = browser.findElement(By.cssSelector("table.diff tbody tr"));
        assertEquals("1.2", change.findElement(By.tagName("th")).getText(), change.getText());
        assertTrue(change.getText().contains("1:4") && change.getText().contains("1:5"), "the band before and after: " + change.getText());
        assertTrue(browser.findElement(By.cssSelector("table.effect")).getText().contains("khanh-hoa 2025-Q3"), "the province's evidence scored");
        assertTrue(browser.findElement(By.cssSelector("details.tests")).getAttribute("open") == null, "every case passes: the list is folded");
        browser.findElement(By.cssSelector("details.tests > summary")).click();
        assertTrue(browser.findElement(By.cssSelector("table.tests")).getText().contains("bands: 1.2 two directing documents earn 7"));
        assertTrue(browser.findElements(By.cssSelector("table.tests .state.late")).isEmpty(), "every test case passes");
        shoot("officer-candidate");
        clean("candidate");

        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("activate")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(Browsers.replaced(before));
        waitForText(vi("officer.activated", "").substring(0, 20));
        String version = TestServer.check(server.anonymous().get("/api/v1/health"), 200).json().path("version").asText();
        assertFalse(version.equals(bundled), "the edit is active");
        WebElement activation = browser.findElement(By.cssSelector("table.activations tbody tr"));
        assertTrue(activation.getText().contains(version) && activation.getText().contains("can-bo.pp"), "the newest activation first: "
                + activation.getText());
        WebElement active = browser.findElement(By.cssSelector("table.versions tr.active"));
        assertTrue(active.getText().contains(version) && active.getText().contains(vi("officer.activeBadge")), active.getText());
        shoot("officer-activated");
        clean("activated");
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitForText(vi("login.signedOut"));

        login("quan-tri");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/admin"));
        browser.findElement(By.id("name")).sendKeys("tran.thi.b");
        new Select(browser.findElement(By.id("role"))).selectByValue("CLERK");
        new Select(browser.findElement(By.id("agency"))).selectByValue("Sở KH&CN");
        before = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form[action='/admin/accounts'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(Browsers.replaced(before));
        waitForText(vi("admin.created", "tran.thi.b"));
        assertFalse(browser.findElement(By.id("password")).getText().isBlank());
        shoot("admin");
        clean("admin");
        browser.findElement(By.cssSelector("nav.menu a[href='/admin/audit']")).click();
        waitForText(vi("admin.audit.intro", AdminPages.AUDIT_ROWS));
        String log = text();
        assertTrue(log.contains("account.create") && log.contains("methodology.activate"), log);
        assertTrue(log.contains(OfficerPagesTest.HOSTILE_ATTR.replace("\"", "\\\"")), "the token's name, as text: " + log);
        assertTrue(browser.findElements(By.cssSelector("main img")).isEmpty(), "no element made of it");
        shoot("audit");
        clean("audit");
    }

    private static void open(String path) {
        browser.get(server.url() + path);
    }

    private static void login(String name) {
        open("/login");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PageSession.PASSWORD);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private static String text() {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("body"))).getText();
    }

    private static void waitForText(String words) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(words));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("the page never showed \"" + words + "\": " + browser.getCurrentUrl() + "\n" + text());
        }
    }

    /** Sends a scoring table through the page's form and waits for its answer. */
    private static void upload(Path file) {
        browser.findElement(By.id("table")).sendKeys(file.toAbsolutePath().normalize().toString());
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form[action='/officer/versions'] button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(Browsers.replaced(before));
        wait.until(d -> ((String) browser.executeScript("return document.readyState")).equals("complete"));
        if (browser.findElements(By.id("result")).isEmpty()) {
            fail("no result on the page after sending " + file + ": " + browser.getCurrentUrl() + "\n" + text());
        }
    }

    /** No console error (a refused request, another host asked for, a failed script, a CSP violation), but the page's own status on purpose. */
    private static void clean(String page) {
        clean(page, 0);
    }

    private static void clean(String page, int status) {
        List<String> errors = Browsers.consoleProblems(browser, Browsers.ownAnswer(browser.getCurrentUrl(), status));
        assertTrue(errors.isEmpty(), page + ": " + errors);
    }

    /** The whole page at 390 and 1280 px, kept under target/browser/; nothing wider than the screen. */
    private static void shoot(String name) throws IOException {
        Path dir = Path.of("target", "browser").toAbsolutePath();
        Files.createDirectories(dir);
        for (int width : new int[] {390, 1280}) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile",
                    width < 500));
            long height = ((Number) browser.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"))
                    .longValue();
            long wide = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertTrue(wide <= width, name + " at " + width + " px is " + wide + " px wide");
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path file = dir.resolve(name + "-" + width + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            SHOTS.add(file.toString());
        }
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
