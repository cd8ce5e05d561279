package vn.dti.rules.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import vn.dti.scoring.ScoringRule;
import vn.dti.text.Message;
import vn.dti.text.Place;

/**
 * Drools' classic compiler over a folder's rule files and the DRL its spreadsheet compiler makes
 * of each decision table, with Drools' errors placed where the officer must look: a rule file's
 * line (a Java error in a consequence on the line that holds the unknown name; a syntax error with
 * its rule and a hint), a table's cell (one problem at the code template when every row fails the
 * same way). When the folder has problems, what can still be compiled is compiled without the
 * rows and files in trouble, so that the sweep can check the rest ({@link Compiled#complete()}).
 */
final class RuleCompiler {
    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    private static final Pattern PARSER_ERROR = Pattern.compile("\\[ERR \\d+\\]");
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern TABLE_RULE = Pattern.compile("(.+)_(\\d+)");
    private static final Pattern GENERATED_RULE = Pattern.compile("(?m)^(?://[^\\n]*\\n)?rule \"((?:[^\"\\\\]|\\\\.)*)\".*?^end\\s*$\\n?",
            Pattern.DOTALL);
    private static final Object POI_SETTINGS = new Object();

    /**
     * What was compiled.
     *
     * @param packages the compiled rules; null when nothing could be compiled
     * @param tableDrl the DRL generated from each table, by file (whole, as Drools made it)
     * @param complete true when every rule file and table row was compiled
     * @param left     files left out of the compilation because Drools refused them
     */
    record Compiled(Collection<KiePackage> packages, Map<String, String> tableDrl, boolean complete, Set<String> left) {
    }

    private RuleCompiler() {
    }

    /**
     * Compiles the rule files and the tables' DRL, adding Drools' errors to {@code problems}. The
     * tables in {@code skipTables} are not compiled (another table scores the same components).
     */
    static Compiled compile(MethodologyFiles files, List<String> drl, Map<String, DecisionTable.Result> tableResults, Set<String> skipTables,
            Map<String, String> generated, List<Problem> problems) {
        Map<String, String> tableDrl = new LinkedHashMap<>();
        Map<String, String> compiledTableDrl = new LinkedHashMap<>();
        boolean complete = skipTables.isEmpty();
        for (Map.Entry<String, DecisionTable.Result> t : tableResults.entrySet()) {
            DecisionTable.Result r = t.getValue();
            if (r.incomplete() || skipTables.contains(t.getKey())) {
                complete = false; // a table that cannot be read whole is not compiled: its problems say why
                continue;
            }
            // Drools' spreadsheet compiler turns the table into DRL, compiled with the rule files. (Added as
            // a DTABLE resource instead, Drools would cache the table's DRL by file name for the life of
            // the process, and an edited table would not be picked up.)
            // the loader made each table's DRL and checked its code; a table it could not make is reported already
            String text = generated.get(t.getKey());
            if (text == null) {
                complete = false;
                continue;
            }
            tableDrl.put(t.getKey(), text);
            if (r.troubledRules().isEmpty()) {
                compiledTableDrl.put(t.getKey(), text);
            } else {
                // the rows whose cells are wrong are left out: compiling them would only repeat their problems in Drools' words
                compiledTableDrl.put(t.getKey(), without(text, r.troubledRules()));
                complete = false;
            }
        }
        KnowledgeBuilder kb = builder(files, drl, compiledTableDrl, Set.of());
        if (!kb.hasErrors()) {
            return new Compiled(kb.getKnowledgePackages(), tableDrl, complete, Set.of());
        }
        Set<String> failing = new LinkedHashSet<>();
        report(files, tableResults, compiledTableDrl, kb, problems, failing);
        // the rest of the folder, without the files Drools refused, for the sweep to check
        KnowledgeBuilder rest = builder(files, drl, compiledTableDrl, failing);
        return new Compiled(rest.hasErrors() ? null : rest.getKnowledgePackages(), tableDrl, false, failing);
    }

