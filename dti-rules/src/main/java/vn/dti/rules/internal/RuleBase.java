package vn.dti.rules.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.api.Agencies;
import vn.dti.api.Component;
import vn.dti.api.IndicatorId;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.api.Methodology;
import vn.dti.api.Points;
import vn.dti.api.ReportingCalendar;
import vn.dti.json.DtiJson;
import vn.dti.scoring.ScoringRule;

/**
 * One methodology folder, checked and compiled once: the catalogue, the compiled rules (rule
 * files and decision tables), each component's scoring rule, and the index from component id to
 * slot. Immutable and shared by every scoring call. {@link #build} checks a folder in this order
 * and lists every problem found, in file order:
 * <ol>
 *   <li>the catalogue parses and adds up;</li>
 *   <li>rule files and decision tables are read line by line and cell by cell: ids known to the
 *       catalogue, parameters readable;</li>
 *   <li>each scoring rule's parameters fit its component: points within [0, max], bands in
 *       order, goals and references above 0, categories those the catalogue lists; exactly one
 *       scoring rule per scored component;</li>
 *   <li>Drools compiles the rule files and tables;</li>
 *   <li>the sweep ({@link Sweep}) scores each component on its boundary values in a scratch
 *       session: no award may fall outside [0, max].</li>
 * </ol>
 */
