package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The accessibility check of a page in a browser test: axe-core (the WebJar
 * {@code org.webjars.npm:axe-core}, a test dependency: read from the classpath, nothing fetched)
 * injected into the loaded page and run; any violation of impact serious or critical fails the test,
 * naming the rule, its help text and each element (its selector and the start of its HTML).
 *
 * <p>The script is injected by the driver, not by the page: WebDriver's {@code executeScript} and the
 * DevTools protocol's {@code Runtime.evaluate} run in the page's context without passing through its
 * Content-Security-Policy (a CSP governs the page's own scripts, not the automation's), so the
 * served pages keep their {@code script-src 'nonce-…'} or {@code 'self'} policy while they are checked.
 *
 * <p>Two ways to drive it, one for each browser client the tests use:
 * <pre>{@code
 * // Selenium (dti-server's browser tests): an asynchronous script that calls back with the answer
 * AxeCheck.assertAccessible("login", js -> (String) ((JavascriptExecutor) driver).executeAsyncScript(AxeCheck.asyncScript(js)));
 * // the DevTools protocol (dti-cli's DashboardBrowserTest): evaluate an expression, await its promise
 * AxeCheck.assertAccessible("dashboard", js -> devtools.evaluateAwaiting(js));
 * }</pre>
 * The function given takes a JavaScript expression whose value is a promise of a string, and returns
 * that string. (No Selenium type is named here, so that a module without Selenium, dti-cli, can use
 * this class from dti-server's test jar.) Selenium's script timeout must allow for the run: a few
 * seconds on a busy machine ({@code driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60))}).
 */
public final class AxeCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** axe-core's version, as the test dependency's (dti-server/pom.xml {@code axe-core.version}). */
    public static final String VERSION = "4.6.3";
    private static final String RESOURCE = "/META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
    private static volatile String script;
    /** The warning Chromium logs for axe-core's colour-contrast check (it reads a canvas back): axe's, not the page's. */
    public static final String CANVAS_WARNING = "Canvas2D: Multiple readback operations using getImageData";

    private AxeCheck() {
    }

    /** {@return axe-core's script, read once from the classpath} */
    public static String script() {
        String s = script;
        if (s == null) {
            try (InputStream in = AxeCheck.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core " + VERSION + " is not on the test classpath (" + RESOURCE + "): add the test dependency "
                            + "org.webjars.npm:axe-core:" + VERSION + ".");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            script = s;
        }
        return s;
    }

    /**
     * The expression to evaluate in the page: injects axe-core when the page does not have it yet, runs
     * every rule on the document, and answers (a promise of) the serious and critical violations as JSON.
     *
     * @return the JavaScript expression
     */
    public static String expression() {
        return "(function(){if(!window.axe){" + script() + "\n}"
                + "return window.axe.run(document,{resultTypes:['violations']}).then(function(r){return JSON.stringify(r.violations"
                + ".filter(function(v){return v.impact==='serious'||v.impact==='critical';})"
                + ".map(function(v){return {id:v.id,impact:v.impact,help:v.help,nodes:v.nodes.map(function(n){"
                + "return n.target.join(' ')+'  '+String(n.html).slice(0,160);})};}));});})()";
    }

    /**
     * An expression as the body of a WebDriver asynchronous script: the promise's value, or its error, to the callback.
     *
     * @param expression an expression whose value is a promise of a string ({@link #expression()})
     * @return the script for {@code executeAsyncScript}
     */
    public static String asyncScript(String expression) {
        return "var done=arguments[arguments.length-1];Promise.resolve(" + expression + ").then(done,function(e){done('axe-core failed: '+e);});";
    }

    /**
     * Runs the check and fails on any serious or critical violation.
     *
     * @param page     the page's name, for the message
     * @param evaluate evaluates a JavaScript expression in the page, awaits the promise it gives and returns its string
     * @throws AssertionError naming each violation's rule, help and elements
     */
    public static void assertAccessible(String page, Function<String, String> evaluate) {
        List<String> found = violations(evaluate.apply(expression()));
        assertTrue(found.isEmpty(), "axe-core " + VERSION + " finds serious or critical accessibility violations on the " + page + " page:\n"
                + String.join("\n", found));
    }

    /**
     * The violations of an answer of {@link #expression()}, one line each.
     *
     * @param json the JSON array the expression answers
     * @return "rule (impact): help — element; element", empty when none
     */
    public static List<String> violations(String json) {
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(json)) {
                List<String> nodes = new ArrayList<>();
                v.path("nodes").forEach(n -> nodes.add(n.asText()));
                out.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): " + v.path("help").asText() + " — " + String.join("; ", nodes));
            }
        } catch (IOException e) {
            throw new AssertionError("axe-core's answer is not JSON: " + json, e);
        }
        return out;
    }
}
