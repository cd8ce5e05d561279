package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dti.api.Component;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The pages in a real browser: Debian's {@code chromium}, driven by Selenium through its
 * {@code chromedriver}, against the real server on the embedded PostgreSQL. A clerk of Sở KH&CN
 * signs in, picks 2025-Q3, sees the agency's components in both roles, uploads the worked example's
 * first workbook (accepted), then a copy with a word where a percent goes (refused, the cell named
 * in Vietnamese, nothing stored), then the final workbook (accepted; the history says 6.5 changed);
 * the committee signs in and sees every agency's status and the dashboard; the council adjusts 3.4
 * with a reason, and its final points change while the self-assessed ones do not. No console error on any
 * page, and no request to any host but the server (every other host is unresolvable to this
 * browser). Screenshots at 390 and 1280 px and as printed on A4 (whole pages, nothing wider than the page) are kept under
 * {@code dti-server/target/browser/}, their paths printed. Required when
 * {@code DTI_BROWSER_TESTS=required} (.ci/run sets it); otherwise skipped, saying why, where no
 * browser is installed.
 */
class PagesBrowserTest {
    static final String AGENCY = "Sở KH&CN";
    static final Path Q3 = Path.of("../dti-examples/data/workspace-khanh-hoa-2025/2025-Q3");
    /** The width of an A4 page inside its 12 mm margins, in CSS pixels (186 mm at 96 per inch). */
    static final int A4_WIDTH = 703;
    private static TestServer server;
    private static ChromeDriver browser;
    private static final List<String> SHOTS = new ArrayList<>();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        Path chromium = Browsers.chromiumOrSkip();
        server = TestServer.start("pages_browser");
        TestServer.check(server.as("OFFICER").postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        PageSession.account(server, "khcn", "CLERK", AGENCY);
        PageSession.account(server, "ban-chi-dao", "VIEWER", null);
        PageSession.account(server, "hoi-dong", "COUNCIL", null);
        browser = Browsers.open(chromium);
    }

    /** axe-core on the page as it is now: no serious or critical accessibility violation ({@link AxeCheck}). */
    private static void accessible(String page) {
        AxeCheck.assertAccessible(page, js -> (String) browser.executeAsyncScript(AxeCheck.asyncScript(js)));
        // axe's own console lines (its contrast check reads the canvas back) are drained here, so the next page's clean() sees only the page's
        List<String> errors = Browsers.consoleProblems(browser, m -> m.contains(AxeCheck.CANVAS_WARNING));
        assertTrue(errors.isEmpty(), page + " while axe-core ran: " + errors);
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
        return Messages.text(Language.VI, "server.page." + key, args);
    }

    private static void open(String path) {
        browser.get(server.url() + path);
    }

