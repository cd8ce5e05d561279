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
 * planning properties. Each of {@link #STRUCTURES} seeds gives its own structure: 1–3 main
 * indicators of 1–4 components, every table pattern (a share in proportion, a goal on a share or
 * a rate, bands on a count with random edges, yes/no, 2–4 categories with random points, relative
 * to the cohort on a count or a rate), random max points and agencies. The same seed gives the
 * same methodology; compiled ones are kept.
 */
final class RandomMethodologies {
    private static final Map<Integer, RuleScorer> COMPILED = new ConcurrentHashMap<>();
    /** How many different structures the properties draw from. */
    static final int STRUCTURES = 64;

    private RandomMethodologies() {
    }

    /** The methodology of this seed (one of {@link #STRUCTURES}). */
    static RuleScorer methodology(long seed) {
        return COMPILED.computeIfAbsent((int) Math.floorMod(seed, (long) STRUCTURES), RandomMethodologies::build);
    }

    private static RuleScorer build(int seed) {
        Random rnd = new Random(seed * 7919L + 17);
        StringBuilder json = new StringBuilder();
        StringBuilder table = new StringBuilder(header());
        int mains = 1 + rnd.nextInt(3);
        List<String> mainJson = new ArrayList<>();
        double total = 0;
        for (int j = 1; j <= mains; j++) {
            int comps = 1 + rnd.nextInt(mains == 1 ? 4 : 3);
            List<String> cs = new ArrayList<>();
            double mainMax = 0;
            for (int k = 1; k <= comps; k++) {
                String id = j + "." + k;
                int max = new int[] {5, 10, 15, 20, 30}[rnd.nextInt(5)];
                mainMax += max;
                String row;
                String kind;
                String extra = "";
                switch (rnd.nextInt(8)) {
                    case 0:
                        kind = "RATIO";
                        row = id + ",x,,,,,,ratio";
                        break;
                    case 1:
                        kind = "RATIO";
                        row = id + ",,0." + (2 + rnd.nextInt(8)) + (rnd.nextBoolean() ? "5" : "") + ",,,,,goal";
                        break;
                    case 2:
                        kind = "RATE";
                        row = id + ",," + (1 + rnd.nextInt(20)) + ",,,,,goal";
                        break;
                    case 3: {
                        kind = "COUNT";
                        int a = 1 + rnd.nextInt(3);
                        int b = a + 1 + rnd.nextInt(4);
                        int c = b + 1 + rnd.nextInt(6);
                        String mid = FormulaPoints.of(max * (0.3 + 0.4 * rnd.nextDouble()));
                        String low = FormulaPoints.of(max * 0.25 * rnd.nextDouble());
                        row = id + ",,,\"" + c + ":" + max + ", " + b + ":" + mid + ", " + a + ":" + low + "\",,,,bands";
                        break;
                    }
                    case 4:
                        kind = "YES_NO";
                        row = id + ",,,,,x,,yes/no";
                        break;
                    case 5: {
                        kind = "CATEGORY";
                        int n = 2 + rnd.nextInt(3);
                        List<String> codes = new ArrayList<>();
                        List<String> points = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            String code = String.valueOf((char) ('a' + i));
                            codes.add("{\"code\": \"" + code + "\", \"name\": \"Mức " + code.toUpperCase(java.util.Locale.ROOT) + "\"}");
                            double p = i == 0 ? max : i == n - 1 ? 0 : max * rnd.nextDouble();
                            points.add(code + ":" + FormulaPoints.of(p));
                        }
                        extra = ", \"categories\": [" + String.join(", ", codes) + "]";
                        row = id + ",,,,\"" + String.join(", ", points) + "\",,,categories";
                        break;
                    }
                    case 6:
                        kind = "RATE";
                        row = id + ",,,,,," + (5 + rnd.nextInt(50)) + ",relative";
                        break;
                    default:
                        kind = "COUNT";
                        row = id + ",,,,,," + (50 + rnd.nextInt(150)) + ",relative";
                }
                table.append(row).append('\n');
                if (kind.equals("RATE")) {
                    extra = ", \"per\": 100";
                }
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

    /** Points as a table writes them: at most two decimals. */
    private static final class FormulaPoints {
        static String of(double p) {
            return vn.dti.scoring.FormulaText.plain(Math.round(p * 100) / 100.0);
        }
    }

    private static String header() {
        return "RuleSet,vn.dti.methodology.random,,,,,,\nImport,vn.dti.rules.ComponentValue,,,,,,\nVariables,vn.dti.rules.ScoreSheet score,,,,,,\n,,,,,,,\n"
                + "RuleTable Chấm điểm,,,,,,,\nCONDITION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,DESCRIPTION\n$v : ComponentValue,,,,,,,\n"
                + "\"indicator == \"\"$param\"\", reported\",\"score.ratio(kcontext, $v);\",\"score.goal(kcontext, $v, $param);\","
                + "\"score.bands(kcontext, $v, \"\"$param\"\");\",\"score.category(kcontext, $v, \"\"$param\"\");\",\"score.yesNo(kcontext, $v);\","
                + "\"score.relative(kcontext, $v, $param);\",\nid,ratio,goal,bands,categories,yesNo,relative,assumption\n";
    }

    /** Random evidence of Tỉnh X for a methodology: some components missing, some without a document. */
    static Evidence evidence(RuleScorer scorer, long seed) {
        return evidence(scorer, seed, "tinh-x", "Tỉnh X");
    }

    /** Random evidence of an entity for a methodology: some components missing, some without a document. */
    static Evidence evidence(RuleScorer scorer, long seed, String id, String name) {
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
            } else if (c.valueKind() == ValueKind.RATE) {
                v = Value.number(Math.round(rnd.nextDouble() * 3000) / 100.0);
            } else {
                v = Value.number(rnd.nextInt(150));
            }
            List<Document> docs = rnd.nextInt(6) == 0 ? List.of() : List.of(doc);
            list.add(new ComponentEvidence(c.id(), ReportStatus.REPORTED, v, null, docs, null, null, null));
        }
        return Evidence.of(Entity.province(id, name), Period.year(2025), list);
    }
}
