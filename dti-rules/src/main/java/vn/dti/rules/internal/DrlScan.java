package vn.dti.rules.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import vn.dti.text.Message;

/**
 * A reading of a rule file, rule by rule, for what the rule compiler cannot check: every indicator
 * id a rule names must be in the catalogue, a rule's {@code @indicator} must agree with what it
 * matches ({@code indicator == "3.4"}, {@code indicator in ("3.4", "3.5")}), and each scoring
 * call ({@code score.goal(kcontext, $v, 0.90)}, also written over several lines) is read as a
 * {@link ScoringRule} with its pattern and parameters, so that they can be checked against the
 * catalogue like a decision table's. A rule scores the components its {@code @indicator} names,
 * or else those its conditions match. The numbers written in each rule are kept with the field
 * they are compared with, for the load-time sweep to try. Every problem names the file, line and
 * column.
 */
public final class DrlScan {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("@indicator\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern MATCH = Pattern.compile("\\bindicator\\s*==\\s*[\"']([^\"']*)[\"']");
    private static final Pattern IN = Pattern.compile("\\bindicator\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']*)[\"']");
    private static final Pattern CALL = Pattern.compile("\\bscore\\s*\\.\\s*(\\w+)\\s*\\(");
    /** The calls that award points; {@code finding} and {@code withhold} raise findings. */
    private static final Set<String> AWARDS = Set.of("ratio", "goal", "bands", "yesNo", "category", "relative", "minMax", "zScaled", "rankShare",
            "award");
    private static final Pattern NUMBER = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)[dD]?\\s*");
    /** A number written in a rule: Java's decimal literals, with an optional type suffix. */
    private static final Pattern LITERAL = Pattern.compile("(?<![\\w.$])(\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?[dDfFlL]?(?![\\w.])");
    /** A field (or its getter) compared with a number right after it: {@code documents >= 3}, {@code $v.getNumber() < 0.5}. */
    private static final Pattern FIELD_BEFORE = Pattern.compile("(?:\\$\\w+\\s*\\.\\s*)?(?:get|is)?(\\w+)\\s*(?:\\(\\s*\\))?\\s*(?:>=|<=|==|!=|>|<)\\s*-?\\s*$");
    /** A number compared with a field right after it: {@code 3 <= documents}. */
    private static final Pattern FIELD_AFTER = Pattern.compile("^\\s*(?:>=|<=|==|!=|>|<)\\s*(?:\\$\\w+\\s*\\.\\s*)?(?:get|is)?(\\w+)");
    /** An integer with a leading zero (010): Java and MVEL read it as octal (a decimal such as 00.5 is read as a decimal). */
    static final Pattern LEADING_ZERO = Pattern.compile("-?0\\d");
    private static final Pattern STRING = Pattern.compile("\\s*\"([^\"]*)\"\\s*");
    private static final Pattern ASSUMPTION = Pattern.compile("^\\s*//\\s*(?:ASSUMPTION|GIẢ ĐỊNH):\\s*(.*)$");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern END_OF_LINE = Pattern.compile("\\bend\\s*$");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    /**
     * What the scan found.
     *
     * @param scoring  one scoring rule per rule and component it scores (what "exactly one rule per component" counts)
     * @param calls    every scoring call read, per component: each call's parameters are checked against its component
     * @param problems each naming file, line and column
     * @param troubled components whose rules have a problem here (the sweep leaves them out)
     * @param lines    each rule's first line, by name
     * @param literals the numbers written in each rule
     */
    record Result(List<ScoringRule> scoring, List<ScoringRule> calls, List<Problem> problems, Set<IndicatorId> troubled, Map<String, Integer> lines,
            List<RuleLiteral> literals) {
    }

    /** One rule's text, from its {@code rule} line to its {@code end}, comments blanked out. */
    private static final class RuleText {
        final String name;
        final int firstLine;
        final String assumption;
        final StringBuilder text = new StringBuilder();
        final List<Integer> lineStarts = new ArrayList<>();

        RuleText(String name, int firstLine, String assumption) {
            this.name = name;
            this.firstLine = firstLine;
            this.assumption = assumption;
        }

        void add(String line) {
            lineStarts.add(text.length());
            text.append(line).append('\n');
        }

        /** {line, column} (1-based) of an offset in the text. */
        int[] place(int offset) {
            int i = lineStarts.size() - 1;
            while (i > 0 && lineStarts.get(i) > offset) {
                i--;
            }
            return new int[] {firstLine + i, offset - lineStarts.get(i) + 1};
        }
    }

    private DrlScan() {
    }

