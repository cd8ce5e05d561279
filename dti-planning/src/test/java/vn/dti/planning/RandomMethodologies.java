package vn.dti.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import vn.dti.api.CategoryOption;
import vn.dti.api.Component;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.Period;
import vn.dti.api.ReportStatus;
import vn.dti.api.Value;
import vn.dti.api.ValueKind;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/**
 * Small random methodologies, written as folders (catalogue + decision table + the bundled
 * completeness rules) and compiled by the real engine, with random evidence: the fixture of the
 * planning properties. The same seed gives the same methodology; compiled ones are kept.
 */
final class RandomMethodologies {
    private static final Map<Integer, RuleScorer> COMPILED = new ConcurrentHashMap<>();
    static final int KINDS = 12;

    private RandomMethodologies() {
    }

    /** One of {@link #KINDS} small methodologies: 2–3 main indicators of 1–3 components, every table pattern. */
    static RuleScorer methodology(int seed) {
        return COMPILED.computeIfAbsent(Math.floorMod(seed, KINDS), RandomMethodologies::build);
    }

    private static RuleScorer build(int seed) {
        Random rnd = new Random(seed * 7919L + 17);
        StringBuilder json = new StringBuilder();
        StringBuilder table = new StringBuilder(header());
        int mains = 2 + rnd.nextInt(2);
        List<String> mainJson = new ArrayList<>();
        double total = 0;
        for (int j = 1; j <= mains; j++) {
            int comps = 1 + rnd.nextInt(3);
            List<String> cs = new ArrayList<>();
            double mainMax = 0;
            for (int k = 1; k <= comps; k++) {
                String id = j + "." + k;
                int max = new int[] {5, 10, 20}[rnd.nextInt(3)];
                mainMax += max;
                String row;
                String kind;
                String extra = "";
                switch (rnd.nextInt(6)) {
                    case 0:
                        kind = "RATIO";
                        row = id + ",x,,,,,,ratio";
                        break;
                    case 1:
                        kind = "RATIO";
                        row = id + ",,0." + (3 + rnd.nextInt(6)) + ",,,,,goal";
                        break;
                    case 2:
                        kind = "COUNT";
                        row = id + ",,,\"3:" + max + ", 2:" + max * 0.6 + ", 1:" + max * 0.3 + "\",,,,bands";
                        break;
                    case 3:
                        kind = "YES_NO";
                        row = id + ",,,,,x,,yes/no";
                        break;
                    case 4:
                        kind = "CATEGORY";
                        extra = ", \"categories\": [{\"code\": \"a\", \"name\": \"A\"}, {\"code\": \"b\", \"name\": \"B\"}, {\"code\": \"c\", \"name\": \"C\"}]";
                        row = id + ",,,,\"a:" + max + ", b:" + max / 2.0 + ", c:0\",,,categories";
                        break;
                    default:
                        kind = "COUNT";
                        row = id + ",,,,,,100,relative";
                }
                table.append(row).append('\n');
                cs.add("{\"id\": \"" + id + "\", \"name\": \"Thành phần " + id + "\", \"maxPoints\": " + max + ", \"valueKind\": \"" + kind + "\"" + extra
                        + ", \"responsibleAgency\": \"Sở " + (char) ('A' + rnd.nextInt(3)) + "\"}");
            }
            total += mainMax;
            mainJson.add("{\"id\": \"" + j + "\", \"name\": \"Chỉ số " + j + "\", \"maxPoints\": " + mainMax + ", \"components\": [" + String.join(", ", cs)
                    + "]}");
        }
        json.append("{\"id\": \"random-").append(seed).append("\", \"name\": \"Ngẫu nhiên ").append(seed)
                .append("\", \"edition\": \"2025\", \"year\": 2025, \"entityKind\": \"PROVINCE\", \"totalPoints\": ").append(total)
                .append(", \"mainIndicators\": [").append(String.join(", ", mainJson)).append("]}");
        try {
            Path dir = Files.createTempDirectory("dti-random-");
            Files.writeString(dir.resolve("methodology.json"), json, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("scoring.csv"), table, StandardCharsets.UTF_8);
            try (InputStream in = RandomMethodologies.class.getResourceAsStream("/methodologies/vn-dti-province-2025/completeness.drl")) {
                Files.write(dir.resolve("completeness.drl"), in.readAllBytes());
            }
            return Methodologies.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header() {
        return "RuleSet,vn.dti.methodology.random,,,,,,\nImport,vn.dti.rules.ComponentValue,,,,,,\nVariables,vn.dti.rules.ScoreSheet score,,,,,,\n,,,,,,,\n"
                + "RuleTable Chấm điểm,,,,,,,\nCONDITION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,DESCRIPTION\n$v : ComponentValue,,,,,,,\n"
                + "\"indicator == \"\"$param\"\", reported\",\"score.ratio(kcontext, $v);\",\"score.goal(kcontext, $v, $param);\","
                + "\"score.bands(kcontext, $v, \"\"$param\"\");\",\"score.category(kcontext, $v, \"\"$param\"\");\",\"score.yesNo(kcontext, $v);\","
                + "\"score.relative(kcontext, $v, $param);\",\nid,ratio,goal,bands,categories,yesNo,relative,assumption\n";
    }

    /** Random evidence for a methodology: some components missing, some without a document. */
    static Evidence evidence(RuleScorer scorer, long seed) {
        Random rnd = new Random(seed);
        List<ComponentEvidence> list = new ArrayList<>();
        Document doc = Document.of("1/QĐ-UBND", "Quyết định", LocalDate.of(2025, 6, 1), "UBND tỉnh");
        for (Component c : scorer.methodology().components()) {
            if (rnd.nextInt(4) == 0) {
                list.add(new ComponentEvidence(c.id(), ReportStatus.NOT_REPORTED, null, null, null, null, null, null));
                continue;
            }
            Value v;
            if (c.valueKind() == ValueKind.YES_NO) {
                v = Value.yesNo(rnd.nextBoolean());
            } else if (c.valueKind() == ValueKind.CATEGORY) {
                List<CategoryOption> cats = c.categories();
                v = Value.category(cats.get(rnd.nextInt(cats.size())).code());
            } else if (c.valueKind() == ValueKind.RATIO) {
                v = Value.number(Math.round(rnd.nextDouble() * 100) / 100.0);
            } else {
                v = Value.number(rnd.nextInt(150));
            }
            List<Document> docs = rnd.nextInt(6) == 0 ? List.of() : List.of(doc);
            list.add(new ComponentEvidence(c.id(), ReportStatus.REPORTED, v, null, docs, null, null, null));
        }
        return Evidence.of(Entity.province("tinh-x", "Tỉnh X"), Period.year(2025), list);
    }
}
