package vn.dti.rules.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.Methodology;
import vn.dti.scoring.RuleLocation;
import vn.dti.scoring.ScoringPattern;
import vn.dti.scoring.ScoringRule;

/**
 * A line-by-line reading of a rule file, for what the rule compiler cannot check: every indicator
 * id a rule names must be in the catalogue, a rule's {@code @indicator} must agree with what it
 * matches, and each scoring call ({@code score.goal(kcontext, $v, 0.90)}) is read as a
 * {@link ScoringRule} with its pattern and parameters, so that they can be checked against the
 * catalogue like a decision table's. Every problem names the file, line and column.
 */
public final class DrlScan {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("@indicator\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern MATCH = Pattern.compile("indicator\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern CALL = Pattern.compile(
            "score\\.(ratio|goal|bands|yesNo|category|relative|minMax|zScaled|rankShare|award)\\s*\\(\\s*kcontext\\s*,\\s*\\$\\w+\\s*(?:,(.*))?\\)\\s*;");
    private static final Pattern NUMBER = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)[dD]?\\s*");
    /** An integer with a leading zero (010): Java and MVEL read it as octal (a decimal such as 00.5 is read as a decimal). */
    static final Pattern LEADING_ZERO = Pattern.compile("-?0\\d");
    private static final Pattern STRING = Pattern.compile("\\s*\"([^\"]*)\"\\s*");
    private static final Pattern ASSUMPTION = Pattern.compile("^\\s*//\\s*ASSUMPTION:\\s*(.*)$");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

    /** What the scan found: the scoring rules, and the problems, each naming file, line and column. */
    record Result(List<ScoringRule> scoring, List<Problem> problems, Set<IndicatorId> troubled) {
    }

    private DrlScan() {
    }