    static Result scan(String file, String display, byte[] bytes, Methodology m, Map<IndicatorId, Component> byId) {
        String[] rawLines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
        String[] lines = withoutComments(rawLines);
        Scan scan = new Scan(file, display, m, byId);
        StringBuilder assumption = new StringBuilder();
        RuleText rule = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher a = ASSUMPTION.matcher(rawLines[i]);
            if (line.isBlank() && a.find()) {
                assumption.setLength(0);
                assumption.append(a.group(1).strip());
                continue;
            }
            Matcher r = RULE.matcher(line);
            boolean starts = r.find();
            if (starts) {
                if (rule != null) {
                    scan.rule(rule); // a rule without its end: read what it has, Drools names the missing end
                }
                rule = new RuleText(r.group(1), i + 1, assumption.toString());
                assumption.setLength(0);
            }
            if (rule != null) {
                rule.add(line);
                if (END.matcher(line).find() || (starts && END_OF_LINE.matcher(line.substring(r.end())).find())) {
                    scan.rule(rule);
                    rule = null;
                }
            }
        }
        if (rule != null) {
            scan.rule(rule);
        }
        return new Result(scan.scoring, scan.calls, scan.problems, scan.troubled, scan.lines, scan.literals);
    }

    /** What is found in one file, rule by rule. */
    private static final class Scan {
        final String file;
        final String display;
        final Methodology m;
        final Map<IndicatorId, Component> byId;
        final List<ScoringRule> scoring = new ArrayList<>();
        final List<ScoringRule> calls = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final Set<IndicatorId> troubled = new java.util.HashSet<>();
        final Map<String, Integer> lines = new LinkedHashMap<>();
        final List<RuleLiteral> literals = new ArrayList<>();

        Scan(String file, String display, Methodology m, Map<IndicatorId, Component> byId) {
            this.file = file;
            this.display = display;
            this.m = m;
            this.byId = byId;
        }

        void problem(RuleText r, int offset, Message message) {
            int[] at = r.place(offset);
            problems.add(Problem.at(display, at[0], at[1], message));
        }

        void rule(RuleText r) {
            lines.putIfAbsent(r.name, r.firstLine);
            String text = r.text.toString();
            boolean[] quoted = quoted(text);
            Set<String> declared = new LinkedHashSet<>();
            Matcher meta = META.matcher(text);
            while (meta.find()) {
                for (String id : meta.group(1).split(",")) {
                    String s = id.strip();
                    if (s.equals("*")) {
                        declared.add(s);
                        continue;
                    }
                    Message problem = unknown(s);
                    if (problem != null) {
                        problem(r, meta.start(1), Message.of("rules.drl.declaresUnknown", r.name, s, problem));
                    } else {
                        declared.add(s);
                    }
                }
            }
            Matcher when = WHEN.matcher(text);
            int whenAt = nextUnquoted(when, quoted);
            Matcher then = THEN.matcher(text);
            then.region(Math.max(0, whenAt), text.length());
            int thenAt = nextUnquoted(then, quoted);
            Set<String> matched = new LinkedHashSet<>();
            String conditions = whenAt < 0 ? "" : text.substring(0, thenAt < 0 ? text.length() : thenAt);
            for (int[] id : matchedIds(conditions)) {
                String s = conditions.substring(id[0], id[1]);
                Message problem = unknown(s);
                if (problem != null) {
                    problem(r, id[0], Message.of("rules.drl.matchesUnknown", r.name, s, problem));
                } else if (!declared.isEmpty() && !declared.contains("*") && !declared.contains(s)) {
                    problem(r, id[0], Message.of("rules.drl.disagree", r.name, s, String.join(", ", declared)));
                } else {
                    matched.add(s);
                }
            }
            if (whenAt >= 0) {
                literals(r, text, quoted, whenAt);
            }
            // the components it scores: those @indicator names, else those its conditions match
            Set<String> ids = new LinkedHashSet<>(declared.isEmpty() ? matched : declared);
            ids.remove("*");
            List<ScoringPattern> patterns = new ArrayList<>();
            List<int[]> places = new ArrayList<>();
            boolean unread = false;
            if (thenAt >= 0) {
                Matcher call = CALL.matcher(text);
                call.region(thenAt, text.length());
                while (call.find()) {
                    if (quoted[call.start()] || !AWARDS.contains(call.group(1))) {
                        continue;
                    }
                    int[] at = r.place(call.start(1));
                    List<String> args = arguments(text, call.end());
                    if (args == null) {
                        problem(r, call.start(1), Message.of("rules.problem.inRule", r.name, Message.of("rules.drl.callNotClosed", call.group(1))));
                        unread = true;
                        continue;
                    }
                    String params = args.size() <= 2 ? null : String.join(",", args.subList(2, args.size()));
                    ScoringPattern p;
                    try {
                        p = pattern(call.group(1), params);
                    } catch (IllegalArgumentException e) {
                        problem(r, call.start(1), Message.of("rules.problem.inRule", r.name, Message.text(e.getMessage() + ".")));
                        unread = true;
                        continue;
                    }
                    if (p instanceof ScoringPattern.Custom && !call.group(1).equals("award")) {
                        problem(r, call.start(1), Message.of("rules.problem.inRule", r.name, unreadable(call.group(1), params)));
                        unread = true;
                        continue;
                    }
                    patterns.add(p);
                    places.add(at);
                }
            }
            if (unread) {
                ids.forEach(id -> troubled.add(IndicatorId.of(id)));
            }
            if (patterns.isEmpty() && !unread) {
                // a rule that names its component but scores through code the scan cannot read: a formula of its own
                if (!declared.isEmpty()) {
                    for (String id : ids) {
                        scoring.add(new ScoringRule(IndicatorId.of(id), r.name, RuleLocation.line(file, r.firstLine, 0),
                                new ScoringPattern.Custom("rule \"" + r.name + "\""), r.assumption));
                    }
                }
                return;
            }
            for (String id : ids) {
                for (int k = 0; k < patterns.size(); k++) {
                    calls.add(new ScoringRule(IndicatorId.of(id), r.name, RuleLocation.line(file, places.get(k)[0], places.get(k)[1]), patterns.get(k),
                            r.assumption));
                }
                if (patterns.isEmpty()) {
                    continue;
                }
                // one rule is one scoring rule, however many calls its branches make
                boolean one = patterns.stream().distinct().count() == 1;
                scoring.add(new ScoringRule(IndicatorId.of(id), r.name, RuleLocation.line(file, places.get(0)[0], places.get(0)[1]),
                        one ? patterns.get(0) : new ScoringPattern.Custom("rule \"" + r.name + "\""), r.assumption));
            }
        }

        /** The numbers written from {@code when} on, each with the field it is compared with (null when none can be told). */
        private void literals(RuleText r, String text, boolean[] quoted, int from) {
            Matcher n = LITERAL.matcher(text);
            n.region(from, text.length());
            while (n.find()) {
                if (quoted[n.start()]) {
                    continue;
                }
                double value;
                try {
                    value = Double.parseDouble(n.group().replaceAll("[dDfFlL]$", ""));
                } catch (NumberFormatException e) {
                    continue;
                }
                int lineStart = text.lastIndexOf('\n', n.start()) + 1;
                int lineEnd = text.indexOf('\n', n.end());
                Matcher before = FIELD_BEFORE.matcher(text.substring(lineStart, n.start()));
                Matcher after = FIELD_AFTER.matcher(text.substring(n.end(), lineEnd < 0 ? text.length() : lineEnd));
                String field = before.find() ? before.group(1) : after.find() ? after.group(1) : null;
                if (field != null) {
                    field = Character.toLowerCase(field.charAt(0)) + field.substring(1);
                }
                literals.add(new RuleLiteral(file, r.name, r.place(n.start())[0], field, value));
            }
        }

        private Message unknown(String s) {
            IndicatorId id;
            try {
                id = IndicatorId.of(s);
            } catch (IllegalArgumentException e) {
                return Message.of("rules.drl.notAnId");
            }
            if (byId.containsKey(id)) {
                return null;
            }
            return Message.of("rules.drl.notInCatalogue", MethodologyFiles.CATALOGUE, m.knownIds(id));
        }
    }

    /** The ids a rule's conditions match, as {start, end} offsets: {@code indicator == "3.4"}, {@code indicator in ("3.4", "3.5")}. */
    private static List<int[]> matchedIds(String conditions) {
        List<int[]> out = new ArrayList<>();
        Matcher eq = MATCH.matcher(conditions);
        while (eq.find()) {
            out.add(new int[] {eq.start(1), eq.end(1)});
        }
        Matcher in = IN.matcher(conditions);
        while (in.find()) {
            Matcher q = QUOTED.matcher(in.group(1));
            while (q.find()) {
                out.add(new int[] {in.start(1) + q.start(1), in.start(1) + q.end(1)});
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** Which characters of the text are inside a string ("…" or '…'). */
    private static boolean[] quoted(String text) {
        boolean[] q = new boolean[text.length() + 1];
        char open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open != 0) {
                q[i] = true;
                if (c == '\\') {
                    if (i + 1 < text.length()) {
                        q[++i] = true;
                    }
                } else if (c == open || c == '\n') {
                    open = 0;
                }
            } else if (c == '"' || c == '\'') {
                open = c;
                q[i] = true;
            }
        }
        return q;
    }

    private static int nextUnquoted(Matcher m, boolean[] quoted) {
        while (m.find()) {
            if (!quoted[m.start()]) {
                return m.start();
            }
        }
        return -1;
    }

    /** The arguments of a call whose "(" ends at {@code from}, split at its top-level commas; null when it is not closed. */
    static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        char open = 0;
        int start = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == open) {
                    open = 0;
                }
            } else if (c == '"' || c == '\'') {
                open = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(text.substring(start, i).strip());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        return null;
    }

    /** Why a pattern call's parameters cannot be checked: they are not written as plain numbers or one string in the call. */
    private static Message unreadable(String name, String params) {
        String what;
        switch (name) {
            case "goal":
            case "relative":
            case "bands":
                what = name;
                break;
            case "minMax":
            case "zScaled":
                what = "bounds";
                break;
            default:
                what = "categories";
        }
        return Message.of("rules.drl.unreadable", name, params == null ? "" : params.strip(), Message.of("rules.drl.need." + what));
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
        if (LEADING_ZERO.matcher(n).lookingAt() && !n.contains(".") && !n.toLowerCase(Locale.ROOT).contains("e")) {
            String plain = n.replaceFirst("^(-?)0+(?=\\d)", "$1");
            throw new IllegalArgumentException(vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), "rules.drl.octal", n, plain));
        }
        return Double.valueOf(n);
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
