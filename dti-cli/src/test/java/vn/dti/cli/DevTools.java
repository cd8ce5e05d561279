package vn.dti.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket from java.net.http, JSON by
 * Jackson): enough to load a page, read its DOM, collect console errors and network requests,
 * take screenshots and print to PDF. For tests only.
 */
final class DevTools implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final Path profile;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Every event received, in order. */
    final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private String session;

    private DevTools(Process process, WebSocket socket, Path profile) {
        this.process = process;
        this.socket = socket;
        this.profile = profile;
    }

    /** The browser to use: $DTI_CHROMIUM, or chromium on the usual paths; null when none. */
    static Path findBrowser() {
        String env = System.getenv("DTI_CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /** Starts the browser headless, with a new empty profile and nothing that reaches the network, and attaches to a blank page. */
    static DevTools start(Path browser) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("dti-chromium-");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IOException("the browser exited before it listened"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String ws;
        try {
            ws = url.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("Chromium did not start its DevTools endpoint: " + e, e);
        }
        DevTools[] self = new DevTools[1];
        StringBuilder frame = new StringBuilder();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    String text = frame.toString();
                    frame.setLength(0);
                    self[0].receive(text);
                }
                w.request(1);
                return null;
            }
        }).join();
        DevTools d = new DevTools(p, socket, profile);
        self[0] = d;
        String target = d.call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        d.session = d.call("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        return d;
    }

    private void receive(String text) {
        try {
            JsonNode msg = JSON.readTree(text);
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                if (f != null) {
                    if (msg.has("error")) {
                        f.completeExceptionally(new IOException("DevTools error: " + msg.get("error")));
                    } else {
                        f.complete(msg.get("result"));
                    }
                }
            } else {
                events.add(msg);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls a method on the browser (no session). */
    JsonNode call(String method, Map<String, ?> params) throws IOException {
        return send(method, params, null);
    }

    /** Calls a method on the attached page. */
    JsonNode page(String method, Map<String, ?> params) throws IOException {
        return send(method, params, session);
    }

    private JsonNode send(String method, Map<String, ?> params, String sessionId) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            msg.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.writeValueAsString(msg), true).join();
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(method + ": " + e.getMessage(), e);
        }
    }

    /** Waits for an event of the page that matches. */
    JsonNode await(String method, Predicate<JsonNode> filter, long millis) throws InterruptedException, IOException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            for (JsonNode e : events) {
                if (e.path("method").asText().equals(method) && filter.test(e)) {
                    return e;
                }
            }
            Thread.sleep(20);
        }
        throw new IOException("no " + method + " within " + millis + " ms");
    }

    /** Evaluates an expression in the page and returns its value (JSON). */
    JsonNode eval(String expression) throws IOException {
        JsonNode r = page("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Evaluates an expression whose value is a promise of a string, awaits it and returns the string (as {@code AxeCheck} asks). */
    String evalAwaiting(String expression) {
        try {
            JsonNode r = page("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
            if (r.has("exceptionDetails")) {
                throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
            }
            return r.path("result").path("value").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A PNG of the whole page at this width. */
    byte[] screenshot(int width) throws IOException {
        JsonNode metrics = page("Page.getLayoutMetrics", Map.of());
        int height = (int) Math.ceil(metrics.path("cssContentSize").path("height").asDouble(1400));
        page("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", Math.min(height, 16000), "deviceScaleFactor", 1, "mobile", false));
        // no scrollbar: it would take its width off the right of the picture (an A4 page 703 pixels wide was kept 688 wide, clipped)
        page("Emulation.setScrollbarsHidden", Map.of("hidden", true));
        String data = page("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true)).get("data").asText();
        return java.util.Base64.getDecoder().decode(data);
    }

    @Override
    public void close() {
        try {
            call("Browser.close", Map.of());
        } catch (IOException | RuntimeException e) {
            // destroyed below
        }
        socket.abort();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind
        }
    }
}
