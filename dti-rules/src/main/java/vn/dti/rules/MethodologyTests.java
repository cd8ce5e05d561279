package vn.dti.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ComponentScore;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;
import vn.dti.api.FindingCode;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.Period;
import vn.dti.api.Points;
import vn.dti.api.ScoreCard;
import vn.dti.json.DtiJson;
import vn.dti.text.Message;

/**
 * Test cases that methodology officers write themselves, without Java: {@code tests/*.json} in a
 * methodology folder, each a list of cases (the components reported, the points and findings
 * expected). {@code dti methodology test <id|dir>} runs them; a failure names the file, the
 * line of the case, and what differed. Stateless; safe from any thread.
 *
 * <pre>
 * {"cases": [
 *   {"name": "3.4 at the 2025 target earns full points",
 *    "components": [{"indicator": "3.4", "value": 0.90, "documents": [{"number": "1/QĐ", "date": "2025-06-01"}]}],
 *    "expect": {"points": {"3.4": 30}, "findings": [], "totalPoints": 30}}
 * ]}
 * </pre>
 */
public final class MethodologyTests {
    private MethodologyTests() {
    }

    /**
     * One file of cases.
     *
     * @param cases the cases, in file order (at least one)
     */
    public record CaseFile(List<Case> cases) {
    }

    /**
     * A case: evidence components for one entity, and what to expect.
     *
     * @param name       what the case shows, in words ("case 3" when not given)
     * @param period     the period scored, e.g. {@code 2025}; optional, default the methodology's year
     * @param components the components reported (none when null)
     * @param expect     what to expect
     */
    public record Case(String name, String period, List<ComponentEvidence> components, Expect expect) {
    }

    /**
     * What a case expects.
     *
     * @param points      component id → points, compared to 0.005; null to check none
     * @param findings    when given, exactly these {@code "id CODE"} findings on the components the
     *                    case reports (e.g. {@code "4.4 NO_EVIDENCE_DOCUMENT"}), in any order; an
     *                    empty list means none; null to check none
     * @param totalPoints the card's total, to 0.005; null to check none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Expect(Map<String, Double> points, List<String> findings, Double totalPoints) {
    }

    /**
     * The outcome of one case.
     *
     * @param file     the case file, relative to the folder, e.g. {@code tests/patterns.json}
     * @param line     the line the case starts on (0 when not known)
     * @param name     the case's name
     * @param passed   whether every expectation held
     * @param problems what differed, one line each, in the language of the run ({@link vn.dti.text.Language#fromEnvironment()}: "3.4: expected 30 points, got 29.07 (…)");
     *                 empty when passed
     */
    public record Result(String file, int line, String name, boolean passed, List<String> problems) {
        /** "tests/patterns.json:12: name: PASS" or the problems. */
        @Override
        public String toString() {
            return file + ":" + line + ": " + name + ": " + (passed ? "PASS" : "FAIL\n    " + String.join("\n    ", problems));
        }
    }

