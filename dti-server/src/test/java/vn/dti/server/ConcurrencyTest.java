package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.reporting.EvidenceMerge;
import vn.dti.reporting.Workspace;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * Every agency of the methodology's agencies.json, for each quarter of 2025, uploads its workbook
 * twice at once (two clerks' clients: the numbering race), all at the same time, while an officer
 * activates new methodology versions (three edits of 8.2's goal, then the bundled one again) as the
 * uploads go on, and eight clients score the worked example's 2025-Q3 evidence over and over. Every
 * acknowledged submission is stored exactly once (numbers 1 and 2, its bytes, one audit entry),
 * read by a version that was stored; every score card names exactly one version and is the card
 * that version gives (byte for byte the same as every other card of that version, and the card
 * {@code ?methodology=<version>} gives after the run).
 */
class ConcurrencyTest {
    static final String ID = "vn-dti-province-2025";
    static final List<String> QUARTERS = List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
    static final String VERSIONS = "/api/v1/methodology-versions";
    static final int SCORERS = 8;
    static final int UPLOADERS = 12;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start("concurrency");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * The agency's workbook for the quarter: the worked example's file where it has one, else its
     * workbook from the template route, filled as a clerk would: 50% for every ratio, Có for every
     * yes/no, 3 for every count, on the 20th of the quarter's last month.
     */
    static ApiClient.Part workbook(ApiClient officer, String agency, String quarter) {
        Path dir = ReportingYearTest.WORKSPACE.resolve(quarter);
        for (String ext : List.of(".csv", ".xlsx", ".json")) {
            if (Files.exists(dir.resolve(agency + ext))) {
                return ApiClient.Part.file("file", dir.resolve(agency + ext));
            }
        }
        ApiClient.Response blank = TestServer.check(officer.inLanguage(null).get("/api/v1/entities/khanh-hoa/periods/" + quarter + "/agencies/"
                + ApiClient.segment(agency) + "/template?format=csv"), 200);
        String day = "20/" + 3 * Integer.parseInt(quarter.substring(6)) + "/2025";   // before the quarter's deadline
        String filled = blank.text().replace("Ngày báo cáo (dd/mm/yyyy),", "Ngày báo cáo (dd/mm/yyyy)," + day).replace("Tỷ lệ (%),%,,", "Tỷ lệ (%),%,50%,").replace("Có / Không,,,", "Có / Không,,Có,")
                .replace("Số lượng,,,", "Số lượng,,3,");
        return ApiClient.Part.file("file", agency + ".csv", filled.getBytes(StandardCharsets.UTF_8));
    }

    static String submissions(String agency, String quarter) {
        return "/api/v1/entities/khanh-hoa/periods/" + quarter + "/agencies/" + ApiClient.segment(agency) + "/submissions";
    }

    /** A stored version: the active scoring table with 8.2's goal at this value. */
    static String version(ApiClient officer, String goal) throws IOException {
        byte[] table = ScoringTables.edit(ScoringTables.of(TestServer.check(officer.get("/api/v1/methodologies/" + ID + "/export?xlsx=true"), 200)
                .body()), "8.2", ScoringTables.GOAL, goal);
        JsonNode c = TestServer.check(officer.postForm(VERSIONS, ApiClient.Part.file("table", "scoring.xlsx", table)), 201).json();
        assertTrue(c.path("version").path("testsPassed").asBoolean(), c.toString());
        return c.path("version").path("version").asText();
    }

    /**
     * Activates each version in turn, at each fifth of the uploads, then waits (30 s at most) until
     * some client's card names it before the next: the clients score across activations however fast
     * the uploads or the scores go.
     */
    private static void activate(ApiClient officer, List<String> activations, List<String> activated, Map<String, AtomicInteger> cardsPerVersion,
            AtomicInteger done, CountDownLatch uploaded, int uploads, List<String> failures) throws Exception {
        for (int i = 0; i < activations.size(); i++) {
            while (done.get() < (i + 1) * uploads / (activations.size() + 1) && uploaded.getCount() > 0) {
                Thread.sleep(5);
            }
            ApiClient.Response r = officer.postJson(VERSIONS + "/" + activations.get(i) + "/activation", Map.of());
            if (r.status() != 201) {
                failures.add("activation of " + activations.get(i) + ": " + r);
                continue;
            }
            activated.add(activations.get(i));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!cardsPerVersion.containsKey(activations.get(i)) && System.nanoTime() < until && failures.size() < 10) {
                Thread.sleep(5);
            }
        }
    }

    @Test
    void everyAgencyAndQuarterAtOnce_whileVersionsAreActivatedAndClientsScore() throws Exception {
        ApiClient officer = server.as("OFFICER");
        TestServer.check(officer.postJson("/api/v1/entities", Map.of("id", "khanh-hoa", "name", "Khánh Hòa")), 201);
        RuleScorer scorer = Methodologies.bundled(ID);
        List<String> agencies = scorer.agencies().agencies();
        assertTrue(agencies.size() >= 15, "agencies.json's agencies: " + agencies);
        String bundled = Methodologies.bundledVersion(ID);
        List<String> activations = List.of(version(officer, "0.05"), version(officer, "0.04"), version(officer, "0.03"), bundled);
        Set<String> stored = new TreeSet<>(activations);

        record Upload(String agency, String quarter, ApiClient clerk, ApiClient.Part file) {
        }
        List<Upload> uploads = new ArrayList<>();
        for (String a : agencies) {
            ApiClient clerk = server.as("CLERK", a);
            for (String q : QUARTERS) {
                ApiClient.Part file = workbook(officer, a, q);
                uploads.add(new Upload(a, q, clerk, file));
                uploads.add(new Upload(a, q, clerk, file));   // twice at once: two versions, numbered 1 and 2
            }
        }
        byte[] evidence = DtiJson.write(EvidenceMerge.merge(scorer, Workspace.open(ReportingYearTest.WORKSPACE), Period.parse("2025-Q3")).evidence())
                .getBytes(StandardCharsets.UTF_8);

        Map<String, List<Integer>> acknowledged = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch uploaded = new CountDownLatch(uploads.size());
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS);
        // the officer and the clients on threads of their own: queued behind the uploads, they started when
        // the uploads were nearly done, and the clients could all be answered under one version
        ExecutorService side = Executors.newFixedThreadPool(SCORERS + 1);
        CountDownLatch activatedAll = new CountDownLatch(1);
        for (Upload u : uploads) {
            pool.submit(() -> {
                try {
                    go.await();
                    ApiClient.Response r = u.clerk().postForm(submissions(u.agency(), u.quarter()), u.file());
                    if (r.status() == 201) {
                        acknowledged.computeIfAbsent(u.agency() + "|" + u.quarter(), k -> new CopyOnWriteArrayList<>())
                                .add(r.json().path("submission").path("number").asInt());
                    } else {
                        failures.add(u.agency() + " " + u.quarter() + ": " + r);
                    }
                } catch (Exception e) {
                    failures.add(u.agency() + " " + u.quarter() + ": " + e);
                } finally {
                    done.incrementAndGet();
                    uploaded.countDown();
                }
                return null;
            });
        }
        // the officer: a new version active at each fifth of the uploads, each scored by some client before the next
        List<String> activated = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> cardsPerVersion = new ConcurrentHashMap<>();
        side.submit(() -> {
            go.await();
            try {
                activate(officer, activations, activated, cardsPerVersion, done, uploaded, uploads.size(), failures);
            } finally {
                activatedAll.countDown();
            }
            return null;
        });
        // eight clients scoring until the uploads are done and every version was activated
        Map<String, String> cardOf = new ConcurrentHashMap<>();
        for (int c = 0; c < SCORERS; c++) {
            ApiClient client = server.as("VIEWER");
            side.submit(() -> {
                go.await();
                do {
                    ApiClient.Response r = client.postJson("/api/v1/score", evidence);
                    if (r.status() != 200) {
                        failures.add("score: " + r);
                        continue;
                    }
                    String version = r.json().path("methodology").path("version").asText();
                    cardsPerVersion.computeIfAbsent(version, v -> new AtomicInteger()).incrementAndGet();
                    String first = cardOf.putIfAbsent(version, r.text());
                    if (first != null && !first.equals(r.text())) {
                        failures.add("two different cards name version " + version);
                    }
                } while ((uploaded.getCount() > 0 || activatedAll.getCount() > 0) && failures.size() < 10);
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        side.shutdown();
        assertTrue(pool.awaitTermination(240, TimeUnit.SECONDS) && side.awaitTermination(240, TimeUnit.SECONDS), "the run ends");

        assertTrue(failures.isEmpty(), failures.size() + " failures: " + failures.stream().map(f -> f.length() > 400 ? f.substring(0, 400) : f)
                .distinct().limit(8).toList());
        assertEquals(activations, activated);

        // every acknowledged submission stored exactly once
        int total = 0;
        for (String a : agencies) {
            for (String q : QUARTERS) {
                assertEquals(List.of(1, 2), acknowledged.get(a + "|" + q).stream().sorted().toList(), a + " " + q);
                JsonNode history = TestServer.check(officer.get(submissions(a, q)), 200).json();
                assertEquals(2, history.size(), a + " " + q + ": " + history);
                byte[] sent = uploads.stream().filter(u -> u.agency().equals(a) && u.quarter().equals(q)).findFirst().orElseThrow().file().bytes();
                for (JsonNode s : history) {
                    assertEquals(Secrets.hex(Secrets.sha256(sent)), s.path("sha256").asText(), a + " " + q);
                    assertTrue(stored.contains(s.path("methodologyVersion").asText()), "read by a stored version: " + s);
                }
                total += history.size();
            }
        }
        assertEquals(uploads.size(), total);
        JsonNode audit = TestServer.check(server.admin().get("/api/v1/audit?action=submission.add&limit=10000"), 200).json();
        assertEquals(uploads.size(), audit.size(), "one audit entry a submission");

        // every card is the card of the one version it names
        assertTrue(cardsPerVersion.size() >= 2, "the clients scored across activations: " + cardsPerVersion);
        assertTrue(stored.containsAll(cardOf.keySet()), cardOf.keySet() + " among " + stored);
        Map<String, Double> totals = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : cardOf.entrySet()) {
            ApiClient.Response byName = TestServer.check(server.as("VIEWER").postJson("/api/v1/score?methodology=" + e.getKey(), evidence), 200);
            assertEquals(byName.text(), e.getValue(), "version " + e.getKey() + "'s card");
            totals.put(e.getKey(), byName.json().path("totalPoints").asDouble());
        }
        assertEquals(totals.size(), new TreeSet<>(totals.values()).size(), "each version scores 8.2 differently: " + totals);
        JsonNode record = TestServer.check(officer.get(VERSIONS), 200).json();
        assertEquals(1 + activations.size(), record.path("activations").size());
        assertEquals(bundled, record.path("active").asText());
    }
}