    private static KnowledgeBuilder builder(MethodologyFiles files, List<String> drl, Map<String, String> tableDrl, Set<String> leaveOut) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleCompiler.class.getClassLoader()));
        for (String f : drl) {
            if (!leaveOut.contains(f)) {
                kb.add(ResourceFactory.newByteArrayResource(files.bytes(f)).setSourcePath(f), ResourceType.DRL);
            }
        }
        for (Map.Entry<String, String> t : tableDrl.entrySet()) {
            if (!leaveOut.contains(t.getKey())) {
                kb.add(ResourceFactory.newByteArrayResource(t.getValue().getBytes(StandardCharsets.UTF_8)).setSourcePath(t.getKey()), ResourceType.DRL);
            }
        }
        return kb;
    }

    /** The generated DRL without the rules of these names. */
    static String without(String generated, Set<String> rules) {
        Matcher m = GENERATED_RULE.matcher(generated);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, rules.contains(m.group(1)) ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Drools' errors as problems, each where the officer must look; the files they come from in {@code failing}. */
    private static void report(MethodologyFiles files, Map<String, DecisionTable.Result> tableResults, Map<String, String> tableDrl, KnowledgeBuilder kb,
            List<Problem> problems, Set<String> failing) {
        // a table's rules all come from its code templates: one mistake there fails every row the same way
        Map<String, Map<String, List<Integer>>> tableErrors = new LinkedHashMap<>();
        for (KnowledgeBuilderError e : kb.getErrors()) {
            String source = e.getResource() != null ? e.getResource().getSourcePath() : null;
            if (source != null) {
                failing.add(source);
            }
            // Drools adds this after any parser error; it says nothing the parser error doesn't.
            if (e.getMessage() != null && e.getMessage().contains("Parser returned a null Package")) {
                continue;
            }
            if (source != null && tableResults.containsKey(source)) {
                String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\n\\s*", " ")
                        .replaceAll("\\s*\\[Line: \\d+, Column: \\d+\\]", "");
                tableErrors.computeIfAbsent(source, k -> new LinkedHashMap<>()).computeIfAbsent(message, k -> new ArrayList<>())
                        .add(tableRow(e, tableDrl.get(source)));
            } else {
                problems.add(describe(files, e));
            }
        }
        for (Map.Entry<String, Map<String, List<Integer>>> t : tableErrors.entrySet()) {
            String file = files.display(t.getKey());
            DecisionTable.Result table = tableResults.get(t.getKey());
            for (Map.Entry<String, List<Integer>> m : t.getValue().entrySet()) {
                List<Integer> rows = m.getValue().stream().filter(r -> r > 0).distinct().sorted().toList();
                if (m.getKey().startsWith("Duplicate rule name")) {
                    problems.add(Problem.cell(file, null, rows.isEmpty() ? 0 : rows.get(0), 0, null, Message.of("rules.compile.duplicateRule", m.getKey())));
                    continue;
                }
                // the table the failing rows belong to: its code templates (a file may hold several tables)
                int templateRow = templateRowOf(table.templateRows(), rows);
                if (rows.size() > 1 && templateRow > 0) {
                    // the rows that fail all fill one pattern column: its template is the one to fix
                    Set<String> columns = new TreeSet<>();
                    for (ScoringRule r : table.scoring()) {
                        if (rows.contains(r.location().line())) {
                            columns.add(r.location().column());
                        }
                    }
                    int column = columns.size() == 1 ? Problem.columnNumber(columns.iterator().next()) : 0;
                    Message text = Message.of(column > 0 ? "rules.compile.templateCell" : "rules.compile.templateRow", rows.size(),
                            Integer.toString(rows.get(0)), Integer.toString(rows.get(rows.size() - 1)), m.getKey());
                    // the column's header is the catalogue's name for what the cell holds, in the reader's language
                    Message place = Place.cell(file, null, templateRow, Problem.columnName(column), null);
                    problems.add(new Problem(file, templateRow, column, column > 0
                            ? Message.join("", List.of(place, Message.text(" ("), Message.of("rules.compile.templateHeader"), Message.text(")"))) : place, text));
                } else {
                    problems.add(Problem.cell(file, null, rows.isEmpty() ? 0 : rows.get(0), 0, null, Message.of("rules.compile.tableRule", m.getKey())));
                }
            }
        }
    }

    static String generatedDrl(DecisionTable.Result r) {
        // Drools' ExcelParser sets POI's process-wide minimum inflate ratio each time it is built (to 0.01, or the
        // property drools.excelParser.minInflateRatio); the workbook was checked by XlsxGuard already, so put back the
        // embedding application's own setting afterwards
        synchronized (POI_SETTINGS) { // two loads at once (a watcher and the application) must not leave Drools' value behind
            double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
            try {
                return new org.drools.decisiontable.SpreadsheetCompiler().compile(new ByteArrayInputStream(r.compileBytes()),
                        r.xlsx() ? org.drools.decisiontable.InputType.XLS : org.drools.decisiontable.InputType.CSV);
            } finally {
                org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
            }
        }
    }

    /** The code-template row of the table holding these rows: the last table that starts above the first of them. */
    private static int templateRowOf(Map<String, Integer> templateRows, List<Integer> rows) {
        if (rows.isEmpty()) {
            return templateRows.values().stream().min(Integer::compare).orElse(0);
        }
        int best = 0;
        for (int t : templateRows.values()) {
            if (t < rows.get(0) && t > best) {
                best = t;
            }
        }
        return best;
    }

    /** The table row of a generated rule Drools refused ("Chấm điểm_12" is row 12); 0 when it cannot be told. */
    private static int tableRow(KnowledgeBuilderError e, String generatedDrl) {
        String name = null;
        if (e instanceof org.drools.compiler.compiler.RuleBuildError rbe && rbe.getRule() != null) {
            name = rbe.getRule().getName();
        } else if (e instanceof org.drools.compiler.compiler.DescrBuildError dbe && dbe.getParentDescr() instanceof org.drools.drl.ast.descr.RuleDescr rd) {
            name = rd.getName();
        } else if (generatedDrl != null && e.getLines() != null && e.getLines().length > 0 && e.getLines()[0] > 0) {
            String[] lines = generatedDrl.split("\\r?\\n", -1);
            for (int i = Math.min(e.getLines()[0], lines.length) - 1; i >= 0 && name == null; i--) {
                Matcher r = RULE_LINE.matcher(lines[i]);
                if (r.find()) {
                    name = r.group(1);
                }
            }
        }
        if (name == null) {
            Matcher inMessage = Pattern.compile("Rule name='([^']+)'|rule \"([^\"]+)\"|Duplicate rule name: (.+)$")
                    .matcher(e.getMessage() == null ? "" : e.getMessage().strip());
            if (inMessage.find()) {
                name = inMessage.group(1) != null ? inMessage.group(1) : inMessage.group(2) != null ? inMessage.group(2) : inMessage.group(3).strip();
            }
        }
        Matcher t = name == null ? null : TABLE_RULE.matcher(name);
        return t != null && t.matches() ? Integer.parseInt(t.group(2)) : 0;
    }

    private static Problem describe(MethodologyFiles files, KnowledgeBuilderError e) {
        String source = e.getResource() != null ? e.getResource().getSourcePath() : null;
        String file = source != null ? files.display(source) : files.root();
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\n\\s*", " ");
        int line = -1;
        int col = -1;
        Message text = null;
        Matcher lc = LINE_COL.matcher(message);
        if (lc.find()) {
            line = Integer.parseInt(lc.group(1));
            col = Integer.parseInt(lc.group(2)) + 1;
            if (source != null && PARSER_ERROR.matcher(message).find()) {
                text = syntaxHint(files.bytes(source), source, line, message);
            }
        } else if (e.getLines() != null && e.getLines().length > 0 && e.getLines()[0] > 0) {
            line = e.getLines()[0];
            if (message.contains("Rule Compilation error") && source != null) {
                int[] precise = consequenceLine(files.bytes(source), line, message);
                if (precise != null) {
                    line = precise[0];
                    col = precise[1];
                }
            }
        }
        return Problem.at(file, Math.max(line, 0), Math.max(col, 0), text != null ? text : compileError(message));
    }

    private static final Pattern UNKNOWN_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type (ScoreSheet|ComponentValue)");
    private static final Pattern UNRESOLVED = Pattern.compile("([\\w$]+) cannot be resolved");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.]+)'");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: [\\w.]*ComponentValue\\.(\\w+)\\(\\)"
            + "|Unable to Analyse Expression (\\w+)\\b|Unknown accessor (\\w+)|Unable to create Field Extractor for '(\\w+)'");

    /**
     * Drools' error in a rule file as a sentence of the catalogue, with Drools' own text after it (the
     * only precise account of it): for the common mistakes (a method the scoring API does not have, a
     * name that is not defined, a fact type or field that does not exist) what to write instead.
     */
    static Message compileError(String drools) {
        Matcher m = UNKNOWN_METHOD.matcher(drools);
        if (m.find()) {
            boolean sheet = m.group(2).equals("ScoreSheet");
            List<String> known = sheet ? methods(vn.dti.rules.ScoreSheet.class, false) : methods(vn.dti.rules.ComponentValue.class, false);
            String near = vn.dti.api.Spelling.nearest(m.group(1), known);
            String what = sheet ? "score" : "$v (ComponentValue)";
            return near == null ? Message.of("rules.compile.unknownMethod", what, m.group(1), String.join(", ", known), drools)
                    : Message.of("rules.compile.unknownMethodNear", what, m.group(1), near, String.join(", ", known), drools);
        }
        m = UNKNOWN_TYPE.matcher(drools);
        if (m.find()) {
            return Message.of("rules.compile.unknownType", m.group(1), drools);
        }
        m = UNKNOWN_FIELD.matcher(drools);
        if (m.find()) {
            String field = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            List<String> fields = methods(vn.dti.rules.ComponentValue.class, true);
            String near = vn.dti.api.Spelling.nearest(field, fields);
            return near == null ? Message.of("rules.compile.unknownField", field, String.join(", ", fields), drools)
                    : Message.of("rules.compile.unknownFieldNear", field, near, String.join(", ", fields), drools);
        }
        m = UNRESOLVED.matcher(drools);
        if (m.find()) {
            return Message.of("rules.compile.unresolved", m.group(1), drools);
        }
        return Message.of("rules.compile.failed", drools);
    }

    /** A class's public methods of its own, by name ("withhold"); as fields, its getters' names ("documents" for getDocuments). */
    private static List<String> methods(Class<?> type, boolean asFields) {
        TreeSet<String> names = new TreeSet<>();
        for (java.lang.reflect.Method method : type.getMethods()) {
            if (method.getDeclaringClass() == Object.class || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String n = method.getName();
            if (!asFields) {
                names.add(n);
            } else if (method.getParameterCount() == 0 && (n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2)) {
                String bare = n.substring(n.startsWith("get") ? 3 : 2);
                names.add(Character.toLowerCase(bare.charAt(0)) + bare.substring(1));
            }
        }
        names.removeAll(Set.of("equals", "hashCode", "toString", "class"));
        return List.copyOf(names);
    }

    /**
     * Drools' parser reports where it gave up, often the line after the mistake (a missing ")" is
     * found at "then"): this names the rule the line belongs to and the line above, to look at first.
     */
    static Message syntaxHint(byte[] bytes, String file, int line, String drools) {
        if (bytes == null) {
            return Message.of("rules.compile.syntax", "", "", drools);
        }
        String[] lines = DrlScan.withoutComments(new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1));
        String rule = null;
        int ruleLine = 0;
        for (int i = Math.min(line, lines.length) - 1; i >= 0 && rule == null; i--) {
            Matcher r = RULE_LINE.matcher(lines[i]);
            if (r.find()) {
                rule = r.group(1);
                ruleLine = i + 1;
            }
        }
        int above = -1;
        for (int i = Math.min(line, lines.length) - 2; i >= 0 && above < 0; i--) {
            if (!lines[i].isBlank()) {
                above = i;
            }
        }
        return Message.of("rules.compile.syntax", rule == null ? "" : Message.of("rules.compile.syntax.inRule", rule, Place.line(file, ruleLine, 0)),
                above < 0 ? "" : Message.of("rules.compile.syntax.above", Integer.toString(above + 1), lines[above].strip()), drools);
    }

    private static final Pattern CULPRIT = Pattern.compile(
            "The method (\\w+)\\(|(\\w+) cannot be resolved|The type (\\w+)|The constructor (\\w+)|field (\\w+)");

    /**
     * Drools places a consequence's Java errors on the rule's first line; this finds the line inside
     * the consequence that holds the name the compiler complains about, or else the first line after
     * {@code then}. Returns {line, column} (1-based) or null.
     */
    static int[] consequenceLine(byte[] bytes, int ruleLine, String message) {
        if (bytes == null) {
            return null;
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
        int then = -1;
        int end = lines.length;
        for (int i = ruleLine - 1; i < lines.length; i++) {
            String t = lines[i].strip();
            if (then < 0 && (t.equals("then") || t.startsWith("then ") || t.startsWith("then\t"))) {
                then = i;
            } else if (then >= 0 && t.equals("end")) {
                end = i;
                break;
            }
        }
        if (then < 0) {
            return null;
        }
        Matcher m = CULPRIT.matcher(message);
        if (m.find()) {
            String name = null;
            for (int g = 1; g <= m.groupCount() && name == null; g++) {
                name = m.group(g);
            }
            for (int i = then; i < end; i++) {
                int at = lines[i].indexOf(name);
                if (at >= 0) {
                    return new int[] {i + 1, at + 1};
                }
            }
        }
        for (int i = then + 1; i < end; i++) {
            if (!lines[i].isBlank()) {
                return new int[] {i + 1, lines[i].length() - lines[i].stripLeading().length() + 1};
            }
        }
        return null;
    }
}