    /** Waits (up to 30 s) until the page shows the words: a click does not wait for its answer. */
    private static void waitForText(String words) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(words));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("the page never showed \"" + words + "\": " + browser.getCurrentUrl() + "\n" + text());
        }
    }

    private static String text() {
        // the body once the page is there: a form's answer may still be loading on a busy machine (seen under load)
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("body"))).getText();
    }

    /** The page's console: no error (a request refused, another host asked for, a script that failed, a CSP violation). */
    private static void clean(String page) {
        clean(page, 0);
    }

    /** As {@link #clean(String)}, the page's own answer having this status on purpose (422: refused; Chromium logs it as an error). */
    private static void clean(String page, int status) {
        List<String> errors = Browsers.consoleProblems(browser, Browsers.ownAnswer(browser.getCurrentUrl(), status));
        assertTrue(errors.isEmpty(), page + ": " + errors);
    }

    /** The whole page at a width: a PNG kept under target/browser/; nothing wider than the screen. */
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
        // printed on A4: 210 mm less the page's 12 mm margins each side is 186 mm, 703 CSS pixels; nothing may be wider
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_WIDTH, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        long printWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long height = ((Number) browser.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue();
        Map<String, Object> print = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", A4_WIDTH, "height", height, "scale", 1)));
        Path file = dir.resolve(name + "-print.png");
        Files.write(file, Base64.getDecoder().decode((String) print.get("data")));
        SHOTS.add(file.toString());
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertTrue(printWidth <= A4_WIDTH, name + " printed on A4 is " + printWidth + " px wide, more than " + A4_WIDTH);
    }

    private static void login(String name) {
        open("/login");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PageSession.PASSWORD);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        // signed in once the browser has left the login page (a click does not wait for the answer)
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The workbook with a word where the first filled value of column "Giá trị" goes: the refused cell's reference (G13). */
    static String breakWorkbook(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter f = new DataFormatter();
            for (Sheet sheet : wb) {
                int valueColumn = -1;
                for (Row row : sheet) {
                    for (Cell c : row) {
                        String t = f.formatCellValue(c).strip();
                        if (valueColumn < 0 && t.equals("Giá trị")) {
                            valueColumn = c.getColumnIndex();
                        } else if (valueColumn >= 0 && c.getColumnIndex() == valueColumn && !t.isEmpty()) {
                            c.setCellValue("bốn mươi");
                            try (OutputStream out = Files.newOutputStream(to)) {
                                wb.write(out);
                            }
                            return c.getAddress().formatAsString();
                        }
                    }
                }
            }
        }
        throw new AssertionError("no filled value in " + from);
    }

    @Test
    void aClerkSubmits_andTheCommitteeSeesIt() throws IOException {
        RuleScorer scorer = Methodologies.bundled("vn-dti-province-2025");
        open("/login");
        assertTrue(browser.getPageSource().contains("lang=\"vi\""), "Vietnamese first");
        assertTrue(text().contains(vi("login.intro")), text());
        shoot("login");
        clean("login");
        accessible("login");

        login("khcn");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/clerk"));
        // the current period is today's; the worked example's is 2025-Q3: chosen in the period's list (where today's page offers it) or by address
        Select periods = new Select(browser.findElement(By.id("period")));
        if (periods.getOptions().stream().anyMatch(o -> "2025-Q3".equals(o.getAttribute("value")))) {
            periods.selectByValue("2025-Q3");
            browser.findElement(By.cssSelector("form.period button")).click();
        } else {
            open("/clerk?period=2025-Q3");
        }
        // the form's answer may still be on its way: wait for the address (a race seen in CI)
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("period=2025-Q3"));
        assertEquals("2025-Q3", new Select(browser.findElement(By.id("period"))).getFirstSelectedOption().getAttribute("value"));
        String page = text();
        assertTrue(page.contains(vi("clerk.title", AGENCY)), page);
        assertTrue(page.contains(vi("clerk.role.RESPONSIBLE")) && page.contains(vi("clerk.role.COOPERATING")), "both roles: " + page);
        for (Component c : scorer.agencies().leads(AGENCY)) {
            assertTrue(page.contains(c.name()), "the component it leads: " + c.id() + " " + c.name());
        }
        for (Component c : scorer.agencies().cooperatesOn(AGENCY)) {
            assertTrue(page.contains(c.name()), "the component it cooperates on: " + c.id());
        }
        assertTrue(page.contains(vi("clerk.noLast")), page);
        assertFalse(browser.findElement(By.id("workbook")).findElements(By.cssSelector("a[href*='/clerk/workbook']")).isEmpty());
        clean("clerk");
        accessible("clerk");

        // the first workbook (46,69% on 6.5), then a broken one, then the final one
        upload(Q3.resolve("superseded").resolve(AGENCY + ".xlsx"));
        WebElement result = browser.findElement(By.id("result"));
        assertTrue(result.getAttribute("class").contains("ok"), result.getText());
        assertTrue(result.getText().startsWith(vi("clerk.accepted", 1, "").substring(0, vi("clerk.accepted", 1, "").indexOf(':'))), result.getText());
        assertTrue(result.getText().contains("46,69%"), "the value as the clerk wrote it: " + result.getText());
        clean("accepted");

        Path broken = tmp.resolve(AGENCY + ".xlsx");
        String cell = breakWorkbook(Q3.resolve(AGENCY + ".xlsx"), broken);
        upload(broken);
        result = browser.findElement(By.id("result"));
        assertTrue(result.getAttribute("class").contains("refused"), result.getText());
        String row = cell.replaceAll("[A-Z]", "");
        String column = cell.replaceAll("[0-9]", "");
        assertTrue(result.getText().contains(", trang Báo cáo, dòng " + row + ", cột " + column), "the refused cell " + cell + ", in Vietnamese: "
                + result.getText());
        assertTrue(result.getText().contains("bốn mươi"), "what was written there: " + result.getText());
        shoot("clerk-refused");
        clean("refused", 422);

        upload(Q3.resolve(AGENCY + ".xlsx"));
        result = browser.findElement(By.id("result"));
        assertTrue(result.getAttribute("class").contains("ok"), result.getText());
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains("khcn") && history.contains(vi("history.first")), history);
        assertTrue(history.contains(vi("history.changed", "6.5")), "the second version changed 6.5: " + history);
        assertTrue(browser.findElement(By.id("last")).getText().contains(vi("clerk.last", 2, "khcn", "", "", "").substring(0, 20)),
                browser.findElement(By.id("last")).getText());
        shoot("clerk");
        clean("clerk after upload");

        // English, then back
        browser.findElement(By.cssSelector("a.lang")).click();
        waitForText(Messages.text(Language.EN, "server.page.clerk.history.title"));
        shoot("clerk-en");
        browser.findElement(By.cssSelector("a.lang")).click();
        waitForText(vi("clerk.history.title"));

        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitForText(vi("login.signedOut"));

        login("ban-chi-dao");
        assertTrue(browser.getCurrentUrl().contains("/committee"), browser.getCurrentUrl());
        open("/committee?period=2025-Q3");
        page = text();
        assertTrue(page.contains(vi("committee.title")), page);
        for (String agency : List.of(AGENCY, "Công an tỉnh", "Sở Nội vụ")) {
            assertTrue(page.contains(agency), "every agency's row: " + agency);
        }
        shoot("committee");
        clean("committee");
        accessible("committee");
        browser.findElement(By.id("dashboard")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/periods/2025-Q3/dashboard"));
        assertTrue(text().contains("Khánh Hòa"), "the served dashboard: " + text().substring(0, Math.min(300, text().length())));
        clean("dashboard");
        accessible("dashboard");

        // the council appraises 3.4: the final points change, the self-assessed ones do not
        open("/committee");
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitForText(vi("login.signedOut"));
        login("hoi-dong");
        assertTrue(browser.getCurrentUrl().contains("/council"), browser.getCurrentUrl());
        open("/council?period=2025-Q3");
        String selfBefore = cell("3.4", 2);
        assertEquals(selfBefore, cell("3.4", 4), "no decision yet: final is self-assessed");
        new Select(browser.findElement(By.id("indicator"))).selectByValue("3.4");
        new Select(browser.findElement(By.id("decision"))).selectByValue("VALUE_ADJUSTED");
        browser.findElement(By.id("value")).sendKeys("50%");
        browser.findElement(By.id("reason")).sendKeys("Số liệu chưa khớp báo cáo của doanh nghiệp viễn thông");
        send(By.id("record"));
        assertTrue(browser.findElement(By.id("result")).getAttribute("class").contains("ok"), browser.findElement(By.id("result")).getText());
        assertEquals(selfBefore, cell("3.4", 2), "the self-assessed points stand");
        assertNotEquals(selfBefore, cell("3.4", 4), "the final points change");
        assertTrue(browser.findElement(By.cssSelector("tr[data-id='3.4'] td.diff")).getAttribute("class").contains("down"));
        assertTrue(browser.findElement(By.id("decisions")).getText().contains("Số liệu chưa khớp"), browser.findElement(By.id("decisions")).getText());
        shoot("council");
        clean("council");
        accessible("council");

        // the served dashboard now shows the three stages side by side: the council took points from 3.4's main indicator 3
        open("/api/v1/entities/khanh-hoa/periods/2025-Q3/dashboard");
        waitForText(Messages.text(Language.VI, "planning.dashboard.stages.title"));
        String stage3 = browser.findElement(By.cssSelector("tr[data-key='stage-3'] td:nth-child(5)")).getText();
        assertTrue(stage3.startsWith("−"), "main indicator 3 lost points on appraisal: " + stage3);
        assertTrue(browser.findElement(By.cssSelector("tr[data-key='stage-3'] td:nth-child(5)")).getAttribute("class").contains("down"));
        assertTrue(text().contains(Messages.text(Language.VI, "planning.dashboard.basis.final")), "the page says its figures are final");
        shoot("dashboard-appraised");
        clean("dashboard appraised");
        accessible("dashboard appraised");
    }

    @Test
    void theAccessibilityCheck_findsWhatItLooksFor() {
        // a page with a nameless button, an image without text and no lang: critical and serious violations axe-core must name
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html><head><title>x</title></head><body><button></button><img src='data:,'></body></html>");
        List<String> found = AxeCheck.violations((String) browser.executeAsyncScript(AxeCheck.asyncScript(AxeCheck.expression())));
        browser.manage().logs().get(LogType.BROWSER);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("button-name (critical)")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt (critical)")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("html-has-lang (serious)")), found.toString());
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> accessible("the bad page"));
    }

    /** A cell of the council's scores: the component's row, the column (2 self-assessed, 3 appraised, 4 final). */
    private static String cell(String component, int column) {
        return browser.findElement(By.cssSelector("#scores tr[data-id='" + component + "'] td:nth-child(" + (column + 1) + ")")).getText();
    }

    /** Clicks a form's button and waits for the page it answers with. */
    private static void send(By button) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(Browsers.replaced(before));
        wait.until(d -> ((String) browser.executeScript("return document.readyState")).equals("complete"));
    }

    /** The file chosen in the form's file field and sent; the page must answer with its result. */
    private static void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("send")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(Browsers.replaced(before));
        wait.until(d -> ((String) browser.executeScript("return document.readyState")).equals("complete"));
        if (browser.findElements(By.id("result")).isEmpty()) {
            fail("no result on the page after sending " + file + ": " + browser.getCurrentUrl() + "\n" + text());
        }
    }
}