public final class RuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    /** The name of the global that rules award points through. */
    public static final String GLOBAL = "score";

    private final Methodology methodology;
    private final MethodologyFiles files;
    private final String version;
    private final InternalKnowledgeBase kbase;
    private final RuleOrigins origins;
    private final PatternCache patterns;
    private final List<ScoringRule> scoringRules;
    private final Component[] slots;
    private final Map<IndicatorId, Integer> slotOf;
    private final Map<IndicatorId, Component> byId;
    private final Map<String, String> tableDrl;
    private final int ruleCount;
    /** Per slot, the last rule seen scoring it and that rule's file: a racy cache of immutable pairs. */
    private final RuleFile[] lastRuleFile;
    /** The reporting calendar and agencies (calendar.json, agencies.json), checked by {@link #build}. */
    private final ReportingFiles.Result reporting;

    private record RuleFile(String rule, String file) {
    }

    /** The outcome of checking a folder: a compiled base, or the problems (in file order). */
    public record Outcome(RuleBase base, List<Problem> problems, Methodology methodology) {
        /** The problems as one exception. */
        public InvalidMethodologyException exception() {
            return new InvalidMethodologyException(problems.stream().map(Problem::toString).toList());
        }
    }

    private RuleBase(Methodology methodology, MethodologyFiles files, InternalKnowledgeBase kbase, RuleOrigins origins, PatternCache patterns,
            List<ScoringRule> scoringRules, Map<String, String> tableDrl) {
        this.methodology = methodology;
        this.files = files;
        this.version = files.version();
        this.kbase = kbase;
        this.origins = origins;
        this.patterns = patterns;
        this.tableDrl = tableDrl;
        int rules = 0;
        for (KiePackage p : kbase.getKiePackages()) {
            rules += p.getRules().size();
        }
        this.ruleCount = rules;
        List<Component> all = methodology.components();
        this.slots = all.toArray(new Component[0]);
        Map<IndicatorId, Integer> index = new HashMap<>();
        for (int i = 0; i < slots.length; i++) {
            index.put(slots[i].id(), i);
        }
        this.slotOf = index;
        this.byId = methodology.componentsById();
        this.lastRuleFile = new RuleFile[slots.length];
        List<ScoringRule> ordered = new ArrayList<>(scoringRules);
        ordered.sort((a, b) -> Integer.compare(slotOf.getOrDefault(a.component(), -1), slotOf.getOrDefault(b.component(), -1)));
        this.scoringRules = List.copyOf(ordered);
        this.reporting = ReportingFiles.read(files, methodology);
    }

    /** The reporting calendar ({@code calendar.json}); {@link ReportingCalendar#NONE} when the folder has none. */
    public ReportingCalendar calendar() {
        return reporting.calendar();
    }

    /** The agencies of the catalogue, with the aliases and groups of {@code agencies.json}. */
    public Agencies agencies() {
        return reporting.agencies();
    }

    public Methodology methodology() {
        return methodology;
    }

    public String version() {
        return version;
    }

    /** Where the folder was read from: a directory path or {@code classpath:methodologies/<id>}. */
    public String root() {
        return files.root();
    }

    public MethodologyFiles files() {
        return files;
    }

    public InternalKnowledgeBase kbase() {
        return kbase;
    }

    public RuleOrigins origins() {
        return origins;
    }

    public PatternCache patterns() {
        return patterns;
    }

    /** Each component's scoring rule as the folder states it, in catalogue order. */
    public List<ScoringRule> scoringRules() {
        return scoringRules;
    }

    /** The DRL Drools generates from each decision table, by file (for references and reviews). */
    /** How many rules the knowledge base holds. */
    public int ruleCount() {
        return ruleCount;
    }

    public Map<String, String> tableDrl() {
        return tableDrl;
    }

    /** The folder's test cases ({@code tests/*.json}), path → bytes, in path order. */
    public Map<String, byte[]> testFiles() {
        Map<String, byte[]> found = new TreeMap<>();
        files.files().forEach((path, bytes) -> {
            if (path.startsWith("tests/") && path.endsWith(".json")) {
                found.put(path, bytes);
            }
        });
        return Collections.unmodifiableMap(found);
    }

    public int slotCount() {
        return slots.length;
    }

    public Component component(int slot) {
        return slots[slot];
    }

    /** The slot of a component, or null when the catalogue lacks it. */
    public Integer slotOf(IndicatorId id) {
        return slotOf.get(id);
    }

    public Map<IndicatorId, Component> byId() {
        return byId;
    }

    /** The file of the rule that scored this slot (cached per slot: it is nearly always the same rule). */
    String fileOf(int slot, String rule) {
        RuleFile last = lastRuleFile[slot];
        if (last != null && last.rule.equals(rule)) {
            return last.file;
        }
        String file = origins.fileOf(rule);
        lastRuleFile[slot] = new RuleFile(rule, file);
        return file;
    }

    /** Checks and compiles a folder; throws with every problem found, each naming its file and line or cell. */
    public static RuleBase compile(MethodologyFiles files) {
        Outcome o = build(files);
        if (o.base() == null) {
            throw o.exception();
        }
        return o.base();
    }

    /** Checks and compiles a folder, collecting every problem instead of stopping at the first. */
    public static Outcome build(MethodologyFiles files) {
        long t0 = System.nanoTime();
        byte[] catalogue = files.bytes(MethodologyFiles.CATALOGUE);
        if (catalogue == null) {
            return failed(null, List.of(Problem.of(files.root(), "no " + MethodologyFiles.CATALOGUE + " in this folder. A methodology folder holds "
                    + MethodologyFiles.CATALOGUE + " (the catalogue) and rule files (.drl) or decision tables (.csv, .xlsx).")));
        }
        Methodology m;
        try {
            m = DtiJson.readMethodology(new ByteArrayInputStream(catalogue), files.display(MethodologyFiles.CATALOGUE));
        } catch (InvalidMethodologyException e) {
            return failed(null, List.of(catalogueProblem(files.display(MethodologyFiles.CATALOGUE), e.getMessage())));
        }
        List<String> drl = files.ruleFiles();
        List<String> tables = files.tableFiles();
        if (drl.isEmpty() && tables.isEmpty() && m.components().isEmpty()) {
            // Given at main-indicator level only (e.g. DTI 2021–2023 here): nothing to score by rules.
            return new Outcome(new RuleBase(m, files, KnowledgeBaseFactory.newKnowledgeBase(), new RuleOrigins(Map.of()), new PatternCache(),
                    List.of(), Map.of()), List.of(), m);
        }
        if (drl.isEmpty() && tables.isEmpty()) {
            return failed(m, List.of(Problem.of(files.root(), "no rule files (.drl) and no decision tables (.csv, .xlsx); add the rules that "
                    + "score each component and the completeness rules.")));
        }
        Map<IndicatorId, Component> byId = m.componentsById();
        List<Problem> problems = new ArrayList<>();
        problems.addAll(ReportingFiles.read(files, m).problems());
        List<ScoringRule> scoring = new ArrayList<>();
        Map<String, ScoringRule> generated = new HashMap<>();
        Map<String, DecisionTable.Result> tableResults = new LinkedHashMap<>();
        List<IndicatorId> withStaticProblems = new ArrayList<>();
        boolean someRulesUnread = false;
        for (String f : drl) {
            DrlScan.Result r = DrlScan.scan(f, files.display(f), files.bytes(f), m, byId);
            scoring.addAll(r.scoring());
            problems.addAll(r.problems());
            withStaticProblems.addAll(r.troubled());
        }
        for (String f : tables) {
            DecisionTable.Result r = DecisionTable.read(f, files.display(f), files.bytes(f), m, byId);
            tableResults.put(f, r);
            scoring.addAll(r.scoring());
            generated.putAll(r.byGeneratedName());
            problems.addAll(r.problems());
            withStaticProblems.addAll(r.troubled());
            someRulesUnread |= r.incomplete();
        }
        checkRules(files, m, byId, scoring, problems, withStaticProblems, someRulesUnread);
        long tRead = System.nanoTime();

        CompiledCache.Entry cached = problems.isEmpty() ? CompiledCache.read(files.version()) : null;
        Collection<KiePackage> packages;
        Map<String, String> tableDrl;
        if (cached != null) {
            // the same bytes passed every check before, this sweep included: read the compiled rules
            packages = cached.packages();
            tableDrl = cached.tableDrl();
        } else {
            tableDrl = new LinkedHashMap<>();
            packages = compileRules(files, drl, tableResults, tableDrl, problems);
            if (packages == null) {
                return failed(m, problems);
            }
        }
        long tCompiled = System.nanoTime();
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
        kbase.addPackages(packages);
        long tBase = System.nanoTime();
        Map<String, RuleOrigins.Origin> origins = new HashMap<>();
        for (KiePackage p : kbase.getKiePackages()) {
            for (Rule rule : p.getRules()) {
                ScoringRule fromTable = generated.get(rule.getName());
                String file = sourceOf(rule);
                origins.put(rule.getName(), new RuleOrigins.Origin(fromTable != null ? fromTable.rule() : rule.getName(), file));
            }
        }
        if (origins.isEmpty()) {
            problems.add(Problem.of(files.root(), "the rule files and tables hold no rules."));
        } else if (kbase.getGlobals().get(GLOBAL) == null) {
            problems.add(Problem.of(files.root(), "no rule file or table declares the global 'vn.dti.rules.ScoreSheet score' (in a table: "
                    + "Variables | vn.dti.rules.ScoreSheet score); rules award points through it."));
        }
        if (!problems.isEmpty()) {
            return failed(m, problems);
        }
        PatternCache cache = new PatternCache();
        scoring.forEach(r -> cache.put(r.pattern()));
        RuleBase base = new RuleBase(m, files, kbase, new RuleOrigins(origins), cache, scoring, Collections.unmodifiableMap(tableDrl));
        if (cached == null) {
            problems.addAll(Sweep.run(base, withStaticProblems));
            if (!problems.isEmpty()) {
                return failed(m, problems);
            }
            CompiledCache.write(files.version(), packages, tableDrl);
        }
        long tSwept = System.nanoTime();
        LOG.debug("Loaded methodology {} ({}) from {}: {} rules in {} ms (read and checked {} ms, " + (cached != null ? "read compiled from the cache" : "compiled")
                + " {} ms, knowledge base {} ms, sweep {} ms)",
                m.id(), base.version, files.root(), origins.size(), (tSwept - t0) / 1_000_000, (tRead - t0) / 1_000_000, (tCompiled - tRead) / 1_000_000,
                (tBase - tCompiled) / 1_000_000, (tSwept - tBase) / 1_000_000);
        return new Outcome(base, List.of(), m);
    }

    private static Outcome failed(Methodology m, List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return new Outcome(null, List.copyOf(sorted), m);
    }

    /** Each scoring rule's parameters against its component; exactly one scoring rule per scored component. */
    private static void checkRules(MethodologyFiles files, Methodology m, Map<IndicatorId, Component> byId, List<ScoringRule> scoring,
            List<Problem> problems, List<IndicatorId> withProblems, boolean someRulesUnread) {
        Map<IndicatorId, List<ScoringRule>> byComponent = new LinkedHashMap<>();
        for (ScoringRule r : scoring) {
            Component c = byId.get(r.component());
            if (c == null) {
                continue; // reported by the scan or the table, with its place
            }
            byComponent.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(r);
            for (String p : r.pattern().check(c)) {
                problems.add(at(files, r, p));
                withProblems.add(c.id());
            }
        }
        boolean wildcard = files.ruleFiles().stream().anyMatch(f -> new String(files.bytes(f), java.nio.charset.StandardCharsets.UTF_8)
                .contains("@indicator(\"*\")"));
        for (Component c : m.components()) {
            List<ScoringRule> rules = byComponent.getOrDefault(c.id(), List.of());
            // when a table could not be read whole, its components' "no rule" would only bury the problem that says why
            if (rules.isEmpty() && c.scored() && !wildcard && !someRulesUnread && !withProblems.contains(c.id())) {
                problems.add(Problem.of(files.display(MethodologyFiles.CATALOGUE), "component " + c.id() + " (" + c.name() + ", "
                        + Points.format(c.maxPoints()) + " points) has no rule that can score it; add a row for it to the decision table, or a rule "
                        + "with @indicator(\"" + c.id() + "\") to a .drl file."));
            } else if (rules.size() > 1) {
                ScoringRule second = rules.get(1);
                problems.add(at(files, second, "component " + c.id() + " is scored by " + rules.size() + " rules: "
                        + String.join(", ", rules.stream().map(r -> "\"" + r.rule() + "\" (" + r.location() + ")").toList())
                        + "; keep exactly one."));
                withProblems.add(c.id());
            }
        }
    }

    /** A problem placed at a scoring rule: its line in a rule file, or its cell in a table. */
    static Problem at(MethodologyFiles files, ScoringRule r, String message) {
        String display = files.display(r.location().file());
        if (r.location().inTable()) {
            int col = 0;
            String letters = r.location().column();
            if (letters != null) {
                for (char ch : letters.toCharArray()) {
                    col = col * 26 + (ch - 'A' + 1);
                }
            }
            return Problem.cell(display, r.location().sheet(), r.location().line(), col, r.pattern().name(), message);
        }
        int column = r.location().column() == null ? 0 : Integer.parseInt(r.location().column());
        return Problem.at(display, r.location().line(), column, "rule \"" + r.rule() + "\": " + message);
    }

    /** Compiles the rule files and the tables' DRL; null (with the problems added) when Drools refuses them. */
    private static Collection<KiePackage> compileRules(MethodologyFiles files, List<String> drl, Map<String, DecisionTable.Result> tableResults,
            Map<String, String> tableDrl, List<Problem> problems) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleBase.class.getClassLoader()));
        for (String f : drl) {
            kb.add(ResourceFactory.newByteArrayResource(files.bytes(f)).setSourcePath(f), ResourceType.DRL);
        }
        for (Map.Entry<String, DecisionTable.Result> t : tableResults.entrySet()) {
            DecisionTable.Result r = t.getValue();
            if (!r.problems().isEmpty() || r.tableNames().isEmpty()) {
                continue; // compiling a table whose cells are wrong only repeats the problems in Drools' words
            }
            // Drools' spreadsheet compiler turns the table into DRL, compiled with the rule files. (Added as
            // a DTABLE resource instead, Drools would cache the table's DRL by file name for the life of
            // the process, and an edited table would not be picked up.)
            String drlText;
            try {
                drlText = generatedDrl(r);
            } catch (RuntimeException e) {
                problems.add(Problem.of(files.display(t.getKey()), "Drools cannot read the decision table: " + Problem.rootMessage(e)));
                continue;
            }
            tableDrl.put(t.getKey(), drlText);
            kb.add(ResourceFactory.newByteArrayResource(drlText.getBytes(java.nio.charset.StandardCharsets.UTF_8)).setSourcePath(t.getKey()),
                    ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            // a table's rules all come from its code templates: one mistake there fails every row the same way
            Map<String, Map<String, List<Integer>>> tableErrors = new LinkedHashMap<>();
            for (KnowledgeBuilderError e : kb.getErrors()) {
                // Drools adds this after any parser error; it says nothing the parser error doesn't.
                if (e.getMessage() != null && e.getMessage().contains("Parser returned a null Package")) {
                    continue;
                }
                String source = e.getResource() != null ? e.getResource().getSourcePath() : null;
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
                Map<String, Integer> templateRows = tableResults.get(t.getKey()).templateRows();
                for (Map.Entry<String, List<Integer>> m : t.getValue().entrySet()) {
                    List<Integer> rows = m.getValue().stream().filter(r -> r > 0).distinct().sorted().toList();
                    // the table the failing rows belong to: its code templates (a file may hold several tables)
                    int templateRow = templateRowOf(templateRows, tableResults.get(t.getKey()), rows);
                    if (rows.size() > 1 && templateRow > 0) {
                        // the rows that fail all fill one pattern column: its template is the one to fix
                        java.util.Set<String> columns = new java.util.TreeSet<>();
                        for (ScoringRule r : tableResults.get(t.getKey()).scoring()) {
                            if (rows.contains(r.location().line())) {
                                columns.add(r.location().column());
                            }
                        }
                        int column = 0;
                        if (columns.size() == 1) {
                            for (char ch : columns.iterator().next().toCharArray()) {
                                column = column * 26 + (ch - 'A' + 1);
                            }
                        }
                        problems.add(Problem.cell(file, null, templateRow, column, column > 0 ? "code template" : null, (column > 0 ? "the code template in this cell makes" : "the code templates in this row make")
                                + " rules Drools cannot compile: " + rows.size() + " rows fail the same way (rows "
                                + rows.get(0) + "–" + rows.get(rows.size() - 1) + "): " + m.getKey()));
                    } else {
                        problems.add(Problem.cell(file, null, rows.isEmpty() ? 0 : rows.get(0), 0, null, "Drools cannot compile the table's rule: "
                                + m.getKey()));
                    }
                }
            }
            return null;
        }
        return problems.isEmpty() ? kb.getKnowledgePackages() : null;
    }

    private static final Object POI_SETTINGS = new Object();

    private static String generatedDrl(DecisionTable.Result r) {
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

    private static String sourceOf(Rule r) {
        if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
                && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return "?";
    }

    /** The catalogue's error ("methodology.json:351:5: at $.mainIndicators[2]: …") as a problem at its line. */
    private static Problem catalogueProblem(String display, String message) {
        if (message.startsWith(display)) {
            Matcher lc = Pattern.compile("(?s):(\\d+):(\\d+): (.*)").matcher(message.substring(display.length()));
            if (lc.matches()) {
                return Problem.at(display, Integer.parseInt(lc.group(1)), Integer.parseInt(lc.group(2)), lc.group(3));
            }
            if (message.startsWith(display + ": ")) {
                return Problem.of(display, message.substring(display.length() + 2));
            }
        }
        return Problem.of(display, message);
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
        String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\r?\n", -1);
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

    private static final Pattern TABLE_RULE = Pattern.compile("(.+)_(\\d+)");

    /** The code-template row of the table holding these rows: the last table that starts above the first of them. */
    private static int templateRowOf(Map<String, Integer> templateRows, DecisionTable.Result table, List<Integer> rows) {
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
                Matcher r = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"").matcher(lines[i]);
                if (r.find()) {
                    name = r.group(1);
                }
            }
        }
        if (name == null) {
            Matcher inMessage = Pattern.compile("Rule name='([^']+)'|rule \"([^\"]+)\"").matcher(e.getMessage() == null ? "" : e.getMessage());
            if (inMessage.find()) {
                name = inMessage.group(1) != null ? inMessage.group(1) : inMessage.group(2);
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
        Matcher lc = LINE_COL.matcher(message);
        if (lc.find()) {
            line = Integer.parseInt(lc.group(1));
            col = Integer.parseInt(lc.group(2)) + 1;
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
        return Problem.at(file, Math.max(line, 0), Math.max(col, 0), message);
    }
}