    /**
     * Runs every case in the scorer's methodology folder ({@code tests/*.json}), each scored alone
     * for an entity named after the case.
     *
     * @param scorer the scorer of the folder whose cases to run
     * @return one result per case, file by file in name order, cases in file order; empty when the
     *         folder has no test files
     * @throws InvalidMethodologyException if a case file does not parse, has no cases, or a case has
     *                                     no {@code expect} (naming the file and line)
     */
    public static List<Result> run(RuleScorer scorer) {
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : scorer.base().testFiles().entrySet()) {
            results.addAll(run(scorer, f.getKey(), f.getValue()));
        }
        return results;
    }

    static List<Result> run(RuleScorer scorer, String file, byte[] bytes) {
        String display = scorer.source() + "/" + file;
        CaseFile cases = DtiJson.read(new ByteArrayInputStream(bytes), display, CaseFile.class, InvalidMethodologyException::new);
        if (cases.cases() == null || cases.cases().isEmpty()) {
            throw new InvalidMethodologyException(Message.of("rules.case.noCases", display));
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < cases.cases().size(); i++) {
            Case c = cases.cases().get(i);
            int line = lineOf(bytes, i);
            String name = c.name() == null ? "case " + (i + 1) : c.name();
            if (c.expect() == null) {
                throw new InvalidMethodologyException(Message.of("rules.case.noExpect", vn.dti.text.Place.line(display, line, 0), name));
            }
            results.add(runCase(scorer, file, line, name, c));
        }
        return results;
    }

    private static Result runCase(RuleScorer scorer, String file, int line, String name, Case c) {
        List<String> problems = new ArrayList<>();
        ScoreCard card;
        try {
            Period period = c.period() == null ? Period.year(scorer.methodology().year()) : Period.parse(c.period());
            Evidence e = Evidence.of(new Entity("test", name, scorer.methodology().entityKind()), period,
                    c.components() == null ? List.of() : c.components());
            card = scorer.score(e);
        } catch (InvalidEvidenceException | IllegalArgumentException ex) {
            return new Result(file, line, name, false, List.of(Message.of("rules.case.refused", ex.getMessage()).toString()));
        }
        Expect x = c.expect();
        if (x.points() != null) {
            for (Map.Entry<String, Double> p : x.points().entrySet()) {
                ComponentScore cs;
                try {
                    cs = card.component(p.getKey()).orElse(null);
                } catch (IllegalArgumentException ex) {
                    cs = null;
                }
                if (cs == null) {
                    problems.add(Message.of("rules.case.unknownComponent", p.getKey()).toString());
                } else if (Math.abs(cs.points() - p.getValue()) > 0.005) {
                    Message how = cs.explanation().rule().isEmpty() ? cs.explanation().formula()
                            : Message.of("rules.case.formulaRule", cs.explanation().formula(), cs.explanation().rule());
                    problems.add(Message.of("rules.case.points", p.getKey(), Points.format(p.getValue()), Points.format(cs.points()), how).toString());
                }
            }
        }
        if (x.findings() != null) {
            List<String> reportedIds = new ArrayList<>();
            if (c.components() != null) {
                c.components().forEach(ce -> reportedIds.add(ce.indicator().value()));
            }
            List<String> actual = new ArrayList<>();
            card.findings().forEach(f -> {
                if (reportedIds.contains(f.indicator().value())) {
                    actual.add(f.indicator() + " " + f.code());
                }
            });
            for (String want : x.findings()) {
                String[] parts = want.trim().split("\\s+");
                if (parts.length != 2 || !isCode(parts[1])) {
                    problems.add(Message.of("rules.case.findingSyntax", want, List.of(FindingCode.values())).toString());
                } else if (!actual.remove(parts[0] + " " + parts[1])) {
                    problems.add(Message.of("rules.case.findingMissing", want).toString());
                }
            }
            for (String extra : actual) {
                problems.add(Message.of("rules.case.findingExtra", extra).toString());
            }
        }
        if (x.totalPoints() != null && Math.abs(card.totalPoints() - x.totalPoints()) > 0.005) {
            problems.add(Message.of("rules.case.total", Points.format(x.totalPoints()), Points.format(card.totalPoints())).toString());
        }
        return new Result(file, line, name, problems.isEmpty(), problems);
    }

    /**
     * One expectation of a test case that a deliberate change to the methodology makes out of date:
     * the points the case expects and the points the folder now gives, or the findings it expects
     * and those the folder now raises.
     *
     * @param file             the case file, relative to the folder, e.g. {@code tests/patterns.json}
     * @param line             the line the case starts on (0 when not known)
     * @param caseName         the case's name
     * @param component        the component whose points are expected, or null for the case's total
     *                         (or for its findings)
     * @param expected         the points the file expects (0 for findings)
     * @param actual           the points the folder gives now (0 for findings)
     * @param expectedFindings for a change of findings, those the file expects ("5.1 LATE_REPORT");
     *                         null for a change of points
     * @param actualFindings   for a change of findings, those to write instead; null for points
     */
    public record Change(String file, int line, String caseName, String component, double expected, double actual, List<String> expectedFindings,
            List<String> actualFindings) {
        /**
         * Copies the lists; both are null (points) or both given (findings).
         *
         * @param file             as the record's
         * @param line             as the record's
         * @param caseName         as the record's
         * @param component        as the record's
         * @param expected         as the record's
         * @param actual           as the record's
         * @param expectedFindings as the record's
         * @param actualFindings   as the record's
         * @throws IllegalArgumentException if one list is given without the other
         */
        public Change {
            if ((expectedFindings == null) != (actualFindings == null)) {
                throw new IllegalArgumentException("a change of findings gives both the expected and the actual ones");
            }
            expectedFindings = expectedFindings == null ? null : List.copyOf(expectedFindings);
            actualFindings = actualFindings == null ? null : List.copyOf(actualFindings);
        }

        /**
         * A change of points.
         *
         * @param file      as the record's
         * @param line      as the record's
         * @param caseName  as the record's
         * @param component the component, or null for the total
         * @param expected  the points the file expects
         * @param actual    the points the folder gives now
         */
        public Change(String file, int line, String caseName, String component, double expected, double actual) {
            this(file, line, caseName, component, expected, actual, null, null);
        }

        /** {@return whether this is a change of the case's findings (else of points)} */
        public boolean findings() {
            return expectedFindings != null;
        }
    }

    /**
     * The expectations to rewrite to accept a deliberate change: those of the cases named
     * {@code caseOrComponent} (its whole name), or else, when it is a component id, that
     * component's expected points in every case and the totals of those cases, each only where
     * the folder now gives other points; and the findings those cases expect, where the folder now
     * raises others (for a component, only its own findings).
     *
     * @param scorer          the scorer of the folder whose cases to run
     * @param caseOrComponent a case's name or a component id
     * @return the changes, in file and case order; empty when nothing differs or nothing matches
     * @throws InvalidMethodologyException if a case file does not parse (as {@link #run(RuleScorer)})
     */
    public static List<Change> accepting(RuleScorer scorer, String caseOrComponent) {
        List<Change> changes = new ArrayList<>();
        String wanted = caseOrComponent.strip();
        for (Map.Entry<String, byte[]> f : scorer.base().testFiles().entrySet()) {
            String display = scorer.source() + "/" + f.getKey();
            CaseFile cases = DtiJson.read(new ByteArrayInputStream(f.getValue()), display, CaseFile.class, InvalidMethodologyException::new);
            if (cases.cases() == null) {
                continue;
            }
            for (int i = 0; i < cases.cases().size(); i++) {
                Case c = cases.cases().get(i);
                String name = c.name() == null ? "case " + (i + 1) : c.name();
                boolean wholeCase = name.equals(wanted);
                boolean names = c.expect() != null && c.expect().points() != null && c.expect().points().containsKey(wanted);
                if (c.expect() == null || !(wholeCase || names)) {
                    continue;
                }
                ScoreCard card;
                try {
                    Period period = c.period() == null ? Period.year(scorer.methodology().year()) : Period.parse(c.period());
                    card = scorer.score(Evidence.of(new Entity("test", name, scorer.methodology().entityKind()), period,
                            c.components() == null ? List.of() : c.components()));
                } catch (InvalidEvidenceException | IllegalArgumentException ex) {
                    continue; // refused evidence is not a change of points: the run says what is wrong
                }
                int line = lineOf(f.getValue(), i);
                if (c.expect().points() != null) {
                    for (Map.Entry<String, Double> p : c.expect().points().entrySet()) {
                        if (!wholeCase && !p.getKey().equals(wanted)) {
                            continue;
                        }
                        ComponentScore cs;
                        try {
                            cs = card.component(p.getKey()).orElse(null);
                        } catch (IllegalArgumentException ex) {
                            cs = null;
                        }
                        if (cs != null && Math.abs(cs.points() - p.getValue()) > 0.005) {
                            changes.add(new Change(f.getKey(), line, name, p.getKey(), p.getValue(), cs.points()));
                        }
                    }
                }
                Double total = c.expect().totalPoints();
                if (total != null && Math.abs(card.totalPoints() - total) > 0.005) {
                    changes.add(new Change(f.getKey(), line, name, null, total, card.totalPoints()));
                }
                List<String> findings = c.expect().findings();
                if (findings != null) {
                    // the findings the case's reported components raise now; for a component, only its own are rewritten
                    List<String> reported = c.components() == null ? List.of() : c.components().stream().map(ce -> ce.indicator().value()).toList();
                    List<String> now = new ArrayList<>();
                    card.findings().forEach(fd -> {
                        if (reported.contains(fd.indicator().value()) && (wholeCase || fd.indicator().value().equals(wanted))) {
                            now.add(fd.indicator() + " " + fd.code());
                        }
                    });
                    List<String> kept = wholeCase ? List.of() : findings.stream().filter(w -> !w.trim().startsWith(wanted + " ")).toList();
                    List<String> rewritten = new ArrayList<>(kept);
                    rewritten.addAll(now);
                    if (!sameFindings(findings, rewritten)) {
                        changes.add(new Change(f.getKey(), line, name, null, 0, 0, findings, rewritten));
                    }
                }
            }
        }
        return changes;
    }

    /**
     * Rewrites the case files of a folder on disk with the changes' new points, each number
     * replaced where it stands, so the files keep their other cases, order, spacing and comments.
     *
     * @param folder  the methodology folder the changes were found in
     * @param changes from {@link #accepting(RuleScorer, String)} for this folder
     * @throws java.io.UncheckedIOException if a file cannot be read or written
     * @throws IllegalStateException        if a file changed since the changes were found
     */
    public static void accept(java.nio.file.Path folder, List<Change> changes) {
        Map<String, List<Change>> byFile = new java.util.LinkedHashMap<>();
        changes.forEach(c -> byFile.computeIfAbsent(c.file(), k -> new ArrayList<>()).add(c));
        for (Map.Entry<String, List<Change>> f : byFile.entrySet()) {
            java.nio.file.Path path = folder.resolve(f.getKey());
            try {
                byte[] bytes = java.nio.file.Files.readAllBytes(path);
                CaseFile cases = DtiJson.read(new ByteArrayInputStream(bytes), path.toString(), CaseFile.class, InvalidMethodologyException::new);
                String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
                for (Change c : f.getValue()) {
                    int index = -1;
                    for (int i = 0; i < cases.cases().size() && index < 0; i++) {
                        String name = cases.cases().get(i).name() == null ? "case " + (i + 1) : cases.cases().get(i).name();
                        if (name.equals(c.caseName()) && lineOf(bytes, i) == c.line()) {
                            index = i;
                        }
                    }
                    if (c.findings()) {
                        bytes = withFindings(bytes, index, c, path);
                        lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
                        continue;
                    }
                    String pointer = "/cases/" + index + "/expect/" + (c.component() == null ? "totalPoints"
                            : "points/" + c.component().replace("~", "~0").replace("/", "~1"));
                    int[] at = index < 0 ? null : DtiJson.locate(bytes, pointer);
                    if (at == null) {
                        throw new IllegalStateException(path + " changed since its cases were run; run the command again.");
                    }
                    // the parser's column counts bytes of the line; the number runs to the next delimiter
                    byte[] l = lines[at[0] - 1].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    int from = at[1] - 1;
                    int to = from;
                    while (to < l.length && "-+.eE0123456789".indexOf(l[to]) >= 0) {
                        to++;
                    }
                    lines[at[0] - 1] = new String(l, 0, from, java.nio.charset.StandardCharsets.UTF_8) + plain(c.actual())
                            + new String(l, to, l.length - to, java.nio.charset.StandardCharsets.UTF_8);
                    bytes = String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                java.nio.file.Files.write(path, bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The same findings, in any order (each as many times). */
    private static boolean sameFindings(List<String> a, List<String> b) {
        List<String> x = new ArrayList<>(a.stream().map(String::trim).toList());
        List<String> y = new ArrayList<>(b.stream().map(String::trim).toList());
        java.util.Collections.sort(x);
        java.util.Collections.sort(y);
        return x.equals(y);
    }

    /** The case file with case {@code index}'s "findings" list replaced, where it stands, by the change's (one line, as the files write it). */
    private static byte[] withFindings(byte[] bytes, int index, Change c, java.nio.file.Path path) {
        int[] at = index < 0 ? null : DtiJson.locate(bytes, "/cases/" + index + "/expect/findings");
        if (at == null) {
            throw new IllegalStateException(path + " changed since its cases were run; run the command again.");
        }
        int from = 0;
        for (int l = 1; l < at[0]; l++) {
            from = indexOf(bytes, (byte) '\n', from) + 1;
        }
        from += at[1] - 1;   // the '[' (the parser's column counts bytes of the line)
        if (bytes[from] != '[') {
            throw new IllegalStateException(path + " changed since its cases were run; run the command again.");
        }
        int to = from + 1;
        boolean inString = false;
        for (; to < bytes.length; to++) {
            byte b = bytes[to];
            if (inString) {
                if (b == '\\') {
                    to++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == ']') {
                break;
            }
        }
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < c.actualFindings().size(); i++) {
            list.append(i == 0 ? "" : ", ").append('"').append(c.actualFindings().get(i)).append('"');
        }
        byte[] replacement = list.append(']').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[from + replacement.length + bytes.length - to - 1];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(replacement, 0, out, from, replacement.length);
        System.arraycopy(bytes, to + 1, out, from + replacement.length, bytes.length - to - 1);
        return out;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    /** Points as JSON writes them: at most 4 decimals, no trailing zeros ("7", "29.0667"). */
    private static String plain(double points) {
        return java.math.BigDecimal.valueOf(points).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static boolean isCode(String s) {
        for (FindingCode c : FindingCode.values()) {
            if (c.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(byte[] bytes, int index) {
        int[] at = DtiJson.locate(bytes, "/cases/" + index);
        return at == null ? 0 : at[0];
    }
}
