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
import vn.dti.text.Language;

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
     * @param problems what differed, one line each ("3.4: expected 30 points, got 29.07 (…)");
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
            throw new InvalidMethodologyException(display + ": no \"cases\".");
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < cases.cases().size(); i++) {
            Case c = cases.cases().get(i);
            int line = lineOf(bytes, i);
            String name = c.name() == null ? "case " + (i + 1) : c.name();
            if (c.expect() == null) {
                throw new InvalidMethodologyException(display + ":" + line + ": case \"" + name + "\" has no \"expect\".");
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
            return new Result(file, line, name, false, List.of("the case's evidence is refused: " + ex.getMessage()));
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
                    problems.add("expects points for " + p.getKey() + ", which the methodology does not have");
                } else if (Math.abs(cs.points() - p.getValue()) > 0.005) {
                    problems.add(p.getKey() + ": expected " + Points.format(p.getValue()) + " points, got " + Points.format(cs.points())
                            + " (" + cs.explanation().formula().in(Language.EN) + (cs.explanation().rule().isEmpty() ? "" : ", rule \"" + cs.explanation().rule() + "\"") + ")");
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
                    problems.add("expected finding [" + want + "] is not \"<id> <CODE>\" with a CODE among " + List.of(FindingCode.values()));
                } else if (!actual.remove(parts[0] + " " + parts[1])) {
                    problems.add("expected finding " + want + ", not raised");
                }
            }
            for (String extra : actual) {
                problems.add("unexpected finding " + extra);
            }
        }
        if (x.totalPoints() != null && Math.abs(card.totalPoints() - x.totalPoints()) > 0.005) {
            problems.add("expected total " + Points.format(x.totalPoints()) + ", got " + Points.format(card.totalPoints()));
        }
        return new Result(file, line, name, problems.isEmpty(), problems);
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
