package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/server.md's {@code curl} examples work: every {@code sh} block of the page that calls
 * {@code curl} is run, in the page's order, as one bash script (with the machine's {@code curl} and
 * {@code jq}) against a fresh server on loopback, its address and the first admin's one-time password
 * put in for the page's {@code http://127.0.0.1:8080} and {@code <one-time password>}. Every
 * {@code curl} runs with {@code --fail-with-body} and the script with {@code set -e}: an example that
 * answers an error fails the test, with the block and the answer.
 */
class ServerDocTest {
    static final Path DOC = Path.of("../docs/server.md");
    static final String DOC_URL = "http://127.0.0.1:8080";
    static final String DOC_PASSWORD = "<one-time password>";
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```\\n");
    private static final Pattern ADMIN_LINE = Pattern.compile("(?m)^admin password: (\\S+)$");

    /** The page's sh blocks that call curl, each with the line it starts on. */
    static List<String[]> curlBlocks(String page) {
        List<String[]> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(page);
        while (m.find()) {
            if (m.group(1).contains("curl ")) {
                int line = page.substring(0, m.start()).split("\n", -1).length;
                out.add(new String[] {String.valueOf(line), m.group(1)});
            }
        }
        return out;
    }

    @Test
    void everyCurlExampleOfTheDoc_answersWithoutAnError(@TempDir Path dir) throws Exception {
        String page = Files.readString(DOC);
        List<String[]> blocks = curlBlocks(page);
        assertTrue(blocks.size() >= 8, "the page's curl examples: " + blocks.size());
        StringWriter started = new StringWriter();
        try (DtiServer server = DtiServer.start(TestDatabase.options("server_doc"), new PrintWriter(started, true))) {
            Matcher admin = ADMIN_LINE.matcher(started.toString());
            assertTrue(admin.find(), started.toString());
            StringBuilder script = new StringBuilder("set -euo pipefail\nshopt -s inherit_errexit\n"
                    + "curl() { command curl --fail-with-body -S \"$@\"; }\n");
            for (String[] b : blocks) {
                script.append("echo '--- docs/server.md, the block at line ").append(b[0]).append("' >&2\n");
                script.append(b[1].replace(DOC_URL, server.url()).replace(DOC_PASSWORD, admin.group(1))).append('\n');
            }
            // the examples' files are named from the repository's root; what they write stays in the temporary folder
            Files.createSymbolicLink(dir.resolve("dti-examples"), Path.of("../dti-examples").toAbsolutePath().normalize());
            Files.writeString(dir.resolve("examples.sh"), script);
            Process p = new ProcessBuilder("bash", "examples.sh").directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the examples end");
            assertEquals(0, p.exitValue(), "an example answered an error (its block is the last one named):\n" + out);
            assertFalse(out.lines().anyMatch(l -> l.strip().equals("null")), "every value the examples pick is there:\n" + out);

            // what the examples did is in the record
            ApiClient check = new ApiClient(server.url());
            assertEquals(200, check.signIn("admin", "a long password of my own").status(), "the admin's own password, as the page sets it");
            JsonNode latest = TestServer.check(check.get("/api/v1/entities/khanh-hoa/periods/2025-Q3/submissions"), 200).json();
            assertEquals(2, latest.size(), latest.toString());
            JsonNode versions = TestServer.check(check.get("/api/v1/methodology-versions"), 200).json();
            assertEquals(2, versions.path("activations").size(), "the page's upload is activated: " + versions);
            assertTrue(Files.size(dir.resolve("card.json")) > 10_000, "the score card the page writes");
        }
    }
}
