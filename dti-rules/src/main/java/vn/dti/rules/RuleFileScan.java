package vn.dti.rules;

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
import vn.dti.api.ValueKind;

/**
 * A line-by-line reading of a rule file, for the checks the rule compiler cannot make: every
 * indicator id a rule names must be in the catalogue, a rule's {@code @indicator} must agree with
 * what it matches, and band and category tables must parse and cover the component's categories.
 * Every problem names the file, line and column.
 */
final class RuleFileScan {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("@indicator\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern MATCH = Pattern.compile("indicator\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern TABLE = Pattern.compile("score\\.(bands|category)\\s*\\([^,]+,[^,]+,\\s*\"([^\"]*)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

    private RuleFileScan() {
    }

    /** The ids each rule declares with {@code @indicator}, by rule name. */
    static void scan(String file, String display, byte[] bytes, Methodology m, Map<IndicatorId, Component> byId, List<String> problems,
            Map<String, Set<String>> declared) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
        String rule = null;
        Set<String> ids = new LinkedHashSet<>();
        List<int[]> pendingTables = new ArrayList<>();
        List<String> pendingSpecs = new ArrayList<>();
        List<String> pendingKinds = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            int n = i + 1;
            Matcher r = RULE.matcher(line);
            if (r.find()) {
                rule = r.group(1);
                ids = new LinkedHashSet<>();
                pendingTables.clear();
                pendingSpecs.clear();
                pendingKinds.clear();
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
                        problems.add(display + ":" + n + ":" + (meta.start(1) + 1) + ": rule \"" + rule + "\" declares @indicator(\"" + s + "\"), "
                                + problem);
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
                    problems.add(display + ":" + n + ":" + (match.start(1) + 1) + ": " + (rule == null ? "" : "rule \"" + rule + "\" ")
                            + "matches indicator \"" + s + "\", " + problem);
                } else if (!ids.isEmpty() && !ids.contains("*") && !ids.contains(s)) {
                    problems.add(display + ":" + n + ":" + (match.start(1) + 1) + ": rule \"" + rule + "\" matches indicator " + s
                            + " but declares @indicator(\"" + String.join(", ", ids) + "\"); make them agree.");
                }
            }
            Matcher table = TABLE.matcher(line);
            while (table.find()) {
                pendingTables.add(new int[] {n, table.start(2) + 1});
                pendingSpecs.add(table.group(2));
                pendingKinds.add(table.group(1));
            }
            if (rule != null && END.matcher(line).find()) {
                for (int t = 0; t < pendingTables.size(); t++) {
                    checkTable(display, pendingTables.get(t), pendingKinds.get(t), pendingSpecs.get(t), rule, ids, byId, problems);
                }
                declared.put(rule, ids);
                rule = null;
                pendingTables.clear();
                pendingSpecs.clear();
                pendingKinds.clear();
            }
        }
    }

    private static void checkTable(String display, int[] at, String kind, String spec, String rule, Set<String> ids,
            Map<IndicatorId, Component> byId, List<String> problems) {
        String where = display + ":" + at[0] + ":" + at[1] + ": rule \"" + rule + "\": ";
        try {
            if (kind.equals("bands")) {
                ScoreSheet.parseBands(spec);
                return;
            }
            Map<String, Double> table = ScoreSheet.parseCategories(spec);
            for (String id : ids) {
                Component c = id.equals("*") ? null : byId.get(IndicatorId.of(id));
                if (c == null) {
                    continue;
                }
                if (c.valueKind() != ValueKind.CATEGORY) {
                    problems.add(where + "component " + id + " is " + c.valueKind() + ", not CATEGORY; use another pattern.");
                    continue;
                }
                for (var option : c.categories()) {
                    if (!table.containsKey(option.code())) {
                        problems.add(where + "category \"" + option.code() + "\" of component " + id + " has no points in \"" + spec
                                + "\"; add " + option.code() + ":<points>.");
                    }
                }
                for (String code : table.keySet()) {
                    if (c.category(code) == null) {
                        problems.add(where + "category \"" + code + "\" is not one of component " + id + "'s categories "
                                + c.categories().stream().map(o -> o.code()).toList() + ".");
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(where + e.getMessage() + ".");
        }
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
        return "which " + CATALOGUE_NAME + " does not have. " + m.knownIdsNear(id);
    }

    private static final String CATALOGUE_NAME = MethodologyFiles.CATALOGUE;

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
