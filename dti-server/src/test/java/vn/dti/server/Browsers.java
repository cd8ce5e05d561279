package vn.dti.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser of every browser test, set up in one place: Debian's {@code chromium} through its
 * {@code chromedriver}, headless, as a Vietnamese civil servant's (vi-VN first), reaching no host but
 * the loopback test server, its console kept for {@link #consoleProblems}. Required when
 * {@code DTI_BROWSER_TESTS=required} (as {@code .ci/run} sets it); otherwise a test class is skipped
 * where no browser is installed.
 */
final class Browsers {
    /**
     * The page that held {@code before} was replaced by the next one: the element is stale, or (as
     * Chromium sometimes answers while the new document loads) its node no longer belongs to the
     * document. ExpectedConditions.stalenessOf fails the wait on the second answer.
     */
    static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> replaced(org.openqa.selenium.WebElement before) {
        return driver -> {
            try {
                before.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    /** Chromium's program ({@code DTI_CHROMIUM}, or Debian's), or null. */
    static Path chromium() {
        String env = System.getenv("DTI_CHROMIUM");
        for (String candidate : env == null ? List.of("/usr/bin/chromium", "/usr/bin/chromium-browser") : List.of(env)) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /**
     * Chromium, or the test class skipped (failed when {@code DTI_BROWSER_TESTS=required}): call it
     * first in a {@code @BeforeAll}, before a server is started for nothing.
     */
    static Path chromiumOrSkip() {
        Path chromium = chromium();
        String why = chromium == null ? "no Chromium found (install Debian's chromium, or set DTI_CHROMIUM)"
                : !Files.isExecutable(CHROMEDRIVER) ? "no chromedriver at " + CHROMEDRIVER + " (install Debian's chromium-driver)" : null;
        if (why != null) {
            if ("required".equals(System.getenv("DTI_BROWSER_TESTS"))) {
                fail("DTI_BROWSER_TESTS=required, but " + why);
            }
            Assumptions.abort("browser test skipped: " + why + "; .ci/run installs them and sets DTI_BROWSER_TESTS=required");
        }
        return chromium;
    }

    /** A headless Chromium 1280 × 900, Vietnamese first, no other host than 127.0.0.1, its console logged; slow pages allowed on a busy machine. */
    static ChromeDriver open(Path chromium) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                "--lang=vi-VN", "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));   // a Vietnamese civil servant's browser
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));   // axe-core's run, on a busy machine
        return browser;
    }

    /**
     * The console's warnings and errors since the last call (reading drains them), but those
     * {@code expected} accepts (a page's own 422 on purpose, say).
     */
    static List<String> consoleProblems(ChromeDriver browser, Predicate<String> expected) {
        List<String> problems = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue() && !expected.test(e.getMessage())) {
                problems.add(e.getLevel() + " " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Chromium's console line for the page's own answer with this status (logged as an error even
     * when the refusal is the point): the line of the page at {@code url}, or of any page when null;
     * none when {@code status} is 0.
     */
    static Predicate<String> ownAnswer(String url, int status) {
        String own = " - Failed to load resource: the server responded with a status of " + status + " ";
        return m -> status > 0 && (url == null ? m.contains(own) : m.startsWith(url + own));
    }
}