    static Result scan(String file, String display, byte[] bytes, Methodology m, Map<IndicatorId, Component> byId) {
        String[] rawLines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
        String[] lines = withoutComments(rawLines);
        List<ScoringRule> scoring = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<IndicatorId> troubled = new java.util.HashSet<>();
        String rule = null;
        int ruleLine = 0;
        Set<String> ids = new LinkedHashSet<>();
        StringBuilder assumption = new StringBuilder();
        String pendingAssumption = "";
        List<Object[]> calls = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String raw = rawLines[i];
            int n = i + 1;
            String line = lines[i];
            Matcher a = ASSUMPTION.matcher(raw);
            if (line.isBlank() && a.find()) {
                assumption.setLength(0);
                assumption.append(a.group(1).strip());
                continue;
            }
            Matcher r = RULE.matcher(line);
            if (r.find()) {
                rule = r.group(1);
                ruleLine = n;
                ids = new LinkedHashSet<>();
                calls.clear();
                pendingAssumption = assumption.toString();
                assumption.setLength(0);
            }
            Matcher meta = META.matcher(line);
            while (meta.find()) {
                for (String id : meta.group(1).split(",")) {
                    String s = id.strip();
                    if (s.equals("*")) {
                        ids.add(s);
                        continue;
                    }
                    String problem = unknown(m, byId, s);
                    if (problem != null) {
                        problems.add(Problem.at(display, n, meta.start(1) + 1, "rule \"" + rule + "\" declares @indicator(\"" + s + "\"), " + problem));
                    } else {
                        ids.add(s);
                    }
                }
            }
            Matcher match = MATCH.matcher(line);
            while (match.find()) {
                String s = match.group(1);
                String problem = unknown(m, byId, s);
                if (problem != null) {
                    problems.add(Problem.at(display, n, match.start(1) + 1, (rule == null ? "" : "rule \"" + rule + "\" ") + "matches indicator \"" + s
                            + "\", " + problem));
                } else if (!ids.isEmpty() && !ids.contains("*") && !ids.contains(s)) {
                    problems.add(Problem.at(display, n, match.start(1) + 1, "rule \"" + rule + "\" matches indicator " + s + " but declares @indicator(\""
                            + String.join(", ", ids) + "\"); make them agree."));
                }
            }
            Matcher call = CALL.matcher(line);
            if (call.find() && rule != null) {
                calls.add(new Object[] {call.group(1), call.group(2), n, call.start(1) + 1});
            }
            if (rule != null && END.matcher(line).find()) {
                for (Object[] c : calls) {
                    ScoringPattern pattern;
                    int at = (Integer) c[2];
                    int col = (Integer) c[3];
                    try {
                        pattern = pattern((String) c[0], (String) c[1]);
                    } catch (IllegalArgumentException e) {
                        problems.add(Problem.at(display, at, col, "rule \"" + rule + "\": " + e.getMessage() + "."));
                        ids.stream().filter(id -> !id.equals("*")).forEach(id -> troubled.add(IndicatorId.of(id)));
                        continue;
                    }
                    for (String id : ids) {
                        if (!id.equals("*")) {
                            scoring.add(new ScoringRule(IndicatorId.of(id), rule, RuleLocation.line(file, at, col), pattern, pendingAssumption));
                        }
                    }
                }
                if (calls.isEmpty()) {
                    // a rule that names its component but scores through code the scan cannot read: a formula of its own
                    for (String id : ids) {
                        if (!id.equals("*")) {
                            scoring.add(new ScoringRule(IndicatorId.of(id), rule, RuleLocation.line(file, ruleLine, 0),
                                    new ScoringPattern.Custom("rule \"" + rule + "\""), pendingAssumption));
                        }
                    }
                }
                rule = null;
                calls.clear();
            }
        }
        return new Result(scoring, problems, troubled);
    }

    /** The pattern of a scoring call, from its name and the text of its arguments after {@code $v}. */
    static ScoringPattern pattern(String name, String args) {
        String a = args == null ? "" : args.strip();
        switch (name) {
            case "ratio":
                return new ScoringPattern.Ratio();
            case "yesNo":
                return new ScoringPattern.YesNo();
            case "rankShare":
                return new ScoringPattern.RankShare();
            case "goal":
                return number(a) == null ? new ScoringPattern.Custom("score.goal(" + a + ")") : new ScoringPattern.Goal(number(a));
            case "relative":
                return number(a) == null ? new ScoringPattern.Custom("score.relative(" + a + ")") : new ScoringPattern.Relative(number(a));
            case "bands": {
                Matcher s = STRING.matcher(a);
                return s.matches() ? ScoringPattern.Bands.parse(s.group(1)) : new ScoringPattern.Custom("score.bands(" + a + ")");
            }
            case "category": {
                Matcher s = STRING.matcher(a);
                return s.matches() ? ScoringPattern.Categories.parse(s.group(1)) : new ScoringPattern.Custom("score.category(" + a + ")");
            }
            case "minMax":
            case "zScaled": {
                String[] two = a.split(",");
                Double lo = two.length == 2 ? number(two[0]) : null;
                Double hi = two.length == 2 ? number(two[1]) : null;
                if (lo == null || hi == null) {
                    return new ScoringPattern.Custom("score." + name + "(" + a + ")");
                }
                return name.equals("minMax") ? new ScoringPattern.MinMax(lo, hi) : new ScoringPattern.ZScaled(lo, hi);
            }
            default:
                return new ScoringPattern.Custom("score.award(" + a + ")");
        }
    }

    private static Double number(String s) {
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String n = m.group(1);
        if (LEADING_ZERO.matcher(n).lookingAt() && !n.contains(".") && !n.toLowerCase(java.util.Locale.ROOT).contains("e")) {
            String plain = n.replaceFirst("^(-?)0+(?=\\d)", "$1");
            throw new IllegalArgumentException("the number " + n + " starts with a zero, which Java reads as an octal number; write " + plain);
        }
        return Double.valueOf(n);
    }

    private static String unknown(Methodology m, Map<IndicatorId, Component> byId, String s) {
        IndicatorId id;
        try {
            id = IndicatorId.of(s);
        } catch (IllegalArgumentException e) {
            return "which is not an indicator id.";
        }
        if (byId.containsKey(id)) {
            return null;
        }
        return "which " + MethodologyFiles.CATALOGUE + " does not have. " + m.knownIdsNear(id);
    }

    /**
     * The lines with every comment ({@code // …} to the end of the line, {@code /* … *\/} across
     * lines) blanked out by spaces, so that columns stay where they were; text inside strings is
     * kept.
     */
    public static String[] withoutComments(String[] lines) {
        String[] out = new String[lines.length];
        boolean inBlock = false;
        for (int l = 0; l < lines.length; l++) {
            char[] c = lines[l].toCharArray();
            boolean inString = false;
            for (int i = 0; i < c.length; i++) {
                if (inBlock) {
                    if (c[i] == '*' && i + 1 < c.length && c[i + 1] == '/') {
                        c[i] = ' ';
                        c[i + 1] = ' ';
                        i++;
                        inBlock = false;
                    } else {
                        c[i] = ' ';
                    }
                } else if (inString) {
                    if (c[i] == '\\') {
                        i++;
                    } else if (c[i] == '"') {
                        inString = false;
                    }
                } else if (c[i] == '"') {
                    inString = true;
                } else if (c[i] == '/' && i + 1 < c.length && c[i + 1] == '/') {
                    for (int k = i; k < c.length; k++) {
                        c[k] = ' ';
                    }
                    break;
                } else if (c[i] == '/' && i + 1 < c.length && c[i + 1] == '*') {
                    c[i] = ' ';
                    c[i + 1] = ' ';
                    i++;
                    inBlock = true;
                }
            }
            out[l] = new String(c);
        }
        return out;
    }
}
